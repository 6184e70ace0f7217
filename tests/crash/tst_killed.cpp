#include "TestSupport.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/FileCheck.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace careu;

// The careu commands that write whole files, killed (SIGKILL) at random moments: a restore leaves
// a whole database, the old one or the new; a seed-demo leaves no half organisation; and what a
// killed command had half-written is removed at the next start.
class TestKilled : public QObject
{
    Q_OBJECT

private:
    static constexpr int Rounds = 30;

    QTemporaryDir m_dir;
    QRandomGenerator m_random{20261202};

    // Starts careu with arguments and kills it after a random time below limitMs; true when it
    // had finished on its own before that.
    bool runAndKill(const QStringList& arguments, int limitMs)
    {
        QProcess process;
        process.start(QStringLiteral(CAREU_BINARY), arguments);
        if (!process.waitForStarted())
            return false;
        const bool finished = process.waitForFinished(static_cast<int>(m_random.bounded(limitMs)));
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        return finished && process.exitCode() == 0;
    }

    // How long a command takes when it is left alone, to kill it anywhere within that time.
    static int timeOf(const QStringList& arguments)
    {
        QElapsedTimer timer;
        timer.start();
        const test::Outcome outcome = test::run(QStringLiteral(CAREU_BINARY), arguments);
        return outcome.exitCode == 0 ? static_cast<int>(timer.elapsed()) + 1 : -1;
    }

    static QString markerOf(const QString& path)
    {
        Database db;
        QString error;
        if (!db.open(path, &error))
            return error;
        QSqlQuery query(db.connection());
        return query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")) && query.next()
                   ? query.value(0).toString()
                   : QStringLiteral("no marker");
    }

    static bool writeMarkedDatabase(const QString& path, const QString& marker)
    {
        return test::makeDatabase(path, QStringLiteral("row"), 4000) &&
               test::runOnFile(path,
                               {QStringLiteral("INSERT INTO settings VALUES ('marker', '%1')").arg(marker)});
    }

    static QStringList partialsIn(const QString& folder)
    {
        QStringList found;
        for (const QString& dir : {folder, folder + QStringLiteral("/backups")})
            found += QDir(dir).entryList({QStringLiteral("*.partial-*")}, QDir::Files | QDir::Hidden);
        return found;
    }

private slots:
    void aKilledRestoreLeavesAWholeDatabase()
    {
        const QString folder = m_dir.filePath(QStringLiteral("restore"));
        QVERIFY(QDir().mkpath(folder));
        const QString original = m_dir.filePath(QStringLiteral("old.sqlite"));
        const QString backup = m_dir.filePath(QStringLiteral("new.sqlite"));
        QVERIFY(writeMarkedDatabase(original, QStringLiteral("old")));
        QVERIFY(writeMarkedDatabase(backup, QStringLiteral("new")));
        const QString path = QDir(folder).filePath(QStringLiteral("careu.sqlite"));
        const QStringList restore{QStringLiteral("--db"), path, QStringLiteral("restore"), backup};
        QVERIFY(QFile::copy(original, path));
        const int took = timeOf(restore);
        QVERIFY(took > 0);
        int old = 0;
        int restored = 0;
        for (int round = 0; round < Rounds; ++round) {
            for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
                QFile::remove(QDir(folder).filePath(name));
            QVERIFY(QFile::copy(original, path));
            runAndKill(restore, took + took / 2);
            const FileCheck check = FileCheck::inspect(path, FileCheck::Depth::Integrity);
            QVERIFY2(check.problem == FileCheck::Problem::None, qPrintable(check.message));
            const QString marker = markerOf(path);
            QVERIFY2(marker == QLatin1String("old") || marker == QLatin1String("new"), qPrintable(marker));
            (marker == QLatin1String("old") ? old : restored)++;
            Backups::removeStale(path);
            QCOMPARE(partialsIn(folder), QStringList());
        }
        qInfo("restore killed %d times at random within %d ms: %d left the old database, %d the new, none "
              "anything else",
              Rounds, took + took / 2, old, restored);
    }

    void aKilledSeedDemoLeavesNoHalfOrganisation()
    {
        const QString folder = m_dir.filePath(QStringLiteral("seed"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("demo.sqlite"));
        const QStringList seed{QStringLiteral("--db"), path, QStringLiteral("seed-demo"),
                               QStringLiteral("--learners"), QStringLiteral("120")};
        const int took = timeOf(seed);
        QVERIFY(took > 0);
        int finished = 0;
        for (int round = 0; round < Rounds / 3; ++round) {
            for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
                QFile::remove(QDir(folder).filePath(name));
            if (runAndKill(seed, took)) {
                ++finished;
                const test::Outcome listed = test::run(
                    QStringLiteral(CAREU_BINARY),
                    {QStringLiteral("--db"), path, QStringLiteral("people"), QStringLiteral("list")});
                QVERIFY(listed.out.count(QLatin1Char('\n')) > 120);
                continue;
            }
            QVERIFY2(!QFileInfo::exists(path), "a killed seed-demo left a database behind");
            Backups::removeStale(path);
            QCOMPARE(partialsIn(folder), QStringList());
        }
        qInfo("seed-demo killed %d times, finished %d times; no half organization", Rounds / 3 - finished,
              finished);
    }
};

QTEST_GUILESS_MAIN(TestKilled)
#include "tst_killed.moc"
