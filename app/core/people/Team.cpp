#include "Team.h"

#include "Accounts.h"
#include "Passwords.h"

namespace careu {

Team::Team(PeopleStore& people, Accounts& accounts) : m_people(people), m_accounts(accounts) {}

std::optional<Person> Team::add(const Person& manager, const NewPerson& person, const QString& password,
                                QString* error)
{
    if (!Permissions::allows(manager.asActor(), Action::ManagePeople, {}, error) ||
        !Passwords::acceptable(password, error))
        return std::nullopt;
    auto added = m_people.create(person, error);
    if (!added || !m_accounts.setPassword(added->id, password, error))
        return std::nullopt;
    added->hasPassword = true;
    return added;
}

bool Team::assignMentor(const Person& manager, const Person& learner, qint64 mentorId, QString* error)
{
    return Permissions::allows(manager.asActor(), Action::AssignMentor, learner.asSubject(), error) &&
           m_people.setMentor(learner.id, mentorId, error);
}

bool Team::assignCoach(const Person& manager, const Person& learner, qint64 coachId, QString* error)
{
    return Permissions::allows(manager.asActor(), Action::AssignMentor, learner.asSubject(), error) &&
           m_people.setCoach(learner.id, coachId, error);
}

bool Team::deactivate(const Person& manager, const Person& person, QString* error)
{
    if (!Permissions::allows(manager.asActor(), Action::ManagePeople, person.asSubject(), error))
        return false;
    if (manager.id == person.id) {
        *error = tr("You cannot deactivate yourself; ask another manager.");
        return false;
    }
    return m_people.deactivate(person.id, error);
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
    return m_people.reactivate(person.id, error);
}

} // namespace careu
