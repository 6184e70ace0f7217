#include "Roles.h"

#include <array>

namespace careu {

namespace {
struct RoleInfo
{
    Role role;
    const char* key;
    const char* name;
};

const std::array<RoleInfo, 5> AllRoles = {{
    {Role::Learner, "learner", QT_TRANSLATE_NOOP("careu::Roles", "Learner")},
    {Role::Mentor, "mentor", QT_TRANSLATE_NOOP("careu::Roles", "Mentor")},
    {Role::Coach, "coach", QT_TRANSLATE_NOOP("careu::Roles", "Coach")},
    {Role::Manager, "manager", QT_TRANSLATE_NOOP("careu::Roles", "Manager")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("careu::Roles", "Admin")},
}};
} // namespace

QString roleKey(Role role)
{
    return QLatin1String(AllRoles.at(static_cast<size_t>(role)).key);
}

QString roleName(Role role)
{
    return QCoreApplication::translate("careu::Roles", AllRoles.at(static_cast<size_t>(role)).name);
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (const RoleInfo& info : AllRoles) {
        if (key == QLatin1String(info.key))
            return info.role;
    }
    return std::nullopt;
}

Roles Permissions::rolesFor(Action action)
{
    switch (action) {
    case Action::SignOffPractice:
    case Action::SendBack:
    case Action::LogHuddle:
        return {Role::Mentor};
    case Action::Recognize:
        return {Role::Mentor, Role::Coach, Role::Manager};
    case Action::CoachCheckIn:
        return {Role::Coach};
    case Action::ManagePeople:
        return {Role::Manager, Role::Admin};
    case Action::AssignMentor:
    case Action::ReadReport:
        return {Role::Manager};
    case Action::RestoreBackup:
        return {Role::Admin};
    }
    return {};
}

bool Permissions::allows(const Actor& actor, Action action, const Subject& subject, QString* why)
{
    if (!actor.active || !subject.active) {
        *why = tr("People who have left are kept on record but take no part in sign-offs any more.");
        return false;
    }
    if (!actor.roles.intersects(rolesFor(action))) {
        *why = tr("Your role does not allow this.");
        return false;
    }
    if (actor.id == subject.id && action != Action::ManagePeople && action != Action::RestoreBackup &&
        action != Action::ReadReport) {
        *why = tr("Nobody can sign off, send back, recognize or check in their own work.");
        return false;
    }
    const bool manager = actor.roles.contains(Role::Manager);
    if ((action == Action::SignOffPractice || action == Action::SendBack || action == Action::LogHuddle) &&
        subject.mentorId != actor.id) {
        *why = tr("Only this learner's own mentor can do this; a manager can reassign mentees.");
        return false;
    }
    if (action == Action::CoachCheckIn && subject.coachId != actor.id) {
        *why = tr("Only this graduate's own coach can close their check-ins.");
        return false;
    }
    if (action == Action::Recognize && !manager && subject.mentorId != actor.id &&
        subject.coachId != actor.id) {
        *why = tr("You can recognize your own mentees and graduates; a manager can recognize anyone.");
        return false;
    }
    return true;
}

} // namespace careu
