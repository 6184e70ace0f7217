#include "TestDatabase.h"
#include "content/Catalog.h"
#include "roleplay/RolePlaySession.h"
#include "roleplay/ScenarioAnalysis.h"
#include "store/Database.h"
#include "store/PeopleStore.h"

#include <QtTest>

using namespace careu;

// The role-play engine on small fixture graphs whose every number is known by hand. walk-in:
// 6 nodes, 3 decisions, 3 endings, 9 paths (one choice needs a flag set earlier). routed: the
// same visit ending by routes on the totals and flags, 12 nodes, 4 decisions, 10 paths.
class TestRolePlay : public QObject
{
    Q_OBJECT

private:
    const QStringList Pillars{QStringLiteral("communicate"), QStringLiteral("respond")};

    static QStringList offered(const RolePlay& play)
    {
        QStringList ids;
        for (const ScenarioChoice* choice : play.choices())
            ids.append(choice->id);
        return ids;
    }

    static void playAll(RolePlay* play, const QStringList& choices)
    {
        QString error;
        for (const QString& id : choices)
            QVERIFY2(play->choose(id, &error), qPrintable(error));
    }

    const Scenario& scenario() const { return *m_catalog.scenario(QStringLiteral("walk-in")); }
    const Scenario& routed() const { return *m_catalog.scenario(QStringLiteral("routed")); }

    static int sumOf(const PillarScores& scores)
    {
        int sum = 0;
        for (int value : scores)
            sum += value;
        return sum;
    }

    static ScenarioNode* node(Scenario* scenario, const QString& id)
    {
        auto it = std::find_if(scenario->nodes.begin(), scenario->nodes.end(),
                               [&](const ScenarioNode& each) { return each.id == id; });
        return it == scenario->nodes.end() ? nullptr : &*it;
    }

    static ScenarioNode junction(const QString& id, const QStringList& nexts)
    {
        ScenarioNode node;
        node.id = id;
        for (const QString& next : nexts)
            node.route.append({std::nullopt, next});
        return node;
    }

    // Scenes built in code, for graphs no author would write but a file could hold.
    static ScenarioChoice choice(const QString& id, const QString& next, int points)
    {
        ScenarioChoice choice;
        choice.id = id;
        choice.next = next;
        choice.points.insert(QStringLiteral("communicate"), points);
        return choice;
    }

    static ScenarioNode scene(const QString& id, const QVector<ScenarioChoice>& choices)
    {
        ScenarioNode node;
        node.id = id;
        node.choices = choices;
        return node;
    }

    static ScenarioNode ending(const QString& id)
    {
        ScenarioNode node;
        node.id = id;
        node.ending =
            ScenarioEnding{QStringLiteral("The end"), QStringLiteral("good"), QStringLiteral("Done.")};
        return node;
    }

    // n0 to n<decisions>, two ways from each scene to the next: 2^decisions play-throughs.
    static Scenario diamonds(int decisions)
    {
        Scenario scenario;
        scenario.start = QStringLiteral("n0");
        for (int i = 0; i < decisions; ++i) {
            const QString next = QStringLiteral("n%1").arg(i + 1);
            scenario.nodes.append(
                scene(QStringLiteral("n%1").arg(i),
                      {choice(QStringLiteral("a"), next, 1), choice(QStringLiteral("b"), next, -1)}));
        }
        scenario.nodes.append(ending(QStringLiteral("n%1").arg(decisions)));
        return scenario;
    }

    // From the start, one way leads straight to the end; the first leads into 2^decisions ways
    // back to the start, which the walk takes one by one before it looks at the second.
    static Scenario maze(int decisions)
    {
        Scenario scenario = diamonds(decisions);
        scenario.start = QStringLiteral("start");
        scenario.nodes.last() =
            scene(scenario.nodes.last().id, {choice(QStringLiteral("a"), scenario.start, 0)});
        scenario.nodes.append(scene(scenario.start, {choice(QStringLiteral("a"), QStringLiteral("n0"), 1),
                                                     choice(QStringLiteral("b"), QStringLiteral("end"), 2)}));
        scenario.nodes.append(ending(QStringLiteral("end")));
        return scenario;
    }

