#include "ScenarioLoader.h"

#include "FindById.h"
#include "ScenarioAnalysis.h"
#include "content/JsonReader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace careu {

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLoader)

public:
    static constexpr int MaxRouteEntries = 10;
    // Running totals a route can test: far beyond any play, within any int.
    static constexpr int MaxBound = 1000;

    Parser(const QString& file, const QVector<Course>& courses, Diagnostics* out)
        : m_courses(courses), m_reader(file, out)
    {
    }

    // Reads the file, or takes its bytes when they are given.
    std::optional<Scenario> parse(const std::optional<QByteArray>& json)
    {
        const auto root = json ? m_reader.parse(*json) : m_reader.open();
        if (!root)
            return std::nullopt;
        const QString none;
        m_reader.checkKeys(*root, none,
                           {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("course"),
                            QStringLiteral("summary"), QStringLiteral("role"), QStringLiteral("sources"),
                            QStringLiteral("start"), QStringLiteral("nodes")});
        Scenario scenario;
        scenario.file = m_reader.file();
        scenario.id = m_reader.identifier(*root, none);
        scenario.title = m_reader.string(*root, none, QStringLiteral("title"));
        scenario.courseId = m_reader.string(*root, none, QStringLiteral("course"));
        m_course = findById(m_courses, scenario.courseId);
        if (!scenario.courseId.isEmpty() && !m_course)
            m_reader.error(QStringLiteral("/course"), tr("unknown course \"%1\"").arg(scenario.courseId));
        scenario.summary = m_reader.string(*root, none, QStringLiteral("summary"));
        scenario.role = m_reader.string(*root, none, QStringLiteral("role"));
        scenario.sources = m_reader.string(*root, none, QStringLiteral("sources"));
        scenario.start = m_reader.string(*root, none, QStringLiteral("start"));
        scenario.nodes = m_reader.objects<ScenarioNode>(
            *root, none, QStringLiteral("nodes"), 1, ScenarioLoader::MaxNodes, tr("node"),
            [this](const QJsonObject& item, const QString& pointer) { return node(item, pointer); });
        checkReferences(scenario);
        if (!m_reader.hasErrors())
            checkGraph(scenario);
        if (m_reader.hasErrors())
            return std::nullopt;
        scenario.contentHash =
            QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(*root).toJson(QJsonDocument::Compact),
                                                         QCryptographicHash::Sha256)
                                    .toHex());
        return scenario;
    }

