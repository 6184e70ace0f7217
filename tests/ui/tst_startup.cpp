#include "TestSupport.h"

#include <QtTest>

// Starting the real binary headless: first start creates the database; a database the app
// must not touch is refused with a message and left byte for byte as it was.
class TestStartup : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        int exitCode = -1;
        QString err;
    };

    // Starts the app headless: offscreen through QT_QPA_PLATFORM unless the arguments name a platform.
    static Outcome start(const QStringList& arguments, const QString& environmentDb = QString())
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (arguments.contains(QStringLiteral("-platform"))) {
            for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
                environment.remove(QString::fromLatin1(name));
        } else {
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        }
        if (!environmentDb.isEmpty())
            environment.insert(QStringLiteral("CAREU_DB"), environmentDb);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CAREU_BINARY),
                      arguments + QStringList{QStringLiteral("--quit-after-startup")});
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    // Qt's own options are Qt's: the app starts with them, and ours still count beside them.
    void qtOptionsAreTakenByQt_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addRow("-style Fusion") << QStringList{QStringLiteral("-style"), QStringLiteral("Fusion")};
        QTest::addRow("-style=Windows") << QStringList{QStringLiteral("-style=Windows")};
        QTest::addRow("-platform offscreen")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")};
        QTest::addRow("-reverse") << QStringList{QStringLiteral("-reverse")};
        QTest::addRow("all three, around --db")
            << QStringList{QStringLiteral("-reverse"), QStringLiteral("-platform"), QStringLiteral("offscreen"),
                           QStringLiteral("--db"), QStringLiteral("DB"), QStringLiteral("-style"),
                           QStringLiteral("Fusion")};
    }

    void qtOptionsAreTakenByQt()
    {
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        if (!options.contains(QStringLiteral("--db")))
            options << QStringLiteral("--db") << QStringLiteral("DB");
        options.replace(options.indexOf(QStringLiteral("DB")), path);
        const Outcome outcome = start(options);
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        QVERIFY2(!outcome.err.contains(QStringLiteral("unknown option")), qPrintable(outcome.err));
        QVERIFY2(QFile::exists(path), "--db beside Qt's options was not used");
    }

    // An option neither Qt nor the app knows is still a usage error.
    void unknownSingleDashOptionIsAUsageError()
    {
        const Outcome outcome = start({QStringLiteral("-frobnicate")});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(QStringLiteral("unknown option -frobnicate")), qPrintable(outcome.err));
    }

    void firstStartCreatesTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/careu.sqlite"));
        const Outcome outcome = start({QStringLiteral("--db"), path});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(QFile::exists(path));
        // The folder it made, and the file, are its owner's alone.
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("new"))).permissions() & 0x0777,
                 QFileDevice::Permissions(0x0700));
        QCOMPARE(QFile::permissions(path) & 0x0777, QFileDevice::Permissions(0x0600));
    }

    // A backup or upgrade killed half-way left a large ".partial-" copy: the next start removes it,
    // and leaves alone what a running process is writing.
    void halfWrittenCopiesGoAtTheNextStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        QCOMPARE(start({QStringLiteral("--db"), path}).exitCode, 0);
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("backups"))));
        const QString killed = path + QStringLiteral(".partial-99999999-Ab3xYz");
        const QString killedBackup =
            dir.filePath(QStringLiteral("backups/careu-1.sqlite.partial-99999999-Qq1wWe"));
        const QString running =
            path + QStringLiteral(".partial-%1-Zz9zZz").arg(QCoreApplication::applicationPid());
        for (const QString& file : {killed, killedBackup, running})
            QVERIFY(careu::test::writeFile(file, QByteArray(1 << 20, 'x')));
        QCOMPARE(start({QStringLiteral("--db"), path}).exitCode, 0);
        QVERIFY(!QFile::exists(killed) && !QFile::exists(killedBackup));
        QVERIFY(QFile::exists(running));
    }

    // The database went missing and its daily backups are still there: the app says so and exits
    // 1; it does not start a new organisation whose first visitor would be its admin.
    void aMissingDatabaseWithBackupsIsNotMadeAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        QCOMPARE(start({QStringLiteral("--db"), path}).exitCode, 0);
        const careu::test::Outcome backedUp =
            careu::test::run(QStringLiteral(CAREU_BINARY),
                             {QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("backups/careu-20261120-090000.sqlite"))});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QVERIFY(QFile::remove(path));
        const Outcome outcome = start({QStringLiteral("--db"), path});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("is missing")), qPrintable(outcome.err));
        QVERIFY(!QFile::exists(path));
    }

    void environmentVariableNamesTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("from-env.sqlite"));
        QCOMPARE(start({}, path).exitCode, 0);
        QVERIFY(QFile::exists(path));
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        QVERIFY(careu::test::runOnFile(path, {QStringLiteral("PRAGMA user_version = 99")}));
        const QByteArray before = careu::test::fileHash(path);
        const Outcome outcome = start({QStringLiteral("--db"), path});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("newer version of Customer CARE University")),
                 qPrintable(outcome.err));
        QCOMPARE(careu::test::fileHash(path), before);
    }

    // The quick check at start finds what the header alone does not: a database cut short.
    void truncatedDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        QVERIFY(careu::test::makeDatabase(path, QStringLiteral("k"), 300));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.resize(file.size() / 2));
        file.close();
        const QByteArray before = careu::test::fileHash(path);
        const Outcome outcome = start({QStringLiteral("--db"), path});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("is cut short")), qPrintable(outcome.err));
        QCOMPARE(careu::test::fileHash(path), before);
    }

    void badContentFolderIsReportedButTheAppStarts()
    {
        QTemporaryDir dir;
        const Outcome outcome = start({QStringLiteral("--db"), dir.filePath(QStringLiteral("careu.sqlite")),
                                       QStringLiteral("--content"),
                                       QStringLiteral(CAREU_TEST_DATA "/../content/fixtures/wrong-type")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.err.contains(QStringLiteral("\"minutes\" must be a whole number")),
                 qPrintable(outcome.err));
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
