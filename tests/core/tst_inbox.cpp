#include "TestDatabase.h"
#include "TestOrg.h"
#include "content/Catalog.h"
#include "signoff/Inbox.h"
#include "store/Database.h"

#include <QtTest>

using namespace careu;

// What waits for a person when they come in: a mentor's queue of requests (only their own active
// mentees', oldest first) and a learner's news since their last visit (only what others did, only
// after it, none on a first visit).
class TestInbox : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::optional<test::TestOrg> m_org;
    Person m_mentor;
    Person m_leo;
    Person m_ana;

    Services& services() { return m_org->services(); }
    const Course& care101() { return *m_catalog.course(QStringLiteral("care-101")); }

    void ask(const Person& learner, int lesson)
    {
        QString error;
        QVERIFY2(m_org->completeLesson(learner, care101().id, lesson, false, &error), qPrintable(error));
        QVERIFY2(services().signOffs.request(learner, care101(), care101().lessons.at(lesson), &error),
                 qPrintable(error));
    }

private slots:
    void init()
    {
        m_catalog = Catalog::load();
        m_dir.emplace();
        m_db.emplace();
        QString error;
        QVERIFY2(m_db->open(test::newDatabase(*m_dir, QStringLiteral("careu.sqlite")), &error), qPrintable(error));
        m_org.emplace(*m_db, m_catalog, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        m_mentor = *m_org->mentor(QStringLiteral("Maria"), &error);
        m_leo = *m_org->learner(QStringLiteral("Leo"), m_mentor, &error);
        m_ana = *m_org->learner(QStringLiteral("Ana"), m_mentor, &error);
    }

    void cleanup()
    {
        m_org.reset();
        m_db.reset();
        m_dir.reset();
    }

    void theQueueHoldsOwnMenteesRequestsOldestFirst()
    {
        QString error;
        const auto other = m_org->mentor(QStringLiteral("Omar"), &error);
        const auto stranger = m_org->learner(QStringLiteral("Sol"), *other, &error);
        QVERIFY(stranger);
        Inbox inbox(services());
        QVERIFY(inbox.waitingFor(m_mentor.id, &error).isEmpty());
        ask(m_leo, 1);
        m_org->clock().advanceSeconds(60);
        ask(m_ana, 0);
        m_org->clock().advanceSeconds(60);
        ask(*stranger, 0); // Omar's, not Maria's
        m_org->clock().advanceSeconds(60);
        ask(m_leo, 0);
        auto waiting = inbox.waitingFor(m_mentor.id, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(waiting.size(), 3);
        QCOMPARE(waiting.at(0).learner.name, QStringLiteral("Leo"));
        QCOMPARE(waiting.at(0).lesson->id, care101().lessons.at(1).id);
        QCOMPARE(waiting.at(1).learner.name, QStringLiteral("Ana"));
        QCOMPARE(waiting.at(2).lesson->id, care101().lessons.at(0).id);
        QVERIFY(waiting.at(0).askedAt < waiting.at(2).askedAt);

        // Answered requests leave the queue; so do a deactivated mentee's.
        m_org->clock().advanceSeconds(60);
        QVERIFY2(m_org->signOff(m_leo, m_mentor, care101().id, care101().lessons.at(1).id, &error), qPrintable(error));
        QVERIFY2(services().signOffs.sendBack(m_mentor, m_ana, care101(), care101().lessons.at(0),
                                              QStringLiteral("Ask her name first."), &error),
                 qPrintable(error));
        QCOMPARE(inbox.waitingFor(m_mentor.id, &error).size(), 1);
        QCOMPARE(inbox.waitingFor(other->id, &error).size(), 1);
    }

    void aVisitRemembersWhenThePreviousOneStarted()
    {
        QString error;
        Inbox inbox(services());
        const QDateTime first = m_org->clock().now();
        QVERIFY(!inbox.startVisit(m_leo.id, &error).isValid()); // a first visit
        m_org->clock().advanceSeconds(3600);
        QCOMPARE(inbox.startVisit(m_leo.id, &error), first);
        QCOMPARE(inbox.startVisit(m_leo.id, &error), first.addSecs(3600));
        QVERIFY(!inbox.startVisit(m_ana.id, &error).isValid()); // each person their own
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void newsIsWhatMentorsDidSinceTheLastVisit()
    {
        QString error;
        Inbox inbox(services());
        ask(m_leo, 0);
        ask(m_leo, 1);
        ask(m_leo, 2);
        m_org->clock().advanceSeconds(60);
        QVERIFY(m_org->signOff(m_leo, m_mentor, care101().id, care101().lessons.at(0).id, &error));
        QVERIFY(services().mentoring.recognize(m_mentor, m_leo, QStringLiteral("Old news."), &error));
        m_org->clock().advanceSeconds(60);
        const QDateTime lastVisit = m_org->clock().now();
        QVERIFY(inbox.since(m_leo.id, {}, &error).isEmpty()); // a first visit: nothing to catch up on
        QVERIFY(inbox.since(m_leo.id, lastVisit, &error).isEmpty());

        m_org->clock().advanceSeconds(60);
        QVERIFY(services().signOffs.sendBack(m_mentor, m_leo, care101(), care101().lessons.at(2),
                                             QStringLiteral("Use the customer's name."), &error));
        m_org->clock().advanceSeconds(60);
        QVERIFY(services().mentoring.recognize(m_mentor, m_leo, QStringLiteral("Lovely with Mrs. Díaz."), &error));
        m_org->clock().advanceSeconds(60);
        QVERIFY(m_org->signOff(m_leo, m_mentor, care101().id, care101().lessons.at(1).id, &error));
        ask(m_ana, 0); // someone else's: not Leo's news
        QVERIFY(m_org->signOff(m_ana, m_mentor, care101().id, care101().lessons.at(0).id, &error));

        const QVector<Notice> news = inbox.since(m_leo.id, lastVisit, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(news.size(), 3);
        QCOMPARE(news.at(0).kind, Notice::Kind::SentBack);
        QCOMPARE(news.at(0).text, QStringLiteral("Use the customer's name."));
        QCOMPARE(news.at(0).lesson->id, care101().lessons.at(2).id);
        QCOMPARE(news.at(0).by, QStringLiteral("Maria"));
        QCOMPARE(news.at(1).kind, Notice::Kind::Recognized);
        QCOMPARE(news.at(1).text, QStringLiteral("Lovely with Mrs. Díaz."));
        QVERIFY(!news.at(1).lesson);
        QCOMPARE(news.at(2).kind, Notice::Kind::SignedOff);
        QCOMPARE(news.at(2).lesson->id, care101().lessons.at(1).id);

        // What the learner did themselves is not news: asking again after the send-back.
        m_org->clock().advanceSeconds(60);
        ask(m_leo, 2);
        QCOMPARE(inbox.since(m_leo.id, lastVisit, &error).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"
