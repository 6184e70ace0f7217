#include "ReportCharts.h"

#include "Widgets.h"
#include "content/Content.h"
#include "report/ReportSummary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace careu::ui {

namespace {
QChartView* makeChartView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    keepFocusOff(view);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

// A bar chart of values under categories, on a fresh chart (the old one is deleted by the view).
void showBars(QChartView* view, const QString& title, const QStringList& categories,
              const QVector<int>& values, bool horizontal, int maximum, const QString& valueFormat)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    view->setAccessibleName(title);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* set = new QBarSet(title);
    for (const int value : values)
        set->append(value);
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(valueFormat);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(1, maximum));
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    themeChart(chart);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}
} // namespace

ReportCharts::ReportCharts(QWidget* parent)
    : QWidget(parent), m_figures(makeLabel(QString(), "lead", this)),
      m_pillars(makeChartView(QStringLiteral("dashboardPillarChart"), this)),
      m_months(makeChartView(QStringLiteral("dashboardMonthChart"), this))
{
    setObjectName(QStringLiteral("dashboardCharts"));
    m_figures->setObjectName(QStringLiteral("dashboardFigures"));
    m_figures->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_figures);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_pillars, 1);
    charts->addWidget(m_months, 1);
    layout->addLayout(charts, 1);
}

void ReportCharts::show(const ReportSummary& summary)
{
    const int score = summary.averageCheckScore();
    m_figures->setText(QStringList{
        tr("%n people", "", summary.people()),
        tr("%1 of %n lessons completed", "", summary.lessonsTotal()).arg(summary.lessonsCompleted()),
        tr("%n graduates", "", summary.graduates()),
        tr("average first-try Check score %1").arg(score < 0 ? tr("none yet") : tr("%1%").arg(score)),
        tr("%n Practices signed off", "", summary.practicesSignedOff()),
        tr("%n coach check-ins overdue", "", summary.checkInsOverdue())}
                           .join(QStringLiteral(" · ")));
    QStringList pillars;
    QVector<int> percents;
    // Horizontal bars are drawn from the bottom up: the first pillar goes last, to show at the top.
    for (const PillarCompletion& pillar : summary.pillars()) {
        pillars.prepend(
            QStringLiteral("%1 · %2").arg(Course::shortTitle(pillar.courseTitle), pillar.pillarTitle));
        percents.prepend(pillar.percent());
    }
    showBars(m_pillars, tr("Lessons completed by pillar (%)"), pillars, percents, true, 100,
             QStringLiteral("@value%"));
    QStringList months;
    QVector<int> counts;
    int most = 0;
    const auto all = summary.months();
    // The last twelve months with completions, so the bars stay readable.
    for (qsizetype i = std::max<qsizetype>(0, all.size() - 12); i < all.size(); ++i) {
        months.append(QLocale().toString(all.at(i).month, QStringLiteral("MMM yy")));
        counts.append(all.at(i).lessons);
        most = std::max(most, all.at(i).lessons);
    }
    showBars(m_months, tr("Lessons completed per month"), months, counts, false, most,
             QStringLiteral("@value"));
}

} // namespace careu::ui
