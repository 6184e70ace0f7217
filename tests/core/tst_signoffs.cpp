#include "TestDatabase.h"
#include "content/Catalog.h"
#include "people/Accounts.h"
#include "signoff/SignOffs.h"
#include "store/AttemptStore.h"
#include "store/Database.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace careu;

// The sign-off state machine over the record chain, graduation, and the chain catching
// records changed, removed or slipped in with plain SQL.
class TestSignOffs : public QObject
{
    Q_OBJECT

private:
    const QString MentorPassword = QStringLiteral("mentor's passphrase");

    void completeLesson(const Person& learner, const Course& course, const Lesson& lesson)
    {
        LessonRecord record;
        record.completedAt = m_clock.now();
        record.checkPassedAt = m_clock.now();
        record.updatedAt = m_clock.now();
        record.contentHash = lesson.contentHash;
        QString error;
        QVERIFY2(m_progress->save({learner.id, course.id, lesson.id}, record, nullptr, &error),
                 qPrintable(error));
    }

    QVector<Observation> allObserved(const Lesson& lesson) const
    {
        return QVector<Observation>(lesson.practice.checklist.size(), Observation{true, QString()});
    }

    const Course& care102() const { return *m_catalog.course(QStringLiteral("care-102")); }

    void signOffEverything(const Course& course)
    {
        QString error;
        for (const Lesson& lesson : course.lessons) {
            completeLesson(*m_learner, course, lesson);
            QVERIFY2(m_signOffs->request(*m_learner, course, lesson, &error), qPrintable(error));
            m_clock.advanceSeconds(60);
            QVERIFY2(m_signOffs->signOff(*m_mentor, MentorPassword, *m_learner, course, lesson,
                                         allObserved(lesson), QString(), &error),
                     qPrintable(error));
        }
    }

    void dropAppendOnlyGuards()
    {
        const QString on = test::triggerTable(QStringLiteral("records"));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER records_append_only_update") + on));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER records_append_only_delete") + on));
    }

