#include "Services.h"
#include "TestDatabase.h"
#include "TestOrg.h"
#include "report/ReportWriter.h"
#include "report/XapiExport.h"
#include "signoff/Certificates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace careu;

Q_DECLARE_METATYPE(CompletionReport::Filter)

// The report's filter, which the dashboard shows and every export writes: each criterion on
// its own, and the rows, CSV lines, xAPI statements and certificates it keeps of a real team.
class TestReportFilter : public QObject
{
    Q_OBJECT

private:
    static ReportRow row()
    {
        ReportRow row;
        row.name = QStringLiteral("Ana Lopez");
        row.location = QStringLiteral("Harbour Street");
        row.mentor = QStringLiteral("Maria Gomez");
        row.courseId = QStringLiteral("care-101");
        row.lessonsTotal = 5;
        row.lessonsCompleted = 5;
        row.courseSignedOff = row.graduated = QDateTime(QDate(2026, 11, 2), QTime(9, 0));
        row.lastActivity = QDateTime(QDate(2026, 11, 10), QTime(12, 0)); // local time, as the filter reads it
        return row;
    }

    // Every person's uid a set of statements is about.
    static QSet<QString> actors(const QString& json)
    {
        QSet<QString> uids;
        for (const QJsonValue& statement : QJsonDocument::fromJson(json.toUtf8()).array())
            uids.insert(statement[QStringLiteral("actor")][QStringLiteral("account")][QStringLiteral("name")]
                            .toString());
        return uids;
    }

private slots:
    void keeps_data()
    {
        QTest::addColumn<CompletionReport::Filter>("filter");
        QTest::addColumn<bool>("kept");
        using F = CompletionReport::Filter;
        const auto with = [](const std::function<void(F&)>& set) {
            F filter;
            set(filter);
            return filter;
        };
        QTest::addRow("nothing chosen") << F() << true;
        QTest::addRow("its course") << with([](F& f) { f.courseId = QStringLiteral("care-101"); }) << true;
        QTest::addRow("another course")
            << with([](F& f) { f.courseId = QStringLiteral("care-102"); }) << false;
        QTest::addRow("its location")
            << with([](F& f) { f.location = QStringLiteral("Harbour Street"); }) << true;
        QTest::addRow("another location")
            << with([](F& f) { f.location = QStringLiteral("Market Square"); }) << false;
        QTest::addRow("its mentor") << with([](F& f) { f.mentor = QStringLiteral("Maria Gomez"); }) << true;
        QTest::addRow("another mentor") << with([](F& f) { f.mentor = QStringLiteral("Sam Lee"); }) << false;
        QTest::addRow("graduated") << with([](F& f) { f.status = ReportRow::Status::Graduated; }) << true;
        QTest::addRow("not started") << with([](F& f) { f.status = ReportRow::Status::NotStarted; }) << false;
        QTest::addRow("part of the name, any case")
            << with([](F& f) { f.name = QStringLiteral("lop"); }) << true;
        QTest::addRow("another name") << with([](F& f) { f.name = QStringLiteral("Ben"); }) << false;
        QTest::addRow("active on the first day")
            << with([](F& f) { f.activeFrom = QDate(2026, 11, 10); }) << true;
        QTest::addRow("active before the first day")
            << with([](F& f) { f.activeFrom = QDate(2026, 11, 11); }) << false;
        QTest::addRow("active on the last day")
            << with([](F& f) { f.activeTo = QDate(2026, 11, 10); }) << true;
        QTest::addRow("active after the last day")
            << with([](F& f) { f.activeTo = QDate(2026, 11, 9); }) << false;
        QTest::addRow("all of them at once") << with([](F& f) {
            f.courseId = QStringLiteral("care-101");
            f.location = QStringLiteral("Harbour Street");
            f.mentor = QStringLiteral("Maria Gomez");
            f.status = ReportRow::Status::Graduated;
            f.name = QStringLiteral("ana");
            f.activeFrom = QDate(2026, 11, 1);
            f.activeTo = QDate(2026, 11, 30);
        }) << true;
    }

    void keeps()
    {
        QFETCH(CompletionReport::Filter, filter);
        QFETCH(bool, kept);
        QCOMPARE(filter.keeps(row()), kept);
    }

    void neverActiveIsOutsideAnyDates()
    {
        ReportRow never = row();
        never.lastActivity = QDateTime();
        CompletionReport::Filter filter;
        QVERIFY(filter.keeps(never));
        filter.activeTo = QDate(2030, 1, 1);
        QVERIFY(!filter.keeps(never));
    }

