#include "TestDatabase.h"
#include "people/Accounts.h"
#include "people/Team.h"
#include "store/Database.h"
#include "store/RecordChain.h"

#include <QtTest>

using namespace careu;

class TestTeam : public QObject
{
    Q_OBJECT

private:
    Person make(const QString& name, Roles roles)
    {
        NewPerson person;
        person.name = name;
        person.roles = roles;
        QString error;
        const Person made = *m_people->create(person, &error);
        // A password opens their signing key: what they do is signed.
        if (!m_accounts->setPassword(made.id, QStringLiteral("their own password"), &error,
                                     Passwords::Cost::Minimal))
            qWarning() << error;
        return made;
    }

private slots:
    void init()
    {
        m_dir.emplace();
        m_db.emplace();
        QString error;
        QVERIFY(m_db->open(test::newDatabase(*m_dir, QStringLiteral("careu.sqlite")), &error));
        m_people.emplace(*m_db, Clock::system());
        m_chain.emplace(*m_db);
        m_accounts.emplace(*m_people, *m_chain, Clock::system());
        m_team.emplace(*m_people, *m_accounts, *m_chain, Clock::system());
    }

    void cleanup()
    {
        m_team.reset();
        m_accounts.reset();
        m_chain.reset();
        m_people.reset();
        m_db.reset();
        m_dir.reset();
    }

    void managersAddAndAssign()
    {
        const Person manager = make(QStringLiteral("Mona"), {Role::Manager});
        const Person mentor = make(QStringLiteral("Maria"), {Role::Mentor});
        const Person coach = make(QStringLiteral("Cole"), {Role::Coach});
        QString error;
        NewPerson leo;
        leo.name = QStringLiteral("Leo");
        const auto added = m_team->add(manager, leo, QStringLiteral("first password"), &error);
        QVERIFY2(added, qPrintable(error));
        QVERIFY(added->hasPassword);
        QVERIFY(m_accounts->verify(added->id, QStringLiteral("first password"), &error));
        QVERIFY(m_team->assignMentor(manager, *added, mentor.id, &error));
        QVERIFY(m_team->assignCoach(manager, *added, coach.id, &error));
        QVERIFY(!m_team->assignCoach(manager, *added, mentor.id, &error)); // Maria is no coach
        QVERIFY(error.contains(QStringLiteral("is not an active coach")));
        const auto stored = m_people->find(added->id, &error);
        QCOMPARE(stored->mentorId, mentor.id);
        QCOMPARE(stored->coachId, coach.id);
    }

    void othersMayNot()
    {
        const Person mentor = make(QStringLiteral("Maria"), {Role::Mentor});
        const Person learner = make(QStringLiteral("Leo"), {Role::Learner});
        QString error;
        NewPerson someone;
        someone.name = QStringLiteral("Sam");
        QVERIFY(!m_team->add(mentor, someone, QStringLiteral("first password"), &error));
        QCOMPARE(error, QStringLiteral("Your role does not allow this."));
        QVERIFY(!m_team->assignMentor(learner, learner, mentor.id, &error));
        QVERIFY(!m_team->deactivate(mentor, learner, &error));
        QCOMPARE(m_people->active(&error).size(), 2);
    }

    void deactivatedPeopleLeaveTheListsButStay()
    {
        const Person manager = make(QStringLiteral("Mona"), {Role::Manager});
        const Person leo = make(QStringLiteral("Leo"), {Role::Learner});
        QString error;
        QVERIFY(!m_team->deactivate(manager, manager, &error));
        QVERIFY(m_team->deactivate(manager, leo, &error));
        QCOMPARE(m_people->active(&error).size(), 1);
        const auto kept = m_people->find(leo.id, &error);
        QVERIFY(kept);
        QVERIFY(!kept->active);
        // The name is free again for a new person.
        QVERIFY(m_people->create(QStringLiteral("Leo"), &error));
    }

    void deactivatedPeopleComeBack()
    {
        const Person manager = make(QStringLiteral("Mona"), {Role::Manager});
        const Person mentor = make(QStringLiteral("Maria"), {Role::Mentor});
        NewPerson newLeo;
        newLeo.name = QStringLiteral("Leo");
        newLeo.mentorId = mentor.id;
        QString error;
        const Person leo = *m_people->create(newLeo, &error);
        QVERIFY(m_team->deactivate(manager, leo, &error));
        const Person left = *m_people->find(leo.id, &error);

        QVERIFY(!m_team->reactivate(mentor, left, &error));
        QCOMPARE(error, QStringLiteral("Your role does not allow this."));
        QVERIFY(!m_team->reactivate(manager, mentor, &error));
        QCOMPARE(error, QStringLiteral("Maria is on the team already."));
        QVERIFY2(m_team->reactivate(manager, left, &error), qPrintable(error));
        const auto back = m_people->find(leo.id, &error);
        QVERIFY(back->active);
        QCOMPARE(back->mentorId, mentor.id); // what they had stays theirs
        QCOMPARE(m_people->active(&error).size(), 3);

        // While a new Leo is on the team, the old one cannot come back under the same name.
        QVERIFY(m_team->deactivate(manager, *back, &error));
        const auto namesake = m_people->create(QStringLiteral("leo"), &error);
        QVERIFY(namesake);
        QVERIFY(!m_team->reactivate(manager, *m_people->find(leo.id, &error), &error));
        QCOMPARE(error, QStringLiteral("Someone on the team is already called leo, and two people on the "
                                       "team cannot share a name."));
        QVERIFY(!m_people->find(leo.id, &error)->active);
        const QVector<Person> everyone = m_people->everyone(&error);
        QCOMPARE(everyone.size(), 4);
        QCOMPARE(std::count_if(everyone.begin(), everyone.end(), [](const Person& p) { return !p.active; }), 1);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::optional<PeopleStore> m_people;
    std::optional<RecordChain> m_chain;
    std::optional<Accounts> m_accounts;
    std::optional<Team> m_team;
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
