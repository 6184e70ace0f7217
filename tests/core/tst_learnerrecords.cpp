#include "TestCourse.h"
#include "TestDatabase.h"
#include "TestSupport.h"
#include "progress/LessonSession.h"
#include "store/AttemptStore.h"
#include "store/Database.h"
#include "store/LearnerRecords.h"
#include "store/PeopleStore.h"
#include "store/RecordChain.h"
#include "store/RefresherStore.h"

#include <QtTest>

using namespace careu;

// What the reports read: every active learner in name order, each with their own lessons,
// finished role-plays and records, in the order the rules expect, whatever order SQLite
// finds the rows in.
class TestLearnerRecords : public QObject
{
    Q_OBJECT

private:
    std::optional<Person> create(const QString& name, Roles roles = {Role::Learner})
    {
        NewPerson person;
        person.name = name;
        person.roles = roles;
        return create(person);
    }

    std::optional<Person> create(const NewPerson& person)
    {
        QString error;
        std::optional<Person> created = PeopleStore(m_db, m_clock).create(person, &error);
        if (!created)
            qWarning() << error;
        return created;
    }

    qint64 finishedAttempt(qint64 personId, const QString& scenarioId, int points)
    {
        QString error;
        AttemptStore attempts(m_db);
        const std::optional<qint64> id =
            attempts.start(personId, scenarioId, QStringLiteral("h"), false, m_clock.now(), &error);
        if (!id ||
            !attempts.addChoice(*id, 0, {QStringLiteral("start"), QStringLiteral("c"), m_clock.now()},
                                QStringLiteral("end"),
                                {{QStringLiteral("care"), points}, {QStringLiteral("act"), 1}}, &error))
            qWarning() << error;
        m_clock.advanceSeconds(60);
        return id.value_or(0);
    }

    // A refresher started with two questions, the second answered right.
    void refresher(qint64 personId, int number, qint64 attemptId)
    {
        QString error;
        RefresherStore store(m_db);
        StoredRefresher started;
        started.number = number;
        started.courseId = QStringLiteral("course");
        started.pillarId = QStringLiteral("care");
        started.scenarioId = QStringLiteral("alpha");
        started.startedAt = m_clock.now();
        started.questions = {
            {QStringLiteral("one"), QStringLiteral("q1"), QStringLiteral("h"), {}, false, {}},
            {QStringLiteral("one"), QStringLiteral("q2"), QStringLiteral("h"), {}, false, {}}};
        if (!store.start(personId, started, &error) ||
            !store.answer(personId, number, 1, QStringLiteral("b"), true, m_clock.now(), &error) ||
            !store.update(personId, number, attemptId, m_clock.now(), &error))
            qWarning() << error;
        m_clock.advanceSeconds(60);
    }

