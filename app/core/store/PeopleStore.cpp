#include "PeopleStore.h"

#include "Database.h"
#include "Sql.h"
#include "people/PlainText.h"

#include <QUuid>
#include <algorithm>

namespace careu {

namespace {
QString selectPerson(const Database& db)
{
    return QStringLiteral(
               "SELECT id, uid, name, created_at, active, email, staff_id, coalesce(mentor_id, 0), "
               "coalesce(coach_id, 0), password_hash IS NOT NULL, (SELECT %1 FROM person_roles WHERE "
               "person_id = people.id), location, public_key FROM people ")
        .arg(dialect::joined(db.dialect(), QStringLiteral("role"), QStringLiteral(",")));
}

Person personFrom(const QSqlQuery& query)
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.uid = query.value(1).toString();
    person.name = query.value(2).toString();
    person.createdAt = fromStoredTime(query.value(3).toString());
    person.active = query.value(4).toBool();
    person.email = query.value(5).toString();
    person.staffId = query.value(6).toString();
    person.mentorId = query.value(7).toLongLong();
    person.coachId = query.value(8).toLongLong();
    person.hasPassword = query.value(9).toBool();
    person.location = query.value(11).toString();
    person.publicKey = query.value(12).toString();
    const QStringList roles = query.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& key : roles) {
        if (const auto role = roleFromKey(key))
            person.roles.insert(*role);
    }
    return person;
}

} // namespace

QString PeopleStore::nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

PeopleStore::PeopleStore(const Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

bool PeopleStore::check(const NewPerson& newPerson, QString* error)
{
    const QString name = newPerson.name.simplified();
    if (name.isEmpty()) {
        *error = tr("Please type a name.");
        return false;
    }
    if (name.size() > MaxNameLength) {
        *error =
            tr("That name is %1 characters long; please keep it to %2.").arg(name.size()).arg(MaxNameLength);
        return false;
    }
    const QString email = newPerson.email.trimmed();
    if (email.size() > MaxEmailLength) {
        *error = tr("The email address of %1 is %2 characters long; an address has at most %3.")
                     .arg(name)
                     .arg(email.size())
                     .arg(MaxEmailLength);
        return false;
    }
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' ')))) {
        *error = tr("\"%1\" is not an email address.").arg(PlainText::printable(email.left(60)));
        return false;
    }
    const QString staffId = newPerson.staffId.trimmed();
    if (staffId.size() > MaxStaffIdLength) {
        *error = tr("The staff id of %1 is %2 characters long; please keep it to %3.")
                     .arg(name)
                     .arg(staffId.size())
                     .arg(MaxStaffIdLength);
        return false;
    }
    const QString location = newPerson.location.simplified();
    if (location.size() > MaxLocationLength) {
        *error = tr("The location of %1 is %2 characters long; please keep it to %3.")
                     .arg(name)
                     .arg(location.size())
                     .arg(MaxLocationLength);
        return false;
    }
    // Checked before simplifying: a line break or a tab in a name is a control character too.
    const QList<std::pair<QString, QString>> texts = {{tr("name"), newPerson.name},
                                                      {tr("email address"), newPerson.email},
                                                      {tr("staff id"), newPerson.staffId},
                                                      {tr("location"), newPerson.location}};
    for (const auto& [what, text] : texts) {
        if (const auto bad = PlainText::firstUnsafe(text)) {
            *error = tr("The %1 \"%2\" holds an invisible control or direction character (%3); type it again "
                        "without it.")
                         .arg(what, PlainText::printable(text.left(60)), PlainText::codePoint(*bad));
            return false;
        }
    }
    if (newPerson.roles.isEmpty()) {
        *error = tr("%1 needs at least one role.").arg(name);
        return false;
    }
    return true;
}

