#include "ScenarioAnalysis.h"

#include <QQueue>
#include <QSet>

namespace careu {

namespace {

QString stateKey(const QString& nodeId, const QSet<QString>& flags)
{
    QStringList sorted(flags.cbegin(), flags.cend());
    sorted.sort();
    return nodeId + QLatin1Char('|') + sorted.join(QLatin1Char(','));
}

class PathWalker
{
public:
    PathWalker(const QStringList& pillars, ScenarioStats* stats) : m_pillars(pillars), m_stats(stats) {}

    void walk(const RolePlay& play)
    {
        if (m_stats->truncated)
            return;
        if (play.finished()) {
            record(play);
            return;
        }
        const QString key = stateKey(play.current().id, play.flags());
        if (m_onPath.contains(key))
            return; // a loop that changes nothing is not a new play-through
        m_onPath.insert(key);
        for (const ScenarioChoice* choice : play.choices()) {
            RolePlay next = play;
            QString ignored;
            next.choose(choice->id, &ignored);
            walk(next);
        }
        m_onPath.remove(key);
    }

private:
    void record(const RolePlay& play)
    {
        if (m_stats->paths >= ScenarioAnalysis::MaxPaths) {
            m_stats->truncated = true;
            return;
        }
        const bool first = m_stats->paths == 0;
        ++m_stats->paths;
        int total = 0;
        for (const QString& pillar : m_pillars) {
            const int value = play.scores().value(pillar);
            total += value;
            auto& range = m_stats->pillarRange[pillar];
            range = first ? std::make_pair(value, value)
                          : std::make_pair(std::min(range.first, value), std::max(range.second, value));
        }
        if (first || total > m_stats->best.total)
            m_stats->best = {play.path(), play.scores(), total, play.current().id};
    }

    const QStringList& m_pillars;
    ScenarioStats* m_stats;
    QSet<QString> m_onPath;
};

// Node ids in file order that are not in seen.
QStringList missing(const Scenario& scenario, const QSet<QString>& seen)
{
    QStringList result;
    for (const ScenarioNode& node : scenario.nodes) {
        if (!seen.contains(node.id))
            result.append(node.id);
    }
    return result;
}

} // namespace

ScenarioStats ScenarioAnalysis::analyse(const Scenario& scenario, const QStringList& pillars)
{
    ScenarioStats stats;
    stats.nodes = static_cast<int>(scenario.nodes.size());
    for (const ScenarioNode& node : scenario.nodes) {
        if (node.ending)
            ++stats.endings;
        else if (node.choices.size() >= 2)
            ++stats.decisionPoints;
    }
    PathWalker(pillars, &stats).walk(RolePlay(scenario));
    for (const RolePlayStep& step : stats.best.steps) {
        if (scenario.node(step.nodeId)->choices.size() >= 2)
            ++stats.bestPathDecisions;
    }
    return stats;
}

QStringList ScenarioAnalysis::unreachableNodes(const Scenario& scenario)
{
    QSet<QString> seen{scenario.start};
    QQueue<QString> queue;
    queue.enqueue(scenario.start);
    while (!queue.isEmpty()) {
        const ScenarioNode* node = scenario.node(queue.dequeue());
        if (!node)
            continue;
        for (const ScenarioChoice& choice : node->choices) {
            if (!seen.contains(choice.next)) {
                seen.insert(choice.next);
                queue.enqueue(choice.next);
            }
        }
    }
    return missing(scenario, seen);
}

QStringList ScenarioAnalysis::nodesWithoutEnding(const Scenario& scenario)
{
    QHash<QString, QStringList> leadsHere; // node -> nodes with a choice leading to it
    QSet<QString> canEnd;
    QQueue<QString> queue;
    for (const ScenarioNode& node : scenario.nodes) {
        for (const ScenarioChoice& choice : node.choices)
            leadsHere[choice.next].append(node.id);
        if (node.ending) {
            canEnd.insert(node.id);
            queue.enqueue(node.id);
        }
    }
    while (!queue.isEmpty()) {
        for (const QString& before : leadsHere.value(queue.dequeue())) {
            if (!canEnd.contains(before)) {
                canEnd.insert(before);
                queue.enqueue(before);
            }
        }
    }
    return missing(scenario, canEnd);
}

QVector<ScenarioState> ScenarioAnalysis::stuckStates(const Scenario& scenario, bool* tooManyStates)
{
    *tooManyStates = false;
    QVector<ScenarioState> stuck;
    QSet<QString> seen;
    QQueue<RolePlay> queue;
    queue.enqueue(RolePlay(scenario));
    seen.insert(stateKey(scenario.start, {}));
    while (!queue.isEmpty()) {
        const RolePlay play = queue.dequeue();
        if (play.finished())
            continue;
        const auto offered = play.choices();
        if (offered.isEmpty()) {
            QStringList flags(play.flags().cbegin(), play.flags().cend());
            flags.sort();
            stuck.append({play.current().id, flags});
        }
        for (const ScenarioChoice* choice : offered) {
            RolePlay next = play;
            QString ignored;
            next.choose(choice->id, &ignored);
            const QString key = stateKey(next.current().id, next.flags());
            if (seen.contains(key))
                continue;
            if (seen.size() >= MaxStates) {
                *tooManyStates = true;
                return stuck;
            }
            seen.insert(key);
            queue.enqueue(next);
        }
    }
    return stuck;
}

} // namespace careu
