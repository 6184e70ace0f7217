#pragma once

#include "ReportModel.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace careu::ui {

struct AppServices;
class BackgroundJob;
class ReportCharts;

// The manager's view of the team: one row per person per course, filtered by course, mentor,
// status, dates of latest activity and name, sorted by any column; charts of what the filters
// show; exported as CSV, xAPI or a printable PDF, with a PDF certificate for each graduate. The
// report is read and exported on a thread of its own, with progress and a Cancel button.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AppServices& services, QWidget* parent = nullptr);
    ~DashboardPage() override;

    // Reads the report again (in the background); the filters chosen stay.
    void refresh();
    // Who reads the report here, and whose signing key signs the certificates exported: the
    // manager signed in.
    void showFor(const Person& manager) { m_manager = manager.asActor(); }

signals:
    // A row was double-clicked: the person's record in that course.
    void personRequested(qint64 personId, const QString& courseId);

private:
    QWidget* settingsTab();
    void applyFilters();
    void exportAs(const QString& format);
    void exportPdf();
    void exportCertificates();
    // Runs work in the background for an export to target; done(written) says what was made.
    void startExport(const QString& target,
                     const std::function<bool(Services&, const CompletionReport::Progress&, int* written,
                                              QString* error)>& work,
                     const std::function<QString(int written)>& done);
    void run(BackgroundJob* job, const QString& what);
    void stopped();
    // The locations and mentors in the rows read, keeping the choices made.
    void showChoices();
    void saveSettings();

    AppServices& m_services;
    Actor m_manager;
    ReportModel* m_model;
    ReportFilter* m_filter;
    QComboBox* m_course;
    QComboBox* m_location;
    QComboBox* m_mentor;
    QComboBox* m_status;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_name;
    QVector<QPushButton*> m_exports;
    QTabWidget* m_views;
    QTableView* m_table;
    ReportCharts* m_charts;
    QLineEdit* m_organisation = nullptr;
    QLineEdit* m_homePage = nullptr;
    QLabel* m_settingsStatus = nullptr;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_statusLine;
    // Filled by the load job on its thread, read here once it has finished.
    std::shared_ptr<QVector<ReportRow>> m_loaded;
    BackgroundJob* m_load = nullptr;
    BackgroundJob* m_export = nullptr;
};

} // namespace careu::ui
