#include "Services.h"
#include "TestSupport.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/FileCheck.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QtTest>
#include <atomic>
#include <sys/stat.h>
#include <thread>

using namespace careu;

// Backups: consistent, checked, private copies; the daily one and its rotation; restoring one
// only when it is a good backup, keeping the file it replaces.
class TestBackups : public QObject
{
    Q_OBJECT

private:
    static int mode(const QString& path)
    {
        struct stat info = {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
    }

    static bool put(const Database& db, const QString& key)
    {
        QString error;
        sql::WriteTransaction transaction(db.connection());
        return transaction.begin(&error) &&
               sql::run(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'v')"),
                        {key}, &error) &&
               transaction.commit(&error);
    }

    // The keys in the settings table of a database file, read without the app's own code.
    static QStringList keysIn(const QString& path)
    {
        QStringList keys;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("keys"));
            raw.setDatabaseName(path);
            raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery query(raw);
            if (raw.open() && query.exec(QStringLiteral("SELECT key FROM settings ORDER BY key"))) {
                while (query.next())
                    keys.append(query.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("keys"));
        return keys;
    }

    static constexpr const char* PasswordText = "correct horse battery";
    const QString Password = QString::fromLatin1(PasswordText);

    std::optional<Person> makePerson(Services& services, const QString& name, const Roles& roles)
    {
        NewPerson person;
        person.name = name;
        person.roles = roles;
        QString error;
        const auto made = services.people.create(person, &error);
        if (!made || !services.accounts.setPassword(made->id, Password, &error)) {
            qWarning() << error;
            return std::nullopt;
        }
        return services.people.find(made->id, &error);
    }

private slots:
    void writesACheckedCopyOnlyItsOwnerCanRead()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("careu.sqlite")), &error));
        QVERIFY(put(db, QStringLiteral("before")));
        const QString target = dir.filePath(QStringLiteral("copies/backup.sqlite"));
        QVERIFY2(Backups::write(db, target, &error), qPrintable(error));
        QCOMPARE(keysIn(target), QStringList{QStringLiteral("before")});
        QCOMPARE(mode(target), 0600);
        QCOMPARE(FileCheck::inspect(target, FileCheck::Depth::Integrity).problem, FileCheck::Problem::None);
        // Written again over the old copy, and no partial file left behind.
        QVERIFY(put(db, QStringLiteral("after")));
        QVERIFY2(Backups::write(db, target, &error), qPrintable(error));
        QCOMPARE(keysIn(target).size(), 2);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("copies"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("backup.sqlite")});
    }

    void backupsAreConsistentWhileAnotherConnectionWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        // The other connection writes keys in pairs, one pair per transaction: a consistent copy
        // never holds half a pair.
        std::atomic<bool> stop{false};
        std::atomic<int> pairs{0};
        std::thread writer([&] {
            Database other;
            QString otherError;
            if (!other.open(path, &otherError))
                return;
            for (int i = 0; !stop; ++i) {
                sql::WriteTransaction transaction(other.connection());
                if (transaction.begin(&otherError) &&
                    sql::run(other.connection(),
                             QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'a')"),
                             {QStringLiteral("%1a").arg(i)}, &otherError) &&
                    sql::run(other.connection(),
                             QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'b')"),
                             {QStringLiteral("%1b").arg(i)}, &otherError) &&
                    transaction.commit(&otherError))
                    ++pairs;
            }
        });
        QStringList counts;
        for (int i = 0; i < 15; ++i) {
            const QString target = dir.filePath(QStringLiteral("backup-%1.sqlite").arg(i));
            const bool written = Backups::write(db, target, &error);
            if (!written)
                break;
            counts.append(QString::number(keysIn(target).size()));
            if (keysIn(target).size() % 2 != 0)
                error = QStringLiteral("half a pair in ") + target;
        }
        stop = true;
        writer.join();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(counts.size(), 15);
        QVERIFY2(pairs > 0, "the other connection wrote nothing");
        qInfo().noquote() << "keys in the backups, taken while" << pairs
                          << "pairs were written:" << counts.join(QLatin1Char(' '));
    }

    void oneAutomaticBackupADayKeepingTheNewest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const QString folder = Backups::folderFor(path);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(test::writeFile(QDir(folder).filePath(QStringLiteral("mine.sqlite")), "a copy made by hand"));
        QDateTime now(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
        const QString first = Backups::backUpIfDue(db, now, 3, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("careu-20261125-090000.sqlite"));
        QCOMPARE(mode(first), 0600);
        QVERIFY(Backups::backUpIfDue(db, now.addSecs(23 * 3600), 3, &error).isEmpty()); // not a day yet
        QVERIFY(error.isEmpty());
        for (int day = 1; day <= 4; ++day)
            QVERIFY2(!Backups::backUpIfDue(db, now.addDays(day), 3, &error).isEmpty(), qPrintable(error));
        QStringList names;
        for (const QString& backup : Backups::automatic(path))
            names.append(QFileInfo(backup).fileName());
        QCOMPARE(names, (QStringList{QStringLiteral("careu-20261129-090000.sqlite"),
                                     QStringLiteral("careu-20261128-090000.sqlite"),
                                     QStringLiteral("careu-20261127-090000.sqlite")}));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("mine.sqlite")))); // not an automatic one
        QCOMPARE(Backups::newestGood(path), Backups::automatic(path).first());
        QCOMPARE(Backups::keepFrom(QString()), Backups::DefaultKeep);
        QCOMPARE(Backups::keepFrom(QStringLiteral("0")), Backups::DefaultKeep);
        QCOMPARE(Backups::keepFrom(QStringLiteral("30")), 30);
    }

    void newestGoodSkipsADamagedBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const QString older =
            Backups::backUpIfDue(db, QDateTime(QDate(2026, 1, 1), QTime(), Qt::UTC), 7, &error);
        const QString newer =
            Backups::backUpIfDue(db, QDateTime(QDate(2026, 1, 3), QTime(), Qt::UTC), 7, &error);
        QVERIFY(!older.isEmpty() && !newer.isEmpty());
        QVERIFY(test::writeFile(newer, "SQLite format 3"));
        QCOMPARE(Backups::newestGood(path), older);
    }

    void refusesABadBackupAndChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing") << "missing"
                                 << "is not a backup";
        QTest::addRow("not a database") << "garbage"
                                        << "it is not an SQLite file";
        QTest::addRow("truncated") << "truncated"
                                   << "is cut short";
        QTest::addRow("damaged") << "damaged"
                                 << "is damaged";
        QTest::addRow("newer") << "newer"
                               << "newer version";
    }

    void refusesABadBackupAndChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        QVERIFY(test::makeDatabase(path, QStringLiteral("key"), 5));
        const QByteArray before = test::fileHash(path);
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        if (kind == QLatin1String("garbage")) {
            QVERIFY(test::writeFile(backup, "These are my notes, not a database.\n"));
        } else if (kind == QLatin1String("truncated") || kind == QLatin1String("damaged")) {
            QVERIFY(test::makeDatabase(backup, QStringLiteral("key"), 400));
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (kind == QLatin1String("truncated")) {
                QVERIFY(file.resize(file.size() / 2));
            } else { // every page after the first few overwritten with noise
                QVERIFY(file.seek(4 * 4096));
                file.write(QByteArray(int(file.size()) - 4 * 4096, '\x5a'));
            }
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(test::runOnFile(backup, {QStringLiteral("CREATE TABLE future (x)"),
                                             QStringLiteral("PRAGMA user_version = 99")}));
        }
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        QString aside;
        QString error;
        QVERIFY(!Backups::restore(backup, path, QDateTime::currentDateTimeUtc(), &aside, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Nothing was changed")), qPrintable(error));
        QCOMPARE(test::fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void restorePutsTheBackupInPlaceAndKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QVERIFY(put(db, QStringLiteral("in the backup")));
            QVERIFY(Backups::write(db, backup, &error));
            QVERIFY(put(db, QStringLiteral("after the backup")));
        }
        const QByteArray backupBytes = test::fileHash(backup);
        QString aside;
        const QDateTime now(QDate(2026, 11, 25), QTime(17, 30), Qt::UTC);
        QVERIFY2(Backups::restore(backup, path, now, &aside, &error), qPrintable(error));
        QCOMPARE(aside, path + QStringLiteral(".before-restore-20261125-173000"));
        QCOMPARE(keysIn(path), QStringList{QStringLiteral("in the backup")});
        QCOMPARE(keysIn(aside),
                 (QStringList{QStringLiteral("after the backup"), QStringLiteral("in the backup")}));
        QCOMPARE(test::fileHash(backup), backupBytes); // copied, not moved
        QCOMPARE(mode(path), 0600);
        QString again;
        QVERIFY2(Backups::restore(backup, path, now, &again, &error), qPrintable(error));
        QCOMPARE(again, aside + QStringLiteral("-2")); // the earlier one is not overwritten
        QCOMPARE(keysIn(aside).size(), 2);
        Database reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
    }

    void restoreAnOpenDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const Catalog catalog = Catalog::load();
        ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(17, 30), Qt::UTC));
        Services services(db, catalog, clock);
        const auto admin = makePerson(services, QStringLiteral("Ada Admin"), {Role::Admin, Role::Manager});
        const auto learner = makePerson(services, QStringLiteral("Lee Learner"), {Role::Learner});
        QVERIFY(admin && learner);
        QVERIFY(put(db, QStringLiteral("old")));
        QVERIFY(Backups::write(db, backup, &error));
        QVERIFY(put(db, QStringLiteral("new")));
        const auto adminTyped = services.accounts.confirm(admin->id, Password, &error);
        const auto learnerTyped = services.accounts.confirm(learner->id, Password, &error);
        QVERIFY(adminTyped && learnerTyped);
        QString aside;
        // The rule is in core: a learner who typed their own password may not restore.
        QVERIFY(!Backups::restoreOpen(db, *learner, *learnerTyped, backup, clock.now(), &aside, &error));
        QVERIFY2(error.contains(QStringLiteral("Only an admin")), qPrintable(error));
        // Nor may an admin on someone else's confirmation, or on one typed long ago.
        QVERIFY(!Backups::restoreOpen(db, *admin, *learnerTyped, backup, clock.now(), &aside, &error));
        QVERIFY(
            !Backups::restoreOpen(db, *admin, *adminTyped, backup, clock.now().addSecs(600), &aside, &error));
        QVERIFY(!Backups::restoreOpen(db, *admin, *adminTyped, dir.filePath(QStringLiteral("nothing.sqlite")),
                                      clock.now(), &aside, &error));
        QVERIFY(put(db, QStringLiteral("still open"))); // a refused backup leaves the database open
        QCOMPARE(keysIn(path).size(), 3);
        QVERIFY2(Backups::restoreOpen(db, *admin, *adminTyped, backup, clock.now(), &aside, &error),
                 qPrintable(error));
        QVERIFY(put(db, QStringLiteral("after restoring")));
        QCOMPARE(keysIn(path), (QStringList{QStringLiteral("after restoring"), QStringLiteral("old")}));
        QCOMPARE(keysIn(aside),
                 (QStringList{QStringLiteral("new"), QStringLiteral("old"), QStringLiteral("still open")}));
    }

    void anotherConnectionWritesIntoTheRestoredDatabase()
    {
        // An import running in another process goes on writing after a restore: into the
        // restored database, never into a file renamed away under it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        Database importer;
        QString error;
        QVERIFY(importer.open(path, &error));
        QVERIFY(put(importer, QStringLiteral("before the backup")));
        QVERIFY(Backups::write(importer, backup, &error));
        QVERIFY(put(importer, QStringLiteral("imported, then restored away")));
        QString aside;
        QVERIFY2(Backups::restore(backup, path, QDateTime::currentDateTimeUtc(), &aside, &error),
                 qPrintable(error));
        QVERIFY(put(importer, QStringLiteral("imported after the restore")));
        importer.close();
        QCOMPARE(keysIn(path), (QStringList{QStringLiteral("before the backup"),
                                            QStringLiteral("imported after the restore")}));
        QCOMPARE(keysIn(aside).size(), 2);
    }

    void onlyAnAdminOfTheBackupConfirmsItsRestore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const Catalog catalog = Catalog::load();
        Services services(db, catalog, Clock::system());
        QVERIFY(makePerson(services, QStringLiteral("Ada Admin"), {Role::Admin}));
        QVERIFY(makePerson(services, QStringLiteral("Lee Learner"), {Role::Learner}));
        QVERIFY(Backups::write(db, backup, &error));
        QVERIFY2(Backups::adminConfirms(backup, QStringLiteral("  ada ADMIN "), Password, &error),
                 qPrintable(error));
        QVERIFY(!Backups::adminConfirms(backup, QStringLiteral("Ada Admin"), QStringLiteral("guess guess"),
                                        &error));
        QVERIFY(!Backups::adminConfirms(backup, QStringLiteral("Lee Learner"), Password, &error));
        QCOMPARE(error, QStringLiteral("That is not the name and password of an admin in this backup."));
    }

    void aBackupWithoutItsTablesOrTriggersIsRefused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("expected");
        QTest::addRow("table dropped") << "DROP TABLE check_answers"
                                       << "the table check_answers is missing";
        QTest::addRow("trigger dropped") << "DROP TRIGGER records_append_only_delete"
                                         << "the trigger records_append_only_delete is missing";
        QTest::addRow("index dropped") << "DROP INDEX records_subject"
                                       << "the index records_subject is missing";
        QTest::addRow("trigger changed")
            << "DROP TRIGGER records_append_only_update\nCREATE TRIGGER records_append_only_update BEFORE "
               "UPDATE ON records BEGIN SELECT 1; END"
            << "the trigger records_append_only_update was changed";
        QTest::addRow("table added") << "CREATE TABLE sneaky (x)"
                                     << "there is an unexpected table sneaky";
    }

    void aBackupWithoutItsTablesOrTriggersIsRefused()
    {
        QFETCH(QString, statement);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(test::makeDatabase(path, QStringLiteral("live")));
        QVERIFY(test::makeDatabase(backup, QStringLiteral("old")));
        QVERIFY(test::runOnFile(backup, statement.split(QLatin1Char('\n'))));
        const QByteArray before = test::fileHash(path);
        QString aside;
        QString error;
        QVERIFY(!Backups::restore(backup, path, QDateTime::currentDateTimeUtc(), &aside, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(test::fileHash(path), before);
    }

    void staleHalfCopiesAreRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        QVERIFY(QDir().mkpath(Backups::folderFor(path)));
        // A process id that cannot be running: above the kernel's limit.
        const QString dead = path + QStringLiteral(".partial-99999999-Ab3xYz");
        const QString alive =
            path + QStringLiteral(".partial-%1-Qw7eRt").arg(QCoreApplication::applicationPid());
        const QString deadInBackups =
            QDir(Backups::folderFor(path)).filePath(QStringLiteral("careu-x.sqlite.partial-99999999-Zz9zZz"));
        const QString notOurs = dir.filePath(QStringLiteral("notes.partial-draft.txt"));
        for (const QString& file : {dead, alive, deadInBackups, notOurs})
            QVERIFY(test::writeFile(file, QByteArray(4096, 'x')));
        QCOMPARE(Backups::removeStale(path), 2);
        QVERIFY(!QFile::exists(dead) && !QFile::exists(deadInBackups));
        QVERIFY(QFile::exists(alive) && QFile::exists(notOurs));
    }

    void anOlderBackupIsUpgradedWhenOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("schema1.sqlite"));
        QVERIFY(test::runOnFile(backup, migrations().first() +
                                            QStringList{QStringLiteral("PRAGMA user_version = 1")}));
        QString aside;
        QString error;
        QVERIFY2(Backups::restore(backup, path, QDateTime::currentDateTimeUtc(), &aside, &error),
                 qPrintable(error));
        QVERIFY(aside.isEmpty()); // there was no database to keep
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        // The upgrade's own backup goes through the same code: private and checked.
        const QStringList upgradeBackups =
            QDir(dir.path()).entryList({QStringLiteral("careu.sqlite.schema1-*.bak")});
        QCOMPARE(upgradeBackups.size(), 1);
        QCOMPARE(mode(dir.filePath(upgradeBackups.first())), 0600);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
