#include "content/Catalog.h"
#include "progress/LessonSession.h"
#include "roleplay/ScenarioAnalysis.h"

#include <QtTest>

using namespace careu;

// The shipped courses are the product as much as the code: hold them to the shape the
// curriculum promises (DESIGN.md and the foundation issue), not only to what the validator accepts.
class TestShippedContent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_catalog = Catalog::load();
        for (const Diagnostic& diagnostic : m_catalog.diagnostics())
            qWarning().noquote() << diagnostic.toString();
        QVERIFY(m_catalog.diagnostics().isEmpty());
    }

    void courses_data()
    {
        QTest::addColumn<QString>("courseId");
        QTest::addColumn<QStringList>("pillars");
        QTest::addRow("CARE 101") << "care-101"
                                  << QStringList{QStringLiteral("communicate"), QStringLiteral("appreciate"),
                                                 QStringLiteral("recognize"), QStringLiteral("empower")};
        QTest::addRow("CARE 102") << "care-102"
                                  << QStringList{QStringLiteral("communicate"), QStringLiteral("acknowledge"),
                                                 QStringLiteral("respond"), QStringLiteral("enrich")};
    }

    void courses()
    {
        QFETCH(QString, courseId);
        QFETCH(QStringList, pillars);
        const Course* course = m_catalog.course(courseId);
        QVERIFY(course);
        QCOMPARE(course->pillarIds(), pillars);

        // An opening lesson that belongs to no single pillar, then one lesson per pillar, in order.
        QCOMPARE(course->lessons.size(), 5);
        QVERIFY(course->lessons.first().pillar.isEmpty());
        for (int i = 0; i < pillars.size(); ++i)
            QCOMPARE(course->lessons.at(i + 1).pillar, pillars.at(i));

        for (const Lesson& lesson : course->lessons) {
            const QString where = courseId + QLatin1Char('/') + lesson.id;
            const int words = LessonSession::wordCount(lesson.body);
            QVERIFY2(words >= 300 && words <= 650,
                     qPrintable(QStringLiteral("%1: %2 words").arg(where).arg(words)));
            QVERIFY2(
                lesson.body.trimmed().split(QLatin1Char('\n')).last().contains(QLatin1String("Sources:")),
                qPrintable(where + QStringLiteral(": the last line must credit the Sources")));
            QVERIFY2(lesson.check.size() >= 3, qPrintable(where));
            QSet<QString> answerIds;
            for (const Question& question : lesson.check) {
                QVERIFY2(question.choices.size() >= 3, qPrintable(where + QLatin1Char('/') + question.id));
                answerIds.insert(question.answer);
            }
            QVERIFY2(answerIds.size() > 1,
                     qPrintable(where + QStringLiteral(": the right answer never moves")));
            QVERIFY(!lesson.reflect.isEmpty());
            QCOMPARE(lesson.practice.signOff, QStringLiteral("mentor"));
            // Every lesson can be rehearsed (issue 16), in a role-play of its own course.
            QVERIFY2(!lesson.roleplays.isEmpty(), qPrintable(where + QStringLiteral(": no role-play")));
            for (const QString& id : lesson.roleplays)
                QCOMPARE(m_catalog.scenario(id)->courseId, courseId);
        }
    }

    void scenarios_data()
    {
        QTest::addColumn<QString>("scenarioId");
        QTest::addColumn<QString>("linkedFrom"); // the lesson that links to it
        QTest::addRow("The Salon") << "salon"
                                   << "care-102/respond-with-compassion";
        QTest::addRow("The Nail Tech") << "nail-tech"
                                       << "care-102/communicate-look-up-greet-ask";
        QTest::addRow("Lego") << "lego"
                              << "care-102/enrich-leave-them-better-off";
        QTest::addRow("The Saturday huddle") << "morale-huddle"
                                             << "care-101/huddle-and-listen";
        QTest::addRow("The birthday cake") << "recognize-colleague"
                                           << "care-101/recognize-acts-of-care";
        QTest::addRow("Your call") << "trusted-to-decide"
                                   << "care-101/empower-to-decide";
        QTest::addRow("The wrong name") << "complaint-gift"
                                        << "care-102/respond-with-compassion";
        QTest::addRow("The front desk phone") << "telephone"
                                              << "care-102/acknowledge-every-customer";
    }

    // The bar the role-play issues set for each shipped scenario: five decisions on the best
    // path, three endings or more among them a best and a recovery, earlier choices that change
    // later ones, and endings that follow how the learner played (a route on the points).
    void scenarios()
    {
        QFETCH(QString, scenarioId);
        QFETCH(QString, linkedFrom);
        const Scenario* scenario = m_catalog.scenario(scenarioId);
        QVERIFY(scenario);
        const Course* course = m_catalog.course(scenario->courseId);
        QVERIFY(course);
        const ScenarioStats stats = ScenarioAnalysis::analyse(*scenario, course->pillarIds());
        QVERIFY2(stats.bestPathDecisions >= 5, qPrintable(QString::number(stats.bestPathDecisions)));
        QVERIFY(stats.endings >= 3);
        QVERIFY(!stats.truncated);
        QSet<QString> kinds;
        bool usesFlags = false;
        bool routesOnPoints = false;
        for (const ScenarioNode& node : scenario->nodes) {
            if (node.ending) {
                kinds.insert(node.ending->kind);
                QVERIFY2(stats.endingTotals.value(node.id).paths > 0, qPrintable(node.id));
                continue;
            }
            if (node.isRoute()) {
                for (const ScenarioRoute& entry : node.route)
                    routesOnPoints = routesOnPoints || (entry.when && !entry.when->min.isEmpty());
                continue;
            }
            QVERIFY2(node.choices.size() >= 2 && node.choices.size() <= 4, qPrintable(node.id));
            for (const ScenarioChoice& choice : node.choices) {
                QVERIFY2(!choice.points.isEmpty() && !choice.feedback.isEmpty(),
                         qPrintable(node.id + choice.id));
                usesFlags = usesFlags || !choice.requires.isEmpty() || !choice.unless.isEmpty();
            }
        }
        QVERIFY(kinds.contains(QStringLiteral("recovery")));
        QVERIFY(kinds.contains(QStringLiteral("best")));
        QVERIFY(usesFlags);
        QVERIFY(routesOnPoints);
        const QStringList link = linkedFrom.split(QLatin1Char('/'));
        QVERIFY(m_catalog.course(link.at(0))->lesson(link.at(1))->roleplays.contains(scenarioId));
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestShippedContent)
#include "tst_shippedcontent.moc"
