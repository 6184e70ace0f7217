#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace careu {

// Points a choice earns (or costs) on each pillar of its scenario's course.
using PillarScores = QHash<QString, int>;

struct ScenarioChoice
{
    QString id;
    QString text;
    QString next; // node id
    PillarScores points;
    QString feedback;
    QStringList sets; // flags this choice sets
    QString requires; // offered only when this flag is set
    QString unless;   // offered only when this flag is not set

    int total() const;
};

struct ScenarioEnding
{
    QString title;
    QString kind; // one of endingKinds()
    QString outcome;
};

// What a route tests on the play so far. Every bound and flag given must hold; a condition
// with none is not written (the route's last entry, its fallback, has no condition at all).
struct RouteCondition
{
    // Pillar id, or routeTotal() for the sum over all pillars -> the lowest (min) or highest
    // (max) running total the entry accepts.
    PillarScores min;
    PillarScores max;
    QStringList flags;   // all of these set
    QStringList without; // none of these set

    // values: the running pillar totals with routeTotal() among them (RolePlay::routeValues).
    bool holds(const PillarScores& values, const QSet<QString>& flagsSet) const;
    // The pillars and routeTotal() the condition names.
    QStringList tested() const;
};

// One entry of a route node: where the story goes when its condition holds (or always, when
// it has none).
struct ScenarioRoute
{
    std::optional<RouteCondition> when;
    QString next; // node id
};

// The name a route condition gives the sum of all pillar points: "total".
QString routeTotal();

// A node is a scene the learner sees and chooses in, an ending, or a route: an invisible junction
// that sends the story on by how the learner has played so far (the first entry whose condition
// holds).
struct ScenarioNode
{
    QString id;
    QString speaker;
    QString text;
    QVector<ScenarioChoice> choices;
    std::optional<ScenarioEnding> ending;
    QVector<ScenarioRoute> route;

    const ScenarioChoice* choice(const QString& choiceId) const;
    bool isRoute() const { return !route.isEmpty(); }
};

// A role-play: a graph of scenes and choices, scored on the pillars of one course.
struct Scenario
{
    QString id;
    QString title;
    QString courseId;
    QString summary;
    QString role;
    QString sources;
    QString start;
    QVector<ScenarioNode> nodes;
    QString contentHash; // stored with attempts: which version of the scenario was played
    QString file;        // where it was loaded from

    const ScenarioNode* node(const QString& nodeId) const;
};

// best, good, average, recovery, poor: how an ending rates the play that reaches it. An average
// ending is the satisfied-but-forgettable one ("nobody raves about average"), never called good.
QStringList endingKinds();

} // namespace careu
