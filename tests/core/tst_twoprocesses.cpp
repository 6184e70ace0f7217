#include "Services.h"
#include "TestOrg.h"
#include "TestSupport.h"
#include "store/Database.h"

#include <QtTest>

using namespace careu;

// The app open on a database (two connections, as the dashboard makes) while `careu` runs in a
// terminal on the same file: every write either side was told had been saved is there
// afterwards, and the file checks out.
class TestTwoProcesses : public QObject
{
    Q_OBJECT

private:
    static test::Outcome careu(const QString& db, const QStringList& arguments)
    {
        return test::run(QStringLiteral(CAREU_BINARY), QStringList{QStringLiteral("--db"), db} + arguments);
    }

private slots:
    void theAppAndTheCommandLineLoseNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("careu.sqlite"));
        const Catalog catalog = Catalog::load();
        QStringList acknowledged;
        {
            Database app;
            QString error;
            QVERIFY2(app.open(path, &error), qPrintable(error));
            Services services(app, catalog, Clock::system());
            // The admin who signs the command line's imports in.
            QVERIFY2(test::TestOrg(app, catalog, QDateTime::currentDateTimeUtc()).admin(&error),
                     qPrintable(error));
            qputenv("CAREU_PASSWORD", test::TestOrg::adminPassword().toUtf8());
            for (int round = 0; round < 12; ++round) {
                const QString byApp = QStringLiteral("App Person %1").arg(round);
                QVERIFY2(services.people.create(byApp, &error), qPrintable(error));
                acknowledged.append(byApp);
                // The dashboard reads on a connection of its own, opened and closed each time.
                {
                    Database dashboard;
                    QVERIFY2(dashboard.open(path, &error), qPrintable(error));
                    const QVector<Person> seen =
                        Services(dashboard, catalog, Clock::system()).people.active(&error);
                    QVERIFY2(std::any_of(seen.cbegin(), seen.cend(),
                                         [&](const Person& p) { return p.name == byApp; }),
                             qPrintable(byApp + QStringLiteral(" is not on the dashboard")));
                }
                const QString csv = dir.filePath(QStringLiteral("round%1.csv").arg(round));
                const QString byCli = QStringLiteral("Cli Person %1").arg(round);
                QVERIFY(test::writeFile(csv, QStringLiteral("name,roles\n%1,learner\n").arg(byCli).toUtf8()));
                const test::Outcome imported =
                    careu(path, {QStringLiteral("people"), QStringLiteral("import"), csv,
                                 QStringLiteral("--as"), QStringLiteral("Ada Admin")});
                QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
                acknowledged.append(byCli);
                const test::Outcome listed = careu(path, {QStringLiteral("people"), QStringLiteral("list")});
                QVERIFY2(listed.exitCode == 0 && listed.out.contains(byApp) && listed.out.contains(byCli),
                         qPrintable(listed.out + listed.err));
                // Written after the command line has come and gone: this is what went missing.
                const QString after = QStringLiteral("After Person %1").arg(round);
                QVERIFY2(services.people.create(after, &error), qPrintable(error));
                acknowledged.append(after);
            }
        }
        // The app has quit; another start of it reads what everyone saved.
        Database reopened;
        QString error;
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
        QStringList names;
        for (const Person& person : Services(reopened, catalog, Clock::system()).people.active(&error))
            names.append(person.name);
        for (const QString& name : std::as_const(acknowledged))
            QVERIFY2(names.contains(name), qPrintable(name + QStringLiteral(" is lost")));
        reopened.close();
        const test::Outcome checked = careu(path, {QStringLiteral("check")});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
    }
};

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "tst_twoprocesses.moc"
