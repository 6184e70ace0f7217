#include "AppDriver.h"
#include "FileDialog.h"
#include "ReportModel.h"
#include "demo/DemoSeeder.h"
#include "people/Csv.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

using namespace careu;
using namespace careu::ui;

// The manager's dashboard on a demo team: filter, sort, export both formats from the app.
class TestDashboardFlow : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_app = std::make_unique<AppDriver>(m_clock); }
    void cleanup() { m_app.reset(); }

    void theModelIsAWellBehavedModel()
    {
        ReportModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReportRow row;
        row.name = QStringLiteral("Ana");
        row.averageCheckScore = 75;
        model.setRows({row, row});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, ReportModel::CheckScore)).toString(), QStringLiteral("75%"));
        QCOMPARE(model.data(model.index(0, ReportModel::CheckScore), Qt::UserRole).toInt(), 75);
    }

    void filterSortAndExport()
    {
        m_app->start();
        {
            DemoSeeder::Summary summary;
            QString error;
            QVERIFY2(DemoSeeder(m_app->db(), m_app->catalog(), 3).run(12, &summary, &error),
                     qPrintable(error));
        }
        m_app->start(); // the picker now lists the demo team
        m_app->pick(QStringLiteral("Mona Reyes"));
        m_app->signIn(DemoSeeder::password());
        m_app->openTab(QStringLiteral("Dashboard"));
        auto* table = m_app->find<QTableView>(QStringLiteral("dashboardTable"));
        QTRY_COMPARE(table->model()->rowCount(), 24); // 12 learners x 2 courses

        auto* course = m_app->find<QComboBox>(QStringLiteral("dashboardCourse"));
        course->setCurrentIndex(course->findData(QStringLiteral("care-101")));
        QCOMPARE(table->model()->rowCount(), 12);
        const QString someone = table->model()->index(3, ReportModel::Name).data().toString();
        m_app->type(QStringLiteral("dashboardName"), someone);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ReportModel::Name).data().toString(), someone);
        m_app->find<QLineEdit>(QStringLiteral("dashboardName"))->clear();

        // Sorting by lessons completed, most first, as a click on its title would.
        table->sortByColumn(ReportModel::Lessons, Qt::DescendingOrder);
        const int top = table->model()->index(0, ReportModel::Lessons).data(Qt::UserRole).toInt();
        const int bottom = table->model()->index(11, ReportModel::Lessons).data(Qt::UserRole).toInt();
        QVERIFY(top >= bottom);
        QCOMPARE(top, 5);

        QTemporaryDir dir;
        const QString csvFile = dir.filePath(QStringLiteral("report.csv"));
        FileDialog::setNextFileName(csvFile);
        m_app->click(QStringLiteral("exportCsvButton"));
        QVERIFY2(m_app->find<QLabel>(QStringLiteral("dashboardStatus"))
                     ->text()
                     .startsWith(QStringLiteral("Exported 12 rows")),
                 qPrintable(m_app->find<QLabel>(QStringLiteral("dashboardStatus"))->text()));
        QFile csv(csvFile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVector<Csv::Row> rows;
        QString error;
        QVERIFY(Csv::parse(QString::fromUtf8(csv.readAll()), &rows, &error));
        QCOMPARE(rows.size(), 13);

        const QString xapiFile = dir.filePath(QStringLiteral("statements.json"));
        FileDialog::setNextFileName(xapiFile);
        m_app->click(QStringLiteral("exportXapiButton"));
        QFile xapi(xapiFile);
        QVERIFY(xapi.open(QIODevice::ReadOnly));
        const QJsonDocument statements = QJsonDocument::fromJson(xapi.readAll());
        QVERIFY(statements.isArray() && !statements.array().isEmpty());
        // Reports name people: only their owner may read them.
        for (const QString& file : {csvFile, xapiFile})
            QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

private:
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<AppDriver> m_app;
};

QTEST_MAIN(TestDashboardFlow)
#include "tst_dashboardflow.moc"
