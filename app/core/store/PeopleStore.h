#pragma once

#include "Clock.h"
#include "people/Keys.h"
#include "people/Roles.h"

#include <QCoreApplication>
#include <QVector>
#include <functional>
#include <optional>

namespace careu {

class Database;

struct Person
{
    qint64 id = 0;
    QString uid; // stable id for reports and exports; never changes, never reused
    QString name;
    QDateTime createdAt;
    bool active = true;
    Roles roles;
    QString email;
    QString staffId;
    QString location;    // the site they work at; empty: not said
    qint64 mentorId = 0; // 0: none
    qint64 coachId = 0;
    bool hasPassword = false;
    QString publicKey; // of their signing key; empty: none yet

    Actor asActor() const { return {id, roles, active}; }
    Subject asSubject() const { return {id, mentorId, coachId, active}; }
};

struct NewPerson
{
    QString name;
    Roles roles{Role::Learner};
    QString email;
    QString staffId;
    qint64 mentorId = 0;
    QString location; // the site they work at; empty: not said
    QString uid;      // empty: a new random one
};

// What the sign-in rules need to know about an account, and to change.
struct Credentials
{
    QString passwordHash; // empty: no password set yet
    int failedSignIns = 0;
    QDateTime lockedUntil;
};

// People and their roles. People are never deleted: history (progress, sign-offs) keeps
// pointing at them.
class PeopleStore
{
    Q_DECLARE_TR_FUNCTIONS(PeopleStore)

public:
    static constexpr int MaxNameLength = 80;
    static constexpr int MaxEmailLength = 254; // the longest address mail can be sent to
    static constexpr int MaxStaffIdLength = 64;
    static constexpr int MaxLocationLength = 100;

    PeopleStore(const Database& db, const Clock& clock);

    // The key two names are compared by: "  Ana  Lopez" and "ana lopez" are the same person to a reader.
    static QString nameKey(const QString& name);

    // What create() refuses before it looks at the database: an empty or overlong name, an overlong
    // or malformed email, an overlong staff id or location, control or direction characters in any
    // of them, a person without a role.
    static bool check(const NewPerson& person, QString* error);
    // Trims the name; refuses what check() refuses, a name already used by an active person, and a
    // mentor who is not an active mentor.
    std::optional<Person> create(const NewPerson& person, QString* error);
    // Runs work in one write transaction: the creates in it are committed together (an import
    // writes a thousand people a commit), or none of them; tried again as sql::inWriteTransaction says.
    bool inOneTransaction(const std::function<bool(QString* error)>& work, QString* error);
    std::optional<Person> create(const QString& name, QString* error);
    // Active people, sorted by name.
    QVector<Person> active(QString* error) const;
    // Everyone, those who have left too, sorted by name: the manager's team table.
    QVector<Person> everyone(QString* error) const;
    // Active people whose name holds text (compared as nameKey() compares names; empty: anyone), in
    // name order, at most limit of them: the sign-in list of a team of thousands.
    QVector<Person> search(const QString& text, int limit, QString* error) const;
    std::optional<Person> find(qint64 id, QString* error) const;
    // The active person with this name, compared as the picker does (case and spacing aside).
    std::optional<Person> findByName(const QString& name, QString* error) const;

    bool setMentor(qint64 learnerId, qint64 mentorId, QString* error);
    // The person leaves the picker and the lists; every record about them stays.
    bool deactivate(qint64 personId, QString* error);
    // Someone who left comes back, with the records they had; refused while another active person
    // has their name.
    bool reactivate(qint64 personId, QString* error);
    bool setCoach(qint64 learnerId, qint64 coachId, QString* error);
    // Gives (has) or takes away the role.
    bool setRole(qint64 personId, Role role, bool has, QString* error);

    std::optional<Credentials> credentials(qint64 personId, QString* error) const;
    bool saveCredentials(qint64 personId, const Credentials& credentials, QString* error);
    // The person's signing key as stored (null: none yet).
    std::optional<SealedKey> sealedKey(qint64 personId, QString* error) const;
    bool saveSealedKey(qint64 personId, const SealedKey& key, QString* error);

private:
    // People who match where (a WHERE clause and a space, or nothing), sorted by name.
    QVector<Person> listed(const QString& where, QString* error) const;
    bool setGuide(qint64 learnerId, qint64 guideId, Role role, QString* error);

    const Database& m_db;
    const Clock& m_clock;
};

} // namespace careu
