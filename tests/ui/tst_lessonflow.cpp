#include "MainWindow.h"
#include "content/Catalog.h"
#include "progress/LessonSession.h"
#include "store/Database.h"
#include "store/ProgressStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
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

    template <typename T> T* find(const QString& name)
    {
        T* widget = m_window->findChild<T*>(name);
        if (!widget)
            qWarning() << "no widget called" << name;
        return widget;
    }

    void click(const QString& name)
    {
        auto* button = find<QPushButton>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isVisible(), qPrintable(name + QStringLiteral(" is not visible")));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void startApp()
    {
        m_window.reset();
        m_db.emplace();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("careu.sqlite")), &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_db, m_catalog, m_clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void closeApp()
    {
        QVERIFY(m_window->close());
        m_window.reset();
        m_db.reset();
    }

    const Lesson& firstLesson() const
    {
        return m_catalog.course(QStringLiteral("care-101"))->lessons.first();
    }

private slots:
    void init()
    {
        m_dir.emplace();
        m_catalog = Catalog::load();
        QVERIFY(m_catalog.diagnostics().isEmpty());
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
        m_dir.reset();
    }

    void emptyNameIsExplained()
    {
        startApp();
        QVERIFY(!find<QListWidget>(QStringLiteral("profileList"))->isVisible());
        click(QStringLiteral("createProfileButton"));
        auto* error = find<QLabel>(QStringLiteral("profileError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Please type a name."));
    }

    void wholeLessonSurvivesARestart()
    {
        const Lesson& lesson = firstLesson();
        startApp();

        // First start: create a profile.
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("newProfileName")), QStringLiteral("Ana Lopez"));
        click(QStringLiteral("createProfileButton"));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("greeting")));
        QCOMPARE(find<QLabel>(QStringLiteral("greeting"))->text(), QStringLiteral("Hello, Ana Lopez"));
        QCOMPARE(find<QLabel>(QStringLiteral("progressText_care-101"))->text(),
                 QStringLiteral("0 of 5 lessons complete"));
        QVERIFY(find<QLabel>(QStringLiteral("resumeLesson"))->text().endsWith(lesson.title));

        // Learn.
        click(QStringLiteral("continueButton"));
        QCOMPARE(find<QLabel>(QStringLiteral("lessonTitle"))->text(), lesson.title);
        QVERIFY(find<QPushButton>(QStringLiteral("step_learn"))->isChecked());
        QVERIFY(find<QTextBrowser>(QStringLiteral("learnText"))
                    ->toPlainText()
                    .contains(QStringLiteral("Sources:")));

        // Check: the first question wrong, then right; the others right.
        click(QStringLiteral("nextButton"));
        QVERIFY(find<QPushButton>(QStringLiteral("step_check"))->isChecked());
        for (int i = 0; i < lesson.check.size(); ++i) {
            const Question& question = lesson.check.at(i);
            auto* feedback = find<QLabel>(QStringLiteral("feedback_") + question.id);
            QVERIFY(!feedback->isVisible());
            if (i == 0) {
                const Choice& wrong = question.answer == question.choices.first().id
                                          ? question.choices.last()
                                          : question.choices.first();
                click(QStringLiteral("choice_%1_%2").arg(question.id, wrong.id));
                QVERIFY(feedback->isVisible());
                QVERIFY2(feedback->text().startsWith(QStringLiteral("Not quite. ") + wrong.feedback),
                         qPrintable(feedback->text()));
                QVERIFY(
                    !find<QPushButton>(QStringLiteral("step_check"))->text().contains(QStringLiteral("✓")));
            }
            click(QStringLiteral("choice_%1_%2").arg(question.id, question.answer));
            QCOMPARE(feedback->text(),
                     QStringLiteral("✓ Yes. ") + question.choice(question.answer)->feedback);
        }
        QVERIFY(find<QLabel>(QStringLiteral("checkSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Check passed. %1 of %2 right at the first try.")
                                    .arg(lesson.check.size() - 1)
                                    .arg(lesson.check.size())));
        QVERIFY(find<QPushButton>(QStringLiteral("step_check"))->text().contains(QStringLiteral("✓")));
        QVERIFY(!find<QWidget>(QStringLiteral("completeBanner"))->isVisible());

        // Reflect: typed into the focused editor, saved shortly after typing stops.
        click(QStringLiteral("nextButton"));
        auto* editor = find<QPlainTextEdit>(QStringLiteral("reflectionEdit"));
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, Reflection);
        QTRY_VERIFY(
            find<QLabel>(QStringLiteral("reflectionStatus"))->text().endsWith(QStringLiteral("saved")));
        QVERIFY(find<QWidget>(QStringLiteral("completeBanner"))->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("completeBanner"))
                    ->text()
                    .startsWith(QStringLiteral("✓ Lesson complete")));

        // Practice: the mentor's checklist.
        click(QStringLiteral("nextButton"));
        QVERIFY(find<QPushButton>(QStringLiteral("step_practice"))->isChecked());
        QCOMPARE(find<QLabel>(QStringLiteral("practiceTask"))->text(), lesson.practice.task);
        for (int i = 0; i < lesson.practice.checklist.size(); ++i)
            QVERIFY(find<QLabel>(QStringLiteral("practiceItem_%1").arg(i))
                        ->text()
                        .endsWith(lesson.practice.checklist.at(i)));
        QVERIFY(find<QLabel>(QStringLiteral("practiceNote"))->text().contains(QStringLiteral("mentor")));

        // What was stored, read back through core.
        {
            ProgressStore store(*m_db);
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
        closeApp();
        startApp();
        auto* list = find<QListWidget>(QStringLiteral("profileList"));
        QVERIFY(list->isVisible());
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Ana Lopez"));
        click(QStringLiteral("chooseProfileButton"));
        QCOMPARE(find<QLabel>(QStringLiteral("lessonTitle"))->text(), lesson.title);
        QVERIFY(find<QPushButton>(QStringLiteral("step_practice"))->isChecked());
        QVERIFY(find<QWidget>(QStringLiteral("completeBanner"))->isVisible());
        click(QStringLiteral("step_check"));
        for (const Question& question : lesson.check) {
            QVERIFY(find<QPushButton>(QStringLiteral("choice_%1_%2").arg(question.id, question.answer))
                        ->isChecked());
            QVERIFY(find<QLabel>(QStringLiteral("feedback_") + question.id)
                        ->text()
                        .startsWith(QStringLiteral("✓ Yes.")));
        }
        click(QStringLiteral("step_reflect"));
        QCOMPARE(find<QPlainTextEdit>(QStringLiteral("reflectionEdit"))->toPlainText(), Reflection);

        // Home shows the lesson done and suggests the next one.
        click(QStringLiteral("homeButton"));
        QTRY_VERIFY(find<QLabel>(QStringLiteral("progressText_care-101")));
        QCOMPARE(find<QLabel>(QStringLiteral("progressText_care-101"))->text(),
                 QStringLiteral("1 of 5 lessons complete"));
        QVERIFY(find<QPushButton>(QStringLiteral("lesson_care-101_") + lesson.id)
                    ->text()
                    .startsWith(QStringLiteral("✓")));
        const Lesson& second = m_catalog.course(QStringLiteral("care-101"))->lessons.at(1);
        QVERIFY(find<QLabel>(QStringLiteral("resumeLesson"))->text().endsWith(second.title));
    }

    void closingWhileTypingKeepsTheText()
    {
        startApp();
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("newProfileName")), QStringLiteral("Bo"));
        click(QStringLiteral("createProfileButton"));
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("lesson_care-102_") +
                                      m_catalog.course(QStringLiteral("care-102"))->lessons.first().id));
        click(QStringLiteral("lesson_care-102_") +
              m_catalog.course(QStringLiteral("care-102"))->lessons.first().id);
        click(QStringLiteral("step_reflect"));
        QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("reflectionEdit")),
                         QStringLiteral("Half a thought"));
        closeApp(); // before the save delay has passed

        startApp();
        click(QStringLiteral("chooseProfileButton"));
        QVERIFY(find<QPushButton>(QStringLiteral("step_reflect"))->isChecked());
        QCOMPARE(find<QPlainTextEdit>(QStringLiteral("reflectionEdit"))->toPlainText(),
                 QStringLiteral("Half a thought"));
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    Catalog m_catalog;
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLessonFlow)
#include "tst_lessonflow.moc"
