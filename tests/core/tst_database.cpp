#include "Clock.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/ProgressStore.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QUuid>
#include <QtTest>
#include <sys/stat.h>

using namespace careu;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QVariant pragma(const Database& db, const QString& name)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
            return {};
        return query.value(0);
    }

private slots:
    void createsAndMigratesAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/careu.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Database::SchemaVersion);
        QCOMPARE(Database::SchemaVersion, static_cast<int>(migrations().size()));
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QSqlQuery query(db.connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList tables;
        while (query.next())
            tables.append(query.value(0).toString());
        QCOMPARE(tables, (QStringList{QStringLiteral("check_answers"), QStringLiteral("lesson_progress"),
                                      QStringLiteral("people"), QStringLiteral("person_roles"),
                                      QStringLiteral("records"), QStringLiteral("refresher_answers"),
                                      QStringLiteral("refreshers"), QStringLiteral("roleplay_attempts"),
                                      QStringLiteral("roleplay_choices"), QStringLiteral("roleplay_scores"),
                                      QStringLiteral("settings")}));
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
        }
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("v"));
    }

    void upgradingKeepsDataAndABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        // A database as the first release left it: schema 1 with a person in it.
        QVERIFY(test::runOnFile(
            path, migrations().first() +
                      QStringList{QStringLiteral("INSERT INTO people (uid, name, name_key, created_at) "
                                                 "VALUES ('u1', 'Ana', 'ana', '2026-01-01T00:00:00Z')"),
                                  QStringLiteral("PRAGMA user_version = 1")}));

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Database::SchemaVersion);
        QSqlQuery query(db.connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT name, role FROM people JOIN person_roles ON person_id = id")) &&
            query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Ana"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("learner")); // existing profiles became learners

        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("old.sqlite.schema1-*.bak")});
        QCOMPARE(backups.size(), 1);
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        raw.setDatabaseName(dir.filePath(backups.first()));
        QVERIFY(raw.open());
        QSqlQuery check(raw);
        QVERIFY(check.exec(QStringLiteral("PRAGMA user_version")) && check.next());
        QCOMPARE(check.value(0).toInt(), 1);
        QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM people")) && check.next());
        QCOMPARE(check.value(0).toInt(), 1);
        check.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    }

    void upgradingKeepsEachLessonsFirstTries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema4.sqlite"));
        QStringList schema4;
        for (int version = 0; version < 4; ++version)
            schema4 += migrations().at(version);
        const auto lesson = [](const QString& id) {
            return QStringLiteral(
                       "INSERT INTO lesson_progress (person_id, course_id, lesson_id, step, content_hash, "
                       "updated_at) VALUES (1, 'c', '%1', 'check', 'h', '2026-01-01T00:00:00.000Z')")
                .arg(id);
        };
        const auto answer = [](const QString& lessonId, const QString& question, bool right) {
            return QStringLiteral(
                       "INSERT INTO check_answers (person_id, course_id, lesson_id, question_id, choice_id, "
                       "correct, content_hash, answered_at) VALUES (1, 'c', '%1', '%2', 'x', %3, 'h', "
                       "'2026-01-01T00:00:00.000Z')")
                .arg(lessonId, question)
                .arg(right ? 1 : 0);
        };
        QVERIFY(test::runOnFile(
            path, schema4 + QStringList{QStringLiteral(
                                            "INSERT INTO people (id, uid, name, name_key, created_at) VALUES "
                                            "(1, 'u1', 'Ana', 'ana', '2026-01-01T00:00:00.000Z')"),
                                        lesson(QStringLiteral("one")), lesson(QStringLiteral("two")),
                                        lesson(QStringLiteral("three")),
                                        // one: q1 wrong, then right; q2 right, then the other choice tried
                                        answer(QStringLiteral("one"), QStringLiteral("q1"), false),
                                        answer(QStringLiteral("one"), QStringLiteral("q1"), true),
                                        answer(QStringLiteral("one"), QStringLiteral("q2"), true),
                                        answer(QStringLiteral("one"), QStringLiteral("q2"), false),
                                        // two: both right at once; three: never answered
                                        answer(QStringLiteral("two"), QStringLiteral("q2"), true),
                                        answer(QStringLiteral("two"), QStringLiteral("q1"), true),
                                        QStringLiteral("PRAGMA user_version = 4")}));

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        const ProgressStore store(db);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT lesson_id, first_try_right FROM lesson_progress")));
        QHash<QString, QStringList> stored;
        while (query.next()) {
            QStringList right = query.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            right.sort();
            stored.insert(query.value(0).toString(), right);
        }
        QCOMPARE(stored.value(QStringLiteral("one")), QStringList{QStringLiteral("q2")});
        QCOMPARE(stored.value(QStringLiteral("two")),
                 (QStringList{QStringLiteral("q1"), QStringLiteral("q2")}));
        QCOMPARE(stored.value(QStringLiteral("three")), QStringList());
        // The migration's SQL says what LessonRecord::firstTryRight() says of the same answers.
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            const std::optional<LessonRecord> record = store.load({1, QStringLiteral("c"), it.key()}, &error);
            QVERIFY2(record, qPrintable(error));
            QStringList right = record->firstTryRight();
            right.sort();
            QCOMPARE(right, it.value());
        }
    }

    void storedTimesReadBack()
    {
        const QDateTime moments[] = {QDateTime(QDate(2026, 11, 26), QTime(9, 30, 0, 250), Qt::UTC),
                                     QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                                     QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::OffsetFromUTC, 3600)};
        for (const QDateTime& moment : moments) {
            const QString stored = toStoredTime(moment);
            QCOMPARE(stored.size(), 24);
            QCOMPARE(fromStoredTime(stored), moment.toUTC());
            QCOMPARE(fromStoredTime(stored).timeSpec(), Qt::UTC);
        }
        // Anything else is read as ISO 8601, or not at all.
        QCOMPARE(fromStoredTime(QStringLiteral("2026-11-26T09:30:00Z")),
                 QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC));
        for (const char* bad : {"2026-13-26T09:30:00.000Z", "x026-11-26T09:30:00.000Z",
                                "2026-11-26T09:3x:00.000Z", "yesterday", ""})
            QVERIFY2(!fromStoredTime(QString::fromLatin1(bad)).isValid(), bad);
    }

    void nestedWriteTransactionsJoinTheOuterOne()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("careu.sqlite")), &error));
        const auto put = [&](const QString& key) {
            return sql::run(db.connection(),
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'v')"), {key},
                            &error);
        };
        const auto keys = [&] {
            QSqlQuery query(db.connection());
            query.exec(
                QStringLiteral("SELECT group_concat(key, ',') FROM (SELECT key FROM settings ORDER BY key)"));
            query.next();
            return query.value(0).toString();
        };
        {
            sql::WriteTransaction batch(db.connection());
            QVERIFY(batch.begin(&error));
            QVERIFY(put(QStringLiteral("a")));
            sql::WriteTransaction inner(db.connection());
            QVERIFY(inner.begin(&error));
            QVERIFY(put(QStringLiteral("b")));
            QVERIFY(inner.commit(&error));
            QVERIFY(batch.commit(&error));
        }
        QCOMPARE(keys(), QStringLiteral("a,b"));
        {
            sql::WriteTransaction batch(db.connection());
            QVERIFY(batch.begin(&error));
            QVERIFY(put(QStringLiteral("c")));
            {
                sql::WriteTransaction failed(db.connection());
                QVERIFY(failed.begin(&error));
                QVERIFY(put(QStringLiteral("d")));
            } // a step failed before its commit: the whole batch is doomed
            QVERIFY(put(QStringLiteral("e")));
            QVERIFY(!batch.commit(&error));
            QVERIFY2(error.contains(QStringLiteral("none of it was saved")), qPrintable(error));
        }
        QCOMPARE(keys(), QStringLiteral("a,b"));
        {
            sql::WriteTransaction batch(db.connection());
            QVERIFY(batch.begin(&error));
            sql::WriteTransaction inner(db.connection());
            QVERIFY(inner.begin(&error));
            QVERIFY(put(QStringLiteral("f")));
            QVERIFY(inner.commit(&error));
        } // the batch was never committed: nothing of it stays
        QCOMPARE(keys(), QStringLiteral("a,b"));
        sql::WriteTransaction single(db.connection());
        QVERIFY2(single.begin(&error), qPrintable(error)); // a fresh transaction, not doomed
        QVERIFY(put(QStringLiteral("g")));
        QVERIFY2(single.commit(&error), qPrintable(error));
        QCOMPARE(keys(), QStringLiteral("a,b,g"));
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("careu.sqlite")), &error));
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO lesson_progress (person_id, course_id, lesson_id, step, "
                           "content_hash, updated_at) VALUES (42, 'c', 'l', 'learn', 'h', 't')")));
    }

    void refusesANewerDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        QVERIFY(test::runOnFile(
            path, {QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("PRAGMA user_version = 99")}));
        const QByteArray before = test::fileHash(path);

        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("schema 99")));
        QVERIFY(error.contains(QStringLiteral("The file was not changed")));
        QCOMPARE(test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
        file.close();
        const QByteArray before = test::fileHash(path);

        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("is not a Customer CARE University database")),
                 qPrintable(error));
        QCOMPARE(test::fileHash(path), before);
    }

    void refusesAnotherProgramsDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(test::runOnFile(path,
                                {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                                 QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")}));
        const QByteArray before = test::fileHash(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("another program's SQLite database")), qPrintable(error));
        QCOMPARE(test::fileHash(path), before);
    }

    void marksItsFilesAsItsOwn()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("careu.sqlite")), &error));
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::ApplicationId);
    }

    // Tests run as root in CI, where chmod 0444 does not stop a write: PRAGMA query_only gives the
    // same SQLITE_READONLY, and max_page_count the SQLITE_FULL of a full disk.
    void readOnlyAndFullDiskAreSaidPlainly()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("careu.sqlite")), &error));
        const auto put = [&](const QString& value) {
            sql::WriteTransaction transaction(db.connection());
            return transaction.begin(&error) &&
                   db.write(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                            {QUuid::createUuid().toString(), value}, &error) &&
                   transaction.commit(&error);
        };
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = ON")));
        QVERIFY(!put(QStringLiteral("v")));
        QVERIFY2(error.startsWith(QStringLiteral("The database file is read-only, so nothing can be saved.")),
                 qPrintable(error));
        QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = OFF")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QVERIFY(!put(QString(20000, QLatin1Char('x'))));
        QVERIFY2(error.startsWith(QStringLiteral("The disk is full, so nothing could be saved.")),
                 qPrintable(error));
        QVERIFY2(put(QStringLiteral("small")), qPrintable(error)); // what fits is still written
    }

    void newFilesAreForTheOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
        for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            struct stat info = {};
            QVERIFY2(::stat(QFile::encodeName(file).constData(), &info) == 0, qPrintable(file));
            QCOMPARE(info.st_mode & 0777, 0600u);
        }
    }

    void pathResolution()
    {
        qputenv("CAREU_DB", "/tmp/from-env.sqlite");
        QCOMPARE(Database::resolvePath(QStringLiteral("/tmp/from-cli.sqlite")),
                 QStringLiteral("/tmp/from-cli.sqlite"));
        QCOMPARE(Database::resolvePath(QString()), QStringLiteral("/tmp/from-env.sqlite"));
        qunsetenv("CAREU_DB");
        QVERIFY(Database::resolvePath(QString()).endsWith(QStringLiteral("/careu.sqlite")));
        QCOMPARE(Database::resolvePath(QString()), Database::defaultPath());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
