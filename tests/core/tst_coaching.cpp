#include "TestDatabase.h"
#include "TestOrg.h"
#include "content/Catalog.h"
#include "signoff/Coaching.h"
#include "signoff/Mentoring.h"
#include "signoff/RefresherSession.h"
#include "store/Database.h"
#include "store/PeopleStore.h"

#include <QtTest>

using namespace careu;

// After graduation: refreshers at spaced intervals that ask the graduate again (Check questions
// and a role-play replay), due by the (fake) clock and closed by the graduate's coach once taken;
// and the recognition and huddle records mentors keep.
class TestCoaching : public QObject
{
    Q_OBJECT

private:
    Services& services() { return m_org->services(); }
    ManualClock& clock() { return m_org->clock(); }

    std::optional<Person> person(const QString& name, Roles roles)
    {
        NewPerson newPerson;
        newPerson.name = name;
        newPerson.roles = roles;
        QString error;
        // Added by the admin with a password that opens their signing key: what they do is signed.
        const auto created = m_org->add(newPerson, test::TestOrg::learnerPassword(), &error);
        if (!created)
            qWarning() << error;
        return created;
    }

    RefresherSession session(int number)
    {
        QString error;
        auto made = services().refresherSession(m_learner, number, &error);
        if (!made)
            qFatal("no refresher session: %s", qPrintable(error));
        return std::move(*made);
    }

private slots:
    void init()
    {
        m_catalog = Catalog::load();
        m_dir.emplace();
        m_db.emplace();
        QString error;
        QVERIFY2(m_db->open(test::newDatabase(*m_dir, QStringLiteral("careu.sqlite")), &error),
                 qPrintable(error));
        m_org.emplace(*m_db, m_catalog, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        const auto mentor = m_org->mentor(QStringLiteral("Maria"), &error); // also Leo's coach
        QVERIFY2(mentor, qPrintable(error));
        m_coach = *mentor;
        const auto learner = m_org->learner(QStringLiteral("Leo"), m_coach, &error);
        QVERIFY2(learner, qPrintable(error));
        m_learner = *learner;
        const auto other = person(QStringLiteral("Nora"), {Role::Coach});
        QVERIFY(other);
        m_otherCoach = *other;
    }

    void cleanup()
    {
        m_org.reset();
        m_db.reset();
        m_dir.reset();
    }

    void intervals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVector<int>>("days");
        QTest::addRow("default") << "" << QVector<int>{7, 30, 90};
        QTest::addRow("custom") << " 3, 14 ,60,180" << QVector<int>{3, 14, 60, 180};
        QTest::addRow("not rising") << "30, 7" << QVector<int>{7, 30, 90};
        QTest::addRow("not numbers") << "soon, later" << QVector<int>{7, 30, 90};
        QTest::addRow("absurd") << "7, 99999" << QVector<int>{7, 30, 90};
    }

    void intervals()
    {
        QFETCH(QString, text);
        QFETCH(QVector<int>, days);
        QCOMPARE(Coaching::intervalsFrom(text), days);
    }

