#include "AppDriver.h"
#include "TestSupport.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>

using namespace careu;

// The PostgreSQL server goes away while the app is open (a network cut, a restart): the learner is
// told, keeps what they typed, and it is saved once the server is back, without them doing anything;
// a write cut off half-way leaves nothing of itself. The test runs its own cluster, so that stopping
// it disturbs no other test.
class TestLostConnection : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)};
    QTemporaryDir m_clusterDir;
    QString m_url;

    void cluster(const QString& action)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(CAREU_SOURCE_DIR "/tests/pg/cluster.sh"),
                      {action, m_clusterDir.filePath(QStringLiteral("cluster"))});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAll().constData());
    }

    const Lesson& firstLesson(const Catalog& catalog) const
    {
        return catalog.course(QStringLiteral("care-102"))->lessons.first();
    }

private slots:
    void initTestCase()
    {
        // The server runs as the postgres user when the tests run as root: it must reach the folder.
        QFile::setPermissions(m_clusterDir.path(), QFile::permissions(m_clusterDir.path()) |
                                                       QFile::ReadOther | QFile::ExeOther);
        cluster(QStringLiteral("start"));
        QFile url(m_clusterDir.filePath(QStringLiteral("cluster/url")));
        QVERIFY(url.open(QIODevice::ReadOnly));
        m_url = QString::fromUtf8(url.readAll()).trimmed();
    }

    void cleanupTestCase() { cluster(QStringLiteral("stop")); }

    void whatWasTypedIsSavedWhenTheServerIsBack()
    {
        AppDriver app(m_clock);
        app.setLocation(m_url);
        app.start();
        app.createProfile(QStringLiteral("Ana"));
        const QString lessonButton = QStringLiteral("lesson_care-102_") + firstLesson(app.catalog()).id;
        QTRY_VERIFY(app.find<QPushButton>(lessonButton));
        app.click(lessonButton);
        app.click(QStringLiteral("step_reflect"));

        auto* editor = app.find<QPlainTextEdit>(QStringLiteral("reflectionEdit"));
        auto* status = app.find<QLabel>(QStringLiteral("reflectionStatus"));
        QTest::keyClicks(editor, QStringLiteral("I greet the customer first"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("saved")), qPrintable(status->text()));

        cluster(QStringLiteral("pause"));
        const QString text = QStringLiteral("I greet the customer first, then I finish the call");
        QTest::keyClicks(editor, text.mid(editor->toPlainText().size()));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("The database server cannot be reached")),
                     qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("Your text is still here")));
        QCOMPARE(editor->toPlainText(), text);

        // Back: the retry saves it with no keystroke, through a connection opened anew.
        cluster(QStringLiteral("resume"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().endsWith(QStringLiteral("saved")), 20000);
        QString error;
        const auto people = PeopleStore(app.db(), m_clock).active(&error);
        QCOMPARE(people.size(), 1);
        const auto record =
            ProgressStore(app.db()).load({people.first().id, QStringLiteral("care-102"), firstLesson(app.catalog()).id},
                                         &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->reflection, text);
        app.close();
    }

    // A transaction the server loses before it commits says so, and none of its rows are there.
    void aWriteCutOffLeavesNothing()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_url, &error), qPrintable(error));
        PeopleStore people(db, m_clock);
        const int before = people.active(&error).size();
        const bool committed = people.inOneTransaction(
            [&](QString* error) {
                for (int i = 0; i < 3; ++i) {
                    if (!people.create(QStringLiteral("Cut Off %1").arg(i), error))
                        return false;
                }
                cluster(QStringLiteral("pause"));
                return true;
            },
            &error);
        QVERIFY(!committed);
        QVERIFY2(error.contains(QStringLiteral("The database server cannot be reached")), qPrintable(error));
        cluster(QStringLiteral("resume"));
        QString afterError;
        const auto after = people.active(&afterError);
        QVERIFY2(afterError.isEmpty(), qPrintable(afterError));
        QCOMPARE(after.size(), before);
    }
};

QTEST_MAIN(TestLostConnection)
#include "tst_lostconnection.moc"