    qint64 record(RecordKind kind, qint64 subjectId, const QString& courseId)
    {
        QString error;
        const std::optional<Record> made =
            RecordChain(m_db).append(kind, subjectId, *test::signingKey(m_mentor), courseId,
                                     QStringLiteral("l"), {}, m_clock.now(), &error);
        if (!made)
            qWarning() << error;
        m_clock.advanceSeconds(60);
        return made ? made->id : 0;
    }

private slots:
    void init()
    {
        m_dir.emplace();
        QString error;
        QVERIFY2(m_db.open(test::newDatabase(*m_dir, QStringLiteral("careu.sqlite")), &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        m_db.close();
        m_dir.reset();
    }

    void learnersInNameOrderEachWithTheirOwnRowsInOrder()
    {
        QString error;
        const auto mentor = create(QStringLiteral("Mo Mentor"), {Role::Mentor});
        QVERIFY(mentor);
        m_mentor = mentor->id;
        const auto bea = create({QStringLiteral("Bea")});
        const auto ana = create({QStringLiteral("Ana"),
                                 {Role::Learner},
                                 QStringLiteral("ana@example.com"),
                                 QStringLiteral("S-1"),
                                 mentor->id,
                                 QStringLiteral("North"),
                                 {}});
        const auto gone = create({QStringLiteral("Cy")});
        QVERIFY(bea && ana && gone);
        QVERIFY(PeopleStore(m_db, m_clock).deactivate(gone->id, &error));

        // Ana's Check: q1 wrong before right, q2 right at once. The mentor did a lesson too.
        const Course course = testCourse(QStringLiteral("course"), {QStringLiteral("one")});
        ProgressStore progress(m_db);
        for (const qint64 person : {ana->id, mentor->id}) {
            LessonSession session(progress, m_clock, person, course, course.lessons.first());
            QVERIFY(session.load(&error));
            QVERIFY(session.answer(QStringLiteral("q1"), QStringLiteral("a"), &error));
            QVERIFY(session.answer(QStringLiteral("q1"), QStringLiteral("b"), &error));
            QVERIFY(session.answer(QStringLiteral("q2"), QStringLiteral("b"), &error));
        }

        // Rows of several people written in turns; within Ana's, the indexes SQLite reads them
        // by put the later attempt and the earlier record last.
        const qint64 anaFirstPlay = finishedAttempt(ana->id, QStringLiteral("alpha"), 3);
        const qint64 beaPlay = finishedAttempt(bea->id, QStringLiteral("alpha"), 5);
        const qint64 anaLaterPlay = finishedAttempt(ana->id, QStringLiteral("zeta"), 7);
        QVERIFY(AttemptStore(m_db).start(ana->id, QStringLiteral("alpha"), QStringLiteral("h"), false,
                                         m_clock.now(), &error)); // unfinished: not read
        finishedAttempt(gone->id, QStringLiteral("alpha"), 1);
        const qint64 anaFirst = record(RecordKind::SignOffRequest, ana->id, QStringLiteral("z-course"));
        const qint64 beaRecord = record(RecordKind::SignOffRequest, bea->id, QStringLiteral("course"));
        record(RecordKind::Recognition, mentor->id, QStringLiteral("course"));
        const qint64 anaSecond = record(RecordKind::SignOffRequest, ana->id, QStringLiteral("a-course"));
        // Ana's second refresher written before her first, Bea's in between.
        refresher(ana->id, 2, 0);
        refresher(bea->id, 1, beaPlay);
        refresher(ana->id, 1, anaFirstPlay);

        LearnerRecords learners(m_db, LearnerRecords::RolePlayScores::Totals);
        QVERIFY2(learners.open(&error), qPrintable(error));
        QCOMPARE(learners.count(), 2);

        LearnerData learner;
        QVERIFY2(learners.next(&learner, &error), qPrintable(error));
        QCOMPARE(learner.person.name, QStringLiteral("Ana"));
        QCOMPARE(learner.person.email, QStringLiteral("ana@example.com"));
        QCOMPARE(learner.person.staffId, QStringLiteral("S-1"));
        QCOMPARE(learner.person.location, QStringLiteral("North"));
        QCOMPARE(learner.mentorName, QStringLiteral("Mo Mentor"));
        QCOMPARE(learner.lessons.size(), 1);
        QCOMPARE(learner.lessons.first().firstTryRight, QStringList{QStringLiteral("q2")});
        QVERIFY(learner.lessons.first().checkPassedAt.isValid());
        QVERIFY(!learner.lessons.first().completedAt.isValid()); // no reflection yet
        QCOMPARE(learner.attempts.size(), 2);
        QCOMPARE(learner.attempts.at(0).id, anaLaterPlay); // newest first
        QCOMPARE(learner.attempts.at(0).total, 8);
        QCOMPARE(learner.attempts.at(0).scenarioId, QStringLiteral("zeta"));
        QCOMPARE(learner.attempts.at(1).id, anaFirstPlay);
        QVERIFY(learner.attempts.at(0).scores.isEmpty()); // totals only were asked for
        QCOMPARE(learner.records.size(), 2);
        QCOMPARE(learner.records.at(0).id, anaFirst); // chain order
        QCOMPARE(learner.records.at(0).courseId, QStringLiteral("z-course"));
        QCOMPARE(learner.records.at(1).id, anaSecond);
        QCOMPARE(learner.refreshers.size(), 2);
        QCOMPARE(learner.refreshers.at(0).number, 1); // by number
        QCOMPARE(learner.refreshers.at(0).attemptId, anaFirstPlay);
        QCOMPARE(learner.refreshers.at(0).replayTotal, 4);
        QCOMPARE(learner.refreshers.at(0).replayEndingId, QStringLiteral("end"));
        QCOMPARE(learner.refreshers.at(0).scenarioId, QStringLiteral("alpha"));
        QVERIFY(learner.refreshers.at(0).completedAt.isValid());
        QCOMPARE(learner.refreshers.at(0).questions.size(), 2);
        QCOMPARE(learner.refreshers.at(0).questions.at(0).questionId, QStringLiteral("q1"));
        QVERIFY(!learner.refreshers.at(0).questions.at(0).answered());
        QCOMPARE(learner.refreshers.at(0).questions.at(1).choiceId, QStringLiteral("b"));
        QCOMPARE(learner.refreshers.at(0).rightCount(), 1);
        QCOMPARE(learner.refreshers.at(1).number, 2);
        QVERIFY(!learner.refreshers.at(1).replayTotal);
        QCOMPARE(learner.refreshers.at(1).questions.size(), 2);
        QCOMPARE(learner.firstTryRight(QStringLiteral("course")),
                 (QHash<QString, QStringList>{{QStringLiteral("one"), {QStringLiteral("q2")}}}));

        QVERIFY2(learners.next(&learner, &error), qPrintable(error));
        QCOMPARE(learner.person.name, QStringLiteral("Bea"));
        QVERIFY(learner.lessons.isEmpty());
        QCOMPARE(learner.attempts.size(), 1);
        QCOMPARE(learner.attempts.first().id, beaPlay);
        QCOMPARE(learner.records.size(), 1);
        QCOMPARE(learner.records.first().id, beaRecord);
        QCOMPARE(learner.refreshers.size(), 1);
        QCOMPARE(learner.refreshers.first().replayTotal, 6);

        QVERIFY(!learners.next(&learner, &error)); // neither the mentor nor Cy, who left
        QVERIFY2(error.isEmpty(), qPrintable(error));

        LearnerRecords withScores(m_db, LearnerRecords::RolePlayScores::PerPillar);
        QVERIFY2(withScores.open(&error), qPrintable(error));
        QVERIFY2(withScores.next(&learner, &error), qPrintable(error));
        QCOMPARE(learner.attempts.at(0).scores,
                 (PillarScores{{QStringLiteral("care"), 7}, {QStringLiteral("act"), 1}}));
        QCOMPARE(learner.attempts.at(1).scores,
                 (PillarScores{{QStringLiteral("care"), 3}, {QStringLiteral("act"), 1}}));
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC)};
    std::optional<QTemporaryDir> m_dir;
    Database m_db;
    qint64 m_mentor = 0;
};

QTEST_GUILESS_MAIN(TestLearnerRecords)
#include "tst_learnerrecords.moc"
