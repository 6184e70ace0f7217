#include "people/Roles.h"

#include <QtTest>

using namespace careu;

// The role table and the rules on top of it: every refusal the sign-off issue names.
class TestPermissions : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Learner = 1;
    static constexpr qint64 Mentor = 2;
    static constexpr qint64 OtherMentor = 3;
    static constexpr qint64 Coach = 4;
    static constexpr qint64 Manager = 5;

    const Subject m_learner{Learner, Mentor, Coach};

private slots:
    void decisions_data()
    {
        QTest::addColumn<qint64>("actorId");
        QTest::addColumn<QList<int>>("roles");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("why");

        const auto roles = [](std::initializer_list<Role> list) {
            QList<int> result;
            for (Role role : list)
                result.append(static_cast<int>(role));
            return result;
        };
        const int signOff = static_cast<int>(Action::SignOffPractice);
        QTest::addRow("the learner's mentor signs off")
            << Mentor << roles({Role::Mentor}) << signOff << true << "";
        QTest::addRow("a learner cannot sign off")
            << Learner << roles({Role::Learner}) << signOff << false << "Your role does not allow this.";
        QTest::addRow("nobody signs off their own work")
            << Learner << roles({Role::Learner, Role::Mentor}) << signOff << false << "Nobody can sign off";
        QTest::addRow("another mentor cannot")
            << OtherMentor << roles({Role::Mentor}) << signOff << false << "Only this learner's own mentor";
        QTest::addRow("a manager is not a mentor")
            << Manager << roles({Role::Manager}) << signOff << false << "Your role does not allow this.";
        QTest::addRow("a coach cannot sign off practice")
            << Coach << roles({Role::Coach}) << signOff << false << "Your role does not allow this.";
        QTest::addRow("the mentor sends back")
            << Mentor << roles({Role::Mentor}) << static_cast<int>(Action::SendBack) << true << "";
        QTest::addRow("the coach checks in")
            << Coach << roles({Role::Coach}) << static_cast<int>(Action::CoachCheckIn) << true << "";
        QTest::addRow("a mentor is not the coach")
            << Mentor << roles({Role::Mentor, Role::Coach}) << static_cast<int>(Action::CoachCheckIn) << false
            << "Only this graduate's own coach";
        QTest::addRow("a manager recognizes anyone")
            << Manager << roles({Role::Manager}) << static_cast<int>(Action::Recognize) << true << "";
        QTest::addRow("another mentor cannot recognize")
            << OtherMentor << roles({Role::Mentor}) << static_cast<int>(Action::Recognize) << false
            << "your own mentees";
        QTest::addRow("a manager reassigns mentors")
            << Manager << roles({Role::Manager}) << static_cast<int>(Action::AssignMentor) << true << "";
        QTest::addRow("an admin manages people")
            << Manager << roles({Role::Admin}) << static_cast<int>(Action::ManagePeople) << true << "";
        QTest::addRow("a mentor cannot reassign")
            << Mentor << roles({Role::Mentor}) << static_cast<int>(Action::AssignMentor) << false
            << "Your role does not allow this.";
    }

    void decisions()
    {
        QFETCH(qint64, actorId);
        QFETCH(QList<int>, roles);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        QFETCH(QString, why);
        Actor actor{actorId, {}};
        for (int role : roles)
            actor.roles.insert(static_cast<Role>(role));
        QString reason;
        QCOMPARE(Permissions::allows(actor, static_cast<Action>(action), m_learner, &reason), allowed);
        if (!allowed)
            QVERIFY2(reason.contains(why), qPrintable(reason));
    }

    void peopleWhoLeftTakeNoPart()
    {
        QString why;
        QVERIFY(
            !Permissions::allows({Mentor, {Role::Mentor}, false}, Action::SignOffPractice, m_learner, &why));
        QVERIFY(why.contains(QStringLiteral("have left")));
        Subject gone = m_learner;
        gone.active = false;
        QVERIFY(!Permissions::allows({Mentor, {Role::Mentor}, true}, Action::SignOffPractice, gone, &why));
    }

    void roleKeysRoundTrip()
    {
        for (Role role : {Role::Learner, Role::Mentor, Role::Coach, Role::Manager, Role::Admin})
            QCOMPARE(roleFromKey(roleKey(role)), std::optional<Role>(role));
        QVERIFY(!roleFromKey(QStringLiteral("trainer")));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
