#include "ScenarioAnalysis.h"

#include <QHash>
#include <QQueue>
#include <QSet>
#include <algorithm>

namespace careu {

namespace {

// The ids every node leads to, conditions ignored: its choices' next nodes and its routes'.
QStringList successors(const ScenarioNode& node)
{
    QStringList next;
    for (const ScenarioChoice& choice : node.choices)
        next.append(choice.next);
    for (const ScenarioRoute& entry : node.route)
        next.append(entry.next);
    return next;
}

// A state the story can be in, without the path that led there: a copy of the play per state
// held every path, and a long chain of states filled gigabytes. values holds only what routes
// test (see Graph), so that two paths that differ in nothing a route reads share a state.
struct State
{
    const ScenarioNode* node = nullptr;
    QSet<QString> flags;
    PillarScores values;
};

// The scenario as the walks below read it: nodes by id, and the running totals routes test.
class Graph
{
public:
    explicit Graph(const Scenario& scenario)
        : m_start(scenario.start), m_nodeCount(static_cast<int>(scenario.nodes.size()))
    {
        for (const ScenarioNode& node : scenario.nodes) {
            m_nodes.insert(node.id, &node);
            for (const ScenarioRoute& entry : node.route) {
                if (entry.when)
                    m_tested += entry.when->tested();
            }
        }
        m_tested.removeDuplicates();
        m_tested.sort();
    }

    const ScenarioNode* node(const QString& id) const { return m_nodes.value(id); }

    // The values a state keeps, from a play's full scores.
    PillarScores tracked(const PillarScores& scores) const
    {
        const PillarScores all = RolePlay::routeValues(scores);
        PillarScores values;
        for (const QString& key : m_tested)
            values.insert(key, all.value(key));
        return values;
    }

    // Arriving at a node, by the rules of RolePlay; taken(node, entry) hears of each route followed.
    template <typename Taken>
    const ScenarioNode* arrive(const QString& id, const PillarScores& values, const QSet<QString>& flags,
                               Taken taken) const
    {
        return RolePlay::settle(
            node(id), values, flags, m_nodeCount, [this](const QString& next) { return node(next); }, taken);
    }

    const ScenarioNode* arrive(const QString& id, const PillarScores& values,
                               const QSet<QString>& flags) const
    {
        return arrive(id, values, flags, [](const ScenarioNode&, const ScenarioRoute&) {});
    }

    State start() const
    {
        State state{nullptr, {}, tracked({})};
        state.node = arrive(m_start, state.values, state.flags);
        return state;
    }

    // Where taking choice leads from state, by the rules of RolePlay.
    template <typename Taken> State after(const State& state, const ScenarioChoice& choice, Taken taken) const
    {
        State next{nullptr, state.flags, state.values};
        PillarScores ignored;
        RolePlay::apply(choice, &ignored, &next.flags);
        for (auto it = next.values.begin(); it != next.values.end(); ++it)
            it.value() += it.key() == routeTotal() ? choice.total() : choice.points.value(it.key());
        next.node = arrive(choice.next, next.values, next.flags, taken);
        return next;
    }

    static QString key(const ScenarioNode& node, const QSet<QString>& flags, const PillarScores& values)
    {
        QStringList sorted(flags.cbegin(), flags.cend());
        sorted.sort();
        QString key = node.id + QLatin1Char('|') + sorted.join(QLatin1Char(','));
        QStringList names = values.keys();
        names.sort();
        for (const QString& name : std::as_const(names))
            key += QLatin1Char('|') + QString::number(values.value(name));
        return key;
    }

    static QString key(const State& state) { return key(*state.node, state.flags, state.values); }

private:
    QHash<QString, const ScenarioNode*> m_nodes;
    QStringList m_tested;
    const QString m_start;
    const int m_nodeCount;
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

// Walks every play-through depth first. The play is grown and taken back in place, one choice
// at a time, with the rules of RolePlay: a copy of the play per step would copy the whole path
// each time, and made a deep scenario take seconds.
class PathWalker
{
public:
    PathWalker(const Scenario& scenario, const QStringList& pillars, ScenarioStats* stats)
        : m_pillars(pillars), m_stats(stats), m_graph(scenario)
    {
    }

    void walk() { walk(*m_graph.start().node); }

private:
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
        const QString key = Graph::key(node, m_flags, m_graph.tracked(m_scores));
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
            walk(*m_graph.arrive(choice.next, RolePlay::routeValues(m_scores), m_flags));
            m_path.removeLast();
            m_scores = scores;
            m_flags = flags;
        }
        m_onPath.remove(key);
    }

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
        EndingTotals& totals = m_stats->endingTotals[ending.id];
        totals.min = totals.paths == 0 ? total : std::min(totals.min, total);
        totals.max = totals.paths == 0 ? total : std::max(totals.max, total);
        ++totals.paths;
    }

    const QStringList& m_pillars;
    ScenarioStats* m_stats;
    const Graph m_graph;
    // The play-through so far.
    QVector<RolePlayStep> m_path;
    PillarScores m_scores;
    QSet<QString> m_flags;
    QSet<QString> m_onPath; // states on the path, so that a loop is walked once
    qint64 m_steps = 0;
};

