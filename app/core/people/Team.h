#pragma once

#include "store/PeopleStore.h"

#include <QCoreApplication>

namespace careu {

class Accounts;

// What managers do to the team, each step checked against the permission table first:
// add people (with a first password), give learners a mentor and a coach, deactivate people
// who leave (never delete: their history stays) and bring them back.
class Team
{
    Q_DECLARE_TR_FUNCTIONS(Team)

public:
    Team(PeopleStore& people, Accounts& accounts);

    std::optional<Person> add(const Person& manager, const NewPerson& person, const QString& password,
                              QString* error);
    bool assignMentor(const Person& manager, const Person& learner, qint64 mentorId, QString* error);
    bool assignCoach(const Person& manager, const Person& learner, qint64 coachId, QString* error);
    bool deactivate(const Person& manager, const Person& person, QString* error);
    // Brings back someone who was deactivated, with everything they had on record.
    bool reactivate(const Person& manager, const Person& person, QString* error);

private:
    PeopleStore& m_people;
    Accounts& m_accounts;
};

} // namespace careu
