#pragma once

#include "Scenario.h"

#include <QCoreApplication>
#include <QSet>

namespace careu {

struct RolePlayStep
{
    QString nodeId;
    QString choiceId;
};

// One play-through of a scenario: a deterministic state machine. The same choices always lead
// to the same scenes, flags and scores. Route nodes are passed through at once, by the scores
// and flags so far, so current() is always a scene or an ending. The scenario must have passed
// validation.
class RolePlay
{
    Q_DECLARE_TR_FUNCTIONS(RolePlay)

public:
    explicit RolePlay(const Scenario& scenario);

    const Scenario& scenario() const { return *m_scenario; }
    const ScenarioNode& current() const { return *m_current; }
    bool finished() const { return m_current->ending.has_value(); }

    // The choices offered now: those whose requires/unless conditions hold for the flags set so far.
    QVector<const ScenarioChoice*> choices() const;
    // Takes an offered choice; nullptr with error when it is not offered now.
    const ScenarioChoice* choose(const QString& choiceId, QString* error);

    const QVector<RolePlayStep>& path() const { return m_path; }
    const PillarScores& scores() const { return m_scores; }
    const QSet<QString>& flags() const { return m_flags; }

    static bool isOffered(const ScenarioChoice& choice, const QSet<QString>& flags);
    // What taking choice does to the scores and the flags set.
    static void apply(const ScenarioChoice& choice, PillarScores* scores, QSet<QString>* flags);

    // What a route condition reads: the scores, and their sum as routeTotal().
    static PillarScores routeValues(const PillarScores& scores);
    // The entry of a route node taken with these values and flags: the first whose condition
    // holds. A valid route ends with an entry without one; when none holds, the last is taken.
    static const ScenarioRoute& takenRoute(const ScenarioNode& node, const PillarScores& values,
                                           const QSet<QString>& flags);
    // Where arriving at node leads: node itself, or the scene or ending its routes send the
    // story to. nodeById(id) -> const ScenarioNode*; taken(node, entry) hears of each route
    // entry followed. The walk stops after as many hops as the scenario has nodes, so a loop of
    // routes (which validation refuses) cannot hang it.
    template <typename Lookup, typename Taken>
    static const ScenarioNode* settle(const ScenarioNode* node, const PillarScores& values,
                                      const QSet<QString>& flags, int nodeCount, Lookup nodeById, Taken taken)
    {
        for (int hops = 0; node && node->isRoute() && hops < nodeCount; ++hops) {
            const ScenarioRoute& entry = takenRoute(*node, values, flags);
            taken(*node, entry);
            node = nodeById(entry.next);
        }
        return node;
    }

private:
    const ScenarioNode* arrive(const QString& nodeId) const;

    const Scenario* m_scenario;
    const ScenarioNode* m_current = nullptr;
    QVector<RolePlayStep> m_path;
    PillarScores m_scores;
    QSet<QString> m_flags;
};

} // namespace careu
