#pragma once

#include "RolePlay.h"

#include <QStringList>

namespace careu {

struct ScenarioPath
{
    QVector<RolePlayStep> steps;
    PillarScores scores;
    int total = 0;
    QString endingId;
};

// The totals (sum over the course's pillars) of the play-throughs that end at one ending.
struct EndingTotals
{
    int min = 0;
    int max = 0;
    qint64 paths = 0;
};

struct ScenarioStats
{
    int nodes = 0;
    int decisionPoints = 0; // nodes offering two or more choices
    int endings = 0;
    qint64 paths = 0;       // distinct start-to-ending play-throughs
    bool truncated = false; // the walk stopped at a bound below: figures cover the paths it found
    QHash<QString, std::pair<int, int>> pillarRange; // pillar -> (min, max) total over all paths
    // The path with the highest total; when the walk stopped before it found any, the shortest.
    ScenarioPath best;
    int bestPathDecisions = 0;
    QHash<QString, EndingTotals> endingTotals; // ending node id -> the paths that reach it
};

// A state the story can be in: a node and the flags set on the way there (and, in a scenario
// with routes on points, the running totals those routes test).
struct ScenarioState
{
    QString nodeId;
    QStringList flags; // sorted
};

// One entry of a route node's list.
struct RouteEntry
{
    QString nodeId;
    int index = 0;
};

// Reads a scenario as a graph: for authors (stats, the best path to show in a debrief) and for
// the validator (what can never be reached, what can never end).
class ScenarioAnalysis
{
public:
    static constexpr qint64 MaxPaths = 200000;
    static constexpr int MaxStates = 20000;
    // Bounds on the walk over paths, whatever the graph: steps taken, and path length. A million
    // steps take about half a second; the shipped role-plays need a few thousand.
    static constexpr qint64 MaxSteps = 1000000;
    static constexpr int MaxDepth = 1000;

    // Walks every play-through: each path follows offered choices, and routes by the points and
    // flags so far, and never repeats a state.
    static ScenarioStats analyse(const Scenario& scenario, const QStringList& pillars);

    // Nodes no chain of choices and routes leads to from the start (conditions ignored).
    static QStringList unreachableNodes(const Scenario& scenario);
    // Nodes from which no chain of choices and routes reaches an ending (conditions ignored).
    static QStringList nodesWithoutEnding(const Scenario& scenario);
    // Route nodes from which following routes alone can go round in a loop, never reaching a
    // scene or an ending.
    static QStringList routeLoops(const Scenario& scenario);
    // What playing can actually run into, conditions included: reachable states in which a
    // scene offers no choice at all, reachable states from which no ending can be reached, route
    // entries no play takes, and nodes no play arrives at.
    struct StateCheck
    {
        QVector<ScenarioState> stuck;
        QVector<ScenarioState> endless;
        QVector<RouteEntry> unusedRoutes;
        QStringList unreached;      // in file order
        bool tooManyStates = false; // exploring stopped at MaxStates; nothing else is filled in
    };
    static StateCheck checkStates(const Scenario& scenario);
};

} // namespace careu
