#include "Acknowledged.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace careu;
using namespace careu::test;

// Nothing lost, nothing half-written: a writer (careu_crash_writer) is killed with SIGKILL at
// random moments while it signs off Practices and saves lesson progress. After every kill the
// database is opened as the app opens it, and everything the writer acknowledged must be there,
// whole; nothing may be there in part; `careu check` (integrity and the record chain) must pass.
class TestCrash : public QObject
{
    Q_OBJECT

private:
    static constexpr int Kills = 60;
    static constexpr quint32 Seed = 20261125;

    QTemporaryDir m_dir;
    QString m_path;
private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("careu.sqlite"));
        QProcess* setUp = startWriter({m_path, QStringLiteral("setup")}, this);
        QVERIFY(setUp->waitForFinished(60000));
        QVERIFY2(setUp->exitCode() == 0, setUp->readAllStandardError().constData());
        QVERIFY(readLines(setUp).value(0).startsWith(QStringLiteral("mentor ")));
    }

    void killedWritersLoseNothingAndLeaveNoHalfRecords()
    {
        QRandomGenerator random(Seed);
        QStringList acknowledged;
        QElapsedTimer elapsed;
        elapsed.start();
        for (int kill = 1; kill <= Kills; ++kill) {
            QProcess* writer =
                startWriter({m_path, QStringLiteral("run"), QString::number(random.generate())}, this);
            QStringList lines;
            QDeadlineTimer ready(30000);
            while (!lines.contains(QStringLiteral("ready")) && !ready.hasExpired() &&
                   writer->waitForReadyRead(static_cast<int>(ready.remainingTime())))
                lines += readLines(writer);
            QVERIFY2(lines.contains(QStringLiteral("ready")), writer->readAllStandardError().constData());
            // Somewhere in the middle of its writing: a few to a few hundred commits in.
            const QDeadlineTimer moment(random.bounded(5, 400));
            while (!moment.hasExpired()) {
                writer->waitForReadyRead(static_cast<int>(moment.remainingTime()));
                lines += readLines(writer);
            }
            writer->kill();
            QVERIFY(writer->waitForFinished(10000));
            QVERIFY2(writer->exitStatus() == QProcess::CrashExit, writer->readAllStandardError().constData());
            lines += readLines(writer);
            lines.removeAll(QStringLiteral("ready"));
            acknowledged += lines;
            delete writer;

            const QStringList found = problems(m_path, acknowledged);
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("after kill %1 of %2: %3")
                                                     .arg(kill)
                                                     .arg(Kills)
                                                     .arg(found.mid(0, 5).join(QLatin1String("; ")))));
        }
        QVERIFY(acknowledged.size() > Kills);
        qInfo().noquote() << QStringLiteral(
                                 "survived %1 kills (SIGKILL) in %2 s: %3 acknowledged commits all "
                                 "present and whole, no partial rows, integrity and record chain ok")
                                 .arg(Kills)
                                 .arg(elapsed.elapsed() / 1000.0, 0, 'f', 1)
                                 .arg(acknowledged.size());
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
