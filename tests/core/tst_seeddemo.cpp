#include "Services.h"
#include "TestDatabase.h"
#include "content/Catalog.h"
#include "demo/DemoSeeder.h"
#include "people/Accounts.h"
#include "progress/ProgressOverview.h"
#include "signoff/SignOffs.h"
#include "store/AttemptStore.h"
#include "store/Database.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"
#include "store/RecordChain.h"

#include <QtTest>

using namespace careu;

// The demo organisation: every stage present, written through the core, the same for a seed.
class TestSeedDemo : public QObject
{
    Q_OBJECT

private:
    struct Snapshot
    {
        QStringList names;   // with their uids
        QStringList created; // when each person and record was made
        QStringList records; // kind and body of every record, in order
    };

    static Snapshot seed(const QString& path, quint32 seed, const Catalog& catalog)
    {
        Database db;
        QString error;
        Snapshot snapshot;
        if (!db.open(path, &error))
            return snapshot;
        // Today is a fixed day: the demo's dates count back from it.
        const ManualClock today(QDateTime(QDate(2026, 3, 14), QTime(15, 9), Qt::UTC));
        const Services services(db, catalog, today);
        DemoSeeder::Summary summary;
        if (!DemoSeeder(services, seed).run(12, &summary, &error)) {
            qWarning() << error;
            return snapshot;
        }
        for (const Person& person : services.people.active(&error)) {
            snapshot.names.append(person.name + QLatin1Char(' ') + person.uid);
            snapshot.created.append(toStoredTime(person.createdAt));
            for (const Record& record : services.chain.about(person.id, &error)) {
                snapshot.records.append(
                    recordKindKey(record.kind) +
                    QString::fromUtf8(QJsonDocument(record.body).toJson(QJsonDocument::Compact)));
                snapshot.created.append(toStoredTime(record.createdAt));
            }
        }
        return snapshot;
    }

private slots:
    void everyStageIsThere()
    {
        const Catalog catalog = Catalog::load();
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("demo.sqlite")), &error));
        const Services services(db, catalog, Clock::system());
        DemoSeeder::Summary summary;
        QVERIFY2(DemoSeeder(services, 5).run(12, &summary, &error), qPrintable(error));
        QCOMPARE(summary.learners, 12);
        QCOMPARE(summary.managers, 1);
        QVERIFY(summary.mentors >= 1 && summary.coaches >= 1);
        // The sign-in list of a new user's first demo: names a person might have, none that a
        // spreadsheet would run as a formula (they sorted first, "=HYPERLINK(...)" at the top).
        const QVector<Person> everyone = services.people.active(&error);
        QVERIFY(everyone.first().name.at(0).isLetter());
        QStringList formulas;
        for (const Person& person : everyone) {
            if (QStringLiteral("=+-@").contains(person.name.at(0)))
                formulas.append(person.name);
        }
        QVERIFY2(formulas.isEmpty(), qPrintable(formulas.join(QLatin1String(", "))));
        QVERIFY(std::any_of(everyone.begin(), everyone.end(),
                            [](const Person& p) { return p.name == QLatin1String("Okoye, Jr."); }));

        PeopleStore people(db, Clock::system());
        ProgressStore progress(db);
        AttemptStore attempts(db);
        RecordChain chain(db);
        Accounts accounts(people, chain, Clock::system());
        SignOffs signOffs(chain, progress, attempts, accounts, Clock::system());
        int justStarted = 0, waiting = 0, sentBack = 0, graduated = 0, roleplayers = 0, refreshersTaken = 0;
        QSet<QString> locations;
        for (const Person& person : people.active(&error)) {
            if (!person.roles.contains(Role::Learner))
                continue;
            QVERIFY(person.mentorId != 0);
            // Learners work at their mentor's site.
            QVERIFY(!person.location.isEmpty());
            QCOMPARE(person.location, people.find(person.mentorId, &error)->location);
            locations.insert(person.location);
            const ProgressOverview overview(catalog.courses(), progress.summaries(person.id, &error));
            if (overview.courses().at(0).completed == 0)
                ++justStarted;
            const PracticeStatus status = signOffs.status(person.id, QStringLiteral("care-101"),
                                                          catalog.courses().at(0).lessons.at(1).id, &error);
            waiting += status.state == PracticeState::Requested;
            sentBack += status.state == PracticeState::SentBack;
            graduated += signOffs.graduatedAt(person.id, catalog.courses(), &error).isValid();
            roleplayers += !attempts.summaries(person.id, &error).isEmpty();
            for (const StoredRefresher& refresher : services.refreshers.of(person.id, &error)) {
                QVERIFY(refresher.completedAt.isValid()); // the demo's graduates finish what they start
                QVERIFY(refresher.attemptId != 0);
                ++refreshersTaken;
            }
        }
        QCOMPARE(justStarted, 2);
        QCOMPARE(waiting, 2);
        QCOMPARE(sentBack, 2);
        QCOMPARE(graduated, 4);
        QCOMPARE(roleplayers, 10);
        // Two graduates took their first refresher (their coach checked in), one of them the second too.
        QCOMPARE(refreshersTaken, 3);
        QCOMPARE(locations.size(), 2); // two mentors for twelve learners, each at a site of their own
        QVERIFY(chain.verify(&error).intact);
        // One shared password, hashed once and stored as a hash.
        const auto mona = people.findByName(QStringLiteral("Mona Reyes"), &error);
        QVERIFY(accounts.verify(mona->id, DemoSeeder::password(), &error));

        // A second run refuses to mix with what is there.
        QVERIFY(!DemoSeeder(services, 5).run(3, &summary, &error));
        QVERIFY2(error.contains(QStringLiteral("already has people")), qPrintable(error));
    }

    void sameSeedSameOrganisation()
    {
        const Catalog catalog = Catalog::load();
        QTemporaryDir dir;
        const Snapshot first = seed(test::newDatabase(dir, QStringLiteral("a.sqlite")), 42, catalog);
        const Snapshot second = seed(test::newDatabase(dir, QStringLiteral("b.sqlite")), 42, catalog);
        const Snapshot other = seed(test::newDatabase(dir, QStringLiteral("c.sqlite")), 43, catalog);
        QCOMPARE(first.names.size(), 1 + 2 + 1 + 12);
        QCOMPARE(second.names, first.names);
        QCOMPARE(second.records, first.records);
        QCOMPARE(second.created, first.created);
        // The staff start 150 days before that today, at 9:00.
        QVERIFY(first.created.contains(QStringLiteral("2025-10-15T09:00:00.000Z")));
        QVERIFY(other.records != first.records);
    }
};

QTEST_GUILESS_MAIN(TestSeedDemo)
#include "tst_seeddemo.moc"
