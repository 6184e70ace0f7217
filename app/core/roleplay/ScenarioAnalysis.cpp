#include "ScenarioAnalysis.h"

#include <QHash>
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

QHash<QString, const ScenarioNode*> nodesById(const Scenario& scenario)
{
    QHash<QString, const ScenarioNode*> nodes;
    for (const ScenarioNode& node : scenario.nodes)
        nodes.insert(node.id, &node);
    return nodes;
}

// A state the story can be in, without the path that led there: a copy of the play per state
// held every path, and a long chain of states filled gigabytes.
struct State
{
    const ScenarioNode* node = nullptr;
    QSet<QString> flags;
};

QVector<const ScenarioChoice*> offered(const State& state)
{
    QVector<const ScenarioChoice*> choices;
    for (const ScenarioChoice& choice : state.node->choices) {
        if (RolePlay::isOffered(choice, state.flags))
            choices.append(&choice);
    }
    return choices;
}

// Where taking choice leads, by the rules of RolePlay.
State after(const State& state, const ScenarioChoice& choice,
            const QHash<QString, const ScenarioNode*>& nodes)
{
    State next{nodes.value(choice.next), state.flags};
    PillarScores ignored;
    RolePlay::apply(choice, &ignored, &next.flags);
    return next;
}

// Walks every play-through depth first. The play is grown and taken back in place, one choice
// at a time, with the rules of RolePlay: a copy of the play per step would copy the whole path
// each time, and made a deep scenario take seconds.
class PathWalker
{
public:
    PathWalker(const Scenario& scenario, const QStringList& pillars, ScenarioStats* stats)
        : m_pillars(pillars), m_stats(stats), m_nodes(nodesById(scenario))
    {
    }

    void walk(const ScenarioNode& node)
    {
        if (m_stats->truncated)
            return;
        if (++m_steps > ScenarioAnalysis::MaxSteps || m_path.size() > ScenarioAnalysis::MaxDepth) {
            m_stats->truncated = true;
            return;
        }
        if (node.ending) {
            record(node);
            return;
        }
        const QString key = stateKey(node.id, m_flags);
        if (m_onPath.contains(key))
            return; // a loop that changes nothing is not a new play-through
        m_onPath.insert(key);
        for (const ScenarioChoice& choice : node.choices) {
            if (!RolePlay::isOffered(choice, m_flags))
                continue;
            const PillarScores scores = m_scores;
            const QSet<QString> flags = m_flags;
            RolePlay::apply(choice, &m_scores, &m_flags);
            m_path.append({node.id, choice.id});
            walk(*m_nodes.value(choice.next));
            m_path.removeLast();
            m_scores = scores;
            m_flags = flags;
        }
        m_onPath.remove(key);
    }

private:
    void record(const ScenarioNode& ending)
    {
        if (m_stats->paths >= ScenarioAnalysis::MaxPaths) {
            m_stats->truncated = true;
            return;
        }
        const bool first = m_stats->paths == 0;
        ++m_stats->paths;
        int total = 0;
        for (const QString& pillar : m_pillars) {
            const int value = m_scores.value(pillar);
            total += value;
            auto& range = m_stats->pillarRange[pillar];
            range = first ? std::make_pair(value, value)
                          : std::make_pair(std::min(range.first, value), std::max(range.second, value));
        }
        if (first || total > m_stats->best.total)
            m_stats->best = {m_path, m_scores, total, ending.id};
    }

    const QStringList& m_pillars;
    ScenarioStats* m_stats;
    const QHash<QString, const ScenarioNode*> m_nodes;
    // The play-through so far.
    QVector<RolePlayStep> m_path;
    PillarScores m_scores;
    QSet<QString> m_flags;
    QSet<QString> m_onPath; // states on the path, so that a loop is walked once
    qint64 m_steps = 0;
};

// The shortest play-through, by a walk over states (scene and flags): what a valid scenario
// always has, even where the walk over every path stops before it reaches any ending.
ScenarioPath shortestPath(const Scenario& scenario, const QStringList& pillars)
{
    struct Reached
    {
        State state;
        int from; // index of the state it was reached from, -1 for the start
        QString choiceId;
    };
    const auto nodes = nodesById(scenario);
    QVector<Reached> reached{{State{scenario.node(scenario.start), {}}, -1, QString()}};
    QSet<QString> seen{stateKey(scenario.start, {})};
    for (int s = 0; s < reached.size() && reached.size() <= ScenarioAnalysis::MaxStates; ++s) {
        const State state = reached.at(s).state;
        if (state.node->ending) {
            QStringList choices;
            for (int at = s; reached.at(at).from >= 0; at = reached.at(at).from)
                choices.prepend(reached.at(at).choiceId);
            RolePlay play(scenario);
            QString ignored;
            for (const QString& choiceId : std::as_const(choices))
                play.choose(choiceId, &ignored);
            int total = 0;
            for (const QString& pillar : pillars)
                total += play.scores().value(pillar);
            return {play.path(), play.scores(), total, play.current().id};
        }
        for (const ScenarioChoice* choice : offered(state)) {
            const State next = after(state, *choice, nodes);
            const QString key = stateKey(next.node->id, next.flags);
            if (!seen.contains(key)) {
                seen.insert(key);
                reached.append({next, s, choice->id});
            }
        }
    }
    return {};
}

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
    PathWalker(scenario, pillars, &stats).walk(*scenario.node(scenario.start));
    if (stats.paths == 0)
        stats.best = shortestPath(scenario, pillars);
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

ScenarioAnalysis::StateCheck ScenarioAnalysis::checkStates(const Scenario& scenario)
{
    StateCheck check;
    const auto nodes = nodesById(scenario);
    QHash<QString, int> index; // state key -> position in states
    QVector<State> states{State{scenario.node(scenario.start), {}}};
    QVector<QVector<int>> leadsHere{QVector<int>()}; // state -> states with a choice leading to it
    QVector<int> finished;
    const auto stateOf = [](const State& state) {
        QStringList flags(state.flags.cbegin(), state.flags.cend());
        flags.sort();
        return ScenarioState{state.node->id, flags};
    };
    index.insert(stateKey(scenario.start, {}), 0);
    for (int s = 0; s < states.size(); ++s) {
        const State state = states.at(s);
        if (state.node->ending) {
            finished.append(s);
            continue;
        }
        const auto choices = offered(state);
        if (choices.isEmpty())
            check.stuck.append(stateOf(state));
        for (const ScenarioChoice* choice : choices) {
            const State next = after(state, *choice, nodes);
            const QString key = stateKey(next.node->id, next.flags);
            auto known = index.constFind(key);
            if (known == index.cend()) {
                if (states.size() >= MaxStates) {
                    check.tooManyStates = true;
                    return check;
                }
                known = index.insert(key, static_cast<int>(states.size()));
                states.append(next);
                leadsHere.append(QVector<int>());
            }
            leadsHere[*known].append(s);
        }
    }
    // Walk back from every ending: the states never reached that way are dead ends.
    QVector<bool> canEnd(states.size(), false);
    QVector<int> queue = finished;
    for (int s : finished)
        canEnd[s] = true;
    while (!queue.isEmpty()) {
        const int s = queue.takeLast();
        for (int before : leadsHere.at(s)) {
            if (!canEnd.at(before)) {
                canEnd[before] = true;
                queue.append(before);
            }
        }
    }
    for (int s = 0; s < states.size(); ++s) {
        if (!canEnd.at(s) && !offered(states.at(s)).isEmpty())
            check.endless.append(stateOf(states.at(s)));
    }
    return check;
}

} // namespace careu
