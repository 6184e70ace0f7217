#include "DebriefView.h"

#include "RolePlayText.h"
#include "Theme.h"
#include "Widgets.h"
#include "content/Content.h"
#include "roleplay/ScenarioAnalysis.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>
#include <algorithm>

namespace careu::ui {

DebriefView::DebriefView(QWidget* parent) : QWidget(parent), m_scroll(new QScrollArea(this))
{
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("How it went"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void DebriefView::showResult(const Course& course, const RolePlay& play, const ScenarioPath& best)
{
    const ScenarioEnding& ending = *play.current().ending;
    auto* content = new QWidget;
    content->setProperty("role", QStringLiteral("page"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 8);
    layout->setSpacing(16);

    auto* endingCard = makeCard(content);
    auto* endingLayout = new QVBoxLayout(endingCard);
    endingLayout->setContentsMargins(22, 18, 22, 18);
    endingLayout->addWidget(
        makeLabel(tr("HOW IT ENDED · %1").arg(endingKindName(ending.kind).toUpper()), "eyebrow"));
    auto* title = makeLabel(ending.title, "pageTitle");
    title->setObjectName(QStringLiteral("endingTitle"));
    endingLayout->addWidget(title);
    auto* outcome = makeLabel(ending.outcome, "lead");
    outcome->setObjectName(QStringLiteral("endingOutcome"));
    endingLayout->addWidget(outcome);
    layout->addWidget(endingCard);

    layout->addWidget(chart(course, play, best));
    layout->addWidget(paths(course, play, best));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* done = new QPushButton(tr("&Back"), content);
    done->setObjectName(QStringLiteral("debriefDoneButton"));
    connect(done, &QPushButton::clicked, this, &DebriefView::doneRequested);
    buttons->addWidget(done);
    auto* again = makePrimaryButton(tr("&Play again"), content);
    again->setObjectName(QStringLiteral("playAgainButton"));
    connect(again, &QPushButton::clicked, this, &DebriefView::playAgainRequested);
    buttons->addWidget(again);
    layout->addLayout(buttons);

    delete m_scroll->takeWidget();
    m_scroll->setWidget(content);
    again->setFocus();
}

QWidget* DebriefView::chart(const Course& course, const RolePlay& play, const ScenarioPath& best)
{
    auto* yours = new QBarSet(tr("Your path"));
    auto* bestSet = new QBarSet(tr("Best path"));
    QStringList categories;
    int low = 0;
    int high = 1;
    for (const Pillar& pillar : course.pillars) {
        categories.append(pillar.title);
        const int mine = play.scores().value(pillar.id);
        const int theirs = best.scores.value(pillar.id);
        yours->append(mine);
        bestSet->append(theirs);
        low = std::min({low, mine, theirs});
        high = std::max({high, mine, theirs});
    }
    auto* series = new QBarSeries;
    series->append(yours);
    series->append(bestSet);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Points per pillar"));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    // Whole-number ticks at a round step, with zero on a tick.
    const int step = std::max(1, (high - low + 5) / 6);
    low = low >= 0 ? 0 : -((-low + step - 1) / step) * step;
    high = ((high + step - 1) / step) * step;
    auto* axisY = new QValueAxis;
    axisY->setRange(low, high);
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(step);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    themeChart(chart);

    auto* card = makeCard();
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 12, 12, 12);
    auto* view = new QChartView(chart, card);
    view->setObjectName(QStringLiteral("pillarChart"));
    keepFocusOff(view);
    view->setAccessibleName(chart->title());
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Theme::current().card);
    view->setMinimumHeight(280);
    layout->addWidget(view);
    return card;
}

QWidget* DebriefView::paths(const Course& course, const RolePlay& play, const ScenarioPath& best)
{
    const Scenario& scenario = play.scenario();
    auto* card = makeCard();
    auto* grid = new QGridLayout(card);
    grid->setContentsMargins(22, 18, 22, 18);
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(14);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->addWidget(makeLabel(tr("YOUR PATH"), "eyebrow"), 0, 0);
    grid->addWidget(makeLabel(tr("THE BEST PATH"), "eyebrow"), 0, 1);

    const auto stepWidget = [&](const RolePlayStep& step, const QString& name) {
        const ScenarioNode* node = scenario.node(step.nodeId);
        const ScenarioChoice* choice = node->choice(step.choiceId);
        auto* box = new QWidget(card);
        box->setObjectName(name);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(3);
        layout->addWidget(makeLabel(QStringLiteral("%1: %2").arg(node->speaker, node->text), "muted"));
        layout->addWidget(makeLabel(QStringLiteral("→ ") + choice->text, "choiceTaken"));
        layout->addWidget(makeLabel(choice->feedback, "feedback"));
        layout->addWidget(makeLabel(pointsText(course, choice->points), "points"));
        return box;
    };
    const auto& mine = play.path();
    const int rows = static_cast<int>(std::max(mine.size(), best.steps.size()));
    for (int i = 0; i < rows; ++i) {
        if (i < mine.size())
            grid->addWidget(stepWidget(mine.at(i), QStringLiteral("yourStep_%1").arg(i)), i + 1, 0,
                            Qt::AlignTop);
        if (i < best.steps.size())
            grid->addWidget(stepWidget(best.steps.at(i), QStringLiteral("bestStep_%1").arg(i)), i + 1, 1,
                            Qt::AlignTop);
    }
    const ScenarioNode* bestEnding = scenario.node(best.endingId);
    grid->addWidget(makeLabel(tr("Ended: %1").arg(play.current().ending->title), "sectionTitle"), rows + 1,
                    0);
    grid->addWidget(makeLabel(tr("Ends: %1").arg(bestEnding->ending->title), "sectionTitle"), rows + 1, 1);
    return card;
}

} // namespace careu::ui
