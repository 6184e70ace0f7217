#include "AppDriver.h"
#include "content/Catalog.h"
#include "progress/LessonSession.h"
#include "store/Database.h"
#include "store/ProgressStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBrowser>
#include <QtTest>

using namespace careu;
using namespace careu::ui;

// A new hire's first lesson, driven through the real window the way a person would, then the
// app "restarted" on the same database file.
class TestLessonFlow : public QObject
{
    Q_OBJECT

private:
    const QString Reflection = QStringLiteral("Yesterday I kept a regular waiting while I finished a call. "
                                              "Next time I will look up and say I'll be right with you.");

    const Lesson& firstLesson() const
    {
        return m_app->catalog().course(QStringLiteral("care-101"))->lessons.first();
    }

private slots:
    void init()
    {
        m_app = std::make_unique<AppDriver>(m_clock);
        QVERIFY(m_app->catalog().diagnostics().isEmpty());
    }

    void cleanup() { m_app.reset(); }

    void firstStartProblemsAreExplained()
    {
        m_app->start();
        QVERIFY(!m_app->find<QListWidget>(QStringLiteral("profileList"))->isVisible());
        m_app->click(QStringLiteral("createProfileButton"));
        auto* error = m_app->find<QLabel>(QStringLiteral("profileError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Please use at least 8 characters")),
                 qPrintable(error->text()));
        m_app->createProfile(QString(), QStringLiteral("long enough at last"));
        QCOMPARE(error->text(), QStringLiteral("Please type a name."));
    }

    void aWrongPasswordKeepsYouOut()
    {
        m_app->start();
        m_app->createProfile(QStringLiteral("Ana"));
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        m_app->click(QStringLiteral("signOutButton"));
        m_app->signIn(QStringLiteral("not my password"));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("profileError"))->text(),
                 QStringLiteral("That password is not right."));
        QVERIFY(m_app->find<QListWidget>(QStringLiteral("profileList"))->isVisible());
        m_app->signIn();
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("greeting"))->isVisible());
    }

    void wholeLessonSurvivesARestart()
    {
        const Lesson& lesson = firstLesson();
        m_app->start();

        // First start: create a profile.
        m_app->createProfile(QStringLiteral("Ana Lopez"));
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("greeting")));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("greeting"))->text(), QStringLiteral("Hello, Ana Lopez"));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("progressText_care-101"))->text(),
                 QStringLiteral("0 of 5 lessons complete"));
        QVERIFY(m_app->find<QLabel>(QStringLiteral("resumeLesson"))->text().endsWith(lesson.title));

        // Learn.
        m_app->click(QStringLiteral("continueButton"));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("lessonTitle"))->text(), lesson.title);
        QVERIFY(m_app->find<QPushButton>(QStringLiteral("step_learn"))->isChecked());
        QVERIFY(m_app->find<QTextBrowser>(QStringLiteral("learnText"))
                    ->toPlainText()
                    .contains(QStringLiteral("Sources:")));

        // Check: the first question wrong, then right; the others right.
        m_app->click(QStringLiteral("nextButton"));
        QVERIFY(m_app->find<QPushButton>(QStringLiteral("step_check"))->isChecked());
        for (int i = 0; i < lesson.check.size(); ++i) {
            const Question& question = lesson.check.at(i);
            auto* feedback = m_app->find<QLabel>(QStringLiteral("feedback_") + question.id);
            QVERIFY(!feedback->isVisible());
            if (i == 0) {
                const Choice& wrong = question.answer == question.choices.first().id
                                          ? question.choices.last()
                                          : question.choices.first();
                m_app->click(QStringLiteral("choice_%1_%2").arg(question.id, wrong.id));
                QVERIFY(feedback->isVisible());
                QVERIFY2(feedback->text().startsWith(QStringLiteral("Not quite. ") + wrong.feedback),
                         qPrintable(feedback->text()));
                QVERIFY(!m_app->find<QPushButton>(QStringLiteral("step_check"))
                             ->text()
                             .contains(QStringLiteral("✓")));
            }
            m_app->click(QStringLiteral("choice_%1_%2").arg(question.id, question.answer));
            QCOMPARE(feedback->text(),
                     QStringLiteral("✓ Yes. ") + question.choice(question.answer)->feedback);
        }
        QVERIFY(m_app->find<QLabel>(QStringLiteral("checkSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Check passed. %1 of %2 right at the first try.")
                                    .arg(lesson.check.size() - 1)
                                    .arg(lesson.check.size())));
        QVERIFY(m_app->find<QPushButton>(QStringLiteral("step_check"))->text().contains(QStringLiteral("✓")));
        QVERIFY(!m_app->find<QWidget>(QStringLiteral("completeBanner"))->isVisible());

        // Reflect: typed into the focused editor, saved shortly after typing stops.
        m_app->click(QStringLiteral("nextButton"));
        auto* editor = m_app->find<QPlainTextEdit>(QStringLiteral("reflectionEdit"));
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, Reflection);
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("reflectionStatus"))
                        ->text()
                        .endsWith(QStringLiteral("saved")));
        QVERIFY(m_app->find<QWidget>(QStringLiteral("completeBanner"))->isVisible());
        QVERIFY(m_app->find<QLabel>(QStringLiteral("completeBanner"))
                    ->text()
                    .startsWith(QStringLiteral("✓ Lesson complete")));

        // Practice: the mentor's checklist.
        m_app->click(QStringLiteral("nextButton"));
        QVERIFY(m_app->find<QPushButton>(QStringLiteral("step_practice"))->isChecked());
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("practiceTask"))->text(), lesson.practice.task);
        for (int i = 0; i < lesson.practice.checklist.size(); ++i)
            QVERIFY(m_app->find<QLabel>(QStringLiteral("practiceItem_%1").arg(i))
                        ->text()
                        .endsWith(lesson.practice.checklist.at(i)));
        QVERIFY(
            m_app->find<QLabel>(QStringLiteral("practiceNote"))->text().contains(QStringLiteral("mentor")));

        // What was stored, read back through core.
        {
            ProgressStore store(m_app->db());
            QString error;
            const auto record = store.load({1, QStringLiteral("care-101"), lesson.id}, &error);
            QVERIFY(record);
            QCOMPARE(record->reflection, Reflection);
            QCOMPARE(record->step, LessonStep::Practice);
            QVERIFY(record->completedAt.isValid());
            QCOMPARE(record->answers.size(), lesson.check.size() + 1);
            QCOMPARE(record->contentHash, lesson.contentHash);
        }

        // Restart on the same file: same person preselected, same lesson, same step, same answers.
        m_app->close();
        m_app->start();
        auto* list = m_app->find<QListWidget>(QStringLiteral("profileList"));
        QVERIFY(list->isVisible());
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Ana Lopez"));
        m_app->signIn();
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("lessonTitle"))->text(), lesson.title);
        QVERIFY(m_app->find<QPushButton>(QStringLiteral("step_practice"))->isChecked());
        QVERIFY(m_app->find<QWidget>(QStringLiteral("completeBanner"))->isVisible());
        m_app->click(QStringLiteral("step_check"));
        for (const Question& question : lesson.check) {
            QVERIFY(m_app->find<QPushButton>(QStringLiteral("choice_%1_%2").arg(question.id, question.answer))
                        ->isChecked());
            QVERIFY(m_app->find<QLabel>(QStringLiteral("feedback_") + question.id)
                        ->text()
                        .startsWith(QStringLiteral("✓ Yes.")));
        }
        m_app->click(QStringLiteral("step_reflect"));
        QCOMPARE(m_app->find<QPlainTextEdit>(QStringLiteral("reflectionEdit"))->toPlainText(), Reflection);

        // Home shows the lesson done and suggests the next one.
        m_app->click(QStringLiteral("homeButton"));
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("progressText_care-101")));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("progressText_care-101"))->text(),
                 QStringLiteral("1 of 5 lessons complete"));
        QVERIFY(m_app->find<QPushButton>(QStringLiteral("lesson_care-101_") + lesson.id)
                    ->text()
                    .startsWith(QStringLiteral("✓")));
        const Lesson& second = m_app->catalog().course(QStringLiteral("care-101"))->lessons.at(1);
        QVERIFY(m_app->find<QLabel>(QStringLiteral("resumeLesson"))->text().endsWith(second.title));
    }

    // A learner who scrolled down the first lesson's Check meets the next one's from question 1.
    void theNextCheckOpensAtItsFirstQuestion()
    {
        const auto questions = [this]() -> QScrollArea* {
            for (auto* scroll : m_app->window()->findChildren<QScrollArea*>()) {
                if (scroll->isVisible() && scroll->accessibleName() == QStringLiteral("Questions"))
                    return scroll;
            }
            return nullptr;
        };
        m_app->start();
        m_app->createProfile(QStringLiteral("Ana Lopez"));
        m_app->click(QStringLiteral("continueButton"));
        m_app->click(QStringLiteral("step_check"));
        const Question& last = firstLesson().check.last();
        m_app->click(QStringLiteral("choice_%1_%2").arg(last.id, last.answer));
        QVERIFY(questions());
        QVERIFY2(questions()->verticalScrollBar()->value() > 0, "the first Check did not scroll down");

        m_app->click(QStringLiteral("homeButton"));
        const Lesson& second = m_app->catalog().course(QStringLiteral("care-101"))->lessons.at(1);
        QTRY_VERIFY(m_app->find<QPushButton>(QStringLiteral("lesson_care-101_") + second.id));
        m_app->click(QStringLiteral("lesson_care-101_") + second.id);
        m_app->click(QStringLiteral("step_check"));
        QVERIFY(questions());
        QTRY_COMPARE(questions()->verticalScrollBar()->value(), 0);
        const Question& first = second.check.first();
        auto* card = m_app->find<QWidget>(QStringLiteral("choice_%1_%2").arg(first.id, first.answer))->parentWidget();
        QVERIFY(!card->visibleRegion().isEmpty());
    }

    void closingWhileTypingKeepsTheText()
    {
        m_app->start();
        m_app->createProfile(QStringLiteral("Bo"));
        QTRY_VERIFY(m_app->find<QPushButton>(
            QStringLiteral("lesson_care-102_") +
            m_app->catalog().course(QStringLiteral("care-102"))->lessons.first().id));
        m_app->click(QStringLiteral("lesson_care-102_") +
                     m_app->catalog().course(QStringLiteral("care-102"))->lessons.first().id);
        m_app->click(QStringLiteral("step_reflect"));
        QTest::keyClicks(m_app->find<QPlainTextEdit>(QStringLiteral("reflectionEdit")),
                         QStringLiteral("Half a thought"));
        m_app->close(); // before the save delay has passed

        m_app->start();
        m_app->signIn();
        QVERIFY(m_app->find<QPushButton>(QStringLiteral("step_reflect"))->isChecked());
        QCOMPARE(m_app->find<QPlainTextEdit>(QStringLiteral("reflectionEdit"))->toPlainText(),
                 QStringLiteral("Half a thought"));
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;
};

QTEST_MAIN(TestLessonFlow)
#include "tst_lessonflow.moc"
