#include "DashboardPage.h"

#include "AppServices.h"
#include "BackgroundJob.h"
#include "ColumnFitter.h"
#include "ComboBox.h"
#include "DateField.h"
#include "FileDialog.h"
#include "PdfPrinter.h"
#include "PrivateFile.h"
#include "ReportCharts.h"
#include "ReportPdf.h"
#include "Widgets.h"
#include "report/ReportSummary.h"
#include "report/ReportWriter.h"
#include "report/XapiExport.h"
#include "store/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QProgressBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace careu::ui {

namespace {
// A date field whose earliest date reads "any", for an open end of the range.
QDateEdit* makeOpenDateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new DateField(objectName, parent);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(DashboardPage::tr("any"));
    edit->setDate(edit->minimumDate());
    // Room for "any" (or "cualquiera") and for a date, with the style's padding and the arrow.
    const QFontMetrics metrics = edit->fontMetrics();
    const QString longDate = QLocale().toString(QDate(2026, 12, 28), edit->displayFormat());
    edit->setMinimumWidth(
        std::max(metrics.horizontalAdvance(edit->specialValueText()), metrics.horizontalAdvance(longDate)) +
        48);
    return edit;
}

QDate openDate(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}
} // namespace

DashboardPage::DashboardPage(AppServices& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_model(new ReportModel(this)), m_filter(new ReportFilter(this))
{
    setProperty("role", QStringLiteral("page"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 28);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("DASHBOARD"), "eyebrow"));
    layout->addWidget(makeLabel(tr("Where everyone is"), "pageTitle"));

    auto* filters = new QHBoxLayout;
    m_course = new ComboBox(QStringLiteral("dashboardCourse"), this);
    m_course->addItem(tr("All courses"), QString());
    for (const Course& course : m_services.catalog.courses())
        m_course->addItem(course.title, course.id);
    filters->addWidget(m_course);
    m_location = new ComboBox(QStringLiteral("dashboardLocation"), this);
    m_location->addItem(tr("All locations"), QString());
    filters->addWidget(m_location);
    m_mentor = new ComboBox(QStringLiteral("dashboardMentor"), this);
    m_mentor->addItem(tr("All mentors"), QString());
    filters->addWidget(m_mentor);
    m_status = new ComboBox(QStringLiteral("dashboardStatusFilter"), this);
    m_status->addItem(tr("Anyone"), -1);
    for (ReportRow::Status status :
         {ReportRow::Status::NotStarted, ReportRow::Status::InProgress, ReportRow::Status::SignedOff,
          ReportRow::Status::Graduated, ReportRow::Status::CheckInOverdue})
        m_status->addItem(CompletionReport::statusName(status), static_cast<int>(status));
    filters->addWidget(m_status);
    filters->addWidget(makeLabel(tr("Active from"), "muted"));
    m_from = makeOpenDateEdit(QStringLiteral("dashboardFrom"), this);
    m_from->setAccessibleName(tr("Active from"));
    filters->addWidget(m_from);
    filters->addWidget(makeLabel(tr("to"), "muted"));
    m_to = makeOpenDateEdit(QStringLiteral("dashboardTo"), this);
    m_to->setAccessibleName(tr("Active until"));
    filters->addWidget(m_to);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto* actions = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("dashboardName"));
    m_name->setPlaceholderText(tr("Find a name"));
    m_name->setAccessibleName(m_name->placeholderText());
    m_name->setClearButtonEnabled(true);
    actions->addWidget(m_name, 1);
    const auto exportButton = [&](const QString& text, const char* objectName, const QString& tip,
                                  const std::function<void()>& action) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(objectName));
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, action);
        actions->addWidget(button);
        m_exports.append(button);
    };
    const QString who = tr("The rows the table shows, as the filters above choose them");
    exportButton(tr("Export CSV…"), "exportCsvButton", who, [this] { exportAs(QStringLiteral("csv")); });
    exportButton(tr("Export for a learning record store (xAPI)…"), "exportXapiButton", who,
                 [this] { exportAs(QStringLiteral("xapi")); });
    exportButton(tr("Print PDF…"), "exportPdfButton", who + tr(", as a report to print"),
                 [this] { exportPdf(); });
    exportButton(tr("Certificates…"), "certificatesButton",
                 tr("A PDF certificate of graduation for every graduate the table shows, into a folder"),
                 [this] { exportCertificates(); });
    layout->addLayout(actions);

    m_filter->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setAccessibleName(tr("Everyone's progress, a row per person and course"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move in it
    m_table->setToolTip(tr("Double-click a person to see their record"));
    m_table->verticalHeader()->hide();
    new ColumnFitter(m_table);
    m_charts = new ReportCharts(this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("dashboardViews"));
    m_views->setAccessibleName(tr("Dashboard views"));
    m_views->addTab(m_table, tr("People"));
    m_views->addTab(m_charts, tr("Charts"));
    m_views->addTab(settingsTab(), tr("Report settings"));
    layout->addWidget(m_views, 1);

    auto* footer = new QHBoxLayout;
    m_statusLine = makeLabel(QString(), "muted");
    m_statusLine->setObjectName(QStringLiteral("dashboardStatus"));
    footer->addWidget(m_statusLine, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    footer->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("dashboardCancel"));
    m_cancel->hide();
    footer->addWidget(m_cancel);
    layout->addLayout(footer);

    for (QComboBox* combo : {m_course, m_location, m_mentor, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardPage::applyFilters);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::applyFilters);
    connect(m_name, &QLineEdit::textChanged, this, &DashboardPage::applyFilters);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (BackgroundJob* job : {m_load, m_export}) {
            if (job)
                job->cancel();
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (source.isValid() && source.row() < m_model->rows().size()) {
            const ReportRow& row = m_model->rows().at(source.row());
            emit personRequested(row.personId, row.courseId);
        }
    });
}