    void aGraduateTakesARefresherAndTheCoachClosesIt()
    {
        QString error;
        // Leo misses the first question of CARE 102's Respond lesson at the first try, then graduates.
        const Course& course = *m_catalog.course(QStringLiteral("care-102"));
        const Lesson& respond = course.lessons.at(3);
        QCOMPARE(respond.pillar, QStringLiteral("respond"));
        QVERIFY2(m_org->completeLesson(m_learner, course.id, 3, true, &error), qPrintable(error));
        QVERIFY2(m_org->graduate(m_learner, m_coach, &error), qPrintable(error));
        const QDateTime graduated = clock().now();
        QCOMPARE(services().signOffs.graduatedAt(m_learner.id, m_catalog.courses(), &error), graduated);

        auto coaching = services().coaching();
        QVERIFY(coaching);
        QVector<Refresher> refreshers = coaching->refreshers(m_learner.id, graduated, &error);
        QCOMPARE(refreshers.size(), 3);
        QCOMPARE(refreshers.at(0).due, graduated.addDays(7));
        QCOMPARE(refreshers.at(2).due, graduated.addDays(90));
        // Planned on his weakest pillar, the question he missed first.
        const Refresher& planned = refreshers.at(0);
        QCOMPARE(planned.pillar->id, QStringLiteral("respond"));
        QCOMPARE(planned.progress.questions.size(), 3);
        QCOMPARE(planned.progress.questions.first().lessonId, respond.id);
        QCOMPARE(planned.progress.questions.first().questionId, respond.check.first().id);
        QCOMPARE(planned.progress.scenarioId, QStringLiteral("salon"));
        QVERIFY(!planned.started());

        // Not before it is due.
        RefresherSession first = session(1);
        QVERIFY(!first.open(&error));
        QVERIFY2(error.contains(QStringLiteral("not due until")), qPrintable(error));
        QVERIFY(!coaching->checkIn(m_coach, m_learner, graduated, 1, QString(), &error));

        clock().advanceSeconds(8 * 24 * 3600);
        QVERIFY2(first.open(&error), qPrintable(error));
        QVERIFY(first.refresher().started());
        QCOMPARE(first.refresher().progress.questions.size(), 3);
        QCOMPARE(first.question(0), &respond.check.first());
        // Until he has taken it, the coach cannot close it.
        QVERIFY(!coaching->checkIn(m_coach, m_learner, graduated, 1, QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("has not taken refresher 1")), qPrintable(error));

        // One answer per question: the first counts.
        QVERIFY(first.answer(0, test::TestOrg::wrongChoice(*first.question(0)), &error));
        QVERIFY(!first.answer(0, first.question(0)->answer, &error));
        QVERIFY2(error.contains(QStringLiteral("first answer counts")), qPrintable(error));
        QVERIFY(!first.answer(1, QStringLiteral("no-such-choice"), &error));
        for (int i = 1; i < 3; ++i)
            QVERIFY2(first.answer(i, first.question(i)->answer, &error), qPrintable(error));
        QVERIFY(first.allAnswered());
        QVERIFY(!first.replayed());
        QVERIFY(!first.taken());
        QVERIFY(!coaching->checkIn(m_coach, m_learner, graduated, 1, QString(), &error));

        // The replay: a play of the refresher's role-play since it started.
        QVERIFY2(m_org->replay(m_learner, QStringLiteral("salon"), &error), qPrintable(error));
        QVERIFY2(first.takeReplay(&error), qPrintable(error));
        QVERIFY(first.taken());
        QVERIFY(first.refresher().progress.attemptId != 0);
        QVERIFY(first.refresher().progress.replayTotal.has_value());
        QCOMPARE(first.refresher().progress.rightCount(), 2);

        // Stored: the coach reads the same answers.
        refreshers = coaching->refreshers(m_learner.id, graduated, &error);
        const Refresher& taken = refreshers.at(0);
        QVERIFY(taken.taken());
        QCOMPARE(taken.progress.questions.size(), 3);
        QVERIFY(!taken.progress.questions.at(0).correct);
        QCOMPARE(taken.progress.questions.at(0).choiceId, test::TestOrg::wrongChoice(respond.check.first()));
        QVERIFY(taken.progress.questions.at(1).correct);

        QVERIFY(
            !coaching->checkIn(m_otherCoach, m_learner, graduated, 1, QString(), &error)); // not his coach
        QVERIFY2(coaching->checkIn(m_coach, m_learner, graduated, 1,
                                   QStringLiteral("Talked through the question he missed."), &error),
                 qPrintable(error));
        refreshers = coaching->refreshers(m_learner.id, graduated, &error);
        QVERIFY(refreshers.at(0).done);
        QCOMPARE(refreshers.at(0).note, QStringLiteral("Talked through the question he missed."));
        QVERIFY(!coaching->checkIn(m_coach, m_learner, graduated, 1, QString(), &error));
        QVERIFY(error.contains(QStringLiteral("already")));
        // The signed record keeps the score the coach saw.
        const QVector<Record> records = services().chain.about(m_learner.id, &error);
        QCOMPARE(records.last().kind, RecordKind::CoachCheckIn);
        QCOMPARE(records.last().body.value(QStringLiteral("right")).toInt(), 2);
        QCOMPARE(records.last().body.value(QStringLiteral("asked")).toInt(), 3);
        QVERIFY(services().chain.verify(&error).intact);

        // The second refresher asks the question he missed again, first.
        clock().advanceSeconds(23 * 24 * 3600);
        RefresherSession second = session(2);
        QVERIFY2(second.open(&error), qPrintable(error));
        QCOMPARE(second.question(0), &respond.check.first());
    }

    void refreshersGoInOrder()
    {
        QString error;
        QVERIFY2(m_org->graduate(m_learner, m_coach, &error), qPrintable(error));
        clock().advanceSeconds(31 * 24 * 3600);
        RefresherSession second = session(2);
        QVERIFY(!second.open(&error));
        QVERIFY2(error.contains(QStringLiteral("Take refresher 1 first")), qPrintable(error));
        QVERIFY2(session(1).open(&error), qPrintable(error));
        QVERIFY(!session(4).open(&error));
        QVERIFY2(error.contains(QStringLiteral("no refresher 4")), qPrintable(error));
    }

