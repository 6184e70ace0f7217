#include "EndingWarnings.h"

#include "ScenarioAnalysis.h"
#include "content/JsonReader.h"

#include <climits>

namespace careu {

void EndingWarnings::check(const Scenario& scenario, const QStringList& pillars, Diagnostics* out)
{
    JsonReader reader(scenario.file, out);
    if (!reader.open())
        return;
    const ScenarioStats stats = ScenarioAnalysis::analyse(scenario, pillars);
    if (stats.truncated)
        reader.warning(QStringLiteral("/nodes"),
                       tr("there are too many play-throughs to walk them all: the checks on the endings "
                          "below cover the first %1 only")
                           .arg(stats.paths));
    const auto kindPointer = [](int node) { return QStringLiteral("/nodes/%1/ending/kind").arg(node); };
    int bestLowest = INT_MAX;
    for (const ScenarioNode& node : scenario.nodes) {
        const EndingTotals totals = stats.endingTotals.value(node.id);
        if (node.ending && node.ending->kind == QLatin1String("best") && totals.paths > 0)
            bestLowest = std::min(bestLowest, totals.min);
    }
    for (int i = 0; i < scenario.nodes.size(); ++i) {
        const ScenarioNode& node = scenario.nodes.at(i);
        const EndingTotals totals = stats.endingTotals.value(node.id);
        if (!node.ending || totals.paths == 0)
            continue;
        if (node.ending->kind == QLatin1String("best") && stats.best.total > 0 &&
            totals.min * 100 < stats.best.total * BestEndingPercent)
            reader.warning(kindPointer(i),
                           tr("a best ending that a play-through totaling %1 reaches, less than "
                              "%2% of the best total (%3): route it on the points, so that only "
                              "a strong play ends here")
                               .arg(totals.min)
                               .arg(BestEndingPercent)
                               .arg(stats.best.total));
        if (node.ending->kind == QLatin1String("poor") && totals.max >= bestLowest)
            reader.warning(kindPointer(i),
                           tr("a poor ending that a play-through totaling %1 reaches, as much as "
                              "or more than a best ending's lowest (%2): the debrief would fault "
                              "a play as good as one it praises")
                               .arg(totals.max)
                               .arg(bestLowest));
    }
}

} // namespace careu
