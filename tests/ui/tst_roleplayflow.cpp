#include "AppDriver.h"
#include "ChoiceButton.h"
#include "content/Catalog.h"
#include "roleplay/RolePlay.h"
#include "store/AttemptStore.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtCharts/QChartView>
#include <QtTest>

using namespace careu;
using namespace careu::ui;

// The Nail Tech played through the real window by clicking, as a new hire would.
class TestRolePlayFlow : public QObject
{
    Q_OBJECT

private:
    void signIn(bool firstTime)
    {
        if (firstTime) {
            m_app->createProfile(QStringLiteral("Mai"));
        } else {
            m_app->signIn();
        }
        QTRY_VERIFY(m_app->find<QPushButton>(QStringLiteral("roleplay_nail-tech")));
    }

    const Scenario& nailTech() const { return *m_app->catalog().scenario(QStringLiteral("nail-tech")); }

    // The offered choice shown on button number (1-based), matched by its text.
    const ScenarioChoice* shownOn(const RolePlay& play, int number)
    {
        const QString text =
            m_app->find<ChoiceButton>(QStringLiteral("rolePlayChoice_%1").arg(number))->choiceText();
        for (const ScenarioChoice* choice : play.choices()) {
            if (text == QStringLiteral("%1   %2").arg(number).arg(choice->text))
                return choice;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_app = std::make_unique<AppDriver>(m_clock);
        QVERIFY(m_app->catalog().diagnostics().isEmpty());
        QVERIFY(m_app->catalog().scenario(QStringLiteral("nail-tech")));
    }

    void cleanup() { m_app.reset(); }

    void playToAnEndingAndReadTheDebrief()
    {
        m_app->start();
        signIn(true);
        QVERIFY(m_app->find<QPushButton>(QStringLiteral("roleplay_nail-tech"))
                    ->text()
                    .contains(QStringLiteral("not played yet")));
        m_app->click(QStringLiteral("roleplay_nail-tech"));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("rolePlayTitle"))->text(), nailTech().title);
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("rolePlaySummary"))->text(), nailTech().summary);
        QVERIFY(m_app->find<QCheckBox>(QStringLiteral("feedbackToggle"))->isChecked()); // practice by default
        m_app->click(QStringLiteral("startRolePlayButton"));

        // Play the last button at every scene, mirrored in core.
        RolePlay expected(nailTech());
        while (!expected.finished()) {
            QCOMPARE(m_app->find<QLabel>(QStringLiteral("sceneText"))->text(),
                     QStringLiteral("%1: %2").arg(expected.current().speaker, expected.current().text));
            const int shown = static_cast<int>(expected.choices().size());
            QVERIFY(
                !m_app->find<QPushButton>(QStringLiteral("rolePlayChoice_%1").arg(shown + 1))->isVisible());
            const ScenarioChoice* last = shownOn(expected, shown);
            QVERIFY2(last, "every button shows one of the offered choices");
            m_app->click(QStringLiteral("rolePlayChoice_%1").arg(shown));
            QString error;
            const ScenarioChoice* choice = expected.choose(last->id, &error);
            QVERIFY(choice);
            if (!expected.finished()) {
                // Practice mode: the feedback on that choice is shown at once.
                const auto shown = [&] {
                    const auto labels = m_app->find<QWidget>(QStringLiteral("sceneText"))
                                            ->parentWidget()
                                            ->findChildren<QLabel*>();
                    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel* label) {
                        return label->isVisible() && label->text().startsWith(choice->feedback);
                    });
                };
                QTRY_VERIFY(shown());
            }
        }

        // Debrief: the ending, the chart, both paths.
        const ScenarioEnding& ending = *expected.current().ending;
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("endingTitle")));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("endingTitle"))->text(), ending.title);
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("endingOutcome"))->text(), ending.outcome);
        QVERIFY(m_app->find<QChartView>(QStringLiteral("pillarChart"))->isVisible());
        for (int i = 0; i < expected.path().size(); ++i)
            QVERIFY2(m_app->find<QWidget>(QStringLiteral("yourStep_%1").arg(i)),
                     qPrintable(QString::number(i)));
        QVERIFY(m_app->find<QWidget>(QStringLiteral("bestStep_0")));

        // Stored: who, which scenario and version, every choice, the ending and the scores.
        AttemptStore store(m_app->db());
        QString error;
        const QVector<Attempt> attempts = store.finished(1, QStringLiteral("nail-tech"), &error);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().endingId, expected.current().id);
        QCOMPARE(attempts.first().contentHash, nailTech().contentHash);
        QCOMPARE(attempts.first().choices.size(), expected.path().size());
        QCOMPARE(attempts.first().scores, expected.scores());
        QVERIFY(!attempts.first().assessment);

        // Back home, the course card shows the best score; Play again starts fresh.
        m_app->click(QStringLiteral("debriefDoneButton"));
        QTRY_VERIFY(m_app->find<QPushButton>(QStringLiteral("roleplay_nail-tech")));
        int total = 0;
        for (int value : expected.scores())
            total += value;
        QVERIFY2(m_app->find<QPushButton>(QStringLiteral("roleplay_nail-tech"))
                     ->text()
                     .contains(QStringLiteral("best %1 of").arg(total)),
                 qPrintable(m_app->find<QPushButton>(QStringLiteral("roleplay_nail-tech"))->text()));
    }

    void assessmentModeHoldsFeedbackAndAnUnfinishedAttemptResumes()
    {
        m_app->start();
        signIn(true);
        m_app->click(QStringLiteral("roleplay_nail-tech"));
        auto* toggle = m_app->find<QCheckBox>(QStringLiteral("feedbackToggle"));
        toggle->setChecked(false);
        m_app->click(QStringLiteral("startRolePlayButton"));
        RolePlay expected(nailTech());
        QString error;
        const ScenarioChoice* first = expected.choose(shownOn(expected, 1)->id, &error);
        QTest::keyClick(m_app->find<QWidget>(QStringLiteral("rolePlayChoice_1")),
                        Qt::Key_1); // the keyboard works too
        QTRY_COMPARE(m_app->find<QLabel>(QStringLiteral("sceneText"))->text(),
                     QStringLiteral("%1: %2").arg(expected.current().speaker, expected.current().text));
        const auto labels =
            m_app->find<QWidget>(QStringLiteral("sceneText"))->parentWidget()->findChildren<QLabel*>();
        QVERIFY(std::none_of(labels.cbegin(), labels.cend(),
                             [&](const QLabel* label) { return label->text().startsWith(first->feedback); }));

        // Close the app mid-scene and come back.
        QVERIFY(m_app->window()->close());
        m_app->start();
        signIn(false);
        QVERIFY(m_app->find<QPushButton>(QStringLiteral("roleplay_nail-tech"))
                    ->text()
                    .contains(QStringLiteral("in progress")));
        m_app->click(QStringLiteral("roleplay_nail-tech"));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("sceneText"))->text(),
                 QStringLiteral("%1: %2").arg(expected.current().speaker, expected.current().text));
    }

    void lessonLinksToItsRolePlay()
    {
        m_app->start();
        signIn(true);
        const Course* course = m_app->catalog().course(QStringLiteral("care-102"));
        auto lesson = std::find_if(course->lessons.cbegin(), course->lessons.cend(), [](const Lesson& each) {
            return each.roleplays.contains(QStringLiteral("nail-tech"));
        });
        QVERIFY(lesson != course->lessons.cend());
        m_app->click(QStringLiteral("lesson_care-102_") + lesson->id);
        m_app->click(QStringLiteral("step_practice"));
        m_app->click(QStringLiteral("lessonRolePlay_nail-tech"));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("rolePlayTitle"))->text(), nailTech().title);
        m_app->click(QStringLiteral("rolePlayBackButton"));
        QVERIFY(m_app->find<QPushButton>(QStringLiteral("step_practice"))->isVisible());
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;
};

QTEST_MAIN(TestRolePlayFlow)
#include "tst_roleplayflow.moc"
