#pragma once

#include "report/CompletionReport.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace careu::ui {

// The completion report rows as a table for the manager's dashboard; sortable by any column
// through a proxy (numbers sort as numbers, dates as dates).
class ReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Location,
        Mentor,
        Course,
        Lessons,
        CheckScore,
        RolePlays,
        Practices,
        CourseSignedOff,
        Graduated,
        CheckIns,
        Overdue,
        ColumnCount
    };

    explicit ReportModel(QObject* parent = nullptr);

    void setRows(QVector<ReportRow> rows);
    const QVector<ReportRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ReportRow> m_rows;
};

// The dashboard's filters over a ReportModel: the report's own filter (course, location, mentor,
// status, the dates of the person's latest activity, part of a name), so that the table shows
// exactly the rows the exports write.
class ReportFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReportFilter(QObject* parent = nullptr);
    void setFilter(const CompletionReport::Filter& filter);
    const CompletionReport::Filter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    CompletionReport::Filter m_filter;
};

} // namespace careu::ui