    void theStoreKeepsWhatWasAskedAndAnswered()
    {
        QString error;
        RefresherStore& store = services().refreshers;
        StoredRefresher started;
        started.number = 1;
        started.courseId = QStringLiteral("care-102");
        started.pillarId = QStringLiteral("enrich");
        started.scenarioId = QStringLiteral("lego");
        started.startedAt = clock().now();
        started.questions = {
            {QStringLiteral("l1"), QStringLiteral("q1"), QStringLiteral("hash-1"), {}, false, {}},
            {QStringLiteral("l2"), QStringLiteral("q3"), QStringLiteral("hash-2"), {}, false, {}}};
        QVERIFY2(store.start(m_learner.id, started, &error), qPrintable(error));
        QVERIFY(!store.start(m_learner.id, started, &error)); // once

        clock().advanceSeconds(60);
        QVERIFY2(store.answer(m_learner.id, 1, 1, QStringLiteral("b"), true, clock().now(), &error),
                 qPrintable(error));
        QVERIFY(!store.answer(m_learner.id, 1, 1, QStringLiteral("a"), false, clock().now(), &error));
        QVERIFY2(error.contains(QStringLiteral("answered already")), qPrintable(error));
        const auto attempt = services().attempts.start(m_learner.id, QStringLiteral("lego"),
                                                       QStringLiteral("h"), false, clock().now(), &error);
        QVERIFY2(attempt, qPrintable(error));
        QVERIFY2(store.update(m_learner.id, 1, *attempt, QDateTime(), &error), qPrintable(error));

        QString readError;
        QVector<StoredRefresher> stored = store.of(m_learner.id, &readError);
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QCOMPARE(stored.size(), 1);
        const StoredRefresher& read = stored.first();
        QCOMPARE(read.number, 1);
        QCOMPARE(read.pillarId, QStringLiteral("enrich"));
        QCOMPARE(read.scenarioId, QStringLiteral("lego"));
        QCOMPARE(read.startedAt, started.startedAt);
        QCOMPARE(read.attemptId, *attempt);
        QVERIFY(!read.replayTotal); // the attempt is not finished
        QVERIFY(!read.completedAt.isValid());
        QCOMPARE(read.questions.size(), 2);
        QCOMPARE(read.questions.at(0).lessonId, QStringLiteral("l1"));
        QVERIFY(!read.questions.at(0).answered());
        QCOMPARE(read.questions.at(1).questionId, QStringLiteral("q3"));
        QCOMPARE(read.questions.at(1).contentHash, QStringLiteral("hash-2"));
        QCOMPARE(read.questions.at(1).choiceId, QStringLiteral("b"));
        QVERIFY(read.questions.at(1).correct);
        QCOMPARE(read.questions.at(1).answeredAt, clock().now());
        QCOMPARE(read.rightCount(), 1);

        QVERIFY2(store.update(m_learner.id, 1, *attempt, clock().now(), &error), qPrintable(error));
        stored = store.of(m_learner.id, &error);
        QCOMPARE(stored.first().completedAt, clock().now());
        QVERIFY(store.of(m_coach.id, &error).isEmpty());
    }

    void noRefreshersBeforeGraduation()
    {
        auto coaching = services().coaching();
        QString error;
        QVERIFY(coaching->refreshers(m_learner.id, QDateTime(), &error).isEmpty());
        QVERIFY(!coaching->checkIn(m_coach, m_learner, QDateTime(), 1, QString(), &error));
        QVERIFY(error.contains(QStringLiteral("has not graduated")));
        QVERIFY(!session(1).open(&error));
        QVERIFY2(error.contains(QStringLiteral("has not graduated")), qPrintable(error));
    }

    void recognitionAndHuddles()
    {
        Mentoring& mentoring = services().mentoring;
        QString error;
        QVERIFY(!mentoring.recognize(m_coach, m_learner, QStringLiteral("   "), &error));
        QVERIFY(!mentoring.recognize(m_learner, m_learner, QStringLiteral("I was great"), &error));
        QVERIFY(mentoring.recognize(m_coach, m_learner,
                                    QStringLiteral("You walked Mrs Ortiz to the door in the rain."), &error));
        const auto recognitions = mentoring.recognitions(m_learner.id, &error);
        QCOMPARE(recognitions.size(), 1);
        QCOMPARE(recognitions.first().byId, m_coach.id);

        Huddle huddle{QDate(2026, 11, 24), 0, QStringLiteral("Calm with the queue"),
                      QStringLiteral("Eye contact"), QStringLiteral("Greet the next five customers first")};
        QVERIFY(!mentoring.logHuddle(m_otherCoach, m_learner, huddle, &error)); // huddles are the mentor's
        QVERIFY2(mentoring.logHuddle(m_coach, m_learner, huddle, &error), qPrintable(error));
        const auto huddles = mentoring.huddles(m_learner.id, &error);
        QCOMPARE(huddles.size(), 1);
        QCOMPARE(huddles.first().date, QDate(2026, 11, 24));
        QCOMPARE(huddles.first().nextStep, QStringLiteral("Greet the next five customers first"));
        QVERIFY(services().chain.verify(&error).intact);
    }

private:
    Catalog m_catalog;
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::optional<test::TestOrg> m_org;
    Person m_coach; // Maria: Leo's mentor and coach
    Person m_learner;
    Person m_otherCoach;
};

QTEST_GUILESS_MAIN(TestCoaching)
#include "tst_coaching.moc"
