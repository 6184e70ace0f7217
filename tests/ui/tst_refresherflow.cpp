#include "AppDriver.h"
#include "TestOrg.h"
#include "content/ChoiceOrder.h"
#include "signoff/Coaching.h"

#include <QLabel>
#include <QLineEdit>
#include <QtTest>
#include <algorithm>

using namespace careu;

// A week after graduating, the graduate takes their first refresher in the app by clicking:
// questions again (one try each, choices in their own order), then a role-play replay. Their
// coach sees every answer and closes the refresher at a check-in.
class TestRefresherFlow : public QObject
{
    Q_OBJECT

private:
    const QString Password = QStringLiteral("a good password");

    QString text(const QString& name)
    {
        auto* label = m_app->find<QLabel>(name);
        return label ? label->text() : QString();
    }

    // The choice ids of a question card's buttons, top to bottom, as the graduate sees them.
    QStringList shownOrder(const QString& key, const Question& question)
    {
        QVector<std::pair<int, QString>> shown;
        for (const Choice& choice : question.choices) {
            auto* button = m_app->find<QPushButton>(QStringLiteral("choice_%1_%2").arg(key, choice.id));
            if (button)
                shown.append({button->mapTo(m_app->window(), QPoint()).y(), choice.id});
        }
        std::sort(shown.begin(), shown.end());
        QStringList ids;
        for (const auto& each : std::as_const(shown))
            ids.append(each.second);
        return ids;
    }

private slots:
    void init() { m_app = std::make_unique<AppDriver>(m_clock); }
    void cleanup() { m_app.reset(); }

