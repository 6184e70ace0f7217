#include "PeopleStore.h"

#include "Database.h"
#include "Sql.h"

#include <QUuid>
#include <algorithm>

namespace careu {

namespace {
const QString SelectPerson = QStringLiteral("SELECT id, uid, name, created_at, active FROM people ");

Person personFrom(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            fromStoredTime(query.value(3).toString()), query.value(4).toBool()};
}

// The key two names are compared by: "  Ana  Lopez" and "ana lopez" are the same person to a reader.
QString nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}
} // namespace

PeopleStore::PeopleStore(const Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

std::optional<Person> PeopleStore::create(const QString& rawName, QString* error)
{
    const QString name = rawName.simplified();
    if (name.isEmpty()) {
        *error = tr("Please type a name.");
        return std::nullopt;
    }
    if (name.size() > MaxNameLength) {
        *error =
            tr("That name is %1 characters long; please keep it to %2.").arg(name.size()).arg(MaxNameLength);
        return std::nullopt;
    }
    if (std::any_of(name.cbegin(), name.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control; })) {
        *error = tr("A name cannot contain control characters.");
        return std::nullopt;
    }
    const QSqlDatabase db = m_db.connection();
    sql::WriteTransaction transaction(db);
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery query(db);
    if (!sql::run(&query, QStringLiteral("SELECT name FROM people WHERE name_key = ? AND active = 1"),
                  {nameKey(name)}, error))
        return std::nullopt;
    if (query.next()) {
        *error =
            tr("There is already a profile called %1. Pick it from the list, or add a surname or initial.")
                .arg(query.value(0).toString());
        return std::nullopt;
    }
    Person person{0, QUuid::createUuid().toString(QUuid::WithoutBraces), name, m_clock.now(), true};
    if (!sql::run(&query,
                  QStringLiteral("INSERT INTO people (uid, name, name_key, created_at) VALUES (?, ?, ?, ?)"),
                  {person.uid, person.name, nameKey(name), toStoredTime(person.createdAt)}, error))
        return std::nullopt;
    person.id = query.lastInsertId().toLongLong();
    if (!transaction.commit(error))
        return std::nullopt;
    return person;
}

QVector<Person> PeopleStore::active(QString* error) const
{
    QVector<Person> people;
    QSqlQuery query(m_db.connection());
    if (!sql::run(&query, SelectPerson + QStringLiteral("WHERE active = 1 ORDER BY name_key"), {}, error))
        return people;
    while (query.next())
        people.append(personFrom(query));
    return people;
}

std::optional<Person> PeopleStore::find(qint64 id, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!sql::run(&query, SelectPerson + QStringLiteral("WHERE id = ?"), {id}, error))
        return std::nullopt;
    if (!query.next()) {
        *error = tr("No profile with id %1.").arg(id);
        return std::nullopt;
    }
    return personFrom(query);
}

} // namespace careu
