#pragma once

#include <QWidget>

class QChartView;
class QLabel;

namespace careu {
class ReportSummary;
}

namespace careu::ui {

// The dashboard's picture of the rows it shows: the summary figures, completion by pillar and
// lessons completed per month (Qt Charts).
class ReportCharts : public QWidget
{
    Q_OBJECT

public:
    explicit ReportCharts(QWidget* parent = nullptr);

    void show(const ReportSummary& summary);

private:
    QLabel* m_figures;
    QChartView* m_pillars;
    QChartView* m_months;
};

} // namespace careu::ui
