#include "AppDriver.h"
#include "FileDialog.h"
#include "ReportModel.h"
#include "demo/DemoSeeder.h"
#include "people/Csv.h"
#include "signoff/ChainAudit.h"
#include "signoff/GraduationStatement.h"
#include "print/Poppler.h"
#include "store/SettingsStore.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTabWidget>
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
        seedAndOpenDashboard();
        auto* table = m_app->find<QTableView>(QStringLiteral("dashboardTable"));

        auto* course = m_app->find<QComboBox>(QStringLiteral("dashboardCourse"));
        course->setCurrentIndex(course->findData(QStringLiteral("care-101")));
        QCOMPARE(table->model()->rowCount(), 12);

        // Four of the twelve graduated (the demo deals stages round-robin: two graduates, two
        // whose refreshers are overdue, in every six).
        auto* status = m_app->find<QComboBox>(QStringLiteral("dashboardStatusFilter"));
        status->setCurrentIndex(status->findData(static_cast<int>(ReportRow::Status::Graduated)));
        QCOMPARE(table->model()->rowCount(), 4);
        status->setCurrentIndex(status->findData(static_cast<int>(ReportRow::Status::NotStarted)));
        QCOMPARE(table->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(table->model()->index(row, ReportModel::Lessons).data(Qt::UserRole).toInt(), 0);
        status->setCurrentIndex(0);

        // Nobody was active tomorrow; everyone in the last half year.
        auto* from = m_app->find<QDateEdit>(QStringLiteral("dashboardFrom"));
        from->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(table->model()->rowCount(), 0);
        from->setDate(QDate::currentDate().addDays(-200));
        QCOMPARE(table->model()->rowCount(), 12);
        auto* to = m_app->find<QDateEdit>(QStringLiteral("dashboardTo"));
        to->setDate(QDate::currentDate().addDays(-200));
        QCOMPARE(table->model()->rowCount(), 0);
        to->setDate(to->minimumDate()); // "any" again
        from->setDate(from->minimumDate());
        QCOMPARE(table->model()->rowCount(), 12);

        auto* mentor = m_app->find<QComboBox>(QStringLiteral("dashboardMentor"));
        QCOMPARE(mentor->count(), 3); // all, and the demo's two mentors for twelve learners
        mentor->setCurrentIndex(1);
        QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 12);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, ReportModel::Mentor).data().toString(),
                     mentor->currentText());
        mentor->setCurrentIndex(0);

        auto* location = m_app->find<QComboBox>(QStringLiteral("dashboardLocation"));
        QCOMPARE(location->count(), 3); // all, and the two mentors' sites
        location->setCurrentIndex(2);
        QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 12);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, ReportModel::Location).data().toString(),
                     location->currentText());
        location->setCurrentIndex(0);

        // A double-click opens the person's record in that course; Back returns to the dashboard.
        const QString first = table->model()->index(0, ReportModel::Name).data().toString();
        const QPoint cell = table->visualRect(table->model()->index(0, ReportModel::Name)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell); // a double-click starts with a click
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTRY_COMPARE(m_app->find<QLabel>(QStringLiteral("recordTitle"))->text(), first);
        QVERIFY(m_app->find<QLabel>(QStringLiteral("reviewReflection"))->isVisible());
        m_app->click(QStringLiteral("reviewBackButton"));
        QTRY_VERIFY(table->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), 12); // read again, the course filter kept
        QTRY_VERIFY(m_app->find<QPushButton>(QStringLiteral("exportCsvButton"))->isEnabled()); // once read
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
        auto* statusLine = m_app->find<QLabel>(QStringLiteral("dashboardStatus"));
        QTRY_VERIFY2(statusLine->text().startsWith(QStringLiteral("Exported 12 rows")),
                     qPrintable(statusLine->text()));
        QVERIFY(!m_app->find<QProgressBar>(QStringLiteral("dashboardProgress"))->isVisible());
        QFile csv(csvFile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVector<Csv::Row> rows;
        QString error;
        QVERIFY(Csv::parse(QString::fromUtf8(csv.readAll()), &rows, &error));
        QCOMPARE(rows.size(), 13);

        const QString xapiFile = dir.filePath(QStringLiteral("statements.json"));
        FileDialog::setNextFileName(xapiFile);
        m_app->click(QStringLiteral("exportXapiButton"));
        QTRY_VERIFY2(statusLine->text().startsWith(QStringLiteral("Exported ")),
                     qPrintable(statusLine->text()));
        QFile xapi(xapiFile);
        QVERIFY(xapi.open(QIODevice::ReadOnly));
        const QJsonDocument statements = QJsonDocument::fromJson(xapi.readAll());
        QVERIFY(statements.isArray() && !statements.array().isEmpty());
        // Reports name people: only their owner may read them.
        for (const QString& file : {csvFile, xapiFile})
            QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // The printable report and the graduates' certificates, written in the background too.
        const QString pdfFile = dir.filePath(QStringLiteral("report.pdf"));
        FileDialog::setNextFileName(pdfFile);
        m_app->click(QStringLiteral("exportPdfButton"));
        QTRY_VERIFY2(statusLine->text().startsWith(QStringLiteral("Printed the report")),
                     qPrintable(statusLine->text()));
        QFile pdf(pdfFile);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QString certificates = dir.filePath(QStringLiteral("certificates"));
        QVERIFY(QDir().mkpath(certificates));
        FileDialog::setNextFileName(certificates);
        m_app->click(QStringLiteral("certificatesButton"));
        QTRY_VERIFY2(statusLine->text().startsWith(QStringLiteral("Wrote 4 certificates")),
                     qPrintable(statusLine->text()));
        const QStringList files = QDir(certificates).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(files.size(), 4);
        // Each carries a statement the signed-in manager signed, which checks against the
        // organization's fingerprint without the database.
        const Services services(m_app->db(), m_app->catalog(), Clock::system());
        const QString org = ChainAudit::organizationFingerprint(services, &error);
        const auto manager = services.people.findByName(QStringLiteral("Mona Reyes"), &error);
        QVERIFY2(!org.isEmpty() && manager, qPrintable(error));
        for (const QString& name : files) {
            QFile file(QDir(certificates).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList statements = GraduationStatement::find(file.readAll());
            QCOMPARE(statements.size(), 1);
            const auto content = GraduationStatement::read(statements.first(), &error);
            QVERIFY2(content && GraduationStatement::verify(*content, org, &error), qPrintable(error));
            QCOMPARE(content->signerKey(), manager->publicKey);
        }
    }

    // With a location and Graduated chosen, every export and print is of the rows on screen, and
    // the printed report names the filters.
    void exportsWriteWhatTheTableShows()
    {
        seedAndOpenDashboard();
        auto* table = m_app->find<QTableView>(QStringLiteral("dashboardTable"));
        auto* location = m_app->find<QComboBox>(QStringLiteral("dashboardLocation"));
        location->setCurrentIndex(1);
        auto* status = m_app->find<QComboBox>(QStringLiteral("dashboardStatusFilter"));
        status->setCurrentIndex(status->findData(static_cast<int>(ReportRow::Status::Graduated)));
        const int shown = table->model()->rowCount();
        QVERIFY(shown > 0 && shown < 24);
        QSet<QString> names;
        for (int row = 0; row < shown; ++row)
            names.insert(table->model()->index(row, ReportModel::Name).data().toString());

        QTemporaryDir dir;
        auto* statusLine = m_app->find<QLabel>(QStringLiteral("dashboardStatus"));
        const QString csvFile = dir.filePath(QStringLiteral("report.csv"));
        FileDialog::setNextFileName(csvFile);
        m_app->click(QStringLiteral("exportCsvButton"));
        QTRY_VERIFY2(statusLine->text().startsWith(QStringLiteral("Exported %1 rows").arg(shown)),
                     qPrintable(statusLine->text()));
        QFile csv(csvFile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVector<Csv::Row> rows;
        QString error;
        QVERIFY(Csv::parse(QString::fromUtf8(csv.readAll()), &rows, &error));
        QCOMPARE(rows.size(), shown + 1);
        for (int row = 1; row < rows.size(); ++row) {
            QVERIFY2(names.contains(rows.at(row).fields.at(1)), qPrintable(rows.at(row).fields.at(1)));
            QCOMPARE(rows.at(row).fields.at(4), location->currentText());
        }

        const QString xapiFile = dir.filePath(QStringLiteral("statements.json"));
        FileDialog::setNextFileName(xapiFile);
        m_app->click(QStringLiteral("exportXapiButton"));
        QTRY_VERIFY2(statusLine->text().startsWith(QStringLiteral("Exported ")),
                     qPrintable(statusLine->text()));
        QFile xapi(xapiFile);
        QVERIFY(xapi.open(QIODevice::ReadOnly));
        QSet<QString> actors;
        for (const QJsonValue& statement : QJsonDocument::fromJson(xapi.readAll()).array())
            actors.insert(statement[QStringLiteral("actor")][QStringLiteral("name")].toString());
        QCOMPARE(actors, names);

        const QString pdfFile = dir.filePath(QStringLiteral("report.pdf"));
        FileDialog::setNextFileName(pdfFile);
        m_app->click(QStringLiteral("exportPdfButton"));
        QTRY_VERIFY2(statusLine->text().startsWith(QStringLiteral("Printed the report")),
                     qPrintable(statusLine->text()));
        const QString text = test::pdfText(pdfFile);
        QVERIFY2(text.contains(QStringLiteral("People: %1, graduated").arg(location->currentText())),
                 qPrintable(text));
        for (const QString& name : names)
            QVERIFY2(text.contains(name), qPrintable(name));

        const QString certificates = dir.filePath(QStringLiteral("certificates"));
        QVERIFY(QDir().mkpath(certificates));
        FileDialog::setNextFileName(certificates);
        m_app->click(QStringLiteral("certificatesButton"));
        QTRY_VERIFY2(statusLine->text().startsWith(QStringLiteral("Wrote ")), qPrintable(statusLine->text()));
        QCOMPARE(QDir(certificates).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), names.size());
    }

    void chartsShowWhatTheFiltersShow()
    {
        seedAndOpenDashboard();
        auto* views = m_app->find<QTabWidget>(QStringLiteral("dashboardViews"));
        views->setCurrentIndex(1);
        auto* figures = m_app->find<QLabel>(QStringLiteral("dashboardFigures"));
        QVERIFY2(figures->text().startsWith(QStringLiteral("12 people")), qPrintable(figures->text()));
        QVERIFY2(figures->text().contains(QStringLiteral(" 4 graduates")), qPrintable(figures->text()));
        auto* status = m_app->find<QComboBox>(QStringLiteral("dashboardStatusFilter"));
        status->setCurrentIndex(status->findData(static_cast<int>(ReportRow::Status::Graduated)));
        QVERIFY2(figures->text().startsWith(QStringLiteral("4 people")), qPrintable(figures->text()));
        auto* pillars = m_app->find<QChartView>(QStringLiteral("dashboardPillarChart"));
        QVERIFY(pillars->isVisible());
        const auto bars = pillars->chart()->series();
        QCOMPARE(bars.size(), 1);
        // Graduates completed every lesson: every pillar at 100%.
        const QBarSet* set = qobject_cast<QAbstractBarSeries*>(bars.first())->barSets().first();
        QVERIFY(set->count() > 0);
        for (int i = 0; i < set->count(); ++i)
            QCOMPARE(set->at(i), 100.0);
        // Each bar named as the app names the course ("CARE 101", not its id "CARE-101").
        const auto axes = pillars->chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        const QStringList names = qobject_cast<QBarCategoryAxis*>(axes.first())->categories();
        QVERIFY2(names.contains(QStringLiteral("CARE 101 · Communicate")),
                 qPrintable(names.join(QLatin1Char('|'))));
    }

    void reportSettingsAreCheckedAndUsed()
    {
        seedAndOpenDashboard();
        m_app->find<QTabWidget>(QStringLiteral("dashboardViews"))->setCurrentIndex(2);
        auto* organisation = m_app->find<QLineEdit>(QStringLiteral("organisationName"));
        QCOMPARE(organisation->text(), QStringLiteral("Customer CARE University"));
        organisation->setText(QStringLiteral("Bright Salon Group"));
        m_app->type(QStringLiteral("xapiHomePage"), QStringLiteral("lms dot example"));
        m_app->click(QStringLiteral("saveReportSettings"));
        auto* saved = m_app->find<QLabel>(QStringLiteral("reportSettingsStatus"));
        QVERIFY2(saved->text().contains(QStringLiteral("full web address")), qPrintable(saved->text()));
        QVERIFY(SettingsStore(m_app->db()).value(QStringLiteral("reports/xapi-home-page")).isEmpty());
        m_app->find<QLineEdit>(QStringLiteral("xapiHomePage"))
            ->setText(QStringLiteral("https://lms.example.com"));
        m_app->click(QStringLiteral("saveReportSettings"));
        QCOMPARE(saved->text(), QStringLiteral("Saved."));
        QCOMPARE(SettingsStore(m_app->db()).organisationName(), QStringLiteral("Bright Salon Group"));

        QTemporaryDir dir;
        const QString xapiFile = dir.filePath(QStringLiteral("statements.json"));
        FileDialog::setNextFileName(xapiFile);
        m_app->click(QStringLiteral("exportXapiButton"));
        auto* statusLine = m_app->find<QLabel>(QStringLiteral("dashboardStatus"));
        QTRY_VERIFY2(statusLine->text().startsWith(QStringLiteral("Exported ")),
                     qPrintable(statusLine->text()));
        QFile xapi(xapiFile);
        QVERIFY(xapi.open(QIODevice::ReadOnly));
        const QJsonObject first = QJsonDocument::fromJson(xapi.readAll()).array().first().toObject();
        QCOMPARE(first.value(QStringLiteral("actor"))
                     .toObject()
                     .value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("homePage")),
                 QStringLiteral("https://lms.example.com"));
    }

private:
    // A demo team of twelve learners; the manager signed in, on the dashboard, everyone read.
    void seedAndOpenDashboard()
    {
        m_app->start();
        {
            DemoSeeder::Summary summary;
            QString error;
            QVERIFY2(DemoSeeder(Services(m_app->db(), m_app->catalog(), Clock::system()), 3)
                         .run(12, &summary, &error),
                     qPrintable(error));
        }
        m_app->start(); // the picker now lists the demo team
        m_app->pick(QStringLiteral("Mona Reyes"));
        m_app->signIn(DemoSeeder::password());
        m_app->openTab(QStringLiteral("Dashboard"));
        auto* table = m_app->find<QTableView>(QStringLiteral("dashboardTable"));
        QTRY_COMPARE(table->model()->rowCount(), 24); // 12 learners x 2 courses
        QTRY_VERIFY(m_app->find<QPushButton>(QStringLiteral("exportCsvButton"))->isEnabled());
    }

    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<AppDriver> m_app;
};

QTEST_MAIN(TestDashboardFlow)
#include "tst_dashboardflow.moc"
