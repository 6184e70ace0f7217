#include "content/Catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace careu;

// Every kind of bad role-play the validator must catch, one fixture each, located exactly.
class TestScenarioLoader : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString& name)
    {
        return QStringLiteral(CAREU_TEST_DATA "/fixtures/") + name;
    }

    static Catalog withFixtureCourse(const QString& scenarioFolder)
    {
        return Catalog::loadFolders({fixture(QStringLiteral("good")), fixture(scenarioFolder)});
    }

private slots:
    void goodScenarioLoads()
    {
        const Catalog catalog = withFixtureCourse(QStringLiteral("scenario-good"));
        QVERIFY2(catalog.diagnostics().isEmpty(), qPrintable(catalog.diagnostics().value(0).toString()));
        const Scenario* scenario = catalog.scenario(QStringLiteral("walk-in"));
        QVERIFY(scenario);
        QCOMPARE(scenario->courseId, QStringLiteral("fixture"));
        QCOMPARE(scenario->nodes.size(), 6);
        QCOMPARE(scenario->node(QStringLiteral("door"))->choices.at(0).sets,
                 QStringList{QStringLiteral("eye-contact")});
        QCOMPARE(scenario->node(QStringLiteral("greet"))->choices.at(0).requires,
                 QStringLiteral("eye-contact"));
        QCOMPARE(scenario->node(QStringLiteral("end-sale"))->ending->kind, QStringLiteral("best"));
        QCOMPARE(scenario->contentHash.size(), 64);
    }

    void badScenarioIsLocated_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::addRow("choice points nowhere") << "scenario-points-nowhere" << 100 << 11
                                               << "this choice points nowhere: there is no node \"nowhere\"";
        QTest::addRow("unreachable node")
            << "scenario-unreachable" << 140 << 7 << "node \"orphan\" can never be reached from the start";
        QTest::addRow("loop with no exit")
            << "scenario-no-exit" << 110 << 7 << "no ending can be reached from node \"stall\"";
        QTest::addRow("ending without outcome")
            << "scenario-ending-without-outcome" << 133 << 7 << "missing key \"outcome\"";
        QTest::addRow("pillar not the course's")
            << "scenario-pillar-not-the-course" << 94 << 13
            << "\"enrich\" is not a pillar of fixture (communicate, respond)";
        QTest::addRow("flag tested, never set")
            << "scenario-flag-never-set" << 96 << 11 << "flag \"smiled\" is tested but no choice sets it";
        QTest::addRow("scene with no choice offered")
            << "scenario-stuck" << 84 << 7 << "node \"help\" offers no choice when the flags set are []";
        QTest::addRow("flags that lock every way out")
            << "scenario-deadlock" << 11 << 7
            << "from node \"hub\" with the flags [], no ending can be reached";
        QTest::addRow("unknown course")
            << "scenario-unknown-course" << 4 << 3 << "unknown course \"care-999\"";
        QTest::addRow("choices and an ending") << "scenario-choices-and-ending" << 109 << 5
                                               << "a node has either \"choices\" or an \"ending\", not both";
        // Routes: each fixture is scenario-routed with one thing wrong.
        QTest::addRow("route points nowhere")
            << "scenario-route-nowhere" << 189 << 11
            << "this route entry points nowhere: there is no node \"nowhere\"";
        QTest::addRow("route without a fallback")
            << "scenario-route-no-fallback" << 163 << 7 << "a route needs a last entry without \"when\"";
        QTest::addRow("route entry after the fallback")
            << "scenario-route-after-fallback" << 175 << 9
            << "this route entry is never taken: the entry before it has no \"when\"";
        QTest::addRow("route on a pillar not the course's")
            << "scenario-route-pillar" << 117 << 15
            << "\"enrich\" is not a pillar of fixture (communicate, respond)";
        QTest::addRow("route on a flag never set") << "scenario-route-flag-never-set" << 125 << 15
                                                   << "flag \"smiled\" is tested but no choice sets it";
        QTest::addRow("routes in a loop")
            << "scenario-route-loop" << 178 << 7
            << "following routes from node \"low\" can go round in a loop without reaching a scene";
        QTest::addRow("route entry no play takes") << "scenario-route-never-taken" << 103 << 9
                                                   << "this route entry is never taken: no play-through "
                                                      "arrives at \"judge\" with the points and flags";
        QTest::addRow("unknown key in a condition")
            << "scenario-route-unknown-key" << 105 << 13
            << "unknown key \"atLeast\" (expected one of: min, max, flags, without)";
        QTest::addRow("route node with a speaker") << "scenario-route-with-speaker" << 134 << 7
                                                   << "unknown key \"speaker\" (expected one of: id, route)";
    }

    void badScenarioIsLocated()
    {
        QFETCH(QString, folder);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);

        const Catalog catalog = withFixtureCourse(folder);
        QCOMPARE(catalog.diagnostics().size(), 1);
        const Diagnostic& diagnostic = catalog.diagnostics().first();
        const QDir scenarios(fixture(folder) + QStringLiteral("/scenarios"));
        QCOMPARE(diagnostic.file,
                 scenarios.filePath(scenarios.entryList({QStringLiteral("*.json")}).value(0)));
        QVERIFY2(diagnostic.message.contains(message), qPrintable(diagnostic.message));
        QCOMPARE(diagnostic.line, line);
        QCOMPARE(diagnostic.column, column);
        QVERIFY(catalog.scenarios().isEmpty());
    }

    void routedScenarioLoads()
    {
        const Catalog catalog = withFixtureCourse(QStringLiteral("scenario-routed"));
        QVERIFY2(catalog.diagnostics().isEmpty(), qPrintable(catalog.diagnostics().value(0).toString()));
        const Scenario* scenario = catalog.scenario(QStringLiteral("routed"));
        QVERIFY(scenario);
        const ScenarioNode* judge = scenario->node(QStringLiteral("judge"));
        QVERIFY(judge->isRoute() && judge->choices.isEmpty() && !judge->ending);
        QCOMPARE(judge->route.size(), 4);
        QCOMPARE(judge->route.at(0).when->min, (PillarScores{{QStringLiteral("total"), 5}}));
        QCOMPARE(judge->route.at(1).when->flags, QStringList{QStringLiteral("shouted")});
        QCOMPARE(judge->route.at(1).when->min, (PillarScores{{QStringLiteral("respond"), 2}}));
        QCOMPARE(judge->route.at(2).when->without, QStringList{QStringLiteral("eye-contact")});
        QCOMPARE(judge->route.at(2).next, QStringLiteral("low"));
        QVERIFY(!judge->route.at(3).when);
        QCOMPARE(judge->route.at(3).next, QStringLiteral("end-fine"));
        QCOMPARE(scenario->node(QStringLiteral("end-fine"))->ending->kind, QStringLiteral("average"));
    }

    void lessonLinkToAScenarioResolves()
    {
        QTemporaryDir dir;
        const QString course = dir.filePath(QStringLiteral("linked"));
        QVERIFY(QDir().mkpath(course + QStringLiteral("/lessons")));
        QFile source(fixture(QStringLiteral("good/course.json")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray json = source.readAll();
        json.replace("\"roleplays\": []", "\"roleplays\": [\"walk-in\"]");
        QFile target(course + QStringLiteral("/course.json"));
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(json);
        target.close();
        for (const QString& name : {QStringLiteral("first.md"), QStringLiteral("second.md")})
            QVERIFY(QFile::copy(fixture(QStringLiteral("good/lessons/")) + name,
                                course + QStringLiteral("/lessons/") + name));

        const Catalog linked = Catalog::loadFolders({dir.path(), fixture(QStringLiteral("scenario-good"))});
        QVERIFY2(linked.diagnostics().isEmpty(), qPrintable(linked.diagnostics().value(0).toString()));
        QCOMPARE(linked.course(QStringLiteral("fixture"))->lessons.first().roleplays,
                 QStringList{QStringLiteral("walk-in")});

        const Catalog dangling = Catalog::loadFolders({dir.path()});
        QCOMPARE(dangling.diagnostics().size(), 1);
        QVERIFY(
            dangling.diagnostics().first().message.contains(QStringLiteral("unknown role-play \"walk-in\"")));
        QVERIFY(dangling.course(QStringLiteral("fixture"))->lessons.first().roleplays.isEmpty());
    }

    void hostileFilesAreRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");

        QJsonArray scenes;
        for (int i = 0; i < 2000; ++i) {
            const QJsonObject onward{
                {QStringLiteral("id"), QStringLiteral("a")},
                {QStringLiteral("text"), QStringLiteral("On")},
                {QStringLiteral("next"), QStringLiteral("n%1").arg((i + 1) % 2000)},
                {QStringLiteral("points"), QJsonObject{{QStringLiteral("communicate"), 1}}},
                {QStringLiteral("feedback"), QStringLiteral("F")}};
            scenes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("n%1").arg(i)},
                                      {QStringLiteral("speaker"), QStringLiteral("S")},
                                      {QStringLiteral("text"), QStringLiteral("T")},
                                      {QStringLiteral("choices"), QJsonArray{onward}}});
        }
        QJsonObject scenario{{QStringLiteral("start"), QStringLiteral("n0")},
                             {QStringLiteral("nodes"), scenes}};
        for (const QString& key : {QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("role"),
                                   QStringLiteral("sources")})
            scenario.insert(key, QStringLiteral("Text"));
        scenario.insert(QStringLiteral("id"), QStringLiteral("walk-in"));
        scenario.insert(QStringLiteral("course"), QStringLiteral("fixture"));
        QTest::addRow("thousands of scenes")
            << QJsonDocument(scenario).toJson() << "\"nodes\" has 2000 items; it needs 1 to 500";
        QTest::addRow("nested 100000 deep")
            << "{\"id\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}"
            << "invalid JSON";
        QTest::addRow("over 2 MiB") << "{\"id\": \"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}"
                                    << "content files may be at most 2048 KiB";
    }

    void hostileFilesAreRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        // Each is one clear error, found without a hang (no timing is asserted).
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("scenarios"))));
        QFile file(dir.filePath(QStringLiteral("scenarios/walk-in.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const Catalog catalog = Catalog::loadFolders({fixture(QStringLiteral("good")), dir.path()});
        QCOMPARE(catalog.diagnostics().size(), 1);
        QVERIFY2(catalog.diagnostics().first().message.contains(message),
                 qPrintable(catalog.diagnostics().first().toString()));
        QVERIFY(catalog.scenarios().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "tst_scenarioloader.moc"
