#pragma once

#include "ReportModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace careu::ui {

struct AppServices;

// The manager's view of the team: one row per person per course, filtered by course, mentor and
// name, sorted by any column, and exported as CSV or xAPI.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AppServices& services, QWidget* parent = nullptr);

    void refresh();

private:
    void exportAs(const QString& format);

    AppServices& m_services;
    ReportModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_course;
    QComboBox* m_mentor;
    QLineEdit* m_name;
    QTableView* m_table;
    QLabel* m_status;
};

} // namespace careu::ui