    void aGraduateTakesARefresherAndTheCoachClosesIt()
    {
        // Leo graduated today, after missing the first question of CARE 102's Respond lesson at
        // the first try; Maria is his mentor and his coach.
        m_app->start();
        QString error;
        std::optional<Person> maria;
        std::optional<Person> leo;
        {
            test::TestOrg org(m_app->db(), m_app->catalog(), m_clock.now());
            maria = org.mentor(QStringLiteral("Maria"), &error);
            QVERIFY2(maria, qPrintable(error));
            leo = org.learner(QStringLiteral("Leo"), *maria, &error);
            QVERIFY2(leo && org.setPassword(*leo, Password, &error),
                     qPrintable(error));
            QVERIFY2(org.completeLesson(*leo, QStringLiteral("care-102"), 3, true, &error),
                     qPrintable(error));
            QVERIFY2(org.graduate(*leo, *maria, &error), qPrintable(error));
        }
        m_clock.advanceSeconds(8 * 24 * 3600);
        m_app->close();
        m_app->start();

        // Leo signs in: his first refresher is due.
        m_app->pick(QStringLiteral("Leo"));
        m_app->signIn(Password);
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("graduation")));
        QVERIFY2(text(QStringLiteral("refresherDue_1"))
                     .startsWith(QStringLiteral("Refresher 1 is due: 3 questions")),
                 qPrintable(text(QStringLiteral("refresherDue_1"))));
        m_app->click(QStringLiteral("refresherOpen_1"));
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("refresherTitle")));
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("refresherTitle"))->isVisible());
        QCOMPARE(text(QStringLiteral("refresherTitle")), QStringLiteral("Respond, again"));

        // What it asks, as stored when it opened: the question he missed first.
        const Course& care102 = *m_app->catalog().course(QStringLiteral("care-102"));
        const Lesson& respond = care102.lessons.at(3);
        Services services(m_app->db(), m_app->catalog(), m_clock);
        const QDateTime graduated =
            services.signOffs.graduatedAt(leo->id, m_app->catalog().courses(), &error);
        const Refresher refresher = services.coaching()->refreshers(leo->id, graduated, &error).first();
        QVERIFY(refresher.started());
        const QVector<AskedQuestion>& asked = refresher.progress.questions;
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.first().lessonId, respond.id);
        QCOMPARE(asked.first().questionId, respond.check.first().id);
        QVERIFY(!m_app->find<QPushButton>(QStringLiteral("refresherReplayButton"))->isEnabled());

        // He answers by clicking: the first wrong, the others right. Choices stand in his order.
        for (int i = 0; i < asked.size(); ++i) {
            const Question& question =
                *care102.lesson(asked.at(i).lessonId)->question(asked.at(i).questionId);
            const QString key = QStringLiteral("refresher%1").arg(i);
            QCOMPARE(shownOrder(key, question),
                     ChoiceOrder::of(leo->uid, care102.id, asked.at(i).lessonId, question));
            const QString choice = i == 0 ? test::TestOrg::wrongChoice(question) : question.answer;
            m_app->click(QStringLiteral("choice_%1_%2").arg(key, choice));
            const QString feedback = text(QStringLiteral("feedback_") + key);
            if (i == 0) {
                QVERIFY2(feedback.startsWith(QStringLiteral("Not quite.")), qPrintable(feedback));
                QVERIFY2(feedback.contains(question.choice(question.answer)->text), qPrintable(feedback));
                // One try: clicking the right answer now changes nothing.
                m_app->click(QStringLiteral("choice_%1_%2").arg(key, question.answer));
                QCOMPARE(text(QStringLiteral("feedback_") + key), feedback);
            } else {
                QVERIFY2(feedback.startsWith(QStringLiteral("✓ Yes.")), qPrintable(feedback));
            }
        }
        QCOMPARE(text(QStringLiteral("refresherAnswered")), QStringLiteral("2 of 3 right at the first try."));
        QVERIFY(!m_app->find<QLabel>(QStringLiteral("refresherDone"))->isVisible());

        // Then the replay, played through by clicking the first choice at every scene.
        m_app->click(QStringLiteral("refresherReplayButton"));
        m_app->click(QStringLiteral("startRolePlayButton"));
        const auto debrief = [this] {
            auto* ending = m_app->window()->findChild<QLabel*>(QStringLiteral("endingTitle"));
            return ending && ending->isVisible();
        };
        for (int scene = 0; scene < 40 && !debrief(); ++scene)
            m_app->click(QStringLiteral("rolePlayChoice_1"));
        QVERIFY(debrief());
        m_app->click(QStringLiteral("debriefDoneButton"));
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("refresherDone"))->isVisible());
        QVERIFY(text(QStringLiteral("refresherDone")).contains(QStringLiteral("Refresher taken")));
        QVERIFY(m_app->find<QLabel>(QStringLiteral("refresherReplayResult"))->isVisible());
        m_app->click(QStringLiteral("refresherBackButton"));
        QTRY_VERIFY(text(QStringLiteral("refresherDue_1"))
                        .startsWith(QStringLiteral("Refresher 1 taken: 2 of 3 right.")));
        m_app->click(QStringLiteral("signOutButton"));

        // Maria, his coach, sees every answer and the replay, then checks in.
        m_app->pick(QStringLiteral("Maria"));
        m_app->signIn(test::TestOrg::mentorPassword());
        QTRY_VERIFY(m_app->find<QPushButton>(QStringLiteral("signOutButton"))->isVisible());
        m_app->openTab(QStringLiteral("Coaching"));
        const QString names = QStringLiteral("refresher_%1_1").arg(leo->id);
        QVERIFY2(text(names).contains(QStringLiteral("2 of 3 right")), qPrintable(text(names)));
        const QString missed = text(names + QStringLiteral("_answer_0"));
        QVERIFY2(missed.startsWith(QStringLiteral("✗ ") + respond.check.first().prompt), qPrintable(missed));
        QVERIFY(missed.contains(respond.check.first().choice(respond.check.first().answer)->text));
        QVERIFY(text(names + QStringLiteral("_answer_1")).startsWith(QStringLiteral("✓ ")));
        QVERIFY(text(names + QStringLiteral("_answer_2")).startsWith(QStringLiteral("✓ ")));
        QVERIFY(m_app->find<QLabel>(names + QStringLiteral("_answer_0"))->isVisible());
        const Scenario& replayed = *m_app->catalog().scenario(refresher.progress.scenarioId);
        QVERIFY(
            text(names + QStringLiteral("_replay")).startsWith(QStringLiteral("Replayed ") + replayed.title));
        m_app->type(QStringLiteral("checkInNote_%1_1").arg(leo->id),
                    QStringLiteral("Talked through the question he missed."));
        m_app->click(QStringLiteral("checkIn_%1_1").arg(leo->id));
        QCOMPARE(text(QStringLiteral("coachStatus")), QStringLiteral("Check-in 1 with Leo recorded."));
        QVERIFY(text(names).contains(QStringLiteral("Talked through the question he missed.")));
        QVERIFY(!m_app->window()->findChild<QPushButton*>(QStringLiteral("checkIn_%1_1").arg(leo->id)));
        m_app->click(QStringLiteral("signOutButton"));

        // Closed for Leo too.
        m_app->pick(QStringLiteral("Leo"));
        m_app->signIn(Password);
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("graduation")));
        QVERIFY(!m_app->window()->findChild<QLabel*>(QStringLiteral("refresherDue_1")));
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;
};

QTEST_MAIN(TestRefresherFlow)
#include "tst_refresherflow.moc"