    // A ring of scenes with gates behind it: gate k sends the player round again the first time,
    // setting flag f<k>, and on to the next gate after that. Every state lies on one long chain.
    static Scenario ringWithGates(int ring, int gates)
    {
        Scenario scenario;
        scenario.start = QStringLiteral("r0");
        for (int i = 0; i < ring; ++i) {
            const QString next = i + 1 < ring ? QStringLiteral("r%1").arg(i + 1) : QStringLiteral("g0");
            scenario.nodes.append(
                scene(QStringLiteral("r%1").arg(i), {choice(QStringLiteral("a"), next, 1)}));
        }
        for (int k = 0; k < gates; ++k) {
            const QString flag = QStringLiteral("f%1").arg(k);
            ScenarioChoice again = choice(QStringLiteral("a"), scenario.start, 1);
            again.unless = flag;
            again.sets = QStringList{flag};
            ScenarioChoice onward =
                choice(QStringLiteral("b"),
                       k + 1 < gates ? QStringLiteral("g%1").arg(k + 1) : QStringLiteral("end"), 1);
            onward.requires = flag;
            scenario.nodes.append(scene(QStringLiteral("g%1").arg(k), {again, onward}));
        }
        scenario.nodes.append(ending(QStringLiteral("end")));
        return scenario;
    }

    // The debrief shows the best path beside the learner's: it plays through to its ending.
    static void verifyBestPathPlays(const Scenario& scenario, const ScenarioPath& best)
    {
        RolePlay play(scenario);
        for (const RolePlayStep& step : best.steps)
            playAll(&play, {step.choiceId});
        QVERIFY(play.finished());
        QCOMPARE(play.current().id, best.endingId);
        QCOMPARE(play.scores(), best.scores);
    }

private slots:
    void initTestCase()
    {
        m_catalog = Catalog::loadFolders(
            {QStringLiteral(CAREU_SOURCE_DIR "/tests/content/fixtures/good"),
             QStringLiteral(CAREU_SOURCE_DIR "/tests/content/fixtures/scenario-good"),
             QStringLiteral(CAREU_SOURCE_DIR "/tests/content/fixtures/scenario-routed")});
        QVERIFY(m_catalog.diagnostics().isEmpty());
    }

