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
        QVERIFY(outcome.err.isEmpty());
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
        for (const QString& id :
             {QStringLiteral("salon"), QStringLiteral("nail-tech"), QStringLiteral("lego")}) {
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