std::optional<Person> PeopleStore::create(const NewPerson& newPerson, QString* error)
{
    if (!check(newPerson, error))
        return std::nullopt;
    const QString name = newPerson.name.simplified();
    const QString email = newPerson.email.trimmed();
    const QString staffId = newPerson.staffId.trimmed();
    const QString location = newPerson.location.simplified();
    // The statements stay prepared on the connection: an import makes a hundred thousand people.
    sql::WriteTransaction transaction(m_db.connection());
    if (!transaction.begin(error))
        return std::nullopt;
    {
        Database::Rows same =
            m_db.read(QStringLiteral("SELECT name FROM people WHERE name_key = ? AND active = 1"),
                      {nameKey(name)}, error);
        if (!same)
            return std::nullopt;
        if (same.next()) {
            *error = tr("There is already a profile called %1. Pick it from the list, or add a surname or "
                        "initial.")
                         .arg(same.row().value(0).toString());
            return std::nullopt;
        }
    }
    if (newPerson.mentorId) {
        Database::Rows mentor =
            m_db.read(QStringLiteral("SELECT 1 FROM people JOIN person_roles ON person_id = id "
                                     "WHERE id = ? AND active = 1 AND role = 'mentor'"),
                      {newPerson.mentorId}, error);
        if (!mentor)
            return std::nullopt;
        if (!mentor.next()) {
            *error = tr("The mentor chosen for %1 is not an active mentor.").arg(name);
            return std::nullopt;
        }
    }
    Person person;
    person.uid = newPerson.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : newPerson.uid;
    person.name = name;
    person.createdAt = m_clock.now();
    person.roles = newPerson.roles;
    person.email = email;
    person.staffId = staffId;
    person.mentorId = newPerson.mentorId;
    person.location = location;
    {
        Database::Rows inserted = m_db.read(
            QStringLiteral("INSERT INTO people (uid, name, name_key, created_at, email, staff_id, mentor_id, "
                           "location) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {person.uid, person.name, nameKey(name), toStoredTime(person.createdAt), person.email,
             person.staffId, person.mentorId ? QVariant(person.mentorId) : QVariant(), person.location},
            error);
        if (!inserted || !inserted.next())
            return std::nullopt;
        person.id = inserted.row().value(0).toLongLong();
    }
    for (Role role : std::as_const(person.roles)) {
        if (!m_db.write(QStringLiteral("INSERT INTO person_roles (person_id, role) VALUES (?, ?)"),
                        {person.id, roleKey(role)}, error))
            return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return person;
}

bool PeopleStore::inOneTransaction(const std::function<bool(QString* error)>& work, QString* error)
{
    return sql::inWriteTransaction(m_db.connection(), work, error);
}

std::optional<Person> PeopleStore::create(const QString& name, QString* error)
{
    NewPerson person;
    person.name = name;
    return create(person, error);
}

QVector<Person> PeopleStore::active(QString* error) const
{
    return listed(QStringLiteral("WHERE active = 1 "), error);
}

QVector<Person> PeopleStore::everyone(QString* error) const
{
    return listed(QString(), error);
}

QVector<Person> PeopleStore::listed(const QString& where, QString* error) const
{
    QVector<Person> people;
    QSqlQuery query(m_db.connection());
    if (!sql::run(&query,
                  selectPerson(m_db) + where + QStringLiteral("ORDER BY ") +
                      dialect::byCodePoint(m_db.dialect(), QStringLiteral("name_key")),
                  {}, error))
        return people;
    while (query.next())
        people.append(personFrom(query));
    return people;
}

QVector<Person> PeopleStore::search(const QString& text, int limit, QString* error) const
{
    QString pattern = nameKey(text);
    pattern.replace(QLatin1Char('!'), QStringLiteral("!!"))
        .replace(QLatin1Char('%'), QStringLiteral("!%"))
        .replace(QLatin1Char('_'), QStringLiteral("!_"));
    QVector<Person> people;
    QSqlQuery query(m_db.connection());
    if (!sql::run(
            &query,
            selectPerson(m_db) + QStringLiteral("WHERE active = 1 AND name_key LIKE ? ESCAPE '!' ORDER BY ") +
                dialect::byCodePoint(m_db.dialect(), QStringLiteral("name_key")) + QStringLiteral(" LIMIT ?"),
            {QLatin1Char('%') + pattern + QLatin1Char('%'), limit}, error))
        return people;
    while (query.next())
        people.append(personFrom(query));
    return people;
}

std::optional<Person> PeopleStore::find(qint64 id, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!sql::run(&query, selectPerson(m_db) + QStringLiteral("WHERE id = ?"), {id}, error))
        return std::nullopt;
    if (!query.next()) {
        *error = tr("No profile with id %1.").arg(id);
        return std::nullopt;
    }
    return personFrom(query);
}

std::optional<Person> PeopleStore::findByName(const QString& name, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!sql::run(&query, selectPerson(m_db) + QStringLiteral("WHERE name_key = ? AND active = 1"),
                  {nameKey(name)}, error))
        return std::nullopt;
    if (!query.next()) {
        *error = tr("Nobody called %1.").arg(name.simplified());
        return std::nullopt;
    }
    return personFrom(query);
}

bool PeopleStore::deactivate(qint64 personId, QString* error)
{
    sql::WriteTransaction transaction(m_db.connection());
    return transaction.begin(error) &&
           sql::run(m_db.connection(), QStringLiteral("UPDATE people SET active = 0 WHERE id = ?"),
                    {personId}, error) &&
           transaction.commit(error);
}

