#include "TestDatabase.h"
#include "TestOrg.h"
#include "store/Database.h"
#include "store/PeopleStore.h"
#include "store/RecordChain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace careu;

// `careu check` as an auditor would run it: exit 0 on an intact database, exit 1 naming the
// first record that was tampered with; and the other commands on the database, on either backend.
class TestStoreCommands : public QObject
{
    Q_OBJECT

private:
    static test::Outcome careu(const QString& db, const QStringList& arguments)
    {
        return test::run(QStringLiteral(CAREU_BINARY), QStringList{QStringLiteral("--db"), db} + arguments);
    }

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        // The password `people import --as "Ada Admin"` signs with (TestOrg's admin).
        qputenv("CAREU_PASSWORD", test::TestOrg::adminPassword().toUtf8());
        // A demo team whose report is larger than the file-size limit the tests set.
        m_demo = test::newDatabase(m_dir, QStringLiteral("demo.sqlite"));
        const test::Outcome seeded =
            careu(m_demo, {QStringLiteral("seed-demo"), QStringLiteral("--learners"), QStringLiteral("300")});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    }

    void intactThenTampered()
    {
        QTemporaryDir dir;
        const QString path = test::newDatabase(dir, QStringLiteral("careu.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            const Catalog catalog = Catalog::load();
            test::TestOrg org(db, catalog, Clock::system().now());
            const auto maria = org.mentor(QStringLiteral("Maria"), &error);
            const auto ana = maria ? org.learner(QStringLiteral("Ana"), *maria, &error) : std::nullopt;
            QVERIFY2(ana, qPrintable(error));
            // The admin's, Maria's and Ana's joining, Ana's coach, then three recognitions.
            for (int i = 0; i < 3; ++i)
                QVERIFY(org.services().mentoring.recognize(*maria, *ana,
                                                           QStringLiteral("Thank you %1").arg(i), &error));
        }
        test::Outcome outcome = careu(path, {QStringLiteral("check")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.out));
        // A server keeps its own pages whole: only SQLite's file is checked page by page.
        QCOMPARE(outcome.out.contains(QStringLiteral("SQLite integrity check: ok")), !test::onPostgres());
        QVERIFY(outcome.out.contains(QStringLiteral("Record chain: hashes intact, 7 records, head 7:")));
        QVERIFY(outcome.out.contains(
            QStringLiteral("Record chain: every record signed by its actor's endorsed key")));
        QVERIFY(outcome.out.contains(QStringLiteral("Organization: fingerprint ")));

        QVERIFY(test::runOn(
            path,
            {QStringLiteral("DROP TRIGGER records_append_only_update") +
                 test::triggerTable(QStringLiteral("records")),
             QStringLiteral("UPDATE records SET body = '{\"text\":\"Thank you, not\"}' WHERE id = 6")}));
        outcome = careu(path, {QStringLiteral("check")});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.contains(QStringLiteral("Record chain: BROKEN at record 6")),
                 qPrintable(outcome.out));
    }

    // What the migrations made must all be there: a file whose tables, indexes or append-only
    // triggers were dropped is not whole, however well its pages read.
    void checkVerifiesTheSchema_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("expected");
        // PostgreSQL drops a table others refer to only with the foreign keys that refer to it.
        QTest::addRow("table dropped") << QStringLiteral("DROP TABLE lesson_progress") +
                                              (test::onPostgres() ? QStringLiteral(" CASCADE") : QString())
                                       << "Schema: the table lesson_progress is missing";
        QTest::addRow("triggers dropped") << QStringLiteral("DROP TRIGGER records_append_only_update") +
                                                 test::triggerTable(QStringLiteral("records"))
                                          << "Schema: the trigger records_append_only_update is missing";
        QTest::addRow("index dropped") << "DROP INDEX people_active_name"
                                       << "Schema: the index people_active_name is missing";
        QTest::addRow("table added") << "CREATE TABLE notes (x TEXT)"
                                     << "Schema: there is an unexpected table notes";
    }

    void checkVerifiesTheSchema()
    {
        QFETCH(QString, statement);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = test::copyDatabase(m_demo, dir, QStringLiteral("careu.sqlite"));
        QVERIFY(!path.isEmpty());
        test::Outcome outcome = careu(path, {QStringLiteral("check")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(
            outcome.out.contains(QStringLiteral("Schema: version %1, every table, index and trigger as the "
                                                "migrations made them")
                                     .arg(Database::SchemaVersion)),
            qPrintable(outcome.out));
        QVERIFY(test::runOn(path, test::onPostgres()
                                      ? QStringList{statement}
                                      : QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"), statement}));
        outcome = careu(path, {QStringLiteral("check")});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.contains(expected), qPrintable(outcome.out));
    }

    // A sign-off appended with its hash recomputed but no signature: check names it, and nothing
    // is exported from the chain unless --allow-unverified, which says so on the first line.
    void exportsRefuseAChainThatDoesNotVerify_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("csv") << "csv";
        QTest::addRow("xapi") << "xapi";
    }

    void exportsRefuseAChainThatDoesNotVerify()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString path = test::copyDatabase(m_demo, dir, QStringLiteral("careu.sqlite"));
        QVERIFY(!path.isEmpty());
        const test::Outcome honest = careu(path, {QStringLiteral("check")});
        QCOMPARE(honest.exitCode, 0);
        const QString fingerprint = QRegularExpression(QStringLiteral("Organization: fingerprint (\\S+)"))
                                        .match(honest.out)
                                        .captured(1);
        QVERIFY(!fingerprint.isEmpty());
        QCOMPARE(careu(path, {QStringLiteral("check"), QStringLiteral("--org"), fingerprint}).exitCode, 0);
        QCOMPARE(careu(path, {QStringLiteral("check"), QStringLiteral("--org"),
                              QStringLiteral("AAAA-BBBB-CCCC-DDDD")})
                     .exitCode,
                 1);
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            Record forged;
            auto head =
                db.read(QStringLiteral("SELECT id, hash FROM records ORDER BY id DESC LIMIT 1"), {}, &error);
            QVERIFY(head && head.next());
            forged.id = head.row().value(0).toLongLong() + 1;
            forged.prevHash = head.row().value(1).toString();
            forged.kind = RecordKind::SignOff;
            forged.subjectId = 20;
            forged.actorId = 2;
            forged.courseId = QStringLiteral("care-101");
            forged.lessonId = QStringLiteral("communicate");
            forged.createdAt = fromStoredTime(QStringLiteral("2026-11-30T09:00:00.000Z"));
            forged.hash = RecordChain::hashOf(forged);
            QVERIFY(db.write(
                QStringLiteral("INSERT INTO records (id, kind, subject_id, actor_id, course_id, lesson_id, "
                               "body, created_at, prev_hash, hash) VALUES (?, 'signoff', ?, ?, ?, ?, "
                               "'{}', '2026-11-30T09:00:00.000Z', ?, ?)"),
                {forged.id, forged.subjectId, forged.actorId, forged.courseId, forged.lessonId,
                 forged.prevHash, forged.hash},
                &error));
        }
        const test::Outcome checked = careu(path, {QStringLiteral("check")});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(
            checked.out.contains(QStringLiteral("(signoff, 2026-11-30T09:00:00.000Z): it is not signed")),
            qPrintable(checked.out));
        const test::Outcome refused =
            careu(path, {QStringLiteral("report"), QStringLiteral("--format"), format});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains(QStringLiteral("The record chain does not verify")),
                 qPrintable(refused.err));
        const test::Outcome allowed = careu(path, {QStringLiteral("report"), QStringLiteral("--format"),
                                                   format, QStringLiteral("--allow-unverified")});
        QCOMPARE(allowed.exitCode, 0);
        QVERIFY2(allowed.out.startsWith(QStringLiteral("UNVERIFIED: the record chain does not verify")),
                 qPrintable(allowed.out.left(200)));
    }

    void peopleImportAndList()
    {
        QTemporaryDir dir;
        const QString path = test::newDatabase(dir, QStringLiteral("careu.sqlite"));
        const QString csv = dir.filePath(QStringLiteral("people.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,roles,mentor\nMaria,mentor;coach,\nBen,learner,Maria\nNobody,,\n");
        file.close();
        const QStringList import = {QStringLiteral("people"), QStringLiteral("import"), csv};
        const QStringList asAda = import + QStringList{QStringLiteral("--as"), QStringLiteral("ada admin")};
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
        }
        // Nobody yet who could sign them in.
        test::Outcome outcome = careu(path, asAda);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("there is nobody in this database yet")),
                 qPrintable(outcome.err));
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            const Catalog catalog;
            test::TestOrg org(db, catalog, QDateTime::currentDateTimeUtc());
            QVERIFY2(org.mentor(QStringLiteral("Mia Mentor"), &error), qPrintable(error));
        }
        outcome = careu(path, import);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("needs --as NAME")), qPrintable(outcome.err));
        outcome = careu(path, import + QStringList{QStringLiteral("--as"), QStringLiteral("Mia Mentor")});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.startsWith(QStringLiteral("careu: Mia Mentor cannot add people")),
                 qPrintable(outcome.err));
        outcome = careu(path, import + QStringList{QStringLiteral("--as"), QStringLiteral("Nobody Here")});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("nobody active is called Nobody Here")),
                 qPrintable(outcome.err));
        qputenv("CAREU_PASSWORD", "not her password");
        outcome = careu(path, asAda);
        qputenv("CAREU_PASSWORD", test::TestOrg::adminPassword().toUtf8());
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("password")), qPrintable(outcome.err));
        outcome = careu(path, asAda);
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.out, QString());
        QCOMPARE(outcome.err,
                 csv + QStringLiteral(":4: Nobody needs at least one role.\n") +
                     QStringLiteral("careu: nobody was added: fix the 1 line(s) above and import %1 again\n")
                         .arg(csv));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("name,roles,mentor\nMaria,mentor;coach,\nBen,learner,Maria\nNobo\x1b]0;hi\a,learner,\n");
        file.close();
        outcome = careu(path, asAda);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral(":4: The name \"Nobo\\u{001B}]0;hi\\u{0007}\" holds")),
                 qPrintable(outcome.err));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("name,roles,mentor\nMaria,mentor;coach,\nBen,learner,Maria\n");
        file.close();
        outcome = careu(path, asAda);
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, QStringLiteral("2 added.\n"));
        // Each joined in the chain, signed by Ada: the people table and the chain agree.
        outcome = careu(path, {QStringLiteral("check")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.out + outcome.err));
        // An older version stored whatever it was given; the list writes it out, never raw.
        const QString escape = test::onPostgres() ? QStringLiteral("chr(27)") : QStringLiteral("char(27)");
        QVERIFY(test::runOn(
            path,
            {QStringLiteral("UPDATE people SET email = 'x' || %1 || '[2J' WHERE name = 'Ben'").arg(escape)}));
        outcome = careu(path, {QStringLiteral("people"), QStringLiteral("list")});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, QStringLiteral("name\troles\temail\tstaff id\tmentor\tcoach\n"
                                             "Ada Admin\tmanager;admin\t\t\t\t\n"
                                             "Ben\tlearner\tx\\u{001B}[2J\t\tMaria\t\n"
                                             "Maria\tmentor;coach\t\t\t\t\n"
                                             "Mia Mentor\tmentor;coach\t\t\t\t\n"));
        QCOMPARE(careu(path, {QStringLiteral("people")}).exitCode, 2);
    }

    void peopleImportReadsNoFurtherThanItsLimit()
    {
        // A device has no size to check and never ends: reading one whole ran out of memory.
        const QString device = QStringLiteral("/dev/zero");
        if (!QFileInfo::exists(device))
            QSKIP("no /dev/zero here");
        QTemporaryDir dir;
        const QString path = test::newDatabase(dir, QStringLiteral("careu.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
        }
        const test::Outcome outcome =
            careu(path, {QStringLiteral("people"), QStringLiteral("import"), device});
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.err,
                 QStringLiteral("careu: /dev/zero is larger than 10 MiB; split it into smaller files\n"));
    }

    void seedDemoCommand()
    {
        QTemporaryDir dir;
        const QString path = test::newDatabase(dir, QStringLiteral("demo.sqlite"));
        QCOMPARE(careu(path, {QStringLiteral("seed-demo")}).exitCode, 2);
        QCOMPARE(careu(path, {QStringLiteral("seed-demo"), QStringLiteral("--learners"), QStringLiteral("0")})
                     .exitCode,
                 2);
        const test::Outcome outcome = careu(path, {QStringLiteral("seed-demo"), QStringLiteral("--learners"),
                                                   QStringLiteral("6"), QStringLiteral("--seed=9")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(QStringLiteral("6 learners")), qPrintable(outcome.out));
        QVERIFY(outcome.out.contains(QStringLiteral("demo password: care-demo")));
        QCOMPARE(careu(path, {QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(careu(path, {QStringLiteral("seed-demo"), QStringLiteral("--learners"), QStringLiteral("6")})
                     .exitCode,
                 1);
    }

    void reportCommand()
    {
        QTemporaryDir dir;
        const QString path = test::newDatabase(dir, QStringLiteral("demo.sqlite"));
        QCOMPARE(careu(path, {QStringLiteral("seed-demo"), QStringLiteral("--learners"), QStringLiteral("6")})
                     .exitCode,
                 0);
        QCOMPARE(careu(path, {QStringLiteral("report")}).exitCode, 2);
        QCOMPARE(careu(path, {QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--since"), QStringLiteral("yesterday")})
                     .exitCode,
                 2);
        QCOMPARE(careu(path, {QStringLiteral("report"), QStringLiteral("--format=csv"),
                              QStringLiteral("--course=nope")})
                     .exitCode,
                 1);
        test::Outcome outcome = careu(path, {QStringLiteral("report"), QStringLiteral("--format=csv")});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out.count(QStringLiteral("\r\n")), 1 + 6 * 2);
        QVERIFY(outcome.out.startsWith(QStringLiteral("person_id,name,")));
        const QString file = dir.filePath(QStringLiteral("report.csv"));
        outcome = careu(path, {QStringLiteral("report"), QStringLiteral("--format=csv"),
                               QStringLiteral("--course=care-102"), QStringLiteral("--out"), file});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll().count("\r\n"), 1 + 6);
        QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        outcome = careu(path, {QStringLiteral("report"), QStringLiteral("--format=xapi"),
                               QStringLiteral("--home-page=lms")});
        QCOMPARE(outcome.exitCode, 2);
        outcome = careu(path, {QStringLiteral("report"), QStringLiteral("--format=xapi")});
        QCOMPARE(outcome.exitCode, 0);
        QJsonParseError parseError;
        const QJsonDocument statements = QJsonDocument::fromJson(outcome.out.toUtf8(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(statements.isArray() && !statements.array().isEmpty());
    }

    void backupWhileWritingThenRestore()
    {
        if (test::onPostgres())
            QSKIP("backup and restore copy SQLite files; backupAndRestoreOnTheServer says what to do on "
                  "PostgreSQL");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            PeopleStore people(db, Clock::system());
            QVERIFY(people.create(QStringLiteral("Ana"), &error));
            // The backup runs in another process while this connection keeps writing.
            QProcess backup;
            backup.start(
                QStringLiteral(CAREU_BINARY),
                {QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("--out"), copy});
            QVERIFY(backup.waitForStarted());
            int written = 0;
            while (backup.state() != QProcess::NotRunning) {
                QVERIFY2(people.create(QStringLiteral("Writer %1").arg(++written), &error),
                         qPrintable(error));
                backup.waitForFinished(5);
            }
            QCOMPARE(backup.exitCode(), 0);
            QVERIFY(QString::fromUtf8(backup.readAllStandardOutput()).contains(QStringLiteral("(checked)")));
            QVERIFY(people.create(QStringLiteral("After the backup"), &error));
        }
        QVERIFY(!(QFile(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QCOMPARE(careu(path, {QStringLiteral("backup")}).exitCode, 2);

        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(test::writeFile(notes, "not a backup"));
        const QByteArray before = test::fileHash(path);
        test::Outcome outcome = careu(path, {QStringLiteral("restore"), notes});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("Nothing was changed")), qPrintable(outcome.err));
        QCOMPARE(test::fileHash(path), before);

        {
            // With the app open on it: restored through SQLite, and the app reads the backup's people.
            Database open;
            QVERIFY(open.open(path, &error));
            PeopleStore appPeople(open, Clock::system());
            QVERIFY(appPeople.findByName(QStringLiteral("After the backup"), &error));
            outcome = careu(path, {QStringLiteral("restore"), copy});
            QCOMPARE(outcome.exitCode, 0);
            QVERIFY2(
                outcome.out.contains(QStringLiteral("kept as ") + path + QStringLiteral(".before-restore-")),
                qPrintable(outcome.out));
            QVERIFY(!appPeople.findByName(QStringLiteral("After the backup"), &error));
            QVERIFY(appPeople.findByName(QStringLiteral("Ana"), &error));
        }
        const QString listed = careu(path, {QStringLiteral("people"), QStringLiteral("list")}).out;
        QVERIFY(listed.contains(QStringLiteral("Ana")));
        QVERIFY2(!listed.contains(QStringLiteral("After the backup")), qPrintable(listed));
        QCOMPARE(careu(path, {QStringLiteral("check")}).exitCode, 0);
    }

    void backupAndRestoreOnTheServer()
    {
        if (!test::onPostgres())
            QSKIP("backupWhileWritingThenRestore backs up and restores an SQLite file");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.dump"));
        test::Outcome outcome = careu(m_demo, {QStringLiteral("backup"), QStringLiteral("--out"), copy});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("pg_dump --format=custom --file=careu.dump '")),
                 qPrintable(outcome.err));
        QVERIFY(!QFile::exists(copy));
        QVERIFY(test::writeFile(copy, "a dump"));
        outcome = careu(m_demo, {QStringLiteral("restore"), copy});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("pg_restore --clean --if-exists --single-transaction")),
                 qPrintable(outcome.err));
        QCOMPARE(careu(m_demo, {QStringLiteral("check")}).exitCode, 0);
    }

    // Every write is checked: a full disk (a file-size limit, as a nearly full disk gives) or a
    // full standard output fails the command with exit 1 and leaves no partial file.
    void theOutputIsWholeOrTheCommandFails_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stdoutFile"); // empty: a pipe
        QTest::addColumn<bool>("limitFileSize");
        QTest::addColumn<QString>("expected");
        const QString out = QStringLiteral("--out");
        const QString report = QStringLiteral("report");
        const QString format = QStringLiteral("--format");
        QTest::addRow("CSV file, disk full")
            << QStringList{report, format, QStringLiteral("csv"), out, QStringLiteral("OUT")} << QString()
            << true << "nothing was written";
        QTest::addRow("xAPI file, disk full")
            << QStringList{report, format, QStringLiteral("xapi"), out, QStringLiteral("OUT")} << QString()
            << true << "nothing was written";
        QTest::addRow("CSV to a full stdout") << QStringList{report, format, QStringLiteral("csv")}
                                              << "/dev/full" << false << "could not be written";
        QTest::addRow("xAPI to a full stdout") << QStringList{report, format, QStringLiteral("xapi")}
                                               << "/dev/full" << false << "could not be written";
        QTest::addRow("people list to a full stdout")
            << QStringList{QStringLiteral("people"), QStringLiteral("list")} << "/dev/full" << false
            << "could not be written";
    }

    void theOutputIsWholeOrTheCommandFails()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stdoutFile);
        QFETCH(bool, limitFileSize);
        QFETCH(QString, expected);
        const QString target = m_dir.filePath(QStringLiteral("report.out"));
        arguments.replaceInStrings(QStringLiteral("OUT"), target);
        QProcess process;
        if (!stdoutFile.isEmpty())
            process.setStandardOutputFile(stdoutFile);
        if (limitFileSize) {
            process.setChildProcessModifier([] {
                std::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit{64 * 1024, 64 * 1024};
                setrlimit(RLIMIT_FSIZE, &limit);
            });
        }
        process.start(QStringLiteral(CAREU_BINARY), QStringList{QStringLiteral("--db"), m_demo} + arguments);
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("report.out*")}, QDir::Files | QDir::Hidden),
                 QStringList());
        // Without the limit the same command writes the whole report.
        if (limitFileSize) {
            QCOMPARE(careu(m_demo, arguments).exitCode, 0);
            QVERIFY(QFileInfo(target).size() > 64 * 1024);
            QFile::remove(target);
        }
    }

    // --out names a file: a device, a pipe or a folder is refused and left as it was (as root,
    // renaming over /dev/null replaced it with a file).
    void outIsARegularFileOrANewOne_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("kind");
        for (const char* command : {"report", "backup"}) {
            for (const char* kind : {"device", "pipe", "folder"})
                QTest::addRow("%s onto a %s", command, kind) << command << kind;
        }
    }

    void outIsARegularFileOrANewOne()
    {
        QFETCH(QString, command);
        QFETCH(QString, kind);
        QString target = QStringLiteral("/dev/null");
        if (kind == QLatin1String("pipe")) {
            target = m_dir.filePath(QStringLiteral("a-pipe"));
            QVERIFY(QFile::exists(target) || ::mkfifo(QFile::encodeName(target).constData(), 0600) == 0);
        } else if (kind == QLatin1String("folder")) {
            target = m_dir.filePath(QStringLiteral("a-folder"));
            QVERIFY(QDir().mkpath(target));
        }
        struct stat before = {};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &before), 0);
        QStringList arguments{command, QStringLiteral("--out"), target};
        if (command == QLatin1String("report"))
            arguments << QStringLiteral("--format") << QStringLiteral("csv");
        const test::Outcome outcome = careu(m_demo, arguments);
        QCOMPARE(outcome.exitCode, 1);
        // A server's database is backed up with pg_dump, before any --out is looked at.
        const QString expected = test::onPostgres() && command == QLatin1String("backup")
                                     ? QStringLiteral("pg_dump")
                                 : kind == QLatin1String("folder") ? QStringLiteral("is a folder")
                                                                   : QStringLiteral("not a regular file");
        QVERIFY2(outcome.err.contains(expected), qPrintable(outcome.err));
        struct stat after = {};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &after), 0);
        QCOMPARE(after.st_mode, before.st_mode);
        QCOMPARE(after.st_ino, before.st_ino);
    }

    void missingDatabaseIsAFailureNotANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nothing-here.sqlite"));
        const test::Outcome outcome = careu(path, {QStringLiteral("check")});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY(outcome.err.contains(QStringLiteral("there is no database")));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestStoreCommands)
#include "tst_storecommands.moc"
