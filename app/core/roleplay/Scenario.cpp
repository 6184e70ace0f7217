#include "Scenario.h"

#include "FindById.h"

namespace careu {

int ScenarioChoice::total() const
{
    int sum = 0;
    for (int value : points)
        sum += value;
    return sum;
}

const ScenarioChoice* ScenarioNode::choice(const QString& choiceId) const
{
    return findById(choices, choiceId);
}

const ScenarioNode* Scenario::node(const QString& nodeId) const
{
    return findById(nodes, nodeId);
}

QStringList endingKinds()
{
    return {QStringLiteral("best"), QStringLiteral("good"), QStringLiteral("recovery"),
            QStringLiteral("poor")};
}

} // namespace careu
