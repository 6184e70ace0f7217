#pragma once

#include <QObject>

class QTableView;

namespace careu::ui {

// Keeps a table's columns within its width, so it never scrolls sideways: each column as wide as
// its contents when they all fit (the spare room to the last), otherwise the first (the row's name)
// kept whole up to a quarter of the width and the widest others narrowed to a common width, never below what a few letters need (cut text ends in "…"; the tooltip has it).
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    // The table has its model already.
    explicit ColumnFitter(QTableView* table);

    // Fits the columns again (after the rows changed).
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
};

} // namespace careu::ui
