#include "Team.h"

#include "Accounts.h"
#include "Keys.h"
#include "Passwords.h"
#include "store/RecordChain.h"

#include <QJsonArray>

namespace careu {

namespace {
const QLatin1String RoleField("role");

QJsonArray roleKeys(const Roles& roles)
{
    QJsonArray keys;
    for (Role role : {Role::Learner, Role::Mentor, Role::Coach, Role::Manager, Role::Admin}) {
        if (roles.contains(role))
            keys.append(roleKey(role));
    }
    return keys;
}
} // namespace

Team::Team(PeopleStore& people, Accounts& accounts, RecordChain& chain, const Clock& clock)
    : m_people(people), m_accounts(accounts), m_chain(chain), m_clock(clock)
{
}

QJsonObject Team::joinBody(const Person& person, const QString& publicKey)
{
    return {{QStringLiteral("uid"), person.uid},
            {QStringLiteral("roles"), roleKeys(person.roles)},
            {QStringLiteral("mentor"), person.mentorId ? QString::number(person.mentorId) : QString()},
            {QStringLiteral("publicKey"), publicKey}};
}

std::optional<Person> Team::added(const NewPerson& person, const QString& password, qint64 signerId,
                                  Passwords::Cost cost, QString* error)
{
    if (!password.isNull() && !Passwords::acceptable(password, error))
        return std::nullopt;
    std::optional<Person> result;
    const auto work = [&](QString* writeError) {
        auto created = m_people.create(person, writeError);
        if (!created ||
            (!password.isNull() && !m_accounts.setPassword(created->id, password, writeError, cost)))
            return false;
        QString publicKey;
        if (!password.isNull()) {
            publicKey = m_accounts.signer(created->id, writeError)->publicKey();
            created->hasPassword = true;
            created->publicKey = publicKey;
        }
        const SigningKey* signer = m_accounts.signer(signerId ? signerId : created->id, writeError);
        if (!signer || !m_chain.append(RecordKind::Join, created->id, *signer, {}, {},
                                       joinBody(*created, publicKey), m_clock.now(), writeError))
            return false;
        // Whoever added them holds no key of theirs: the new person signs in with it themselves.
        if (signerId)
            m_accounts.signOut(created->id);
        result = created;
        return true;
    };
    if (!m_people.inOneTransaction(work, error))
        return std::nullopt;
    return result;
}

std::optional<Person> Team::add(const Person& manager, const NewPerson& person, const QString& password,
                                QString* error, Passwords::Cost cost)
{
    if (!Permissions::allows(manager.asActor(), Action::ManagePeople, {}, error) ||
        !Passwords::acceptable(password, error) || !m_accounts.endorsedSigner(manager.id, error))
        return std::nullopt;
    return added(person, password, manager.id, cost, error);
}

std::optional<Person> Team::add(const Person& manager, const NewPerson& person, QString* error)
{
    if (!Permissions::allows(manager.asActor(), Action::ManagePeople, {}, error) ||
        !m_accounts.endorsedSigner(manager.id, error))
        return std::nullopt;
    return added(person, QString(), manager.id, Passwords::Cost::Interactive, error);
}

std::optional<Person> Team::join(const NewPerson& person, const QString& password, QString* error,
                                 Passwords::Cost cost)
{
    if (!Passwords::acceptable(password, error))
        return std::nullopt;
    const QVector<Person> everyone = m_people.active(error);
    if (!error->isEmpty())
        return std::nullopt;
    if (!everyone.isEmpty() && person.roles != Roles{Role::Learner}) {
        *error = tr("A profile you make yourself is a learner's; a manager gives other roles.");
        return std::nullopt;
    }
    return added(person, password, 0, cost, error);
}

bool Team::claim(const Person& learner, const QString& password, QString* error)
{
    if (learner.hasPassword || learner.roles != Roles{Role::Learner}) {
        *error = tr("This account's password is set by a manager.");
        return false;
    }
    return m_people.inOneTransaction(
        [&](QString* writeError) {
            if (!m_accounts.setPassword(learner.id, password, writeError))
                return false;
            const SigningKey* own = m_accounts.signer(learner.id, writeError);
            return own && m_chain.append(RecordKind::Key, learner.id, *own, {}, {},
                                         {{QStringLiteral("publicKey"), own->publicKey()}}, m_clock.now(),
                                         writeError);
        },
        error);
}

bool Team::record(const Person& manager, RecordKind kind, qint64 subjectId, const QJsonObject& body,
                  const std::function<bool(QString*)>& write, QString* error)
{
    const SigningKey* signer = m_accounts.endorsedSigner(manager.id, error);
    return signer && m_people.inOneTransaction(
                         [&](QString* writeError) {
                             return write(writeError) && m_chain.append(kind, subjectId, *signer, {}, {},
                                                                        body, m_clock.now(), writeError);
                         },
                         error);
}

bool Team::resetPassword(const Person& manager, const Person& person, const QString& password, QString* error)
{
    if (!Permissions::allows(manager.asActor(), Action::ManagePeople, person.asSubject(), error) ||
        !Passwords::acceptable(password, error))
        return false;
    if (manager.id == person.id) {
        *error = tr("Change your own password yourself; a reset is for someone who forgot theirs.");
        return false;
    }
    const SigningKey* signer = m_accounts.endorsedSigner(manager.id, error);
    return signer &&
           m_people.inOneTransaction(
               [&](QString* writeError) {
                   if (!m_accounts.setPassword(person.id, password, writeError))
                       return false;
                   // The new owner signs in with it; until then nobody signs as them.
                   const QString publicKey = m_accounts.signer(person.id, writeError)->publicKey();
                   m_accounts.signOut(person.id);
                   return m_chain
                       .append(RecordKind::Key, person.id, *signer, {}, {},
                               {{QStringLiteral("publicKey"), publicKey}}, m_clock.now(), writeError)
                       .has_value();
               },
               error);
}

bool Team::endorseKey(const Person& manager, const Person& person, const QString& typedFingerprint,
                      QString* error)
{
    if (!Permissions::allows(manager.asActor(), Action::ManagePeople, person.asSubject(), error))
        return false;
    if (manager.id == person.id) {
        *error = tr("Another manager endorses your key: nobody vouches for their own.");
        return false;
    }
    if (person.publicKey.isEmpty()) {
        *error = tr("%1 has no signing key yet: it is made when they first sign in.").arg(person.name);
        return false;
    }
    if (Keys::normalisedFingerprint(typedFingerprint) !=
        Keys::normalisedFingerprint(Keys::fingerprint(person.publicKey))) {
        *error =
            tr("That is not the fingerprint of %1's key. Ask them to read it again from Help, About on their "
               "own screen; if it still differs, do not endorse it: reset their password instead.")
                .arg(person.name);
        return false;
    }
    return record(
        manager, RecordKind::Key, person.id, {{QStringLiteral("publicKey"), person.publicKey}},
        [](QString*) { return true; }, error);
}

bool Team::grantRole(const Person& manager, const Person& person, Role role, QString* error)
{
    if (!Permissions::allows(manager.asActor(), Action::ManagePeople, person.asSubject(), error))
        return false;
    if (person.roles.contains(role)) {
        *error = tr("%1 is already a %2.").arg(person.name, roleName(role).toLower());
        return false;
    }
    return record(
        manager, RecordKind::RoleGrant, person.id, {{RoleField, roleKey(role)}},
        [&](QString* writeError) { return m_people.setRole(person.id, role, true, writeError); }, error);
}

bool Team::removeRole(const Person& manager, const Person& person, Role role, QString* error)
{
    if (!Permissions::allows(manager.asActor(), Action::ManagePeople, person.asSubject(), error))
        return false;
    if (!person.roles.contains(role) || person.roles.size() == 1) {
        *error = person.roles.contains(role)
                     ? tr("%1 needs at least one role.").arg(person.name)
                     : tr("%1 is not a %2.").arg(person.name, roleName(role).toLower());
        return false;
    }
    return record(
        manager, RecordKind::RoleRemoval, person.id, {{RoleField, roleKey(role)}},
        [&](QString* writeError) { return m_people.setRole(person.id, role, false, writeError); }, error);
}

bool Team::assignMentor(const Person& manager, const Person& learner, qint64 mentorId, QString* error)
{
    return Permissions::allows(manager.asActor(), Action::AssignMentor, learner.asSubject(), error) &&
           record(
               manager, RecordKind::MentorChange, learner.id,
               {{QStringLiteral("mentor"), QString::number(mentorId)}},
               [&](QString* writeError) { return m_people.setMentor(learner.id, mentorId, writeError); },
               error);
}

bool Team::assignCoach(const Person& manager, const Person& learner, qint64 coachId, QString* error)
{
    return Permissions::allows(manager.asActor(), Action::AssignMentor, learner.asSubject(), error) &&
           record(
               manager, RecordKind::CoachChange, learner.id,
               {{QStringLiteral("coach"), QString::number(coachId)}},
               [&](QString* writeError) { return m_people.setCoach(learner.id, coachId, writeError); },
               error);
}

bool Team::deactivate(const Person& manager, const Person& person, QString* error)
{
    if (!Permissions::allows(manager.asActor(), Action::ManagePeople, person.asSubject(), error))
        return false;
    if (manager.id == person.id) {
        *error = tr("You cannot deactivate yourself; ask another manager.");
        return false;
    }
    return record(
        manager, RecordKind::Deactivation, person.id, {},
        [&](QString* writeError) { return m_people.deactivate(person.id, writeError); }, error);
}

bool Team::reactivate(const Person& manager, const Person& person, QString* error)
{
    // Who has left is no subject of the permission table (it refuses them); bringing someone back
    // is the manager's right to add people.
    if (!Permissions::allows(manager.asActor(), Action::ManagePeople, {}, error))
        return false;
    if (person.active) {
        *error = tr("%1 is on the team already.").arg(person.name);
        return false;
    }
    return record(
        manager, RecordKind::Reactivation, person.id, {},
        [&](QString* writeError) { return m_people.reactivate(person.id, writeError); }, error);
}

} // namespace careu