bool PeopleStore::setRole(qint64 personId, Role role, bool has, QString* error)
{
    sql::WriteTransaction transaction(m_db.connection());
    return transaction.begin(error) &&
           sql::run(m_db.connection(),
                    has ? QStringLiteral("INSERT INTO person_roles (person_id, role) VALUES (?, ?)")
                        : QStringLiteral("DELETE FROM person_roles WHERE person_id = ? AND role = ?"),
                    {personId, roleKey(role)}, error) &&
           transaction.commit(error);
}

bool PeopleStore::reactivate(qint64 personId, QString* error)
{
    sql::WriteTransaction transaction(m_db.connection());
    if (!transaction.begin(error))
        return false;
    {
        Database::Rows same =
            m_db.read(QStringLiteral("SELECT name FROM people WHERE active = 1 AND name_key = "
                                     "(SELECT name_key FROM people WHERE id = ?)"),
                      {personId}, error);
        if (!same)
            return false;
        if (same.next()) {
            *error = tr("Someone on the team is already called %1, and two people on the team cannot share "
                        "a name.")
                         .arg(same.row().value(0).toString());
            return false;
        }
    }
    return m_db.write(QStringLiteral("UPDATE people SET active = 1 WHERE id = ?"), {personId}, error) &&
           transaction.commit(error);
}

bool PeopleStore::setMentor(qint64 learnerId, qint64 mentorId, QString* error)
{
    return setGuide(learnerId, mentorId, Role::Mentor, error);
}

bool PeopleStore::setCoach(qint64 learnerId, qint64 coachId, QString* error)
{
    return setGuide(learnerId, coachId, Role::Coach, error);
}

bool PeopleStore::setGuide(qint64 learnerId, qint64 guideId, Role role, QString* error)
{
    const auto guide = find(guideId, error);
    if (!guide)
        return false;
    if (!guide->active || !guide->roles.contains(role)) {
        *error = tr("%1 is not an active %2.").arg(guide->name, roleName(role).toLower());
        return false;
    }
    if (guideId == learnerId) {
        *error = tr("Nobody can be their own mentor or coach.");
        return false;
    }
    const QString column = role == Role::Mentor ? QStringLiteral("mentor_id") : QStringLiteral("coach_id");
    sql::WriteTransaction transaction(m_db.connection());
    return transaction.begin(error) &&
           sql::run(m_db.connection(), QStringLiteral("UPDATE people SET %1 = ? WHERE id = ?").arg(column),
                    {guideId, learnerId}, error) &&
           transaction.commit(error);
}

std::optional<Credentials> PeopleStore::credentials(qint64 personId, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!sql::run(
            &query,
            QStringLiteral("SELECT coalesce(password_hash, ''), failed_sign_ins, coalesce(locked_until, '') "
                           "FROM people WHERE id = ?"),
            {personId}, error))
        return std::nullopt;
    if (!query.next()) {
        *error = tr("No profile with id %1.").arg(personId);
        return std::nullopt;
    }
    return Credentials{query.value(0).toString(), query.value(1).toInt(),
                       fromStoredTime(query.value(2).toString())};
}

bool PeopleStore::saveCredentials(qint64 personId, const Credentials& credentials, QString* error)
{
    sql::WriteTransaction transaction(m_db.connection());
    return transaction.begin(error) &&
           sql::run(
               m_db.connection(),
               QStringLiteral("UPDATE people SET password_hash = ?, failed_sign_ins = ?, locked_until = ? "
                              "WHERE id = ?"),
               {credentials.passwordHash.isEmpty() ? QVariant() : QVariant(credentials.passwordHash),
                credentials.failedSignIns,
                credentials.lockedUntil.isValid() ? QVariant(toStoredTime(credentials.lockedUntil))
                                                  : QVariant(),
                personId},
               error) &&
           transaction.commit(error);
}

std::optional<SealedKey> PeopleStore::sealedKey(qint64 personId, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!sql::run(&query, QStringLiteral("SELECT public_key, sealed_key FROM people WHERE id = ?"),
                  {personId}, error))
        return std::nullopt;
    if (!query.next()) {
        *error = tr("No profile with id %1.").arg(personId);
        return std::nullopt;
    }
    return SealedKey{query.value(0).toString(), query.value(1).toString()};
}

bool PeopleStore::saveSealedKey(qint64 personId, const SealedKey& key, QString* error)
{
    sql::WriteTransaction transaction(m_db.connection());
    return transaction.begin(error) &&
           sql::run(m_db.connection(),
                    QStringLiteral("UPDATE people SET public_key = ?, sealed_key = ? WHERE id = ?"),
                    {key.publicKey, key.sealed, personId}, error) &&
           transaction.commit(error);
}

} // namespace careu