DashboardPage::~DashboardPage() = default; // the jobs, children, cancel and wait for their threads

void DashboardPage::run(BackgroundJob* job, const QString& what)
{
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_progress->show();
    m_cancel->show();
    for (QPushButton* button : m_exports)
        button->setEnabled(false);
    m_statusLine->setText(what);
    connect(job, &BackgroundJob::progressed, m_progress, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    job->start();
}

QWidget* DashboardPage::settingsTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 16, 4, 4);
    auto* organisationLabel =
        makeLabel(tr("Your organization's name, printed on reports and certificates"), "muted", tab);
    layout->addWidget(organisationLabel);
    m_organisation = new QLineEdit(tab);
    m_organisation->setObjectName(QStringLiteral("organisationName"));
    organisationLabel->setBuddy(m_organisation);
    layout->addWidget(m_organisation);
    auto* homePageLabel = makeLabel(tr("The xAPI home page: the address of your Learning Record Store's "
                                       "accounts (people appear there by their stable id)"),
                                    "muted", tab);
    layout->addWidget(homePageLabel);
    m_homePage = new QLineEdit(tab);
    homePageLabel->setBuddy(m_homePage);
    m_homePage->setObjectName(QStringLiteral("xapiHomePage"));
    m_homePage->setPlaceholderText(XapiExport::defaultHomePage());
    layout->addWidget(m_homePage);
    auto* save = makePrimaryButton(tr("Save"), tab);
    save->setObjectName(QStringLiteral("saveReportSettings"));
    connect(save, &QPushButton::clicked, this, &DashboardPage::saveSettings);
    for (QLineEdit* field : {m_organisation, m_homePage})
        connect(field, &QLineEdit::returnPressed, save, &QPushButton::click);
    layout->addWidget(save, 0, Qt::AlignLeft);
    m_settingsStatus = makeLabel(QString(), "muted", tab);
    m_settingsStatus->setObjectName(QStringLiteral("reportSettingsStatus"));
    layout->addWidget(m_settingsStatus);
    layout->addStretch(1);
    m_organisation->setText(m_services.settings.organisationName());
    m_homePage->setText(m_services.settings.value(XapiExport::homePageSetting()));
    return tab;
}