private slots:
    void init()
    {
        m_catalog = Catalog::load();
        m_dir.emplace();
        m_db.emplace();
        QString error;
        QVERIFY(m_db->open(test::newDatabase(*m_dir, QStringLiteral("careu.sqlite")), &error));
        m_people.emplace(*m_db, m_clock);
        m_progress.emplace(*m_db);
        m_attempts.emplace(*m_db);
        m_chain.emplace(*m_db);
        m_accounts.emplace(*m_people, *m_chain, m_clock);
        m_signOffs.emplace(*m_chain, *m_progress, *m_attempts, *m_accounts, m_clock);
        NewPerson mentor;
        mentor.name = QStringLiteral("Maria (mentor)");
        mentor.roles = {Role::Mentor};
        m_mentor = m_people->create(mentor, &error);
        QVERIFY(m_accounts->setPassword(m_mentor->id, MentorPassword, &error));
        m_mentor = m_people->find(m_mentor->id, &error);
        NewPerson learner;
        learner.name = QStringLiteral("Leo");
        learner.mentorId = m_mentor->id;
        m_learner = m_people->create(learner, &error);
        QVERIFY2(m_learner, qPrintable(error));
        // The learner signs their requests: a password opens their key.
        QVERIFY(m_accounts->setPassword(m_learner->id, QStringLiteral("learner's password"), &error,
                                        Passwords::Cost::Minimal));
    }

    void cleanup()
    {
        m_signOffs.reset();
        m_accounts.reset();
        m_chain.reset();
        m_attempts.reset();
        m_progress.reset();
        m_people.reset();
        m_db.reset();
        m_dir.reset();
    }

    void requestSendBackRequestSign()
    {
        const Lesson& lesson = care102().lessons.at(1);
        QString error;
        QVERIFY(!m_signOffs->request(*m_learner, care102(), lesson, &error));
        QVERIFY(error.contains(QStringLiteral("Finish the lesson first")));
        completeLesson(*m_learner, care102(), lesson);

        QVERIFY(m_signOffs->request(*m_learner, care102(), lesson, &error));
        QCOMPARE(m_signOffs->status(m_learner->id, care102().id, lesson.id, &error).state,
                 PracticeState::Requested);
        QVERIFY(!m_signOffs->request(*m_learner, care102(), lesson, &error));

        QVERIFY(
            !m_signOffs->sendBack(*m_mentor, *m_learner, care102(), lesson, QStringLiteral("  "), &error));
        QVERIFY(error.contains(QStringLiteral("Say what to practice")));
        m_clock.advanceSeconds(3600);
        QVERIFY(m_signOffs->sendBack(*m_mentor, *m_learner, care102(), lesson,
                                     QStringLiteral("Look up before you speak, every time."), &error));
        PracticeStatus status = m_signOffs->status(m_learner->id, care102().id, lesson.id, &error);
        QCOMPARE(status.state, PracticeState::SentBack);
        QCOMPARE(status.feedback, QStringLiteral("Look up before you speak, every time."));
        QCOMPARE(status.byId, m_mentor->id);
        QCOMPARE(status.at, m_clock.now());

        QVERIFY(m_signOffs->request(*m_learner, care102(), lesson, &error));
        QVector<Observation> ticks = allObserved(lesson);
        ticks[0].observed = false;
        QVERIFY(!m_signOffs->signOff(*m_mentor, MentorPassword, *m_learner, care102(), lesson, ticks,
                                     QString(), &error));
        QVERIFY(error.contains(QStringLiteral("tick every behavior")));
        ticks[0] = {true, QStringLiteral("Greeted Mrs Patel by name")};
        QVERIFY(!m_signOffs->signOff(*m_mentor, QStringLiteral("not it at all"), *m_learner, care102(),
                                     lesson, ticks, QString(), &error));
        QVERIFY(error.contains(QStringLiteral("not right")));
        QVERIFY2(m_signOffs->signOff(*m_mentor, MentorPassword, *m_learner, care102(), lesson, ticks,
                                     QStringLiteral("Lovely work."), &error),
                 qPrintable(error));
        status = m_signOffs->status(m_learner->id, care102().id, lesson.id, &error);
        QCOMPARE(status.state, PracticeState::SignedOff);
        const auto all = m_signOffs->statuses(m_learner->id, &error);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.value(SignOffs::practiceKey(care102().id, lesson.id)).state, PracticeState::SignedOff);
        QCOMPARE(all.value(SignOffs::practiceKey(care102().id, lesson.id)).at, status.at);

        // The sign-off says exactly what it approves.
        const QVector<Record> records = m_chain->about(m_learner->id, &error);
        QCOMPARE(records.size(), 4); // request, send-back, request, sign-off
        const Record& signOff = records.last();
        QCOMPARE(signOff.kind, RecordKind::SignOff);
        QCOMPARE(signOff.actorId, m_mentor->id);
        QCOMPARE(signOff.body.value(QStringLiteral("request")).toString(), QString::number(records.at(2).id));
        QCOMPARE(signOff.body.value(QStringLiteral("contentHash")).toString(), lesson.contentHash);
        QCOMPARE(signOff.body.value(QStringLiteral("checklist")).toArray().size(),
                 lesson.practice.checklist.size());
        QCOMPARE(signOff.body.value(QStringLiteral("checklist"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("note"))
                     .toString(),
                 QStringLiteral("Greeted Mrs Patel by name"));
        QCOMPARE(signOff.body.value(QStringLiteral("comment")).toString(), QStringLiteral("Lovely work."));
    }

    void aConfirmationIsTheMentorsAndFresh()
    {
        const Lesson& lesson = care102().lessons.first();
        completeLesson(*m_learner, care102(), lesson);
        QString error;
        QVERIFY(m_signOffs->request(*m_learner, care102(), lesson, &error));
        QVERIFY(!m_accounts->confirm(m_mentor->id, QStringLiteral("wrong"), &error));
        const auto confirmation = m_accounts->confirm(m_mentor->id, MentorPassword, &error);
        QVERIFY(confirmation);
        QVERIFY(m_accounts->setPassword(m_learner->id, QStringLiteral("leo's password"), &error));
        const auto learnersOwn = m_accounts->confirm(m_learner->id, QStringLiteral("leo's password"), &error);
        QVERIFY(!m_signOffs->signOff(*m_mentor, *learnersOwn, *m_learner, care102(), lesson,
                                     allObserved(lesson), QString(), &error));
        QCOMPARE(error, QStringLiteral("Type your password again to sign."));
        m_clock.advanceSeconds(SignOffs::ConfirmationSeconds + 1);
        QVERIFY(!m_signOffs->signOff(*m_mentor, *confirmation, *m_learner, care102(), lesson,
                                     allObserved(lesson), QString(), &error));
        QCOMPARE(error, QStringLiteral("Type your password again to sign."));
        QCOMPARE(m_signOffs->status(m_learner->id, care102().id, lesson.id, &error).state,
                 PracticeState::Requested);
    }

    void onlyTheirOwnMentorSignsOff()
    {
        const Lesson& lesson = care102().lessons.first();
        completeLesson(*m_learner, care102(), lesson);
        QString error;
        QVERIFY(m_signOffs->request(*m_learner, care102(), lesson, &error));
        NewPerson other;
        other.name = QStringLiteral("Omar (mentor)");
        other.roles = {Role::Mentor};
        const auto otherMentor = m_people->create(other, &error);
        QVERIFY(!m_signOffs->signOff(*otherMentor, MentorPassword, *m_learner, care102(), lesson,
                                     allObserved(lesson), QString(), &error));
        QVERIFY(error.contains(QStringLiteral("own mentor")));
        QVERIFY(!m_signOffs->signOff(*m_learner, MentorPassword, *m_learner, care102(), lesson,
                                     allObserved(lesson), QString(), &error));
        QCOMPARE(m_signOffs->status(m_learner->id, care102().id, lesson.id, &error).state,
                 PracticeState::Requested);
    }

    void graduationNeedsBothCoursesSignedOff()
    {
        QString error;
        signOffEverything(care102());
        QVERIFY(m_signOffs->courseSignedOffAt(m_learner->id, care102(), &error).isValid());
        QVERIFY(!m_signOffs->graduatedAt(m_learner->id, m_catalog.courses(), &error).isValid());
        signOffEverything(*m_catalog.course(QStringLiteral("care-101")));
        const QDateTime graduated = m_signOffs->graduatedAt(m_learner->id, m_catalog.courses(), &error);
        QCOMPARE(graduated, m_clock.now());
    }

    void theChainCatchesAnEditedRecord()
    {
        signOffEverything(care102());
        QString error;
        QVERIFY(m_chain->verify(&error).intact);
        dropAppendOnlyGuards();
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE records SET created_at = '2026-01-01T00:00:00.000Z' WHERE id = 4")));
        const auto verification = m_chain->verify(&error);
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBadId, 4);
        QVERIFY2(verification.problem.contains(QStringLiteral("changed after it was written")),
                 qPrintable(verification.problem));
    }

    void theChainCatchesADeletedRecord()
    {
        signOffEverything(care102());
        dropAppendOnlyGuards();
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM records WHERE id = 3")));
        QString error;
        const auto verification = m_chain->verify(&error);
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBadId, 4);
    }

    void theChainCatchesAnInsertedRecord()
    {
        signOffEverything(care102());
        QString error;
        const auto before = m_chain->verify(&error);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.prepare(
            QStringLiteral("INSERT INTO records (id, kind, subject_id, actor_id, course_id, lesson_id, "
                           "body, created_at, prev_hash, hash) VALUES (?, 'signoff', ?, ?, 'care-101', "
                           "'empower', '{}', '2026-11-25T09:00:00.000Z', ?, ?)")));
        query.addBindValue(before.records + 1);
        query.addBindValue(m_learner->id);
        query.addBindValue(m_mentor->id);
        query.addBindValue(before.headHash);
        query.addBindValue(QString(64, QLatin1Char('f')));
        QVERIFY(query.exec());
        const auto verification = m_chain->verify(&error);
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBadId, before.records + 1);
    }

    void theChainCatchesValuesStoredAsAnotherType_data()
    {
        // SQLite keeps whatever type a value is written as; PostgreSQL's typed columns cannot hold
        // a decimal id or bytes for text, so those rows are SQLite's alone.
        QTest::addColumn<QString>("update");
        QTest::addColumn<bool>("sqliteOnly");
        QTest::addRow("id as a decimal")
            << "UPDATE records SET subject_id = subject_id + 0.4 WHERE id = 2" << true;
        QTest::addRow("date in another format")
            << "UPDATE records SET created_at = replace(created_at, 'Z', '+00:00') "
               "WHERE id = 2"
            << false;
        QTest::addRow("text as bytes")
            << "UPDATE records SET lesson_id = CAST(lesson_id AS BLOB) WHERE id = 2" << true;
    }

    void theChainCatchesValuesStoredAsAnotherType()
    {
        QFETCH(QString, update);
        QFETCH(bool, sqliteOnly);
        if (sqliteOnly && test::onPostgres())
            QSKIP("a PostgreSQL column holds values of its own type only");
        signOffEverything(care102());
        dropAppendOnlyGuards();
        QSqlQuery query(m_db->connection());
        QVERIFY(test::onPostgres() || query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY2(query.exec(update), qPrintable(query.lastError().text()));
        QString error;
        const auto verification = m_chain->verify(&error);
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBadId, 2);
    }

    void recordsCannotBeChangedThroughTheApp()
    {
        signOffEverything(care102());
        QSqlQuery query(m_db->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE records SET body = '{}' WHERE id = 1")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM records WHERE id = 1")));
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    Catalog m_catalog;
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::optional<PeopleStore> m_people;
    std::optional<ProgressStore> m_progress;
    std::optional<AttemptStore> m_attempts;
    std::optional<RecordChain> m_chain;
    std::optional<Accounts> m_accounts;
    std::optional<SignOffs> m_signOffs;
    std::optional<Person> m_mentor;
    std::optional<Person> m_learner;
};

QTEST_GUILESS_MAIN(TestSignOffs)
#include "tst_signoffs.moc"