    void bestPathScoresAndEnds()
    {
        RolePlay play(scenario());
        QCOMPARE(play.current().id, QStringLiteral("door"));
        playAll(&play, {QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a")});
        QVERIFY(play.finished());
        QCOMPARE(play.current().id, QStringLiteral("end-sale"));
        QCOMPARE(play.scores().value(QStringLiteral("communicate")), 3);
        QCOMPARE(play.scores().value(QStringLiteral("respond")), 3);
        QCOMPARE(play.path().size(), 3);
        QCOMPARE(play.path().at(1).nodeId, QStringLiteral("greet"));
        QVERIFY(play.flags().contains(QStringLiteral("eye-contact")));
    }

    void anEarlierChoiceChangesLaterOptions()
    {
        RolePlay withEyeContact(scenario());
        playAll(&withEyeContact, {QStringLiteral("a")});
        QCOMPARE(offered(withEyeContact),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

        RolePlay without(scenario());
        playAll(&without, {QStringLiteral("b")});
        QCOMPARE(offered(without), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
        QString error;
        QVERIFY(!without.choose(QStringLiteral("a"), &error));
        QVERIFY(error.contains(QStringLiteral("not one of the choices")));
        QCOMPARE(without.current().id, QStringLiteral("greet"));
        QCOMPARE(without.path().size(), 1);
    }

    void nothingToChooseAfterTheEnd()
    {
        RolePlay play(scenario());
        playAll(&play, {QStringLiteral("c")});
        QVERIFY(play.finished());
        QVERIFY(play.choices().isEmpty());
        QString error;
        QVERIFY(!play.choose(QStringLiteral("a"), &error));
        QCOMPARE(play.scores().value(QStringLiteral("respond")), -2);
    }

    void sameChoicesSameOutcome()
    {
        RolePlay first(scenario());
        RolePlay second(scenario());
        playAll(&first, {QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("b")});
        playAll(&second, {QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("b")});
        QCOMPARE(first.scores(), second.scores());
        QCOMPARE(first.current().id, second.current().id);
    }

    void statsAreTheHandCountedOnes()
    {
        const ScenarioStats stats = ScenarioAnalysis::analyse(scenario(), Pillars);
        QCOMPARE(stats.nodes, 6);
        QCOMPARE(stats.decisionPoints, 3);
        QCOMPARE(stats.endings, 3);
        QCOMPARE(stats.paths, 9);
        QVERIFY(!stats.truncated);
        QCOMPARE(stats.pillarRange.value(QStringLiteral("communicate")), std::make_pair(-2, 3));
        QCOMPARE(stats.pillarRange.value(QStringLiteral("respond")), std::make_pair(-2, 3));
        QCOMPARE(stats.best.total, 6);
        QCOMPARE(stats.best.endingId, QStringLiteral("end-sale"));
        QCOMPARE(stats.bestPathDecisions, 3);
    }

    void routesFollowThePlay_data()
    {
        QTest::addColumn<QStringList>("choices");
        QTest::addColumn<QString>("ending");
        QTest::addColumn<int>("total");
        // By hand: door a +2 communicate (eye-contact), b -1 communicate (shouted); greet a +1 +1,
        // b -1 respond; help a +2 respond, b +1; apologize a +1 respond, b +1 communicate -1 respond.
        // judge: total >= 5 -> best; shouted and respond >= 2 -> apologize; no eye contact -> low;
        // else average. after-sorry: respond >= 4 -> recovery, else average. low: respond >= 1 ->
        // average, else poor.
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        QTest::addRow("warm all the way") << QStringList{a, a, a} << "end-best" << 6;
        QTest::addRow("warm, then quick") << QStringList{a, a, b} << "end-best" << 5;
        QTest::addRow("a curt middle: judge's fallback") << QStringList{a, b, a} << "end-fine" << 3;
        QTest::addRow("curt and quick") << QStringList{a, b, b} << "end-fine" << 2;
        QTest::addRow("shouted, then owned it") << QStringList{b, a, a, a} << "end-recovery" << 4;
        QTest::addRow("shouted, owned it, too thin: a route after a route's scene")
            << QStringList{b, a, b, a} << "end-fine" << 3;
        QTest::addRow("shouted, left it hanging") << QStringList{b, a, a, b} << "end-fine" << 3;
        QTest::addRow("shouted and curt: a route into a route") << QStringList{b, b, a} << "end-fine" << 0;
        QTest::addRow("shouted, curt, quick: the last route's fallback")
            << QStringList{b, b, b} << "end-poor" << -1;
    }

    void routesFollowThePlay()
    {
        QFETCH(QStringList, choices);
        QFETCH(QString, ending);
        QFETCH(int, total);
        RolePlay play(routed());
        QCOMPARE(play.current().id, QStringLiteral("door")); // the start is a route to the door
        QString error;
        for (const QString& id : choices) {
            QVERIFY2(!play.finished(), qPrintable(play.current().id));
            QVERIFY2(play.choose(id, &error), qPrintable(error));
            QVERIFY2(!play.current().isRoute(), qPrintable(play.current().id)); // a route is never a scene
        }
        QVERIFY(play.finished());
        QCOMPARE(play.current().id, ending);
        QCOMPARE(sumOf(play.scores()), total);
        QCOMPARE(play.path().size(), choices.size()); // routes are not steps
    }

    void statsWalkThroughRoutes()
    {
        const ScenarioStats stats = ScenarioAnalysis::analyse(routed(), Pillars);
        QCOMPARE(stats.nodes, 12);
        QCOMPARE(stats.decisionPoints, 4);
        QCOMPARE(stats.endings, 4);
        QCOMPARE(stats.paths, 10);
        QVERIFY(!stats.truncated);
        QCOMPARE(stats.best.total, 6);
        QCOMPARE(stats.best.endingId, QStringLiteral("end-best"));
        const auto totals = [&](const QString& id) {
            const EndingTotals each = stats.endingTotals.value(id);
            return QVector<qint64>{each.min, each.max, each.paths};
        };
        QCOMPARE(totals(QStringLiteral("end-best")), (QVector<qint64>{5, 6, 2}));
        QCOMPARE(totals(QStringLiteral("end-fine")), (QVector<qint64>{0, 3, 6}));
        QCOMPARE(totals(QStringLiteral("end-recovery")), (QVector<qint64>{4, 4, 1}));
        QCOMPARE(totals(QStringLiteral("end-poor")), (QVector<qint64>{-1, -1, 1}));
        verifyBestPathPlays(routed(), stats.best);

        const ScenarioAnalysis::StateCheck check = ScenarioAnalysis::checkStates(routed());
        QVERIFY(check.stuck.isEmpty() && check.endless.isEmpty() && !check.tooManyStates);
        QVERIFY(check.unusedRoutes.isEmpty());
        QVERIFY(check.unreached.isEmpty());
    }

    void routesNoPlayTakesAreFound()
    {
        // Nobody reaches respond 9: the recovery is cut off, though a route names it.
        Scenario scenario = routed();
        node(&scenario, QStringLiteral("after-sorry"))->route[0].when->min[QStringLiteral("respond")] = 9;
        QVERIFY(ScenarioAnalysis::unreachableNodes(scenario).isEmpty()); // conditions ignored, it is linked
        const ScenarioAnalysis::StateCheck check = ScenarioAnalysis::checkStates(scenario);
        QCOMPARE(check.unusedRoutes.size(), 1);
        QCOMPARE(check.unusedRoutes.first().nodeId, QStringLiteral("after-sorry"));
        QCOMPARE(check.unusedRoutes.first().index, 0);
        QCOMPARE(check.unreached, QStringList{QStringLiteral("end-recovery")});
        QVERIFY(!ScenarioAnalysis::analyse(scenario, Pillars)
                     .endingTotals.contains(QStringLiteral("end-recovery")));
    }

    void routeLoopsAreFound()
    {
        Scenario scenario;
        scenario.start = QStringLiteral("r1");
        scenario.nodes = {junction(QStringLiteral("r1"), {QStringLiteral("r2")}),
                          junction(QStringLiteral("r2"), {QStringLiteral("r3"), QStringLiteral("end")}),
                          junction(QStringLiteral("r3"), {QStringLiteral("r2")}),
                          ending(QStringLiteral("end"))};
        // r1 only leads into the loop of r2 and r3; it is not on it.
        QCOMPARE(ScenarioAnalysis::routeLoops(scenario),
                 (QStringList{QStringLiteral("r2"), QStringLiteral("r3")}));
        scenario.nodes[2] = junction(QStringLiteral("r3"), {QStringLiteral("end")});
        QVERIFY(ScenarioAnalysis::routeLoops(scenario).isEmpty());
        QCOMPARE(RolePlay(scenario).current().id, QStringLiteral("end")); // routes after routes
        QVERIFY(ScenarioAnalysis::routeLoops(routed()).isEmpty());
    }

    void anAttemptResumesAcrossRoutes()
    {
        QTemporaryDir dir;
        const QString path = test::newDatabase(dir, QStringLiteral("careu.sqlite"));
        QString error;
        Database db;
        QVERIFY(db.open(path, &error));
        const qint64 personId = PeopleStore(db, Clock::system()).create(QStringLiteral("Di"), &error)->id;
        AttemptStore store(db);
        {
            RolePlaySession session(store, Clock::system(), personId, routed());
            QVERIFY(session.open(false, &error));
            for (const QString& id : {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("a")})
                QVERIFY2(session.choose(id, &error), qPrintable(error));
            QCOMPARE(session.play().current().id, QStringLiteral("apologize")); // reached by the judge route
        }
        RolePlaySession session(store, Clock::system(), personId, routed());
        QVERIFY(session.open(false, &error));
        QVERIFY(session.resumed());
        QCOMPARE(session.play().current().id, QStringLiteral("apologize"));
        QVERIFY(session.choose(QStringLiteral("a"), &error));
        const QVector<Attempt> finished = store.finished(personId, QStringLiteral("routed"), &error);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().endingId, QStringLiteral("end-recovery"));
        QCOMPARE(finished.first().total, 4);
    }

    void hostileGraphsStayBounded_data()
    {
        QTest::addColumn<bool>("isMaze");
        QTest::addColumn<int>("bestSteps");
        QTest::addColumn<int>("bestTotal");
        QTest::addRow("2^499 play-throughs") << false << 499 << 499;
        // The walk used to stop with no path at all, and the debrief crashed on the missing ending.
        QTest::addRow("every long way loops back") << true << 1 << 2;
    }

    void hostileGraphsStayBounded()
    {
        QFETCH(bool, isMaze);
        QFETCH(int, bestSteps);
        QFETCH(int, bestTotal);
        // No timing is asserted: the walk is bounded by steps, and a slow one shows in the test's time.
        const Scenario scenario = isMaze ? maze(40) : diamonds(bestSteps);
        const ScenarioStats stats = ScenarioAnalysis::analyse(scenario, Pillars);
        QVERIFY(stats.truncated);
        QCOMPARE(stats.best.steps.size(), bestSteps);
        QCOMPARE(stats.best.total, bestTotal);
        verifyBestPathPlays(scenario, stats.best);
    }

    void longChainsOfStatesStayBounded()
    {
        // 40 rounds of a 400-scene ring: 17,000 states on one chain. Each state used to hold the
        // path to it, and checking this scenario ran out of memory (4.7 GB).
        const Scenario scenario = ringWithGates(400, 40);
        const ScenarioAnalysis::StateCheck check = ScenarioAnalysis::checkStates(scenario);
        QVERIFY(!check.tooManyStates);
        QVERIFY(check.stuck.isEmpty());
        QVERIFY(check.endless.isEmpty());
        const ScenarioStats stats = ScenarioAnalysis::analyse(scenario, Pillars);
        QVERIFY(stats.truncated); // the only path is longer than MaxDepth
        QCOMPARE(stats.best.endingId, QStringLiteral("end"));
        verifyBestPathPlays(scenario, stats.best);

        QVERIFY(ScenarioAnalysis::checkStates(ringWithGates(400, 48)).tooManyStates);
    }

    void attemptsAreStoredAndResume()
    {
        QTemporaryDir dir;
        const QString path = test::newDatabase(dir, QStringLiteral("careu.sqlite"));
        ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
        QString error;
        qint64 personId = 0;
        QStringList shownBefore;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            personId = PeopleStore(db, clock).create(QStringLiteral("Ana"), &error)->id;
            AttemptStore store(db);
            RolePlaySession session(store, clock, personId, scenario());
            QVERIFY2(session.open(false, &error), qPrintable(error));
            QVERIFY(!session.resumed());
            QVERIFY(session.choose(QStringLiteral("a"), &error));
            clock.advanceSeconds(20);
            QVERIFY(session.choose(QStringLiteral("b"), &error));
            for (const ScenarioChoice* choice : session.presentedChoices())
                shownBefore.append(choice->id);
        }
        // The app closed mid-scenario; it comes back on the same file.
        Database db;
        QVERIFY(db.open(path, &error));
        AttemptStore store(db);
        RolePlaySession session(store, clock, personId, scenario());
        QVERIFY(session.open(true, &error));
        QVERIFY(session.resumed());
        QVERIFY(!session.assessment()); // the attempt keeps the mode it was started in
        QCOMPARE(session.play().current().id, QStringLiteral("help"));
        QStringList shownAfter;
        for (const ScenarioChoice* choice : session.presentedChoices())
            shownAfter.append(choice->id);
        QCOMPARE(shownAfter, shownBefore); // the resumed scene shows its choices in the same order
        std::sort(shownAfter.begin(), shownAfter.end());
        QCOMPARE(shownAfter, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(session.play().flags().contains(QStringLiteral("eye-contact")));
        QCOMPARE(session.play().scores().value(QStringLiteral("communicate")), 2);
        clock.advanceSeconds(20);
        QVERIFY(session.choose(QStringLiteral("a"), &error));
        QVERIFY(session.play().finished());

        const QVector<Attempt> finished = store.finished(personId, QStringLiteral("walk-in"), &error);
        QCOMPARE(finished.size(), 1);
        const Attempt& attempt = finished.first();
        QCOMPARE(attempt.endingId, QStringLiteral("end-sale"));
        QCOMPARE(attempt.total, 5);
        QCOMPARE(attempt.scores.value(QStringLiteral("respond")), 3);
        QCOMPARE(attempt.contentHash, scenario().contentHash);
        QCOMPARE(attempt.choices.size(), 3);
        QCOMPARE(attempt.choices.at(1).chosenAt, clock.now().addSecs(-20));
        QCOMPARE(attempt.startedAt, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
        QCOMPARE(attempt.finishedAt, clock.now());
        QVERIFY(!store.unfinished(personId, QStringLiteral("walk-in"), &error));
    }

    void restartKeepsTheAbandonedAttemptOutOfTheWay()
    {
        QTemporaryDir dir;
        const QString path = test::newDatabase(dir, QStringLiteral("careu.sqlite"));
        QString error;
        Database db;
        QVERIFY(db.open(path, &error));
        const qint64 personId = PeopleStore(db, Clock::system()).create(QStringLiteral("Bo"), &error)->id;
        AttemptStore store(db);
        RolePlaySession session(store, Clock::system(), personId, scenario());
        QVERIFY(session.open(false, &error));
        QVERIFY(session.choose(QStringLiteral("b"), &error));
        QVERIFY(session.restart(true, &error));
        QVERIFY(session.assessment());
        QCOMPARE(session.play().current().id, QStringLiteral("door"));
        const auto unfinished = store.unfinished(personId, QStringLiteral("walk-in"), &error);
        QVERIFY(unfinished);
        QVERIFY(unfinished->choices.isEmpty());
    }

    void aChangedScenarioStartsAgain()
    {
        QTemporaryDir dir;
        const QString path = test::newDatabase(dir, QStringLiteral("careu.sqlite"));
        QString error;
        Database db;
        QVERIFY(db.open(path, &error));
        const qint64 personId = PeopleStore(db, Clock::system()).create(QStringLiteral("Cy"), &error)->id;
        AttemptStore store(db);
        {
            RolePlaySession session(store, Clock::system(), personId, scenario());
            QVERIFY(session.open(false, &error));
            QVERIFY(session.choose(QStringLiteral("b"), &error));
        }
        Scenario changed = scenario();
        changed.nodes[0].choices[1].id = QStringLiteral("b2");
        RolePlaySession session(store, Clock::system(), personId, changed);
        QVERIFY(session.open(false, &error));
        QVERIFY(!session.resumed());
        QVERIFY(session.notice().contains(QStringLiteral("has changed")));
        QCOMPARE(session.play().current().id, QStringLiteral("door"));
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestRolePlay)
#include "tst_roleplay.moc"