void DashboardPage::saveSettings()
{
    const QString organisation = m_organisation->text().simplified();
    const QString homePage = m_homePage->text().trimmed();
    QString error;
    if (organisation.isEmpty())
        error = tr("Give your organization's name.");
    else if (!homePage.isEmpty())
        XapiExport::isHomePage(homePage, &error);
    if (error.isEmpty())
        m_services.settings.setValue(SettingsStore::organisationNameKey(), organisation, &error) &&
            m_services.settings.setValue(XapiExport::homePageSetting(), homePage, &error);
    m_settingsStatus->setText(error.isEmpty() ? tr("Saved.") : error);
    m_settingsStatus->setProperty("role",
                                  error.isEmpty() ? QStringLiteral("muted") : QStringLiteral("error"));
    repolish(m_settingsStatus);
}

void DashboardPage::stopped()
{
    m_progress->hide();
    m_cancel->hide();
    for (QPushButton* button : m_exports)
        button->setEnabled(true);
}

void DashboardPage::refresh()
{
    if (m_load)
        m_load->cancel();
    delete m_load; // waits for a load still running
    auto rows = std::make_shared<QVector<ReportRow>>();
    m_load = new BackgroundJob(
        m_services.db.path(), m_services.catalog, m_services.clock,
        [rows, reader = m_manager](Services& services, const std::function<bool(int, int)>& progress,
                                   QString* error) {
            return CompletionReport(services, reader).run(
                {}, [&rows](const ReportRow& row) { rows->append(row); }, error, progress);
        },
        this);
    connect(m_load, &BackgroundJob::finished, this,
            [this, rows](bool ok, const QString& error, bool cancelled) {
                stopped();
                if (!ok) {
                    m_statusLine->setText(cancelled ? tr("Stopped; the table shows the report read before.")
                                                    : tr("The report could not be read: %1").arg(error));
                    return;
                }
                m_model->setRows(std::move(*rows));
                showChoices();
                applyFilters();
            });
    run(m_load, tr("Reading the report…"));
}

