#pragma once

#include "report/CompletionReport.h"

#include <QAbstractTableModel>

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

} // namespace careu::ui
