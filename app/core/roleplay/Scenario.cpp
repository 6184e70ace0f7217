#include "Scenario.h"

#include "FindById.h"

#include <algorithm>

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

bool RouteCondition::holds(const PillarScores& values, const QSet<QString>& flagsSet) const
{
    for (auto it = min.cbegin(); it != min.cend(); ++it) {
        if (values.value(it.key()) < it.value())
            return false;
    }
    for (auto it = max.cbegin(); it != max.cend(); ++it) {
        if (values.value(it.key()) > it.value())
            return false;
    }
    return std::all_of(flags.cbegin(), flags.cend(),
                       [&](const QString& flag) { return flagsSet.contains(flag); }) &&
           std::none_of(without.cbegin(), without.cend(),
                        [&](const QString& flag) { return flagsSet.contains(flag); });
}

QStringList RouteCondition::tested() const
{
    QStringList keys = min.keys() + max.keys();
    keys.removeDuplicates();
    return keys;
}

QString routeTotal()
{
    return QStringLiteral("total");
}

QStringList endingKinds()
{
    return {QStringLiteral("best"), QStringLiteral("good"), QStringLiteral("average"),
            QStringLiteral("recovery"), QStringLiteral("poor")};
}

} // namespace careu
