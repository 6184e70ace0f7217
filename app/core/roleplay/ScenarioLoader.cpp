#include "ScenarioLoader.h"

#include "FindById.h"
#include "ScenarioAnalysis.h"
#include "content/JsonReader.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

namespace careu {

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLoader)

public:
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
        m_reader.checkKeys(item, pointer,
                           {QStringLiteral("id"), QStringLiteral("speaker"), QStringLiteral("text")},
                           {QStringLiteral("choices"), QStringLiteral("ending")});
        ScenarioNode node;
        node.id = m_reader.identifier(item, pointer);
        m_nodePointers.insert(node.id, pointer);
        node.speaker = m_reader.string(item, pointer, QStringLiteral("speaker"));
        node.text = m_reader.string(item, pointer, QStringLiteral("text"));
        const bool hasChoices = item.contains(QStringLiteral("choices"));
        const bool hasEnding = item.contains(QStringLiteral("ending"));
        if (hasChoices == hasEnding)
            m_reader.error(pointer, hasChoices
                                        ? tr("a node has either \"choices\" or an \"ending\", not both")
                                        : tr("a node needs \"choices\" or an \"ending\""));
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
            if (m_course && !m_course->pillar(it.key())) {
                QStringList known;
                for (const Pillar& pillar : m_course->pillars)
                    known.append(pillar.id);
                m_reader.error(JsonReader::member(pointer, it.key()),
                               tr("\"%1\" is not a pillar of %2 (%3)")
                                   .arg(it.key(), m_course->id, known.join(QLatin1String(", "))));
                continue;
            }
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
        for (const Reference& next : std::as_const(m_nexts)) {
            if (!next.id.isEmpty() && !m_nodePointers.contains(next.id))
                m_reader.error(next.pointer,
                               tr("this choice points nowhere: there is no node \"%1\"").arg(next.id));
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
                           tr("the flags combine into more than %1 states; use fewer flags")
                               .arg(ScenarioAnalysis::MaxStates));
    }

    const QVector<Course>& m_courses;
    const Course* m_course = nullptr;
    JsonReader m_reader;
    QHash<QString, QString> m_nodePointers; // node id -> JSON pointer of the node
    QVector<Reference> m_nexts;
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
