#pragma once

#include <QHash>
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
    QString kind; // best, good, recovery, poor
    QString outcome;
};

struct ScenarioNode
{
    QString id;
    QString speaker;
    QString text;
    QVector<ScenarioChoice> choices;
    std::optional<ScenarioEnding> ending;

    const ScenarioChoice* choice(const QString& choiceId) const;
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

QStringList endingKinds();

} // namespace careu
