#include "BackgroundJob.h"
#include "Services.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QThread>
#include <QtTest>

using namespace careu;
using namespace careu::ui;

// Long work off the window's thread: it reports progress, ends once, and stops when cancelled.
class TestBackgroundJob : public QObject
{
    Q_OBJECT

    // Counts to 400 a step at a time, as a report goes through learners.
    static BackgroundJob::Work counting(QThread** ranOn)
    {
        return [ranOn](Services& services, const std::function<bool(int, int)>& progress, QString* error) {
            *ranOn = QThread::currentThread();
            if (!services.db.connection().isOpen()) {
                *error = QStringLiteral("no database");
                return false;
            }
            for (int done = 0; done <= 400; ++done) {
                if (!progress(done, 400)) {
                    *error = QStringLiteral("stopped");
                    return false;
                }
                QThread::msleep(2);
            }
            return true;
        };
    }

    const Catalog m_catalog = Catalog::load();

private slots:
    void runsToTheEndOffTheWindowThread()
    {
        QTemporaryDir dir;
        QThread* ranOn = nullptr;
        BackgroundJob job(dir.filePath(QStringLiteral("careu.sqlite")), m_catalog, Clock::system(),
                          counting(&ranOn));
        QSignalSpy progressed(&job, &BackgroundJob::progressed);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(2).toBool(), false);
        QVERIFY(ranOn && ranOn != QThread::currentThread());
        QCOMPARE(progressed.count(), 101); // once per percent, not once per step
        QCOMPARE(progressed.last().at(0).toInt(), 400);
    }

    void stopsWhenCancelled()
    {
        QTemporaryDir dir;
        QThread* ranOn = nullptr;
        BackgroundJob job(dir.filePath(QStringLiteral("careu.sqlite")), m_catalog, Clock::system(),
                          counting(&ranOn));
        QSignalSpy progressed(&job, &BackgroundJob::progressed);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        QTRY_VERIFY(progressed.count() >= 3);
        QVERIFY(job.isRunning());
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("stopped"));
        QCOMPARE(finished.first().at(2).toBool(), true);
        QVERIFY(progressed.last().at(0).toInt() < 400);
    }

    void aBadDatabaseIsAnErrorNotACancel()
    {
        QTemporaryDir dir;
        QFile notADatabase(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notADatabase.open(QIODevice::WriteOnly));
        notADatabase.write(QByteArray(4096, 'x'));
        notADatabase.close();
        QThread* ranOn = nullptr;
        BackgroundJob job(notADatabase.fileName(), m_catalog, Clock::system(), counting(&ranOn));
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QCOMPARE(finished.first().at(2).toBool(), false);
        QCOMPARE(ranOn, nullptr); // the work never ran
    }
};

QTEST_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
