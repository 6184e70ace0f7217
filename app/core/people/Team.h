#pragma once

#include "Clock.h"
#include "store/PeopleStore.h"
#include "store/RecordChain.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

namespace careu {

class Accounts;

// What managers do to the team, each step checked against the permission table first and
// written twice in one transaction: to the tables the app reads, and as a record in the chain
// signed by the manager (ChainAudit proves the two agree): add people (with a first password, whose
// key the manager endorses), reset a password (a new key, endorsed), give and take roles, give
// learners a mentor and a coach, deactivate people who leave (never delete: their history stays) and bring
// them back. Someone new may also make their own learner profile (join), and the very first person on a new
// database becomes its admin, whose key is the organization's root.
class Team
{
    Q_DECLARE_TR_FUNCTIONS(Team)

public:
    Team(PeopleStore& people, Accounts& accounts, RecordChain& chain, const Clock& clock);

    std::optional<Person> add(const Person& manager, const NewPerson& person, const QString& password,
                              QString* error, Passwords::Cost cost = Passwords::Cost::Interactive);
    // People added without a password (an import): records them, for the manager to endorse later.
    std::optional<Person> add(const Person& manager, const NewPerson& person, QString* error);
    // A profile of one's own, signed by oneself: a learner's, or the first person's (any roles).
    std::optional<Person> join(const NewPerson& person, const QString& password, QString* error,
                               Passwords::Cost cost = Passwords::Cost::Interactive);
    // A learner who has no password yet chooses one: a key of their own, declared by themselves.
    bool claim(const Person& learner, const QString& password, QString* error);
    bool resetPassword(const Person& manager, const Person& person, const QString& password, QString* error);
    bool grantRole(const Person& manager, const Person& person, Role role, QString* error);
    bool removeRole(const Person& manager, const Person& person, Role role, QString* error);
    bool assignMentor(const Person& manager, const Person& learner, qint64 mentorId, QString* error);
    bool assignCoach(const Person& manager, const Person& learner, qint64 coachId, QString* error);
    bool deactivate(const Person& manager, const Person& person, QString* error);
    // Brings back someone who was deactivated, with everything they had on record.
    bool reactivate(const Person& manager, const Person& person, QString* error);
    // A key someone declared themselves (their first sign-in on a database from before records were
    // signed, or a profile they claimed) is theirs alone until a manager endorses it; then what it
    // signs counts as a mentor's or a coach's. The manager types the fingerprint the person reads
    // out from Help, About on their own screen: a key slipped into the file by anyone else differs.
    bool endorseKey(const Person& manager, const Person& person, const QString& typedFingerprint,
                    QString* error);

    // The body of a Join record: what the chain knows of a new person.
    static QJsonObject joinBody(const Person& person, const QString& publicKey);

private:
    std::optional<Person> added(const NewPerson& person, const QString& password, qint64 signerId,
                                Passwords::Cost cost, QString* error);
    bool record(const Person& manager, RecordKind kind, qint64 subjectId, const QJsonObject& body,
                const std::function<bool(QString*)>& write, QString* error);

    PeopleStore& m_people;
    Accounts& m_accounts;
    RecordChain& m_chain;
    const Clock& m_clock;
};

} // namespace careu
