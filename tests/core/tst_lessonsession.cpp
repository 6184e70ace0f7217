#include "TestCourse.h"
#include "TestDatabase.h"
#include "store/Dialect.h"
#include "progress/LessonSession.h"
#include "store/Database.h"
#include "store/PeopleStore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace careu;

class TestLessonSession : public QObject
{
    Q_OBJECT

private:
    const QString TenWords = QStringLiteral("I greeted every customer by name today and it felt good.");

    void reopen()
    {
        m_db.emplace();
        QString error;
        if (m_location.isEmpty())
            m_location = test::newDatabase(*m_dir, QStringLiteral("careu.sqlite"));
        QVERIFY2(m_db->open(m_location, &error), qPrintable(error));
        m_store.emplace(*m_db);
    }

    std::unique_ptr<LessonSession> session()
    {
        auto s = std::make_unique<LessonSession>(*m_store, m_clock, m_personId, m_course,
                                                 m_course.lessons.first());
        QString error;
        if (!s->load(&error))
            qWarning() << error;
        return s;
    }

private slots:
    void init()
    {
        m_dir.emplace();
        m_location.clear();
        m_course = testCourse(QStringLiteral("course"), {QStringLiteral("one")});
        reopen();
        QString error;
        m_personId = PeopleStore(*m_db, m_clock).create(QStringLiteral("Ana"), &error)->id;
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void freshLessonStartsAtLearn()
    {
        auto s = session();
        QCOMPARE(s->step(), LessonStep::Learn);
        QVERIFY(!s->checkPassed());
        QVERIFY(!s->isComplete());
        QCOMPARE(s->currentChoice(QStringLiteral("q1")), QString());
    }

    void wrongThenRightPassesTheCheck()
    {
        auto s = session();
        QString error;
        const Choice* choice = s->answer(QStringLiteral("q1"), QStringLiteral("a"), &error);
        QVERIFY(choice);
        QCOMPARE(choice->feedback, QStringLiteral("Not quite, because..."));
        QVERIFY(!s->isAnsweredCorrectly(QStringLiteral("q1")));
        QVERIFY(s->answer(QStringLiteral("q1"), QStringLiteral("b"), &error));
        QVERIFY(s->isAnsweredCorrectly(QStringLiteral("q1")));
        QVERIFY(!s->checkPassed()); // q2 not answered yet
        QCOMPARE(s->correctCount(), 1);
        QVERIFY(s->answer(QStringLiteral("q2"), QStringLiteral("b"), &error));
        QVERIFY(s->checkPassed());
        QCOMPARE(s->firstTryScore(), 50);
    }

    void changingARightAnswerKeepsThePass()
    {
        auto s = session();
        QString error;
        QVERIFY(s->answer(QStringLiteral("q1"), QStringLiteral("b"), &error));
        QVERIFY(s->answer(QStringLiteral("q2"), QStringLiteral("b"), &error));
        QVERIFY(s->answer(QStringLiteral("q2"), QStringLiteral("a"), &error));
        QVERIFY(s->checkPassed());
        QCOMPARE(s->correctCount(), 1);
    }

    void onlyTheFirstAnswerToAQuestionCountsAndIsSavedWithTheLesson()
    {
        auto s = session();
        QString error;
        QVERIFY(s->answer(QStringLiteral("q2"), QStringLiteral("b"), &error)); // right at once
        QVERIFY(s->answer(QStringLiteral("q1"), QStringLiteral("a"), &error)); // wrong first
        QVERIFY(s->answer(QStringLiteral("q1"), QStringLiteral("b"), &error));
        QVERIFY(s->answer(QStringLiteral("q2"), QStringLiteral("a"), &error)); // trying the other
        QVERIFY(s->answer(QStringLiteral("q2"), QStringLiteral("b"), &error));
        QCOMPARE(s->firstTryCorrect(), 1);
        QCOMPARE(s->firstTryScore(), 50);

        // What the reports read: the same line, kept with the lesson as each answer is saved.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT first_try_right FROM lesson_progress")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("q2"));
        const QStringList stored = query.value(0).toString().split(QLatin1Char(' '));
        QCOMPARE(LessonSession::firstTryScore(m_course.lessons.first(), stored), 50);
    }

    void onlyTheLessonsCurrentQuestionsCount()
    {
        const Lesson& lesson = m_course.lessons.first(); // q1 and q2
        QCOMPARE(LessonSession::firstTryCorrect(lesson, {QStringLiteral("q1"), QStringLiteral("q2")}), 2);
        // A question since taken out of the lesson no longer counts; one never answered is wrong.
        QCOMPARE(LessonSession::firstTryCorrect(lesson, {QStringLiteral("q1"), QStringLiteral("old")}), 1);
        QCOMPARE(LessonSession::firstTryScore(lesson, {QStringLiteral("q1"), QStringLiteral("old")}), 50);
        QCOMPARE(LessonSession::firstTryScore(lesson, {}), 0);
        Lesson noCheck = lesson;
        noCheck.check.clear();
        QCOMPARE(LessonSession::firstTryScore(noCheck, {QStringLiteral("q1")}), 0);
    }

    void unknownAnswerIsRefused()
    {
        auto s = session();
        QString error;
        QVERIFY(!s->answer(QStringLiteral("q1"), QStringLiteral("z"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!s->answer(QStringLiteral("q9"), QStringLiteral("a"), &error));
        QCOMPARE(s->currentChoice(QStringLiteral("q1")), QString());
    }

    void completionNeedsCheckAndReflection()
    {
        auto s = session();
        QString error;
        QVERIFY(s->saveReflection(TenWords, &error));
        QVERIFY(s->reflectionWritten());
        QVERIFY(!s->isComplete());
        QVERIFY(s->answer(QStringLiteral("q1"), QStringLiteral("b"), &error));
        m_clock.advanceSeconds(30);
        QVERIFY(s->answer(QStringLiteral("q2"), QStringLiteral("b"), &error));
        QVERIFY(s->isComplete());
        QCOMPARE(s->completedAt(), m_clock.now());
    }

    void shortReflectionDoesNotComplete()
    {
        auto s = session();
        QString error;
        QVERIFY(s->answer(QStringLiteral("q1"), QStringLiteral("b"), &error));
        QVERIFY(s->answer(QStringLiteral("q2"), QStringLiteral("b"), &error));
        QVERIFY(s->saveReflection(QStringLiteral("Too short to count."), &error));
        QVERIFY(!s->reflectionWritten());
        QVERIFY(!s->isComplete());
        QVERIFY(s->saveReflection(TenWords, &error));
        QVERIFY(s->isComplete());
        const QDateTime completedAt = s->completedAt();
        m_clock.advanceSeconds(3600);
        QVERIFY(s->saveReflection(QString(), &error));
        QCOMPARE(s->completedAt(), completedAt); // completion is an event; it keeps its date
    }

    void everythingSurvivesReopeningTheDatabase()
    {
        QString error;
        {
            auto s = session();
            QVERIFY(s->answer(QStringLiteral("q1"), QStringLiteral("a"), &error));
            QVERIFY(s->answer(QStringLiteral("q1"), QStringLiteral("b"), &error));
            QVERIFY(s->answer(QStringLiteral("q2"), QStringLiteral("b"), &error));
            QVERIFY(s->saveReflection(TenWords, &error));
            QVERIFY(s->setStep(LessonStep::Practice, &error));
        }
        reopen();
        auto s = session();
        QCOMPARE(s->step(), LessonStep::Practice);
        QCOMPARE(s->currentChoice(QStringLiteral("q1")), QStringLiteral("b"));
        QCOMPARE(s->currentChoice(QStringLiteral("q2")), QStringLiteral("b"));
        QCOMPARE(s->reflection(), TenWords);
        QVERIFY(s->checkPassed());
        QVERIFY(s->isComplete());
        QCOMPARE(s->firstTryScore(), 50);

        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), min(content_hash) FROM check_answers")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 3); // every answer is kept, not only the last
        QCOMPARE(query.value(1).toString(), QStringLiteral("hash-one"));
    }

    void failedSaveLeavesTheSessionUnchanged()
    {
        auto s = session();
        QString error;
        QSqlQuery query(m_db->connection());
        const QString refuse = QStringLiteral(
            "CREATE TRIGGER no_writes BEFORE INSERT ON lesson_progress BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
        for (const QString& statement : test::onPostgres() ? dialect::postgres(refuse) : QStringList{refuse})
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(!s->saveReflection(TenWords, &error));
        QVERIFY(error.contains(QStringLiteral("disk says no")));
        QCOMPARE(s->reflection(), QString());
        QVERIFY(!s->answer(QStringLiteral("q1"), QStringLiteral("b"), &error));
        QCOMPARE(s->currentChoice(QStringLiteral("q1")), QString());
    }

    void wordCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::addRow("empty") << "" << 0;
        QTest::addRow("spaces") << "   \n\t " << 0;
        QTest::addRow("lines") << "one two\nthree\tfour  five" << 5;
        QTest::addRow("accents") << "Zoë a servi café" << 4;
    }

    void wordCount()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(LessonSession::wordCount(text), words);
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::optional<QTemporaryDir> m_dir;
    QString m_location;
    std::optional<Database> m_db;
    std::optional<ProgressStore> m_store;
    Course m_course;
    qint64 m_personId = 0;
};

QTEST_GUILESS_MAIN(TestLessonSession)
#include "tst_lessonsession.moc"
