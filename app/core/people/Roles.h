#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <optional>

namespace careu {

enum class Role
{
    Learner,
    Mentor,
    Coach,
    Manager,
    Admin
};

QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
QString roleName(Role role);

using Roles = QSet<Role>;

// What someone may be allowed to do to another person's records.
enum class Action
{
    SignOffPractice, // approve a learner's Practice (a mentor's call)
    SendBack,        // return a Practice with coaching feedback
    Recognize,       // record an accolade for a learner
    LogHuddle,       // write a check-in in the mentor-learner huddle log
    CoachCheckIn,    // close a graduate's refresher
    ManagePeople,    // add people, give roles, deactivate
    AssignMentor,    // give a learner a (new) mentor or coach
    RestoreBackup,   // put the whole database back as a backup had it (an admin's call)
    ReadReport,      // read everyone's progress: the completion report, the dashboard and their exports
};

// Who is acting, and on whom: enough for every rule the permission table needs.
struct Actor
{
    qint64 id = 0;
    Roles roles;
    bool active = true;
};

// Whoever runs careu on a database outside the app: with its file in hand (or the server's
// credentials) every table is theirs to read anyway, so the command line reads reports as a manager.
inline Actor databaseKeeper()
{
    return {-1, {Role::Manager}, true};
}

struct Subject
{
    qint64 id = 0;
    qint64 mentorId = 0;
    qint64 coachId = 0;
    bool active = true;
};

// The one table of what each role may do, and the rules on top of it: nobody acts on their own
// record, a mentor acts only for their own mentees, a coach only for their own graduates.
// The UI may hide what someone cannot do, but this is the check that counts.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static Roles rolesFor(Action action);
    // Returns false with a sentence saying why, when actor may not do action to subject.
    static bool allows(const Actor& actor, Action action, const Subject& subject, QString* why);
};

} // namespace careu
