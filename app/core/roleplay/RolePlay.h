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
// to the same scenes, flags and scores. The scenario must have passed validation.
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

private:
    const Scenario* m_scenario;
    const ScenarioNode* m_current;
    QVector<RolePlayStep> m_path;
    PillarScores m_scores;
    QSet<QString> m_flags;
};

} // namespace careu