namespace {
// Refills a filter's choices with the values found, sorted, after its "all" entry; keeps the choice.
void fillChoices(QComboBox* combo, QStringList values)
{
    const QString chosen = combo->currentData().toString();
    values.removeAll(QString());
    values.removeDuplicates();
    values.sort(Qt::CaseInsensitive);
    const QSignalBlocker quiet(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString& value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}
} // namespace

void DashboardPage::showChoices()
{
    QStringList locations;
    QStringList mentors;
    for (const ReportRow& row : m_model->rows()) {
        locations.append(row.location);
        mentors.append(row.mentor);
    }
    fillChoices(m_location, locations);
    fillChoices(m_mentor, mentors);
}

void DashboardPage::applyFilters()
{
    CompletionReport::Filter filter;
    filter.courseId = m_course->currentData().toString();
    filter.location = m_location->currentData().toString();
    filter.mentor = m_mentor->currentData().toString();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = static_cast<ReportRow::Status>(status);
    filter.activeFrom = openDate(m_from);
    filter.activeTo = openDate(m_to);
    filter.name = m_name->text().trimmed();
    m_filter->setFilter(filter);
    ReportSummary summary(m_services.catalog);
    for (int row = 0; row < m_filter->rowCount(); ++row)
        summary.add(m_model->rows().at(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    m_charts->show(summary);
    m_statusLine->setText(tr("%1 of %n rows (one per person per course). Click a column title to sort; "
                             "double-click a person to see their record.",
                             "", m_model->rowCount())
                              .arg(m_filter->rowCount()));
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
    const CompletionReport::Filter filter = m_filter->filter();
    const Actor reader = m_manager; // a copy: the export runs on a thread of its own
    const QString setting = m_services.settings.value(XapiExport::homePageSetting());
    const QString homePage = setting.isEmpty() ? XapiExport::defaultHomePage() : setting;
    startExport(
        fileName,
        [=](Services& services, const CompletionReport::Progress& progress, int* written, QString* error) {
            return writePrivateFile(
                fileName,
                [&](QIODevice* device, QString* writeError) {
                    QTextStream out(device);
                    *written = ReportWriter(services, reader, homePage)
                                   .write(xapi ? ReportWriter::Format::Xapi : ReportWriter::Format::Csv,
                                          filter, out, writeError, progress);
                    return *written >= 0;
                },
                error);
        },
        [=](int written) {
            return tr("Exported %1 to %2.")
                .arg(xapi ? tr("%n statements", "", written) : tr("%n rows", "", written), fileName);
        });
}

void DashboardPage::exportPdf()
{
    const QString fileName = FileDialog::saveFileName(this, tr("Print the completion report as a PDF"),
                                                      QStringLiteral("careu-report.pdf"), tr("PDF (*.pdf)"));
    if (fileName.isEmpty())
        return;
    const CompletionReport::Filter filter = m_filter->filter();
    const Actor reader = m_manager; // a copy: the export runs on a thread of its own
    startExport(
        fileName,
        [=](Services& services, const CompletionReport::Progress& progress, int*, QString* error) {
            return writePrivateFile(
                fileName,
                [&](QIODevice* device, QString* writeError) {
                    return print::ReportPdf(services, reader).write(filter, device, writeError, progress);
                },
                error);
        },
        [=](int) { return tr("Printed the report to %1.").arg(fileName); });
}

void DashboardPage::exportCertificates()
{
    const QString folder = FileDialog::folder(this, tr("A folder for the certificates"));
    if (folder.isEmpty())
        return;
    const CompletionReport::Filter filter = m_filter->filter();
    const Actor reader = m_manager; // a copy: the export runs on a thread of its own
    // The key stays open (in the app's Accounts) while the manager is signed in; signing out
    // closes the dashboard first, which cancels the export and waits for it.
    QString closed;
    const SigningKey* issuer = m_services.accounts.signer(m_manager.id, &closed);
    startExport(
        folder,
        [=](Services& services, const CompletionReport::Progress& progress, int* written, QString* error) {
            if (!issuer) {
                *error = closed;
                return false;
            }
            std::atomic_bool cancelled{false};
            *written = print::writeCertificates(
                services, folder, {filter, reader}, *issuer,
                [&](int done, int total) {
                    cancelled = !progress(done, total);
                    return !cancelled;
                },
                &cancelled, error);
            return *written >= 0;
        },
        [=](int written) { return tr("Wrote %n certificate(s) into %1.", "", written).arg(folder); });
}

void DashboardPage::startExport(
    const QString& target,
    const std::function<bool(Services&, const CompletionReport::Progress&, int*, QString*)>& work,
    const std::function<QString(int)>& done)
{
    auto written = std::make_shared<int>(0);
    delete m_export;
    m_export = new BackgroundJob(
        m_services.db.path(), m_services.catalog, m_services.clock,
        [work, written](Services& services, const std::function<bool(int, int)>& progress, QString* error) {
            return work(services, progress, written.get(), error);
        },
        this);
    connect(m_export, &BackgroundJob::finished, this,
            [this, target, written, done](bool ok, const QString& error, bool cancelled) {
                stopped();
                if (cancelled)
                    m_statusLine->setText(
                        tr("Stopped before the end; nothing half-written was left behind."));
                else if (!ok)
                    m_statusLine->setText(tr("Nothing was written to %1: %2").arg(target, error));
                else
                    m_statusLine->setText(done(*written));
            });
    run(m_export, tr("Writing %1…").arg(target));
}

} // namespace careu::ui
