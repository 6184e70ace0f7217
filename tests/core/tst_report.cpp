#include "Services.h"
#include "TestDatabase.h"
#include "TestOrg.h"
#include "content/Catalog.h"
#include "demo/DemoSeeder.h"
#include "people/Csv.h"
#include "progress/LessonSession.h"
#include "report/Csv.h"
#include "report/ReportCsv.h"
#include "report/ReportWriter.h"
#include "report/XapiExport.h"
#include "signoff/Certificates.h"
#include "store/Database.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"

#include <QtTest>

using namespace careu;

// The completion report: CSV that spreadsheets cannot be tricked by, parsed back strictly,
// and rows whose figures match a team set up by hand.
class TestReport : public QObject
{
    Q_OBJECT

    // A demo team in a database of its own.
    struct DemoTeam
    {
        Catalog catalog = Catalog::load();
        QTemporaryDir dir;
        Database db;
        std::optional<Services> services;

        bool seed(int learners, QString* error)
        {
            if (!db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), error))
                return false;
            services.emplace(db, catalog, Clock::system());
            DemoSeeder::Summary summary;
            return DemoSeeder(*services, 2).run(learners, &summary, error);
        }
    };

private slots:
    void rowStatuses()
    {
        using S = ReportRow::Status;
        const QDateTime day(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        ReportRow row;
        row.lessonsTotal = 5;
        const auto statuses = [&row] {
            QVector<S> all;
            for (S s : {S::NotStarted, S::InProgress, S::SignedOff, S::Graduated, S::CheckInOverdue}) {
                if (row.has(s))
                    all.append(s);
            }
            return all;
        };
        QCOMPARE(statuses(), QVector<S>({S::NotStarted}));
        row.lessonsCompleted = 2;
        QCOMPARE(statuses(), QVector<S>({S::InProgress}));
        row.lessonsCompleted = 5;
        row.courseSignedOff = day;
        QCOMPARE(statuses(), QVector<S>({S::SignedOff}));
        row.graduated = day;
        QCOMPARE(statuses(), QVector<S>({S::SignedOff, S::Graduated}));
        row.checkInsOverdue = 1;
        QCOMPARE(statuses(), QVector<S>({S::SignedOff, S::Graduated, S::CheckInOverdue}));
    }

    // Reading everyone's progress is a manager's: a learner, a mentor, a coach and a manager who
    // has left are refused by the report and every export made from it, whichever screen or
    // command they reach it from; a manager, and the command line on the file, read it.
    void onlyAManagerReadsTheReport()
    {
        DemoTeam team;
        QString error;
        QVERIFY2(team.seed(6, &error), qPrintable(error));
        const Services& services = *team.services;
        QHash<Role, Actor> only; // someone whose one role it is
        std::optional<Actor> manager;
        for (const Person& person : services.people.everyone(&error)) {
            if (person.roles.size() == 1)
                only.insert(*person.roles.begin(), person.asActor());
            if (person.roles.contains(Role::Manager))
                manager = person.asActor();
        }
        QVERIFY(manager && only.contains(Role::Learner) && only.contains(Role::Mentor) &&
                only.contains(Role::Coach));
        Actor left = *manager;
        left.active = false;
        const auto reads = [&](const Actor& reader, QString* why) {
            why->clear();
            int rows = 0;
            const bool report = CompletionReport(services, reader).run(
                {}, [&rows](const ReportRow&) { ++rows; }, why);
            QString csv;
            QTextStream out(&csv);
            QString csvWhy;
            const bool exported = ReportWriter(services, reader, XapiExport::defaultHomePage())
                                      .write(ReportWriter::Format::Csv, {}, out, &csvWhy) >= 0;
            QString xapiWhy;
            const bool statements =
                XapiExport(services, reader, XapiExport::defaultHomePage())
                    .run({}, [](const QJsonObject&) {}, &xapiWhy);
            CompletionReport::Filter graduates;
            graduates.status = ReportRow::Status::Graduated;
            QString certificatesWhy;
            const bool certificates = Certificates(const_cast<Services&>(services))
                                          .each({graduates, reader}, [](const Certificate&, QString*) { return true; },
                                                {}, &certificatesWhy);
            // All four say the same, and nothing is handed out before they refuse.
            if (report != exported || report != statements || report != certificates ||
                (!report && (rows > 0 || csv.count(QLatin1Char('\n')) > 0)))
                return std::optional<bool>();
            if (!report && (csvWhy != *why || xapiWhy != *why || certificatesWhy != *why))
                return std::optional<bool>();
            return std::optional<bool>(report);
        };
        QString why;
        for (const Role role : {Role::Learner, Role::Mentor, Role::Coach}) {
            QCOMPARE(reads(only.value(role), &why), std::optional<bool>(false));
            QVERIFY2(why.startsWith(QStringLiteral("The completion report shows everyone's progress, so only a "
                                                   "manager can read it.")),
                     qPrintable(why));
        }
        QCOMPARE(reads(left, &why), std::optional<bool>(false));
        QCOMPARE(reads(*manager, &why), std::optional<bool>(true));
        QCOMPARE(reads(databaseKeeper(), &why), std::optional<bool>(true));
    }

    void progressCountsLearnersAndCanStop()
    {
        DemoTeam team;
        QString error;
        QVERIFY2(team.seed(9, &error), qPrintable(error));
        const Services& services = *team.services;
        QVector<int> seen;
        int rows = 0;
        const auto count = [&](const ReportRow&) { ++rows; };
        QVERIFY2(CompletionReport(services, databaseKeeper()).run({}, count, &error,
                                                [&](int done, int total) {
                                                    seen.append(done);
                                                    return total == 9;
                                                }),
                 qPrintable(error));
        QCOMPARE(seen, QVector<int>({0, 1, 2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(rows, 18);

        rows = 0;
        QVERIFY(!CompletionReport(services, databaseKeeper()).run({}, count, &error, [](int done, int) { return done < 3; }));
        QCOMPARE(error, CompletionReport::stoppedMessage());
        QCOMPARE(rows, 6); // three learners, two courses each, then it stopped
    }

    void fields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::addRow("plain") << "Ana Lopez"
                               << "Ana Lopez";
        QTest::addRow("formula") << "=HYPERLINK(\"http://x\",\"y\")"
                                 << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        QTest::addRow("at") << "@SUM(A1:A9)"
                            << "'@SUM(A1:A9)";
        QTest::addRow("plus") << "+1"
                              << "'+1";
        QTest::addRow("minus") << "-x"
                               << "'-x";
        QTest::addRow("tab") << "\tTab"
                             << "'\tTab";
        QTest::addRow("line break first") << "\nNew"
                                          << "\"'\nNew\"";
        QTest::addRow("comma") << "Lopez, Ana"
                               << "\"Lopez, Ana\"";
        QTest::addRow("quotes") << "Ben \"the kid\""
                                << "\"Ben \"\"the kid\"\"\"";
        QTest::addRow("inner line break") << "two\r\nlines"
                                          << "\"two\r\nlines\"";
        QTest::addRow("non-ASCII") << QStringLiteral("Zoë Ørsted 山田") << QStringLiteral("Zoë Ørsted 山田");
        QTest::addRow("edge space") << " padded"
                                    << "\" padded\"";
    }

    void fields()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(csv::text(value), written);
    }

    void reportRowsMatchAHandBuiltTeam()
    {
        const Catalog catalog = Catalog::load();
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        const Services services(db, catalog, Clock::system());
        PeopleStore people(db, clock);
        ProgressStore progress(db);
        const QStringList hostile = {QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
                                     QStringLiteral("@SUM"),
                                     QStringLiteral("+1"),
                                     QStringLiteral("-x"),
                                     QStringLiteral("Lopez,  \"Ana\"   Jr"),
                                     QStringLiteral("Zoë 山田")};
        for (const QString& name : hostile)
            QVERIFY2(people.create(name, &error), qPrintable(error));
        // Zoë completes two CARE 101 lessons: one with every answer right at once, one with
        // the first question wrong first: 100% and 75% -> average 87 (whole percent, rounded down).
        const auto zoe = people.findByName(QStringLiteral("Zoë 山田"), &error);
        const Course& care101 = *catalog.course(QStringLiteral("care-101"));
        for (int l = 0; l < 2; ++l) {
            const Lesson& lesson = care101.lessons.at(l);
            LessonSession session(progress, clock, zoe->id, care101, lesson);
            QVERIFY(session.load(&error));
            for (int q = 0; q < lesson.check.size(); ++q) {
                const Question& question = lesson.check.at(q);
                if (l == 1 && q == 0) {
                    const QString wrong = question.answer == question.choices.first().id
                                              ? question.choices.last().id
                                              : question.choices.first().id;
                    QVERIFY(session.answer(question.id, wrong, &error));
                }
                QVERIFY(session.answer(question.id, question.answer, &error));
            }
            QVERIFY(session.saveReflection(QStringLiteral("one two three four five six seven eight nine ten"),
                                           &error));
        }

        QString text = ReportCsv::header();
        QVector<ReportRow> rows;
        QVERIFY2(CompletionReport(services, databaseKeeper()).run(
                     {},
                     [&](const ReportRow& row) {
                         rows.append(row);
                         text += ReportCsv::row(row);
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(rows.size(), hostile.size() * 2);

        QVector<Csv::Row> parsed;
        QVERIFY2(Csv::parse(text, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.size(), rows.size() + 1);
        for (const Csv::Row& row : parsed)
            QCOMPARE(row.fields.size(), 20);
        QCOMPARE(parsed.first().fields.at(4), QStringLiteral("location"));
        QStringList names;
        for (int i = 1; i < parsed.size(); i += 2)
            names.append(parsed.at(i).fields.at(1));
        // Each risky name starts with the guard, then reads back whole (names are stored with
        // their spacing simplified).
        for (const QString& name : hostile) {
            const bool risky = QStringLiteral("=+-@").contains(name.front());
            const QString stored = name.simplified();
            QVERIFY2(names.contains(risky ? QLatin1Char('\'') + stored : stored), qPrintable(name));
        }
        const auto zoeRow = std::find_if(rows.cbegin(), rows.cend(), [&](const ReportRow& r) {
            return r.personUid == zoe->uid && r.courseId == QLatin1String("care-101");
        });
        QCOMPARE(zoeRow->lessonsCompleted, 2);
        QCOMPARE(zoeRow->lessonsTotal, 5);
        QCOMPARE(zoeRow->averageCheckScore, 87);
        QCOMPARE(zoeRow->practicesSignedOff, 0);
        QVERIFY(!zoeRow->graduated.isValid());

        rows.clear();
        CompletionReport::Filter filter;
        filter.courseId = QStringLiteral("care-102");
        QVERIFY(CompletionReport(services, databaseKeeper()).run(
            filter, [&](const ReportRow& row) { rows.append(row); }, &error));
        QCOMPARE(rows.size(), hostile.size());
        filter.courseId.clear();
        filter.activeFrom = QDate(2026, 11, 20);
        rows.clear();
        QVERIFY(CompletionReport(services, databaseKeeper()).run(
            filter, [&](const ReportRow& row) { rows.append(row); }, &error));
        QCOMPARE(rows.size(), 2); // only Zoë has done anything
    }

    // A graduate's refreshers in the report: taken ones with their score, every row of the person.
    void refresherScores()
    {
        const Catalog catalog = Catalog::load();
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        test::TestOrg org(db, catalog, QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC));
        const auto mentor = org.mentor(QStringLiteral("Maria"), &error);
        QVERIFY2(mentor, qPrintable(error));
        const auto leo = org.learner(QStringLiteral("Leo"), *mentor, &error);
        QVERIFY2(leo, qPrintable(error));
        QVERIFY2(org.graduate(*leo, *mentor, &error), qPrintable(error));
        const QDateTime graduated = org.clock().now();

        // Refresher 1 taken with one of three wrong and checked in; refresher 2 taken, all right.
        org.clock().advanceSeconds(8 * 24 * 3600);
        QVERIFY2(org.takeRefresher(*leo, 1, 1, &error), qPrintable(error));
        QVERIFY2(
            org.services().coaching()->checkIn(*mentor, *leo, graduated, 1, QStringLiteral("Good."), &error),
            qPrintable(error));
        org.clock().advanceSeconds(23 * 24 * 3600);
        QVERIFY2(org.takeRefresher(*leo, 2, 0, &error), qPrintable(error));
        const QVector<Refresher> refreshers =
            org.services().coaching()->refreshers(leo->id, graduated, &error);
        // Refresher 3 begun, one answer given: activity, not yet a refresher taken.
        org.clock().advanceSeconds(60 * 24 * 3600);
        auto third = org.services().refresherSession(*leo, 3, &error);
        QVERIFY2(third && third->open(&error), qPrintable(error));
        QVERIFY2(third->answer(0, third->question(0)->answer, &error), qPrintable(error));
        const Scenario& firstReplay = *catalog.scenario(refreshers.at(0).progress.scenarioId);

        QVector<ReportRow> rows;
        QVERIFY2(CompletionReport(org.services(), databaseKeeper())
                     .run(
                         {}, [&](const ReportRow& row) { rows.append(row); }, &error),
                 qPrintable(error));
        QCOMPARE(rows.size(), 2); // Leo in both courses
        for (const ReportRow& row : rows) {
            QCOMPARE(row.refreshersTaken, 2);
            QCOMPARE(row.refresherScore,
                     (2 + refreshers.at(1).progress.rightCount()) * 100 /
                         (3 + static_cast<int>(refreshers.at(1).progress.questions.size())));
            QCOMPARE(row.refresherResults.size(), 2);
            QVERIFY2(
                row.refresherResults.first().startsWith(QStringLiteral("1: 2/3, %1 %2/")
                                                            .arg(firstReplay.title)
                                                            .arg(*refreshers.at(0).progress.replayTotal)),
                qPrintable(row.refresherResults.first()));
            QCOMPARE(row.checkInsDone, 1);
            QCOMPARE(row.checkInsOverdue, 2); // the second, taken, waits for the coach; the third is due
            QCOMPARE(row.lastActivity, org.clock().now());
        }
        QVector<Csv::Row> parsed;
        QVERIFY2(Csv::parse(ReportCsv::header() + ReportCsv::row(rows.first()), &parsed, &error),
                 qPrintable(error));
        QCOMPARE(parsed.at(0).fields.mid(17),
                 (QStringList{QStringLiteral("refreshers_taken"), QStringLiteral("refresher_score"),
                              QStringLiteral("refresher_results")}));
        QCOMPARE(parsed.at(1).fields.at(17), QStringLiteral("2"));
        QCOMPARE(parsed.at(1).fields.at(18), QString::number(rows.first().refresherScore));
        QCOMPARE(parsed.at(1).fields.at(19), rows.first().refresherResults.join(QStringLiteral("; ")));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
