#include "DashboardPage.h"

#include "AppServices.h"
#include "FileDialog.h"
#include "Widgets.h"
#include "report/ReportWriter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace careu::ui {

DashboardPage::DashboardPage(AppServices& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_model(new ReportModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setProperty("role", QStringLiteral("page"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 28);
    layout->setSpacing(14);
    layout->addWidget(makeLabel(tr("DASHBOARD"), "eyebrow"));
    layout->addWidget(makeLabel(tr("Where everyone is"), "pageTitle"));

    auto* filters = new QHBoxLayout;
    m_course = new QComboBox(this);
    m_course->setObjectName(QStringLiteral("dashboardCourse"));
    m_course->addItem(tr("All courses"), QString());
    for (const Course& course : m_services.catalog.courses())
        m_course->addItem(course.title, course.id);
    filters->addWidget(m_course);
    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("dashboardMentor"));
    filters->addWidget(m_mentor);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("dashboardName"));
    m_name->setPlaceholderText(tr("Find a name"));
    filters->addWidget(m_name, 1);
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    filters->addWidget(csv);
    auto* xapi = new QPushButton(tr("Export xAPI…"), this);
    xapi->setObjectName(QStringLiteral("exportXapiButton"));
    filters->addWidget(xapi);
    layout->addLayout(filters);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(ReportModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status = makeLabel(QString(), "muted");
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    layout->addWidget(m_status);

    connect(m_course, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_mentor, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_name, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });
    connect(xapi, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("xapi")); });
}

void DashboardPage::refresh()
{
    QString error;
    // The mentor list as stored now, keeping the choice made.
    const QString chosenMentor = m_mentor->currentData().toString();
    {
        const QSignalBlocker quiet(m_mentor);
        m_mentor->clear();
        m_mentor->addItem(tr("All mentors"), QString());
        for (const Person& person : m_services.people.active(&error)) {
            if (person.roles.contains(Role::Mentor))
                m_mentor->addItem(person.name, person.name);
        }
        m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(chosenMentor)));
    }
    CompletionReport::Filter filter;
    filter.courseId = m_course->currentData().toString();
    const QString mentor = m_mentor->currentData().toString();
    QVector<ReportRow> rows;
    const bool ok = CompletionReport(m_services.db, m_services.catalog)
                        .run(
                            filter,
                            [&rows, &mentor](const ReportRow& row) {
                                if (mentor.isEmpty() || row.mentor == mentor)
                                    rows.append(row);
                            },
                            &error);
    m_model->setRows(rows);
    m_status->setText(
        ok ? tr("%1 rows: one per person per course. Click a column title to sort.").arg(rows.size())
           : tr("The report could not be read: %1").arg(error));
}

void DashboardPage::exportAs(const QString& format)
{
    const bool xapi = format == QLatin1String("xapi");
    const QString fileName = FileDialog::saveFileName(
        this, xapi ? tr("Export xAPI statements") : tr("Export the completion report"),
        xapi ? QStringLiteral("careu-statements.json") : QStringLiteral("careu-report.csv"),
        xapi ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (fileName.isEmpty())
        return;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_status->setText(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
        return;
    }
    QTextStream out(&file);
    CompletionReport::Filter filter;
    filter.courseId = m_course->currentData().toString();
    // The Learning Record Store's address for accounts: the setting reports/xapi-home-page.
    const QString homePage = m_services.settings.value(QStringLiteral("reports/xapi-home-page"));
    QString error;
    const int written =
        ReportWriter(m_services.db, m_services.catalog,
                     homePage.isEmpty() ? QStringLiteral("https://careu.example") : homePage)
            .write(xapi ? ReportWriter::Format::Xapi : ReportWriter::Format::Csv, filter, out, &error);
    const bool ok = written >= 0;
    if (!ok || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        m_status->setText(
            tr("The export was not written: %1").arg(error.isEmpty() ? file.errorString() : error));
        return;
    }
    m_status->setText(
        tr("Exported %1 to %2.")
            .arg(xapi ? tr("%1 statements").arg(written) : tr("%1 rows").arg(written), fileName));
}

} // namespace careu::ui
