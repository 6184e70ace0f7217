#include "ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <algorithm>
#include <numeric>

namespace careu::ui {

ColumnFitter::ColumnFitter(QTableView* table) : QObject(table), m_table(table)
{
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->viewport()->installEventFilter(this);
    QAbstractItemModel* model = m_table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::fit);
}

void ColumnFitter::fit()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QAbstractItemView* view = m_table; // sizeHintForColumn() is public here
    const int count = header->count();
    if (count == 0)
        return;
    QVector<int> wanted(count);
    for (int column = 0; column < count; ++column)
        wanted[column] = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    const int room = m_table->viewport()->width();
    const int total = std::accumulate(wanted.cbegin(), wanted.cend(), 0);
    if (total <= room) {
        wanted.last() += room - total;
    } else {
        // The first column names the row (a person): it keeps its width, up to a quarter of the
        // room. Of the others, the widest give way first: capped at the one width that fits them in.
        wanted[0] = std::min(wanted[0], room / 4);
        const auto fitsUnder = [&](int cap) {
            int sum = wanted[0];
            for (int column = 1; column < count; ++column)
                sum += std::min(wanted[column], cap);
            return sum <= room;
        };
        int low = m_table->fontMetrics().horizontalAdvance(QStringLiteral("MMMM…"));
        int high = *std::max_element(wanted.cbegin(), wanted.cend());
        while (low < high) {
            const int middle = (low + high + 1) / 2;
            if (fitsUnder(middle))
                low = middle;
            else
                high = middle - 1;
        }
        for (int column = 1; column < count; ++column)
            wanted[column] = std::min(wanted[column], low);
    }
    for (int column = 0; column < count; ++column)
        header->resizeSection(column, wanted.at(column));
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    // Only the viewport is watched. Its events also come while the table is being destroyed
    // (its children go first), when asking the table anything is undefined: look at the event alone.
    if (event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace careu::ui
