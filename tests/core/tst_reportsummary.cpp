#include "Services.h"
#include "TestDatabase.h"
#include "TestOrg.h"
#include "report/ReportSummary.h"

#include <QtTest>

using namespace careu;

// The report's figures and chart series, against totals worked out by hand for a small team.
class TestReportSummary : public QObject
{
    Q_OBJECT

private:
    ReportSummary summarise(const CompletionReport::Filter& filter = {})
    {
        ReportSummary summary(m_catalog);
        QString error;
        if (!CompletionReport(*m_services, databaseKeeper())
                 .run(
                     filter, [&](const ReportRow& row) { summary.add(row); }, &error))
            qWarning() << error;
        return summary;
    }

private slots:
    void initTestCase()
    {
        m_catalog = Catalog::load();
        m_db.emplace();
        QString error;
        QVERIFY(m_db->open(test::newDatabase(m_dir, QStringLiteral("careu.sqlite")), &error));
        m_services.emplace(*m_db, m_catalog, Clock::system());
        // Ana completes two CARE 101 lessons in June 2025 (first try 100% and 75%: 87 for the row);
        // Ben one in August, and Gia graduates in August: every lesson of both courses, 100%.
        test::TestOrg org(*m_db, m_catalog, QDateTime(QDate(2025, 6, 10), QTime(9, 0), Qt::UTC));
        const auto mentor = org.mentor(QStringLiteral("Maria"), &error);
        QVERIFY2(mentor, qPrintable(error));
        const auto ana = org.learner(QStringLiteral("Ana"), *mentor, &error);
        const auto ben = org.learner(QStringLiteral("Ben"), *mentor, &error);
        const auto gia = org.learner(QStringLiteral("Gia"), *mentor, &error);
        QVERIFY2(ana && ben && gia, qPrintable(error));
        QVERIFY2(org.completeLesson(*ana, QStringLiteral("care-101"), 0, false, &error), qPrintable(error));
        QVERIFY(org.completeLesson(*ana, QStringLiteral("care-101"), 1, true, &error));
        org.clock().set(QDateTime(QDate(2025, 8, 20), QTime(9, 0), Qt::UTC));
        QVERIFY(org.completeLesson(*ben, QStringLiteral("care-101"), 0, false, &error));
        QVERIFY2(org.graduate(*gia, *mentor, &error), qPrintable(error));
    }

    void figuresOfTheWholeReport()
    {
        const ReportSummary summary = summarise();
        QCOMPARE(summary.people(), 3); // Maria mentors and coaches; she is not a learner
        QCOMPARE(summary.rows(), 6);
        QCOMPARE(summary.lessonsTotal(), 30);
        QCOMPARE(summary.lessonsCompleted(), 2 + 1 + 10);
        QCOMPARE(summary.graduates(), 1);
        QCOMPARE(summary.averageCheckScore(), (87 * 2 + 100 * 1 + 100 * 10) / 13); // 98
        QCOMPARE(summary.practicesSignedOff(), 10);
        // Gia's three refreshers (7, 30 and 90 days after August 2025) are all due by now, and
        // count once although both of her rows carry them.
        QCOMPARE(summary.checkInsDone(), 0);
        QCOMPARE(summary.checkInsOverdue(), 3);
    }

    void completionByPillar()
    {
        const QVector<PillarCompletion> pillars = summarise().pillars();
        QCOMPARE(pillars.size(), 8); // four per course; the opening lessons have no pillar
        QCOMPARE(pillars.at(0).courseId, QStringLiteral("care-101"));
        QCOMPARE(pillars.at(0).pillarTitle, QStringLiteral("Communicate"));
        QCOMPARE(pillars.at(0).completed, 2); // Ana's second lesson and Gia's
        QCOMPARE(pillars.at(0).total, 3);
        QCOMPARE(pillars.at(0).percent(), 66);
        for (int i = 1; i < pillars.size(); ++i) {
            QCOMPARE(pillars.at(i).completed, 1); // Gia's alone
            QCOMPARE(pillars.at(i).total, 3);
        }
        QCOMPARE(pillars.at(4).courseId, QStringLiteral("care-102"));
        QCOMPARE(pillars.at(5).pillarTitle, QStringLiteral("Acknowledge"));
    }

    void lessonsCompletedPerMonth()
    {
        const QVector<MonthCount> months = summarise().months();
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(0).month, QDate(2025, 6, 1));
        QCOMPARE(months.at(0).lessons, 2);
        QCOMPARE(months.at(1).month, QDate(2025, 7, 1));
        QCOMPARE(months.at(1).lessons, 0);
        QCOMPARE(months.at(2).month, QDate(2025, 8, 1));
        QCOMPARE(months.at(2).lessons, 11);
    }

    void oneCourse()
    {
        CompletionReport::Filter filter;
        filter.courseId = QStringLiteral("care-102");
        const ReportSummary summary = summarise(filter);
        QCOMPARE(summary.people(), 3);
        QCOMPARE(summary.rows(), 3);
        QCOMPARE(summary.lessonsCompleted(), 5);
        QCOMPARE(summary.lessonsTotal(), 15);
        QCOMPARE(summary.graduates(), 1);
        QCOMPARE(summary.averageCheckScore(), 100);
        QCOMPARE(summary.practicesSignedOff(), 5);
        QCOMPARE(summary.checkInsOverdue(), 3);
        QCOMPARE(summary.pillars().size(), 4);
    }

    void nothingToSummarise()
    {
        const ReportSummary summary(m_catalog);
        QCOMPARE(summary.people(), 0);
        QCOMPARE(summary.averageCheckScore(), -1);
        QVERIFY(summary.pillars().isEmpty());
        QVERIFY(summary.months().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
    std::optional<Database> m_db;
    std::optional<Services> m_services;
};

QTEST_GUILESS_MAIN(TestReportSummary)
#include "tst_reportsummary.moc"
