#include "Clock.h"
#include "CredentialsDialog.h"
#include "FileDialog.h"
#include "Gui.h"
#include "MessageBox.h"
#include "StartupCheck.h"
#include "BackgroundJob.h"
#include "TestOrg.h"
#include "TestSupport.h"
#include "content/Catalog.h"
#include "people/Accounts.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/PeopleStore.h"
#include "store/RecordChain.h"
#include "store/Sql.h"

#include <QApplication>
#include <QPushButton>
#include <QtTest>

using namespace careu;
using careu::ui::StartupCheck;

// The app's start on a database it must not touch: a file that is not a database, one cut short,
// one from a newer version. Whatever the person answers (quit, open another file, restore the
// newest backup), the bad file's bytes stay exactly as they were.
class TestStartupCheck : public QObject
{
    Q_OBJECT

private:
    const QString Marker = QStringLiteral("from the backup");
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};

    static void makeBad(const QString& kind, const QString& path)
    {
        if (kind == QLatin1String("garbage")) {
            QVERIFY(test::writeFile(path, "Minutes of the Tuesday huddle. Not a database.\n"));
        } else if (kind == QLatin1String("truncated")) {
            QVERIFY(test::makeDatabase(path, QStringLiteral("lost"), 300));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 3));
        } else {
            QVERIFY(test::runOnFile(path, {QStringLiteral("CREATE TABLE future (x)"),
                                           QStringLiteral("PRAGMA user_version = 99")}));
        }
    }

    static QString keyIn(const Database& db)
    {
        QSqlQuery query(db.connection());
        return query.exec(QStringLiteral("SELECT min(key) FROM settings")) && query.next()
                   ? query.value(0).toString()
                   : QString();
    }

