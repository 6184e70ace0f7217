#include "AppDriver.h"
#include "CredentialsDialog.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "people/Accounts.h"
#include "store/Backups.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>

using namespace careu;

// Nothing a learner typed is lost when the database cannot take it (read-only, disk full), and a
// backup can be restored from the File menu.
class TestSafetyFlow : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;

    const Lesson& firstLesson() const
    {
        return m_app->catalog().course(QStringLiteral("care-102"))->lessons.first();
    }

    void openReflection()
    {
        m_app->createProfile(QStringLiteral("Ana"));
        const QString lessonButton = QStringLiteral("lesson_care-102_") + firstLesson().id;
        QTRY_VERIFY(m_app->find<QPushButton>(lessonButton));
        m_app->click(lessonButton);
        m_app->click(QStringLiteral("step_reflect"));
    }

    void pragma(const QString& statement)
    {
        QSqlQuery query(m_app->db().connection());
        QVERIFY2(query.exec(statement), qPrintable(statement));
    }

    QString storedReflection()
    {
        QString error;
        const auto people = PeopleStore(m_app->db(), m_clock).active(&error);
        const auto record =
            ProgressStore(m_app->db())
                .load({people.first().id, QStringLiteral("care-102"), firstLesson().id}, &error);
        return record ? record->reflection : QString();
    }

private slots:
    void init() { m_app = std::make_unique<AppDriver>(m_clock); }
    void cleanup() { m_app.reset(); }

    // Tests run as root in CI, where a chmod 0444 file can still be written: PRAGMA query_only
    // makes SQLite refuse every write with the same SQLITE_READONLY a read-only file gives.
    void aReadOnlyDatabaseKeepsWhatWasTyped()
    {
        m_app->start();
        openReflection();
        pragma(QStringLiteral("PRAGMA query_only = ON"));
        auto* editor = m_app->find<QPlainTextEdit>(QStringLiteral("reflectionEdit"));
        const QString text = QStringLiteral("I will look up and greet the customer before I finish the call");
        QTest::keyClicks(editor, text);
        auto* status = m_app->find<QLabel>(QStringLiteral("reflectionStatus"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("read-only")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("Your text is still here")));
        QCOMPARE(editor->toPlainText(), text);
        status->window()->grab().save(QStringLiteral("read-only.png"));

        // A Check answer is refused the same way, and says so next to the question.
        m_app->click(QStringLiteral("step_check"));
        const Question& question = firstLesson().check.first();
        m_app->click(QStringLiteral("choice_%1_%2").arg(question.id, question.answer));
        const QString feedback = m_app->find<QLabel>(QStringLiteral("feedback_") + question.id)->text();
        QVERIFY2(feedback.contains(
                     QStringLiteral("Your answer could not be saved: The database file is read-only")),
                 qPrintable(feedback));

        // Writable again: the next keystroke saves everything typed.
        pragma(QStringLiteral("PRAGMA query_only = OFF"));
        m_app->click(QStringLiteral("step_reflect"));
        QTest::keyClicks(editor, QStringLiteral("."));
        QTRY_COMPARE(storedReflection(), text + QLatin1Char('.'));
    }

    // PRAGMA max_page_count stops the database growing, as a full disk does (SQLITE_FULL).
    void aFullDiskKeepsWhatWasTyped()
    {
        m_app->start();
        openReflection();
        QSqlQuery query(m_app->db().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        pragma(QStringLiteral("PRAGMA max_page_count = %1").arg(query.value(0).toInt()));
        auto* editor = m_app->find<QPlainTextEdit>(QStringLiteral("reflectionEdit"));
        const QString text = QStringLiteral("A long story about a customer. ").repeated(400);
        editor->insertPlainText(text); // pasted
        auto* status = m_app->find<QLabel>(QStringLiteral("reflectionStatus"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("The disk is full")), qPrintable(status->text()));
        QCOMPARE(editor->toPlainText(), text);
    }

    void restoreFromTheFileMenu()
    {
        QTemporaryDir dir;
        m_app->start();
        m_app->createProfile(QStringLiteral("Ana")); // the first person: the admin
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        const QString backup = dir.filePath(QStringLiteral("friday.sqlite"));
        QString error;
        QVERIFY2(Backups::write(m_app->db(), backup, &error), qPrintable(error));
        PeopleStore store(m_app->db(), m_clock);
        const auto bo = store.create(QStringLiteral("Bo"), &error);
        QVERIFY(bo);
        RecordChain chain(m_app->db());
        QVERIFY(
            Accounts(store, chain, m_clock).setPassword(bo->id, QStringLiteral("bo's own password"), &error));
        const auto count = [&] { return PeopleStore(m_app->db(), m_clock).active(&error).size(); };

        auto* restore = m_app->find<QAction>(QStringLiteral("restoreBackupAction"));
        QVERIFY(restore);
        QVERIFY(m_app->window()->menuBar()->actions().first()->menu()->actions().contains(restore));

        // A learner, and anyone at the sign-in screen, is told no before choosing a file.
        m_app->click(QStringLiteral("signOutButton"));
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        restore->trigger();
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("only an admin can do it")),
                 qPrintable(ui::MessageBox::lastText()));
        m_app->pick(QStringLiteral("Bo"));
        m_app->signIn(QStringLiteral("bo's own password"));
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        ui::FileDialog::setNextFileName(backup);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        restore->trigger();
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("only an admin can do it")),
                 qPrintable(ui::MessageBox::lastText()));
        QCOMPARE(count(), 2);

        m_app->click(QStringLiteral("signOutButton"));
        m_app->pick(QStringLiteral("Ana"));
        m_app->signIn();
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        // Cancelled at the password (the real dialog, saved as restore-question.png): nothing changes.
        ui::FileDialog::setNextFileName(backup);
        QTimer::singleShot(200, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->grab().save(QStringLiteral("restore-question.png"));
            dialog->reject();
        });
        restore->trigger();
        QVERIFY(QFile::exists(QStringLiteral("restore-question.png")));
        QCOMPARE(count(), 2);

        // A wrong password restores nothing.
        ui::FileDialog::setNextFileName(backup);
        ui::CredentialsDialog::setNextAnswer(
            ui::CredentialsDialog::Answer{QStringLiteral("Ana"), QStringLiteral("not her password")});
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        restore->trigger();
        QCOMPARE(count(), 2);

        ui::FileDialog::setNextFileName(backup);
        ui::CredentialsDialog::setNextAnswer(
            ui::CredentialsDialog::Answer{QStringLiteral("Ana"), QStringLiteral("a good password")});
        restore->trigger();
        QVERIFY2(ui::CredentialsDialog::lastText().contains(QStringLiteral("kept aside as a checked copy")),
                 qPrintable(ui::CredentialsDialog::lastText()));
        const auto people = PeopleStore(m_app->db(), m_clock).active(&error);
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().name, QStringLiteral("Ana"));
        QVERIFY(m_app->find<QWidget>(QStringLiteral("profileList"))->isVisible()); // everyone signed out
        const QString message = m_app->window()->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("careu.sqlite.before-restore-")), qPrintable(message));

        // A file that is not a backup is refused and the app goes on with its database.
        m_app->signIn();
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(test::writeFile(notes, "not a backup"));
        ui::FileDialog::setNextFileName(notes);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        restore->trigger();
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("Nothing was changed")),
                 qPrintable(ui::MessageBox::lastText()));
        QCOMPARE(count(), 1);
    }
};

QTEST_MAIN(TestSafetyFlow)
#include "tst_safetyflow.moc"