// The shortest play-through, by a walk over states (scene, flags and what routes test): what a
// valid scenario always has, even where the walk over every path stops before it reaches any
// ending.
ScenarioPath shortestPath(const Scenario& scenario, const QStringList& pillars)
{
    struct Reached
    {
        State state;
        int from; // index of the state it was reached from, -1 for the start
        QString choiceId;
    };
    const Graph graph(scenario);
    QVector<Reached> reached{{graph.start(), -1, QString()}};
    QSet<QString> seen{Graph::key(reached.first().state)};
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
            const State next = graph.after(state, *choice, [](const ScenarioNode&, const ScenarioRoute&) {});
            const QString key = Graph::key(next);
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
    PathWalker(scenario, pillars, &stats).walk();
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
        for (const QString& next : successors(*node)) {
            if (!seen.contains(next)) {
                seen.insert(next);
                queue.enqueue(next);
            }
        }
    }
    return missing(scenario, seen);
}

QStringList ScenarioAnalysis::nodesWithoutEnding(const Scenario& scenario)
{
    QHash<QString, QStringList> leadsHere; // node -> nodes with a choice or route leading to it
    QSet<QString> canEnd;
    QQueue<QString> queue;
    for (const ScenarioNode& node : scenario.nodes) {
        for (const QString& next : successors(node))
            leadsHere[next].append(node.id);
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

QStringList ScenarioAnalysis::routeLoops(const Scenario& scenario)
{
    // The route nodes and the routes between them; a route to a scene or an ending leaves them.
    QHash<QString, QStringList> after;  // route node -> route nodes its entries lead to
    QHash<QString, QStringList> before; // route node -> route nodes with an entry leading to it
    for (const ScenarioNode& node : scenario.nodes) {
        if (!node.isRoute())
            continue;
        after[node.id];
        before[node.id];
        for (const ScenarioRoute& entry : node.route) {
            const ScenarioNode* next = scenario.node(entry.next);
            if (next && next->isRoute()) {
                after[node.id].append(entry.next);
                before[entry.next].append(node.id);
            }
        }
    }
    // Peel off the nodes that lead to no route node left, then those no route node left leads
    // to: what remains lies on a loop.
    QSet<QString> left(after.keyBegin(), after.keyEnd());
    const auto peel = [&left](const QHash<QString, QStringList>& out, const QHash<QString, QStringList>& in) {
        QHash<QString, int> count;
        QQueue<QString> queue;
        for (const QString& id : std::as_const(left)) {
            const QStringList& next = out.value(id);
            count.insert(id,
                         static_cast<int>(std::count_if(next.cbegin(), next.cend(),
                                                        [&](const QString& n) { return left.contains(n); })));
            if (count.value(id) == 0)
                queue.enqueue(id);
        }
        while (!queue.isEmpty()) {
            const QString id = queue.dequeue();
            left.remove(id);
            for (const QString& other : in.value(id)) {
                if (left.contains(other) && --count[other] == 0)
                    queue.enqueue(other);
            }
        }
    };
    peel(after, before);
    peel(before, after);
    QStringList loops;
    for (const ScenarioNode& node : scenario.nodes) {
        if (left.contains(node.id))
            loops.append(node.id);
    }
    return loops;
}

ScenarioAnalysis::StateCheck ScenarioAnalysis::checkStates(const Scenario& scenario)
{
    StateCheck check;
    const Graph graph(scenario);
    QSet<QString> arrived;     // nodes some state reaches, routes passed through included
    QSet<QString> routesTaken; // "node|index"
    const auto taken = [&](const ScenarioNode& node, const ScenarioRoute& entry) {
        arrived.insert(node.id);
        routesTaken.insert(node.id + QLatin1Char('|') + QString::number(&entry - node.route.constData()));
    };
    QHash<QString, int> index; // state key -> position in states
    QVector<State> states{graph.start()};
    // The start may itself be a route: arrive once more to hear which entries it takes.
    graph.arrive(scenario.start, states.first().values, {}, taken);
    QVector<QVector<int>> leadsHere{QVector<int>()}; // state -> states with a choice leading to it
    QVector<int> finished;
    // Reported by scene and flags: states that differ only in the totals routes test are one.
    QSet<QString> reported;
    const auto report = [&reported](QVector<ScenarioState>* list, const State& state) {
        QStringList flags(state.flags.cbegin(), state.flags.cend());
        flags.sort();
        const QString key = Graph::key(*state.node, state.flags, {});
        if (!reported.contains(key)) {
            reported.insert(key);
            list->append(ScenarioState{state.node->id, flags});
        }
    };
    index.insert(Graph::key(states.first()), 0);
    for (int s = 0; s < states.size(); ++s) {
        const State state = states.at(s);
        arrived.insert(state.node->id);
        if (state.node->ending) {
            finished.append(s);
            continue;
        }
        const auto choices = offered(state);
        if (choices.isEmpty())
            report(&check.stuck, state);
        for (const ScenarioChoice* choice : choices) {
            const State next = graph.after(state, *choice, taken);
            const QString key = Graph::key(next);
            auto known = index.constFind(key);
            if (known == index.cend()) {
                if (states.size() >= MaxStates) {
                    check = StateCheck();
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
            report(&check.endless, states.at(s));
    }
    for (const ScenarioNode& node : scenario.nodes) {
        for (int i = 0; i < node.route.size(); ++i) {
            if (!routesTaken.contains(node.id + QLatin1Char('|') + QString::number(i)))
                check.unusedRoutes.append({node.id, i});
        }
    }
    check.unreached = missing(scenario, arrived);
    return check;
}

} // namespace careu