private slots:
    void aBadFileIsNeverChanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("explained");
        QTest::addColumn<int>("answer");
        const QList<std::pair<const char*, const char*>> kinds = {{"garbage", "it is not an SQLite file"},
                                                                  {"truncated", "is cut short"},
                                                                  {"future", "newer version"}};
        for (const auto& [kind, explained] : kinds) {
            QTest::addRow("%s, quit", kind) << kind << explained << int(QMessageBox::Close);
            QTest::addRow("%s, open another", kind) << kind << explained << int(QMessageBox::Open);
            QTest::addRow("%s, restore", kind) << kind << explained << int(QMessageBox::Yes);
        }
    }

    void aBadFileIsNeverChanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, explained);
        QFETCH(int, answer);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        const QString backup =
            QDir(Backups::folderFor(path)).filePath(QStringLiteral("careu-20261120-090000.sqlite"));
        {
            const QString source = dir.filePath(QStringLiteral("earlier.sqlite"));
            QVERIFY(test::makeDatabase(source, Marker));
            Database db;
            QString error;
            QVERIFY(db.open(source, &error));
            QVERIFY2(Backups::write(db, backup, &error), qPrintable(error));
        }
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(test::makeDatabase(other, QStringLiteral("the other file")));
        makeBad(kind, path);
        const QByteArray before = test::fileHash(path);

        if (answer == QMessageBox::Open)
            ui::FileDialog::setNextFileName(other);
        ui::MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
        Database db;
        QString error;
        const bool opened = StartupCheck(db, m_clock, StartupCheck::Mode::Ask).open(path, nullptr, &error);
        const QString shown = ui::MessageBox::lastText();
        QVERIFY2(shown.contains(explained), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("The newest good backup was made on")), qPrintable(shown));

        if (answer == QMessageBox::Close) {
            QVERIFY(!opened);
            QCOMPARE(test::fileHash(path), before);
        } else if (answer == QMessageBox::Open) {
            QVERIFY(opened);
            QCOMPARE(db.path(), other);
            QCOMPARE(keyIn(db), QStringLiteral("the other file"));
            QCOMPARE(test::fileHash(path), before);
        } else {
            QVERIFY(opened);
            QCOMPARE(db.path(), path);
            QCOMPARE(keyIn(db), Marker);
            const QStringList aside =
                QDir(dir.path()).entryList({QStringLiteral("careu.sqlite.before-restore-*")});
            QCOMPARE(aside.size(), 1);
            QCOMPARE(test::fileHash(dir.filePath(aside.first())), before); // kept aside, byte for byte
        }
    }

    // A database that went missing (deleted, or a restore killed long ago) with its backups still
    // beside it is not a first start: no new, empty organisation is made in its place.
    void aMissingDatabaseIsNotAFirstStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            QVERIFY(!Backups::backUpIfDue(db, m_clock.now(), 7, &error).isEmpty());
        }
        QVERIFY(QFile::remove(path));
        Database db;
        QString error;
        QVERIFY(!StartupCheck(db, m_clock, StartupCheck::Mode::ReportOnly).open(path, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("is missing")), qPrintable(error));
        QVERIFY(!QFile::exists(path));

        ui::MessageBox::setNextAnswer(QMessageBox::Close);
        QVERIFY(!StartupCheck(db, m_clock, StartupCheck::Mode::Ask).open(path, nullptr, &error));
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("not a first start")),
                 qPrintable(ui::MessageBox::lastText()));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("The newest good backup was made on")));
        QVERIFY(!QFile::exists(path));

        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY2(StartupCheck(db, m_clock, StartupCheck::Mode::Ask).open(path, nullptr, &error),
                 qPrintable(error));
        QCOMPARE(db.path(), path);
    }

    // Restoring at a start asks an admin of the backup that comes back: a learner cannot bring back
    // an old copy in which they were made admin.
    void restoringAtAStartAsksAnAdminOfTheBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        const QString backup =
            QDir(Backups::folderFor(path)).filePath(QStringLiteral("careu-20261120-090000.sqlite"));
        {
            Database source;
            QString error;
            QVERIFY(source.open(dir.filePath(QStringLiteral("earlier.sqlite")), &error));
            PeopleStore people(source, m_clock);
            NewPerson admin;
            admin.name = QStringLiteral("Ada Admin");
            admin.roles = {Role::Admin};
            const auto made = people.create(admin, &error);
            RecordChain chain(source);
            QVERIFY(made && Accounts(people, chain, m_clock)
                                .setPassword(made->id, QStringLiteral("ada's password"), &error));
            QVERIFY(Backups::write(source, backup, &error));
        }
        makeBad(QStringLiteral("garbage"), path);
        const QByteArray before = test::fileHash(path);
        Database db;
        QString error;
        // A wrong password: told so, asked again, and the person quits. Nothing changed.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        ui::CredentialsDialog::setNextAnswer(
            ui::CredentialsDialog::Answer{QStringLiteral("Ada Admin"), QStringLiteral("a guess")});
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        ui::MessageBox::setNextAnswer(QMessageBox::Close);
        QVERIFY(!StartupCheck(db, m_clock, StartupCheck::Mode::Ask).open(path, nullptr, &error));
        QCOMPARE(test::fileHash(path), before);
        // Her name and password: restored.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        ui::CredentialsDialog::setNextAnswer(
            ui::CredentialsDialog::Answer{QStringLiteral("ada admin"), QStringLiteral("ada's password")});
        QVERIFY2(StartupCheck(db, m_clock, StartupCheck::Mode::Ask).open(path, nullptr, &error),
                 qPrintable(error));
        QCOMPARE(db.path(), path);
        QVERIFY(PeopleStore(db, m_clock).findByName(QStringLiteral("Ada Admin"), &error));
    }

    void reportOnlyModeAsksNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        makeBad(QStringLiteral("garbage"), path);
        const QByteArray before = test::fileHash(path);
        Database db;
        QString error;
        QVERIFY(!StartupCheck(db, m_clock, StartupCheck::Mode::ReportOnly).open(path, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("not an SQLite file")), qPrintable(error));
        QCOMPARE(test::fileHash(path), before);
    }

    // Records removed behind the app's back, as someone with the file in hand would: the next start
    // says so, and makes no backup, so the backups keep the records as they were. An honest start
    // backs up as usual.
    void aChainCutShortSinceTheBackupStopsTheBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        const Catalog catalog = Catalog::load();
        qint64 head = 0;
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            test::TestOrg org(db, catalog, m_clock.now());
            NewPerson mentor;
            mentor.name = QStringLiteral("Ben Mentor");
            mentor.roles = {Role::Mentor};
            QVERIFY2(org.add(mentor, test::TestOrg::mentorPassword(), &error), qPrintable(error));
            QVERIFY2(!Backups::backUpIfDue(db, m_clock.now(), 3, &error).isEmpty(), qPrintable(error));
            head = org.chain().verify(&error).records;
        }
        const auto startNextDay = [&](int day) {
            m_clock.set(QDateTime(QDate(2026, 11, 25).addDays(day), QTime(9, 0), Qt::UTC));
            Database db;
            QString error;
            QWidget window;
            StartupCheck check(db, m_clock, StartupCheck::Mode::Ask);
            QVERIFY2(check.open(path, &window, &error), qPrintable(error));
            check.backUpInTheBackground(catalog, &window);
            auto* job = window.findChild<ui::BackgroundJob*>();
            QVERIFY(job);
            QSignalSpy finished(job, &ui::BackgroundJob::finished);
            QTRY_COMPARE(finished.count(), 1);
        };
        // One answer, for the one message the second start shows.
        const QString shownBefore = ui::MessageBox::lastText();
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        startNextDay(1);
        QCOMPARE(Backups::automatic(path).size(), 2);
        QCOMPARE(ui::MessageBox::lastText(), shownBefore);

        QVERIFY(test::runOnFile(path, {QStringLiteral("DROP TRIGGER records_append_only_delete"),
                                       QStringLiteral("DELETE FROM records WHERE id >= %1").arg(head - 1)}));
        startNextDay(2);
        QVERIFY2(ui::MessageBox::lastText().contains(
                     QStringLiteral("The records were changed outside the app: the chain no longer holds record %1")
                         .arg(head)),
                 qPrintable(ui::MessageBox::lastText()));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Today's backup was not made")));
        QCOMPARE(Backups::automatic(path).size(), 2);
    }

    // The real dialog, as a person sees it: saved as startup-check.png in the test's folder.
    void theDialogReadsWell()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        makeBad(QStringLiteral("truncated"), path);
        const QString backup =
            QDir(Backups::folderFor(path)).filePath(QStringLiteral("careu-20261120-090000.sqlite"));
        {
            Database good;
            QString error;
            QVERIFY(good.open(dir.filePath(QStringLiteral("earlier.sqlite")), &error));
            QVERIFY(Backups::write(good, backup, &error));
        }
        ui::applyStyle(); // as the app looks
        QStringList buttons;
        QTimer::singleShot(200, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            box->grab().save(QStringLiteral("startup-check.png"));
            for (QAbstractButton* button : box->buttons())
                buttons.append(button->text());
            box->button(QMessageBox::Close)->click();
        });
        Database db;
        QString error;
        QVERIFY(!StartupCheck(db, m_clock, StartupCheck::Mode::Ask).open(path, nullptr, &error));
        QCOMPARE(buttons.size(), 3);
        QVERIFY2(buttons.contains(QStringLiteral("Restore the backup")),
                 qPrintable(buttons.join(QLatin1Char(','))));
        QVERIFY(QFile::exists(QStringLiteral("startup-check.png")));
        qInfo().noquote() << "screenshot:"
                          << QFileInfo(QStringLiteral("startup-check.png")).absoluteFilePath();
    }
};

QTEST_MAIN(TestStartupCheck)
#include "tst_startupcheck.moc"
