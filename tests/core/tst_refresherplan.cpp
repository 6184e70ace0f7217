#include "TestCourse.h"
#include "signoff/RefresherPlan.h"

#include <QtTest>

using namespace careu;

// Which Check questions a refresher asks again: the graduate's weakest pillar and what they
// missed first, 3 to 5 of them, a question missed at a refresher again at the next one.
class TestRefresherPlan : public QObject
{
    Q_OBJECT

private:
    // An opening lesson without a pillar, then one lesson of four questions per pillar p1-p4,
    // each linking a role-play of its own (p2 two of them).
    static Course course()
    {
        Course course = testCourse(QStringLiteral("refresh"), {});
        course.lessons.append(testLesson(QStringLiteral("intro"), 2));
        for (int p = 1; p <= 4; ++p) {
            const QString pillar = QStringLiteral("p%1").arg(p);
            course.pillars.append({pillar, QStringLiteral("Pillar %1").arg(p), QString()});
            Lesson lesson = testLesson(QStringLiteral("l%1").arg(p), 4);
            lesson.pillar = pillar;
            lesson.roleplays = {QStringLiteral("play-%1").arg(p)};
            if (p == 2)
                lesson.roleplays.append(QStringLiteral("play-2b"));
            course.lessons.append(lesson);
        }
        return course;
    }

    // Every Check passed, every question right at the first try except those in missed
    // ("l3/q2" and so on).
    static AnswerHistory history(const Course& course, const QStringList& missed = {})
    {
        AnswerHistory history;
        for (const Lesson& lesson : course.lessons) {
            QStringList right;
            for (const Question& question : lesson.check) {
                if (!missed.contains(lesson.id + QLatin1Char('/') + question.id))
                    right.append(question.id);
            }
            history.firstTryRight.insert(lesson.id, right);
        }
        return history;
    }

    // A refresher taken as planned, with the answers in wrong ("l1/q1"...) wrong, the rest right.
    static QVector<AskedQuestion> taken(const RefresherPlan& plan, const QStringList& wrong = {})
    {
        QVector<AskedQuestion> questions = plan.questions;
        for (AskedQuestion& question : questions) {
            const bool missed = wrong.contains(keys({question}).first());
            question.choiceId = missed ? QStringLiteral("a") : QStringLiteral("b");
            question.correct = !missed;
            question.answeredAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        }
        return questions;
    }

