#include "TestSupport.h"

#include <QtTest>

// `careu validate` and `careu --version` as a script or an author would run them.
class TestValidateCommand : public QObject
{
    Q_OBJECT

private:
    static careu::test::Outcome careu(const QStringList& arguments)
    {
        return careu::test::run(QStringLiteral(CAREU_BINARY), arguments);
    }

    static QString fixture(const QString& name)
    {
        return QStringLiteral(CAREU_TEST_DATA "/fixtures/") + name;
    }

private slots:
    void shippedContentIsValid()
    {
        const careu::test::Outcome outcome = careu({QStringLiteral("validate")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.startsWith(QStringLiteral("Content is valid: 2 courses, 10 lessons")),
                 qPrintable(outcome.out));
        QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err));
    }

    // What CI runs: the shipped courses and role-plays pass with author warnings as errors.
    void shippedContentPassesStrict()
    {
        const careu::test::Outcome outcome = careu({QStringLiteral("validate"), QStringLiteral("--strict")});
        QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err));
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.out.startsWith(
            QStringLiteral("Content is valid: 2 courses, 10 lessons, 40 Check questions, "
                           "8 role-plays.")));
    }

    // One fixture per author warning: printed like an error, exit 0, and exit 1 with --strict.
    void authorWarnings_data()
    {
        QTest::addColumn<QStringList>("folders");
        QTest::addColumn<QString>("warning"); // file:line:column: warning: ..., the file under fixtures/
        QTest::addRow("right answer clearly longer")
            << QStringList{QStringLiteral("check-right-clearly-longer")}
            << "check-right-clearly-longer/course.json:67:15: warning: the right answer is clearly longer "
               "than the "
               "others (54 characters; the longest wrong one has 19)";
        QTest::addRow("right answer mostly the longest")
            << QStringList{QStringLiteral("check-right-mostly-longest")}
            << "check-right-mostly-longest/course.json:60:7: warning: the right answer is the longest choice "
               "in 2 of "
               "this lesson's 2 questions";
        QTest::addRow("none of the above")
            << QStringList{QStringLiteral("check-of-the-above")}
            << "check-of-the-above/course.json:72:15: warning: \"None of the above\" means nothing here";
        QTest::addRow("feedback with a verdict")
            << QStringList{QStringLiteral("check-feedback-verdict")}
            << "check-feedback-verdict/course.json:68:15: warning: feedback opens with a verdict (\"Yes:\")";
        QTest::addRow("best ending on a weak play")
            << QStringList{QStringLiteral("good"), QStringLiteral("scenario-good")}
            << "scenario-good/scenarios/walk-in.json:115:9: warning: a best ending that a play-through "
               "totaling 2 "
               "reaches, less than 60% of the best total (6)";
        QTest::addRow("poor ending on a strong play")
            << QStringList{QStringLiteral("good"), QStringLiteral("scenario-poor-ending-too-rich")}
            << "scenario-poor-ending-too-rich/scenarios/routed.json:219:9: warning: a poor ending that a "
               "play-through "
               "totaling 6 reaches, as much as or more than a best ending's lowest (5)";
    }

    void authorWarnings()
    {
        QFETCH(QStringList, folders);
        QFETCH(QString, warning);
        QStringList arguments{QStringLiteral("validate")};
        for (const QString& folder : folders)
            arguments.append(fixture(folder));
        const careu::test::Outcome lenient = careu(arguments);
        QCOMPARE(lenient.exitCode, 0);
        QVERIFY2(lenient.err.startsWith(fixture(warning)), qPrintable(lenient.err));
        QVERIFY2(lenient.err.endsWith(QStringLiteral("\n1 warning (--strict would fail on them).\n")),
                 qPrintable(lenient.err));
        QVERIFY(lenient.out.startsWith(QStringLiteral("Content is valid")));

        arguments.insert(1, QStringLiteral("--strict"));
        const careu::test::Outcome strict = careu(arguments);
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.err.startsWith(fixture(warning)), qPrintable(strict.err));
        QVERIFY2(strict.err.endsWith(QStringLiteral("\n1 warning; --strict fails on warnings.\n")),
                 qPrintable(strict.err));
        QVERIFY(strict.out.isEmpty());
    }

    void badFolderFailsWithLocations()
    {
        const careu::test::Outcome outcome =
            careu({QStringLiteral("validate"), fixture(QStringLiteral("good")),
                   fixture(QStringLiteral("answer-not-a-choice"))});
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.err,
                 fixture(QStringLiteral("answer-not-a-choice/course.json")) +
                     QStringLiteral(":76:11: answer \"c\" is not one of this question's choices\n"
                                    "1 problem found.\n"));
    }

    void contentOptionAddsToShipped()
    {
        const careu::test::Outcome outcome =
            careu({QStringLiteral("--content"), fixture(QStringLiteral("good")), QStringLiteral("validate")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.startsWith(QStringLiteral("Content is valid: 3 courses, 12 lessons")),
                 qPrintable(outcome.out));
    }

    void scenarioStatsOnAFixtureWithKnownNumbers()
    {
        const careu::test::Outcome outcome =
            careu({QStringLiteral("--content"), fixture(QStringLiteral("good")), QStringLiteral("--content"),
                   fixture(QStringLiteral("scenario-good")), QStringLiteral("scenario"),
                   QStringLiteral("stats"), QStringLiteral("walk-in")});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out,
                 QStringLiteral("The walk-in (walk-in, fixture)\n"
                                "  nodes:                 6\n"
                                "  decision points:       3\n"
                                "  endings:               3 (best, recovery, poor)\n"
                                "  distinct paths:        9\n"
                                "  best path:             3 decisions, 6 points, ends at \"end-sale\"\n"
                                "  total per pillar over all paths (min to max):\n"
                                "    communicate     -2 to   3\n"
                                "    respond         -2 to   3\n"
                                "  each ending, its kind and the totals of the paths that reach it:\n"
                                "    end-sale               best        2 to   6  (3 paths)\n"
                                "    end-recovery           recovery    0 to   4  (3 paths)\n"
                                "    end-walkout            poor       -2 to   1  (3 paths)\n"));
    }

    // The routed fixture's numbers, counted by hand in tst_roleplay: endings follow the totals.
    void scenarioStatsThroughRoutes()
    {
        const careu::test::Outcome outcome =
            careu({QStringLiteral("--content"), fixture(QStringLiteral("good")), QStringLiteral("--content"),
                   fixture(QStringLiteral("scenario-routed")), QStringLiteral("scenario"),
                   QStringLiteral("stats"), QStringLiteral("routed")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.endsWith(
                     QStringLiteral("  each ending, its kind and the totals of the paths that reach it:\n"
                                    "    end-best               best        5 to   6  (2 paths)\n"
                                    "    end-fine               average     0 to   3  (6 paths)\n"
                                    "    end-recovery           recovery    4 to   4  (1 path)\n"
                                    "    end-poor               poor       -1 to  -1  (1 path)\n")),
                 qPrintable(outcome.out));
        QVERIFY(outcome.out.contains(QStringLiteral("distinct paths:        10\n")));
    }

    void scenarioStatsForShippedScenarios()
    {
        for (const QString& id : {QStringLiteral("salon"), QStringLiteral("nail-tech"),
                                  QStringLiteral("lego"), QStringLiteral("morale-huddle"),
                                  QStringLiteral("recognize-colleague"), QStringLiteral("trusted-to-decide"),
                                  QStringLiteral("complaint-gift"), QStringLiteral("telephone")}) {
            const careu::test::Outcome outcome =
                careu({QStringLiteral("scenario"), QStringLiteral("stats"), id});
            QCOMPARE(outcome.exitCode, 0);
            QVERIFY(outcome.out.contains(QStringLiteral("distinct paths:")));
        }
        QCOMPARE(
            careu({QStringLiteral("scenario"), QStringLiteral("stats"), QStringLiteral("nope")}).exitCode, 1);
        QCOMPARE(careu({QStringLiteral("scenario"), QStringLiteral("stats")}).exitCode, 2);
    }

    void version()
    {
        const careu::test::Outcome outcome = careu({QStringLiteral("--version")});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, QStringLiteral("careu " CAREU_VERSION "\n"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << "unknown command \"frobnicate\"";
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("--frob"), QStringLiteral("validate")} << "unknown option --frob";
        QTest::addRow("option without value")
            << QStringList{QStringLiteral("validate"), QStringLiteral("--db")} << "--db needs a value";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const careu::test::Outcome outcome = careu(arguments);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
        QVERIFY(outcome.err.contains(QStringLiteral("Usage:")));
    }
};

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
