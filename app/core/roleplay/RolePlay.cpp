#include "RolePlay.h"

namespace careu {

RolePlay::RolePlay(const Scenario& scenario) : m_scenario(&scenario)
{
    // In the body: arriving reads the scores and flags, which are declared after m_current.
    m_current = arrive(scenario.start);
}

const ScenarioNode* RolePlay::arrive(const QString& nodeId) const
{
    return settle(
        m_scenario->node(nodeId), routeValues(m_scores), m_flags, static_cast<int>(m_scenario->nodes.size()),
        [this](const QString& id) { return m_scenario->node(id); },
        [](const ScenarioNode&, const ScenarioRoute&) {});
}

PillarScores RolePlay::routeValues(const PillarScores& scores)
{
    PillarScores values = scores;
    int total = 0;
    for (int value : scores)
        total += value;
    values.insert(routeTotal(), total);
    return values;
}

const ScenarioRoute& RolePlay::takenRoute(const ScenarioNode& node, const PillarScores& values,
                                          const QSet<QString>& flags)
{
    for (const ScenarioRoute& entry : node.route) {
        if (!entry.when || entry.when->holds(values, flags))
            return entry;
    }
    return node.route.last();
}

bool RolePlay::isOffered(const ScenarioChoice& choice, const QSet<QString>& flags)
{
    return (choice.requires.isEmpty() || flags.contains(choice.requires)) &&
           (choice.unless.isEmpty() || !flags.contains(choice.unless));
}

void RolePlay::apply(const ScenarioChoice& choice, PillarScores* scores, QSet<QString>* flags)
{
    for (auto it = choice.points.cbegin(); it != choice.points.cend(); ++it)
        (*scores)[it.key()] += it.value();
    for (const QString& flag : choice.sets)
        flags->insert(flag);
}

QVector<const ScenarioChoice*> RolePlay::choices() const
{
    QVector<const ScenarioChoice*> offered;
    for (const ScenarioChoice& choice : m_current->choices) {
        if (isOffered(choice, m_flags))
            offered.append(&choice);
    }
    return offered;
}

const ScenarioChoice* RolePlay::choose(const QString& choiceId, QString* error)
{
    const ScenarioChoice* choice = m_current->choice(choiceId);
    if (finished() || !choice || !isOffered(*choice, m_flags)) {
        *error = tr("\"%1\" is not one of the choices in this scene.").arg(choiceId);
        return nullptr;
    }
    m_path.append({m_current->id, choice->id});
    apply(*choice, &m_scores, &m_flags);
    m_current = arrive(choice->next);
    return choice;
}

} // namespace careu
