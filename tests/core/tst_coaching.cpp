#include "content/Catalog.h"
#include "signoff/Coaching.h"
#include "signoff/Mentoring.h"
#include "store/Database.h"
#include "store/PeopleStore.h"

#include <QtTest>

using namespace careu;

// After graduation: refreshers at spaced intervals, due by the (fake) clock and closed by the
// graduate's coach; and the recognition and huddle records mentors keep.
class TestCoaching : public QObject
{
    Q_OBJECT

private:
    Person person(const QString& name, Roles roles, qint64 mentorId = 0)
    {
        NewPerson newPerson;
        newPerson.name = name;
        newPerson.roles = roles;
        newPerson.mentorId = mentorId;
        QString error;
        const auto created = m_people->create(newPerson, &error);
        if (!created)
            qWarning() << error;
        return *created;
    }

private slots:
    void init()
    {
        m_catalog = Catalog::load();
        m_dir.emplace();
        m_db.emplace();
        QString error;
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("careu.sqlite")), &error));
        m_people.emplace(*m_db, m_clock);
        m_chain.emplace(*m_db);
        m_mentor = person(QStringLiteral("Maria"), {Role::Mentor});
        m_coach = person(QStringLiteral("Cole"), {Role::Coach});
        m_learner = person(QStringLiteral("Leo"), {Role::Learner}, m_mentor.id);
        QVERIFY(m_people->setCoach(m_learner.id, m_coach.id, &error));
        m_learner = *m_people->find(m_learner.id, &error);
    }

    void cleanup()
    {
        m_chain.reset();
        m_people.reset();
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

    void refreshersComeDueAndTheCoachClosesThem()
    {
        const Course& course = *m_catalog.course(QStringLiteral("care-102"));
        Coaching coaching(*m_chain, course, Coaching::defaultIntervals(), m_clock);
        const QDateTime graduated = m_clock.now();
        QString error;
        QVector<Refresher> refreshers = coaching.refreshers(m_learner.id, graduated, &error);
        QCOMPARE(refreshers.size(), 3);
        QCOMPARE(refreshers.at(0).due, graduated.addDays(7));
        QCOMPARE(refreshers.at(2).due, graduated.addDays(90));
        QCOMPARE(refreshers.at(1).pillar->id, course.pillars.at(1).id);
        QVERIFY(!refreshers.at(0).isDue(m_clock.now()));
        QVERIFY(!coaching.checkIn(m_coach, m_learner, graduated, 1, QString(), &error));
        QVERIFY(error.contains(QStringLiteral("not due until")));

        m_clock.advanceSeconds(8 * 24 * 3600);
        refreshers = coaching.refreshers(m_learner.id, graduated, &error);
        QVERIFY(refreshers.at(0).isDue(m_clock.now()));
        QVERIFY(refreshers.at(0).isOverdue(m_clock.now(), 0));
        QVERIFY(!refreshers.at(1).isDue(m_clock.now()));
        QVERIFY(!coaching.checkIn(m_mentor, m_learner, graduated, 1, QString(), &error)); // not the coach
        QVERIFY2(coaching.checkIn(m_coach, m_learner, graduated, 1,
                                  QStringLiteral("Greets every caller by name now."), &error),
                 qPrintable(error));
        refreshers = coaching.refreshers(m_learner.id, graduated, &error);
        QVERIFY(refreshers.at(0).done);
        QCOMPARE(refreshers.at(0).note, QStringLiteral("Greets every caller by name now."));
        QVERIFY(!coaching.checkIn(m_coach, m_learner, graduated, 1, QString(), &error));
        QVERIFY(error.contains(QStringLiteral("already")));
    }

    void noRefreshersBeforeGraduation()
    {
        Coaching coaching(*m_chain, *m_catalog.course(QStringLiteral("care-102")),
                          Coaching::defaultIntervals(), m_clock);
        QString error;
        QVERIFY(coaching.refreshers(m_learner.id, QDateTime(), &error).isEmpty());
        QVERIFY(!coaching.checkIn(m_coach, m_learner, QDateTime(), 1, QString(), &error));
        QVERIFY(error.contains(QStringLiteral("has not graduated")));
    }

    void recognitionAndHuddles()
    {
        Mentoring mentoring(*m_chain, m_clock);
        QString error;
        QVERIFY(!mentoring.recognize(m_mentor, m_learner, QStringLiteral("   "), &error));
        QVERIFY(!mentoring.recognize(m_learner, m_learner, QStringLiteral("I was great"), &error));
        QVERIFY(mentoring.recognize(m_mentor, m_learner,
                                    QStringLiteral("You walked Mrs Ortiz to the door in the rain."), &error));
        const auto recognitions = mentoring.recognitions(m_learner.id, &error);
        QCOMPARE(recognitions.size(), 1);
        QCOMPARE(recognitions.first().byId, m_mentor.id);

        Huddle huddle{QDate(2026, 11, 24), 0, QStringLiteral("Calm with the queue"),
                      QStringLiteral("Eye contact"), QStringLiteral("Greet the next five customers first")};
        QVERIFY(!mentoring.logHuddle(m_coach, m_learner, huddle, &error)); // huddles are the mentor's
        QVERIFY2(mentoring.logHuddle(m_mentor, m_learner, huddle, &error), qPrintable(error));
        const auto huddles = mentoring.huddles(m_learner.id, &error);
        QCOMPARE(huddles.size(), 1);
        QCOMPARE(huddles.first().date, QDate(2026, 11, 24));
        QCOMPARE(huddles.first().nextStep, QStringLiteral("Greet the next five customers first"));
        QVERIFY(m_chain->verify(&error).intact);
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    Catalog m_catalog;
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::optional<PeopleStore> m_people;
    std::optional<RecordChain> m_chain;
    Person m_mentor;
    Person m_coach;
    Person m_learner;
};

QTEST_GUILESS_MAIN(TestCoaching)
#include "tst_coaching.moc"
