#include "ReportModel.h"

#include "Widgets.h"
#include "content/Content.h"

namespace careu::ui {

ReportModel::ReportModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReportModel::setRows(QVector<ReportRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    // Columns are narrowed to fit a small window: the whole text is in the tooltip.
    if (role == Qt::ToolTipRole)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const ReportRow& row = m_rows.at(index.row());
    const bool sortKey = role == Qt::UserRole;
    const auto date = [sortKey](const QDateTime& when) -> QVariant {
        if (sortKey)
            return when.isValid() ? when.toMSecsSinceEpoch() : 0;
        return when.isValid() ? shortDate(when) : QString();
    };
    switch (index.column()) {
    case Name:
        return row.name;
    case Location:
        return row.location;
    case Mentor:
        return row.mentor;
    case Course:
        return Course::shortTitle(row.courseTitle);
    case Lessons:
        return sortKey ? QVariant(row.lessonsCompleted)
                       : QVariant(tr("%1 of %2").arg(row.lessonsCompleted).arg(row.lessonsTotal));
    case CheckScore:
        if (sortKey)
            return row.averageCheckScore;
        return row.averageCheckScore < 0 ? QString() : tr("%1%").arg(row.averageCheckScore);
    case RolePlays:
        return row.bestRolePlays.join(QStringLiteral("; "));
    case Practices:
        return row.practicesSignedOff;
    case CourseSignedOff:
        return date(row.courseSignedOff);
    case Graduated:
        return date(row.graduated);
    case CheckIns:
        return row.checkInsDone;
    case Overdue:
        return row.checkInsOverdue;
    default:
        return {};
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole)
            .toString()
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Location:
        return tr("Location");
    case Mentor:
        return tr("Mentor");
    case Course:
        return tr("Course");
    case Lessons:
        return tr("Lessons");
    case CheckScore:
        return tr("Check\nscore");
    case RolePlays:
        return tr("Best\nrole-plays");
    case Practices:
        return tr("Practices\nsigned off");
    case CourseSignedOff:
        return tr("Course\nsigned off");
    case Graduated:
        return tr("Graduated");
    case CheckIns:
        return tr("Coach\ncheck-ins");
    case Overdue:
        return tr("Overdue");
    default:
        return {};
    }
}

ReportFilter::ReportFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
}

void ReportFilter::setFilter(const CompletionReport::Filter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ReportFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ReportModel*>(sourceModel());
    return !sourceParent.isValid() && model && sourceRow < model->rows().size() &&
           m_filter.keeps(model->rows().at(sourceRow));
}

} // namespace careu::ui