private:
    struct Reference
    {
        QString id;
        QString pointer;
    };

    ScenarioNode node(const QJsonObject& item, const QString& pointer)
    {
        ScenarioNode node;
        if (item.contains(QStringLiteral("route"))) {
            // A junction the learner never sees: it has nothing to say and nothing to choose.
            m_reader.checkKeys(item, pointer, {QStringLiteral("id"), QStringLiteral("route")});
            node.id = m_reader.identifier(item, pointer);
            m_nodePointers.insert(node.id, pointer);
            node.route = route(item, pointer);
            return node;
        }
        m_reader.checkKeys(item, pointer,
                           {QStringLiteral("id"), QStringLiteral("speaker"), QStringLiteral("text")},
                           {QStringLiteral("choices"), QStringLiteral("ending")});
        node.id = m_reader.identifier(item, pointer);
        m_nodePointers.insert(node.id, pointer);
        node.speaker = m_reader.string(item, pointer, QStringLiteral("speaker"));
        node.text = m_reader.string(item, pointer, QStringLiteral("text"));
        const bool hasChoices = item.contains(QStringLiteral("choices"));
        const bool hasEnding = item.contains(QStringLiteral("ending"));
        if (hasChoices == hasEnding)
            m_reader.error(pointer, hasChoices
                                        ? tr("a node has either \"choices\" or an \"ending\", not both")
                                        : tr("a node needs \"choices\", an \"ending\" or a \"route\""));
        node.choices = m_reader.objects<ScenarioChoice>(
            item, pointer, QStringLiteral("choices"), 1, 4, tr("choice"),
            [this](const QJsonObject& choiceItem, const QString& choicePointer) {
                return choice(choiceItem, choicePointer);
            });
        if (hasEnding)
            node.ending = ending(m_reader.object(item, pointer, QStringLiteral("ending")),
                                 JsonReader::member(pointer, QStringLiteral("ending")));
        return node;
    }

    QVector<ScenarioRoute> route(const QJsonObject& node, const QString& nodePointer)
    {
        const QString key = QStringLiteral("route");
        const QJsonArray entries = m_reader.array(node, nodePointer, key, 1, MaxRouteEntries);
        QVector<ScenarioRoute> route;
        for (int i = 0; i < entries.size(); ++i) {
            const QString pointer =
                JsonReader::member(nodePointer, key) + QLatin1Char('/') + QString::number(i);
            if (!entries.at(i).isObject()) {
                m_reader.error(pointer, tr("each item must be an object"));
                continue;
            }
            const QJsonObject item = entries.at(i).toObject();
            m_reader.checkKeys(item, pointer, {QStringLiteral("next")}, {QStringLiteral("when")});
            ScenarioRoute entry;
            entry.next = m_reader.string(item, pointer, QStringLiteral("next"));
            m_routeNexts.append({entry.next, JsonReader::member(pointer, QStringLiteral("next"))});
            if (item.contains(QStringLiteral("when")))
                entry.when = condition(m_reader.object(item, pointer, QStringLiteral("when")),
                                       JsonReader::member(pointer, QStringLiteral("when")));
            if (!route.isEmpty() && !route.last().when)
                m_reader.error(pointer, tr("this route entry is never taken: the entry before it has no "
                                           "\"when\", so it is always taken"));
            route.append(entry);
        }
        if (!route.isEmpty() && route.last().when)
            m_reader.error(JsonReader::member(nodePointer, key),
                           tr("a route needs a last entry without \"when\", taken when no other entry "
                              "applies"));
        return route;
    }

    RouteCondition condition(const QJsonObject& item, const QString& pointer)
    {
        const QStringList keys{QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("flags"),
                               QStringLiteral("without")};
        m_reader.checkKeys(item, pointer, {}, keys);
        if (item.isEmpty())
            m_reader.error(pointer,
                           tr("\"when\" needs at least one of: %1").arg(keys.join(QLatin1String(", "))));
        RouteCondition condition;
        condition.min = bounds(item, pointer, QStringLiteral("min"));
        condition.max = bounds(item, pointer, QStringLiteral("max"));
        for (const QString& key : {QStringLiteral("flags"), QStringLiteral("without")}) {
            const QStringList flags = m_reader.strings(item, pointer, key, 1, 10);
            for (int i = 0; i < flags.size(); ++i)
                m_flagTests.append(
                    {flags.at(i), JsonReader::member(pointer, key) + QLatin1Char('/') + QString::number(i)});
            (key == QLatin1String("flags") ? condition.flags : condition.without) = flags;
        }
        return condition;
    }

    // "min" or "max" of a condition: running totals by pillar, or "total" for all pillars.
    PillarScores bounds(const QJsonObject& condition, const QString& conditionPointer, const QString& key)
    {
        const QString pointer = JsonReader::member(conditionPointer, key);
        const QJsonObject object = m_reader.object(condition, conditionPointer, key);
        PillarScores bounds;
        if (condition.contains(key) && object.isEmpty())
            m_reader.error(pointer, tr("\"%1\" names at least one pillar or \"total\"").arg(key));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != routeTotal() && !isPillar(it.key(), JsonReader::member(pointer, it.key())))
                continue;
            bounds.insert(it.key(), m_reader.integer(object, pointer, it.key(), -MaxBound, MaxBound));
        }
        return bounds;
    }

    // Reports key at pointer when the scenario's course has no such pillar.
    bool isPillar(const QString& key, const QString& pointer)
    {
        if (!m_course || m_course->pillar(key))
            return true;
        m_reader.error(pointer, tr("\"%1\" is not a pillar of %2 (%3)")
                                    .arg(key, m_course->id, m_course->pillarIds().join(QLatin1String(", "))));
        return false;
    }

    ScenarioChoice choice(const QJsonObject& item, const QString& pointer)
    {
        m_reader.checkKeys(item, pointer,
                           {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("next"),
                            QStringLiteral("points"), QStringLiteral("feedback")},
                           {QStringLiteral("sets"), QStringLiteral("requires"), QStringLiteral("unless")});
        ScenarioChoice choice;
        choice.id = m_reader.identifier(item, pointer);
        choice.text = m_reader.string(item, pointer, QStringLiteral("text"));
        choice.next = m_reader.string(item, pointer, QStringLiteral("next"));
        m_nexts.append({choice.next, JsonReader::member(pointer, QStringLiteral("next"))});
        choice.points = points(item, pointer);
        choice.feedback = m_reader.string(item, pointer, QStringLiteral("feedback"));
        choice.sets = m_reader.strings(item, pointer, QStringLiteral("sets"), 0, 10);
        for (const QString& flag : std::as_const(choice.sets))
            m_flagsSet.insert(flag);
        for (const QString& key : {QStringLiteral("requires"), QStringLiteral("unless")}) {
            const QString flag = m_reader.string(item, pointer, key);
            if (!flag.isEmpty())
                m_flagTests.append({flag, JsonReader::member(pointer, key)});
            (key == QLatin1String("requires") ? choice.requires : choice.unless) = flag;
        }
        return choice;
    }

    PillarScores points(const QJsonObject& choice, const QString& choicePointer)
    {
        const QString key = QStringLiteral("points");
        const QString pointer = JsonReader::member(choicePointer, key);
        const QJsonObject object = m_reader.object(choice, choicePointer, key);
        PillarScores scores;
        if (choice.contains(key) && object.isEmpty())
            m_reader.error(pointer, tr("a choice scores at least one pillar"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isPillar(it.key(), JsonReader::member(pointer, it.key())))
                scores.insert(it.key(), m_reader.integer(object, pointer, it.key(), -3, 3));
        }
        return scores;
    }

    ScenarioEnding ending(const QJsonObject& item, const QString& pointer)
    {
        m_reader.checkKeys(item, pointer,
                           {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("outcome")});
        ScenarioEnding ending{m_reader.string(item, pointer, QStringLiteral("title")),
                              m_reader.string(item, pointer, QStringLiteral("kind")),
                              m_reader.string(item, pointer, QStringLiteral("outcome"))};
        if (!ending.kind.isEmpty() && !endingKinds().contains(ending.kind))
            m_reader.error(JsonReader::member(pointer, QStringLiteral("kind")),
                           tr("an ending's kind is one of: %1").arg(endingKinds().join(QLatin1String(", "))));
        return ending;
    }

    void checkReferences(const Scenario& scenario)
    {
        if (!scenario.start.isEmpty() && !m_nodePointers.contains(scenario.start))
            m_reader.error(QStringLiteral("/start"),
                           tr("there is no node \"%1\" to start at").arg(scenario.start));
        const std::pair<const QVector<Reference>*, QString> nexts[] = {
            {&m_nexts, tr("this choice points nowhere: there is no node \"%1\"")},
            {&m_routeNexts, tr("this route entry points nowhere: there is no node \"%1\"")}};
        for (const auto& [references, message] : nexts) {
            for (const Reference& next : *references) {
                if (!next.id.isEmpty() && !m_nodePointers.contains(next.id))
                    m_reader.error(next.pointer, message.arg(next.id));
            }
        }
        for (const Reference& test : std::as_const(m_flagTests)) {
            if (!m_flagsSet.contains(test.id))
                m_reader.error(test.pointer, tr("flag \"%1\" is tested but no choice sets it").arg(test.id));
        }
    }

    void checkGraph(const Scenario& scenario)
    {
        const auto nodeIdPointer = [this](const QString& id) {
            return JsonReader::member(m_nodePointers.value(id), QStringLiteral("id"));
        };
        for (const QString& id : ScenarioAnalysis::unreachableNodes(scenario))
            m_reader.error(nodeIdPointer(id), tr("node \"%1\" can never be reached from the start").arg(id));
        const QStringList endless = ScenarioAnalysis::nodesWithoutEnding(scenario);
        for (const QString& id : endless)
            m_reader.error(nodeIdPointer(id),
                           tr("no ending can be reached from node \"%1\" (a loop with no way out?)").arg(id));
        for (const QString& id : ScenarioAnalysis::routeLoops(scenario))
            m_reader.error(nodeIdPointer(id), tr("following routes from node \"%1\" can go round in a loop "
                                                 "without reaching a scene or an ending")
                                                  .arg(id));
        if (m_reader.hasErrors())
            return;
        const ScenarioAnalysis::StateCheck states = ScenarioAnalysis::checkStates(scenario);
        for (const ScenarioState& state : states.stuck)
            m_reader.error(nodeIdPointer(state.nodeId),
                           tr("node \"%1\" offers no choice when the flags set are [%2]")
                               .arg(state.nodeId, state.flags.join(QLatin1String(", "))));
        for (const ScenarioState& state : states.endless)
            m_reader.error(nodeIdPointer(state.nodeId),
                           tr("from node \"%1\" with the flags [%2], no ending can be reached")
                               .arg(state.nodeId, state.flags.join(QLatin1String(", "))));
        if (states.tooManyStates)
            m_reader.error(QStringLiteral("/nodes"),
                           tr("the flags (and the points routes test) combine into more than %1 states; use "
                              "fewer flags or route on fewer totals")
                               .arg(ScenarioAnalysis::MaxStates));
        if (m_reader.hasErrors())
            return; // what a stuck scene cuts off is not reached either: say it once
        for (const QString& id : states.unreached)
            m_reader.error(
                nodeIdPointer(id),
                tr("node \"%1\" is never reached in play: the conditions on the way to it never hold")
                    .arg(id));
        for (const RouteEntry& entry : states.unusedRoutes) {
            if (states.unreached.contains(entry.nodeId))
                continue;
            m_reader.error(JsonReader::member(m_nodePointers.value(entry.nodeId), QStringLiteral("route")) +
                               QLatin1Char('/') + QString::number(entry.index),
                           tr("this route entry is never taken: no play-through arrives at \"%1\" with the "
                              "points and flags it asks for")
                               .arg(entry.nodeId));
        }
    }

    const QVector<Course>& m_courses;
    const Course* m_course = nullptr;
    JsonReader m_reader;
    QHash<QString, QString> m_nodePointers; // node id -> JSON pointer of the node
    QVector<Reference> m_nexts;
    QVector<Reference> m_routeNexts;
    QVector<Reference> m_flagTests;
    QSet<QString> m_flagsSet;
};

} // namespace

std::optional<Scenario> ScenarioLoader::load(const QString& file, const QVector<Course>& courses,
                                             Diagnostics* out)
{
    return Parser(file, courses, out).parse(std::nullopt);
}

std::optional<Scenario> ScenarioLoader::parse(const QString& file, const QByteArray& json,
                                              const QVector<Course>& courses, Diagnostics* out)
{
    return Parser(file, courses, out).parse(json);
}

} // namespace careu
