#include "AppDriver.h"
#include "people/Accounts.h"
#include "signoff/SignOffs.h"
#include "store/AttemptStore.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace careu;

// The manager builds the team in the app; after graduation the coach's refreshers come due
// with time, the graduate and the coach see them; the mentor keeps a huddle log.
class TestTeamFlow : public QObject
{
    Q_OBJECT

private:
    const QString Password = QStringLiteral("a good password");

    void choose(const QString& combo, const QString& text)
    {
        auto* box = m_app->find<QComboBox>(combo);
        QVERIFY2(box, qPrintable(combo));
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setCurrentIndex(index);
    }

    QString status(const QString& name) { return m_app->find<QLabel>(name)->text(); }

    // Signs off every Practice of both courses for the learner, through the core as the mentor.
    void graduate(const QString& learnerName, const QString& mentorName)
    {
        PeopleStore people(m_app->db(), m_clock);
        ProgressStore progress(m_app->db());
        AttemptStore attempts(m_app->db());
        RecordChain chain(m_app->db());
        Accounts accounts(people, chain, m_clock);
        SignOffs signOffs(chain, progress, attempts, accounts, m_clock);
        QString error;
        const auto learner = people.findByName(learnerName, &error);
        const auto mentor = people.findByName(mentorName, &error);
        // The learner signs their requests with their own key.
        QVERIFY2(accounts.confirm(learner->id, Password, &error), qPrintable(error));
        for (const Course& course : m_app->catalog().courses()) {
            for (const Lesson& lesson : course.lessons) {
                LessonRecord record;
                record.completedAt = record.checkPassedAt = record.updatedAt = m_clock.now();
                record.contentHash = lesson.contentHash;
                QVERIFY(progress.save({learner->id, course.id, lesson.id}, record, nullptr, &error));
                QVERIFY2(signOffs.request(*learner, course, lesson, &error), qPrintable(error));
                QVERIFY2(signOffs.signOff(
                             *mentor, Password, *learner, course, lesson,
                             QVector<Observation>(lesson.practice.checklist.size(), {true, QString()}),
                             QString(), &error),
                         qPrintable(error));
            }
        }
    }

private slots:
    void init() { m_app = std::make_unique<AppDriver>(m_clock); }
    void cleanup() { m_app.reset(); }

    void managerBuildsTheTeamAndTheCoachKeepsReminding()
    {
        m_app->start();
        m_app->createProfile(QStringLiteral("Maria"), Password);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());

        // People: add a learner with Maria as mentor, and a coach.
        m_app->openTab(QStringLiteral("People"));
        m_app->type(QStringLiteral("addName"), QStringLiteral("Leo"));
        choose(QStringLiteral("addMentor"), QStringLiteral("Maria"));
        m_app->type(QStringLiteral("addPassword"), Password);
        m_app->click(QStringLiteral("addPersonButton"));
        QCOMPARE(status(QStringLiteral("peopleStatus")), QStringLiteral("Leo was added."));
        m_app->type(QStringLiteral("addName"), QStringLiteral("Cole"));
        QTest::mouseClick(m_app->find<QCheckBox>(QStringLiteral("addRole_learner")), Qt::LeftButton);
        QTest::mouseClick(m_app->find<QCheckBox>(QStringLiteral("addRole_coach")), Qt::LeftButton);
        m_app->type(QStringLiteral("addPassword"), QStringLiteral("short"));
        m_app->click(QStringLiteral("addPersonButton"));
        QVERIFY(status(QStringLiteral("peopleStatus")).contains(QStringLiteral("at least 8 characters")));
        // What was typed and ticked stays, to correct.
        QCOMPARE(m_app->find<QLineEdit>(QStringLiteral("addName"))->text(), QStringLiteral("Cole"));
        QVERIFY(m_app->find<QCheckBox>(QStringLiteral("addRole_coach"))->isChecked());
        m_app->find<QLineEdit>(QStringLiteral("addPassword"))->clear();
        m_app->type(QStringLiteral("addPassword"), Password);
        m_app->click(QStringLiteral("addPersonButton"));
        QCOMPARE(status(QStringLiteral("peopleStatus")), QStringLiteral("Cole was added."));
        QVERIFY(m_app->find<QLineEdit>(QStringLiteral("addName"))->text().isEmpty());
        m_app->clickRow(QStringLiteral("peopleTable"), QStringLiteral("Leo"));
        choose(QStringLiteral("assignCoach"), QStringLiteral("Cole"));
        m_app->click(QStringLiteral("assignCoachButton"));
        QCOMPARE(status(QStringLiteral("peopleStatus")), QStringLiteral("Leo's coach is now Cole."));