    // Harbour Street + Graduated: the report, the CSV, the xAPI statements and the certificates
    // are all about Ana only, though Ben works there too and Cara graduated elsewhere.
    void everyExportKeepsTheSamePeople()
    {
        const Catalog catalog = Catalog::load();
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error), qPrintable(error));
        test::TestOrg org(db, catalog, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
        const auto maria = org.mentor(QStringLiteral("Maria Gomez"), &error);
        QVERIFY2(maria, qPrintable(error));
        const QString harbour = QStringLiteral("Harbour Street");
        const auto ana = org.learner(QStringLiteral("Ana Lopez"), *maria, &error, harbour);
        const auto ben = org.learner(QStringLiteral("Ben Ortiz"), *maria, &error, harbour);
        const auto cara =
            org.learner(QStringLiteral("Cara Wu"), *maria, &error, QStringLiteral("Market Square"));
        QVERIFY2(ana && ben && cara, qPrintable(error));
        QVERIFY2(org.graduate(*ana, *maria, &error), qPrintable(error));
        QVERIFY2(org.graduate(*cara, *maria, &error), qPrintable(error));
        QVERIFY(org.completeLesson(*ben, QStringLiteral("care-101"), 0, false, &error));

        CompletionReport::Filter filter;
        filter.location = harbour;
        filter.status = ReportRow::Status::Graduated;
        const Services& services = org.services();
        QVector<ReportRow> rows;
        QVERIFY2(CompletionReport(services, databaseKeeper()).run(
                     filter, [&rows](const ReportRow& row) { rows.append(row); }, &error),
                 qPrintable(error));
        QCOMPARE(rows.size(), catalog.courses().size());
        for (const ReportRow& row : rows)
            QCOMPARE(row.name, ana->name);

        QString csv;
        QTextStream csvOut(&csv);
        QCOMPARE(ReportWriter(services, databaseKeeper(), XapiExport::defaultHomePage())
                     .write(ReportWriter::Format::Csv, filter, csvOut, &error),
                 rows.size());
        QCOMPARE(csv.count(QStringLiteral("Ana Lopez")), rows.size());
        QVERIFY(!csv.contains(QStringLiteral("Ben Ortiz")) && !csv.contains(QStringLiteral("Cara Wu")));

        QString xapi;
        QTextStream xapiOut(&xapi);
        QVERIFY(ReportWriter(services, databaseKeeper(), XapiExport::defaultHomePage())
                    .write(ReportWriter::Format::Xapi, filter, xapiOut, &error) > 0);
        QCOMPARE(actors(xapi), QSet<QString>({ana->uid}));
        // Without the status, Ben's statements are in too; Cara's never, she works elsewhere.
        filter.status.reset();
        xapi.clear();
        QVERIFY(ReportWriter(services, databaseKeeper(), XapiExport::defaultHomePage())
                    .write(ReportWriter::Format::Xapi, filter, xapiOut, &error) > 0);
        QCOMPARE(actors(xapi), QSet<QString>({ana->uid, ben->uid}));

        QStringList certified;
        const auto take = [&certified](const Certificate& certificate, QString*) {
            certified.append(certificate.name);
            return true;
        };
        QVERIFY2(Certificates(org.services()).each({filter, databaseKeeper()}, take, {}, &error), qPrintable(error));
        QCOMPARE(certified, QStringList({ana->name}));
        certified.clear();
        QVERIFY2(Certificates(org.services()).each({CompletionReport::Filter(), databaseKeeper()}, take, {}, &error),
                 qPrintable(error));
        QCOMPARE(certified, QStringList({ana->name, cara->name}));
    }

    // xAPI keeps the statements made between the dates, not only the people active then.
    void xapiKeepsTheStatementsBetweenTheDates()
    {
        const Catalog catalog = Catalog::load();
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error), qPrintable(error));
        test::TestOrg org(db, catalog, QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC));
        const auto maria = org.mentor(QStringLiteral("Maria Gomez"), &error);
        const auto ana = org.learner(QStringLiteral("Ana Lopez"), *maria, &error);
        QVERIFY2(ana, qPrintable(error));
        QVERIFY(org.completeLesson(*ana, QStringLiteral("care-101"), 0, false, &error));
        org.clock().set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
        QVERIFY(org.completeLesson(*ana, QStringLiteral("care-101"), 1, false, &error));

        CompletionReport::Filter filter;
        QVector<QDate> days;
        const auto collect = [&days](const QJsonObject& statement) {
            days.append(
                QDateTime::fromString(statement[QStringLiteral("timestamp")].toString(), Qt::ISODateWithMs)
                    .toLocalTime()
                    .date());
        };
        QVERIFY2(XapiExport(org.services(), databaseKeeper(), XapiExport::defaultHomePage()).run(filter, collect, &error),
                 qPrintable(error));
        QCOMPARE(days.size(), 4); // two Checks passed, two lessons completed
        filter.activeFrom = QDate(2026, 11, 10);
        days.clear();
        QVERIFY2(XapiExport(org.services(), databaseKeeper(), XapiExport::defaultHomePage()).run(filter, collect, &error),
                 qPrintable(error));
        QCOMPARE(days.size(), 2);
        for (const QDate& day : days)
            QVERIFY(day >= filter.activeFrom);
    }
};

QTEST_GUILESS_MAIN(TestReportFilter)
#include "tst_reportfilter.moc"