    static QStringList keys(const QVector<AskedQuestion>& questions)
    {
        QStringList result;
        for (const AskedQuestion& question : questions)
            result.append(question.lessonId + QLatin1Char('/') + question.questionId);
        return result;
    }

private slots:
    void aGraduateWhoMissedNothingGoesThroughThePillarsInTurn_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("pillar");
        QTest::addColumn<QString>("scenario");
        QTest::addRow("first") << 1 << "p1"
                               << "play-1";
        QTest::addRow("second") << 2 << "p2"
                                << "play-2b"; // its second link, at the second refresher
        QTest::addRow("third") << 3 << "p3"
                               << "play-3";
        QTest::addRow("fifth, round again") << 5 << "p1"
                                            << "play-1";
    }

    void aGraduateWhoMissedNothingGoesThroughThePillarsInTurn()
    {
        QFETCH(int, number);
        QFETCH(QString, pillar);
        QFETCH(QString, scenario);
        const Course refresh = course();
        const RefresherPlan plan = RefresherPlan::of(refresh, number, history(refresh));
        QCOMPARE(plan.pillarId, pillar);
        QCOMPARE(plan.scenarioId, scenario);
        const QString lesson = QStringLiteral("l") + pillar.mid(1);
        QCOMPARE(keys(plan.questions),
                 (QStringList{lesson + QStringLiteral("/q1"), lesson + QStringLiteral("/q2"),
                              lesson + QStringLiteral("/q3")}));
        for (const AskedQuestion& question : plan.questions) {
            QVERIFY(!question.answered());
            QCOMPARE(question.contentHash, QStringLiteral("hash-") + lesson);
        }
        // The same history gives the same plan.
        QCOMPARE(keys(RefresherPlan::of(refresh, number, history(refresh)).questions), keys(plan.questions));
    }

    void theWeakestPillarAndTheMissedQuestionsComeFirst()
    {
        const Course refresh = course();
        // p3 half wrong at the first try, p2 a quarter, and an opening question missed.
        const AnswerHistory missed = history(refresh, {QStringLiteral("l3/q2"), QStringLiteral("l3/q4"),
                                                       QStringLiteral("l2/q3"), QStringLiteral("intro/q1")});
        QCOMPARE(RefresherPlan::pillarsByWeakness(refresh, 1, missed),
                 (QStringList{QStringLiteral("p3"), QStringLiteral("p2"), QStringLiteral("p1"),
                              QStringLiteral("p4")}));
        const RefresherPlan plan = RefresherPlan::of(refresh, 1, missed);
        QCOMPARE(plan.pillarId, QStringLiteral("p3"));
        QCOMPARE(plan.scenarioId, QStringLiteral("play-3"));
        // The misses, weakest pillar first and the pillar-less lesson last: four of them.
        QCOMPARE(keys(plan.questions), (QStringList{QStringLiteral("l3/q2"), QStringLiteral("l3/q4"),
                                                    QStringLiteral("l2/q3"), QStringLiteral("intro/q1")}));
    }

    void threeToFiveQuestions_data()
    {
        QTest::addColumn<QStringList>("missed");
        QTest::addColumn<int>("asked");
        QTest::addRow("none missed") << QStringList{} << 3;
        QTest::addRow("one missed") << QStringList{QStringLiteral("l4/q4")} << 3;
        QTest::addRow("four missed") << QStringList{QStringLiteral("l1/q1"), QStringLiteral("l2/q1"),
                                                    QStringLiteral("l3/q1"), QStringLiteral("l4/q1")}
                                     << 4;
        QTest::addRow("seven missed")
            << QStringList{QStringLiteral("l1/q1"), QStringLiteral("l1/q2"), QStringLiteral("l1/q3"),
                           QStringLiteral("l2/q1"), QStringLiteral("l2/q2"), QStringLiteral("l3/q1"),
                           QStringLiteral("l4/q1")}
            << 5;
    }

    void threeToFiveQuestions()
    {
        QFETCH(QStringList, missed);
        QFETCH(int, asked);
        const Course refresh = course();
        const RefresherPlan plan = RefresherPlan::of(refresh, 1, history(refresh, missed));
        QCOMPARE(plan.questions.size(), asked);
        // Every miss is asked when there is room; with one miss, two of its pillar fill up.
        for (const QString& question : missed.mid(0, asked))
            QVERIFY2(keys(plan.questions).contains(question), qPrintable(question));
        if (missed.size() == 1)
            QCOMPARE(keys(plan.questions), (QStringList{QStringLiteral("l4/q4"), QStringLiteral("l4/q1"),
                                                        QStringLiteral("l4/q2")}));
    }

    void aQuestionMissedAtARefresherComesBackAtTheNext()
    {
        const Course refresh = course();
        AnswerHistory answers = history(refresh);
        const RefresherPlan first = RefresherPlan::of(refresh, 1, answers);
        QCOMPARE(keys(first.questions),
                 (QStringList{QStringLiteral("l1/q1"), QStringLiteral("l1/q2"), QStringLiteral("l1/q3")}));
        answers.refreshers.append(taken(first, {QStringLiteral("l1/q2")}));

        // Missed once: it comes back first, ahead of the pillar whose turn it is. p1 is now the
        // weakest (one of its four questions wrong), so its least recently asked ones fill up.
        const RefresherPlan second = RefresherPlan::of(refresh, 2, answers);
        QCOMPARE(second.pillarId, QStringLiteral("p1"));
        QCOMPARE(keys(second.questions),
                 (QStringList{QStringLiteral("l1/q2"), QStringLiteral("l1/q4"), QStringLiteral("l1/q1")}));
        answers.refreshers.append(taken(second, {QStringLiteral("l1/q2")}));

        // Missed again: back again.
        const RefresherPlan third = RefresherPlan::of(refresh, 3, answers);
        QCOMPARE(keys(third.questions).first(), QStringLiteral("l1/q2"));
        answers.refreshers.append(taken(third));

        // Right at last: p1 is no longer behind, and the pillars go on in turn.
        const RefresherPlan fourth = RefresherPlan::of(refresh, 4, answers);
        QCOMPARE(fourth.pillarId, QStringLiteral("p4"));
        QCOMPARE(keys(fourth.questions),
                 (QStringList{QStringLiteral("l4/q1"), QStringLiteral("l4/q2"), QStringLiteral("l4/q3")}));
    }

    void everyMissedQuestionIsAskedWithinTwoRefreshers()
    {
        const Course refresh = course();
        QStringList missed;
        for (int p = 1; p <= 4; ++p)
            missed << QStringLiteral("l%1/q1").arg(p) << QStringLiteral("l%1/q2").arg(p);
        AnswerHistory answers = history(refresh, missed);
        const RefresherPlan first = RefresherPlan::of(refresh, 1, answers);
        QCOMPARE(first.questions.size(), RefresherPlan::Most);
        answers.refreshers.append(taken(first));
        const RefresherPlan second = RefresherPlan::of(refresh, 2, answers);
        QCOMPARE(second.questions.size(), 3);
        QStringList asked = keys(first.questions) + keys(second.questions);
        asked.sort();
        missed.sort();
        QCOMPARE(asked, missed);
    }

    void aCourseWithFewQuestionsAsksThemAll()
    {
        Course small = testCourse(QStringLiteral("small"), {});
        small.pillars.append({QStringLiteral("p1"), QStringLiteral("Pillar 1"), QString()});
        Lesson lesson = testLesson(QStringLiteral("only"), 2);
        lesson.pillar = QStringLiteral("p1");
        small.lessons.append(lesson);
        const RefresherPlan plan = RefresherPlan::of(small, 1, AnswerHistory());
        QCOMPARE(plan.questions.size(), 2);
        QCOMPARE(plan.pillarId, QStringLiteral("p1"));
        QVERIFY(plan.scenarioId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRefresherPlan)
#include "tst_refresherplan.moc"