        // Refresher days are the manager's to set; nonsense is refused.
        auto* days = m_app->find<QLineEdit>(QStringLiteral("refresherDays"));
        QCOMPARE(days->text(), QStringLiteral("7, 30, 90"));
        days->clear();
        m_app->type(QStringLiteral("refresherDays"), QStringLiteral("30, 7"));
        m_app->click(QStringLiteral("saveRefresherDays"));
        QCOMPARE(status(QStringLiteral("peopleStatus")),
                 QStringLiteral("Write rising whole days, like 7, 30, 90."));
        days = m_app->find<QLineEdit>(QStringLiteral("refresherDays"));
        days->clear();
        m_app->type(QStringLiteral("refresherDays"), QStringLiteral("7, 30, 120"));
        m_app->click(QStringLiteral("saveRefresherDays"));
        QCOMPARE(status(QStringLiteral("peopleStatus")),
                 QStringLiteral("Refreshers now come 7, 30, 120 days after graduation."));

        // Mentoring: a huddle with Leo.
        m_app->openTab(QStringLiteral("Mentoring"));
        m_app->type(QStringLiteral("huddleWentWell"), QStringLiteral("Calm with the Saturday queue"));
        m_app->type(QStringLiteral("huddleWorkOn"), QStringLiteral("Eye contact when busy"));
        m_app->click(QStringLiteral("logHuddleButton"));
        QVERIFY(status(QStringLiteral("mentorStatus")).contains(QStringLiteral("next step")));
        m_app->type(QStringLiteral("huddleNextStep"), QStringLiteral("Greet the next five walk-ins first"));
        m_app->click(QStringLiteral("logHuddleButton"));
        QCOMPARE(status(QStringLiteral("mentorStatus")), QStringLiteral("Huddle with Leo logged."));

        // Leo graduates; eight days later his first refresher is due.
        graduate(QStringLiteral("Leo"), QStringLiteral("Maria"));
        m_clock.advanceSeconds(8 * 24 * 3600);
        m_app->click(QStringLiteral("signOutButton"));
        m_app->pick(QStringLiteral("Leo"));
        m_app->signIn(Password);
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("graduation")));
        QVERIFY(m_app->find<QLabel>(QStringLiteral("refresherDue_1"))->isVisible());
        QVERIFY(!m_app->window()->findChild<QLabel*>(QStringLiteral("refresherDue_2")));
        QVERIFY(m_app->find<QLabel>(QStringLiteral("huddle_0"))
                    ->text()
                    .contains(QStringLiteral("Greet the next five")));
        m_app->click(QStringLiteral("signOutButton"));

        // Cole sees the refresher due, but no check-in until Leo has taken it (tst_refresherflow
        // plays that part).
        m_app->pick(QStringLiteral("Cole"));
        m_app->signIn(Password);
        const qint64 leoId = [this] {
            QString error;
            return PeopleStore(m_app->db(), m_clock).findByName(QStringLiteral("Leo"), &error)->id;
        }();
        const QString waiting = QStringLiteral("refresher_%1_1_waiting").arg(leoId);
        QTRY_VERIFY(m_app->find<QLabel>(waiting));
        QVERIFY(m_app->find<QLabel>(waiting)->isVisible());
        QVERIFY2(status(waiting).startsWith(QStringLiteral("Waiting for Leo to take it: 0 of ")),
                 qPrintable(status(waiting)));
        QVERIFY(!m_app->window()->findChild<QPushButton*>(QStringLiteral("checkIn_%1_1").arg(leoId)));
        QVERIFY(!m_app->window()->findChild<QLabel*>(QStringLiteral("refresher_%1_2_waiting").arg(leoId)));
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;
};

QTEST_MAIN(TestTeamFlow)
#include "tst_teamflow.moc"
