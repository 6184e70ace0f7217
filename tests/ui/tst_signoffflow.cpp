#include "AppDriver.h"
#include "TestOrg.h"
#include "people/Accounts.h"
#include "store/PeopleStore.h"
#include "store/RecordChain.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>

using namespace careu;

// Two people, one database: a learner asks for a sign-off, the mentor signs in, reviews,
// signs with their password, recognises the learner, and the learner sees both.
class TestSignOffFlow : public QObject
{
    Q_OBJECT

private:
    const QString MentorPassword = QStringLiteral("maria's own password");
    const QString LearnerPassword = QStringLiteral("leo's own password");

private slots:
    void init() { m_app = std::make_unique<AppDriver>(m_clock); }
    void cleanup() { m_app.reset(); }

    void learnerAsksMentorSignsLearnerSees()
    {
        const Course& course = *m_app->catalog().course(QStringLiteral("care-102"));
        const Lesson& lesson = course.lessons.at(1);

        // First start: Maria sets the place up (manager, admin, mentor and learner).
        m_app->start();
        m_app->createProfile(QStringLiteral("Maria"), MentorPassword);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        qint64 leoId = 0;
        {
            // Leo joins her team (the in-app people screen is still to come; the core does it).
            PeopleStore people(m_app->db(), m_clock);
            RecordChain chain(m_app->db());
            Accounts accounts(people, chain, m_clock);
            QString error;
            NewPerson leo;
            leo.name = QStringLiteral("Leo");
            leo.mentorId = people.findByName(QStringLiteral("Maria"), &error)->id;
            leoId = people.create(leo, &error)->id;
            QVERIFY(accounts.setPassword(leoId, LearnerPassword, &error));
        }
        m_app->click(QStringLiteral("signOutButton"));

        // Leo finishes the lesson and asks for the sign-off.
        m_app->pick(QStringLiteral("Leo"));
        m_app->signIn(LearnerPassword);
        m_app->click(QStringLiteral("lesson_care-102_") + lesson.id);
        m_app->click(QStringLiteral("step_check"));
        // The first question wrong at the first try, then right; the rest right at once.
        const Question& first = lesson.check.first();
        m_app->click(QStringLiteral("choice_%1_%2").arg(first.id, test::TestOrg::wrongChoice(first)));
        for (const Question& question : lesson.check)
            m_app->click(QStringLiteral("choice_%1_%2").arg(question.id, question.answer));
        m_app->click(QStringLiteral("step_reflect"));
        m_app->type(
            QStringLiteral("reflectionEdit"),
            QStringLiteral(
                "I shout hello across the room when I am busy. I will stop, look up and ask instead."));
        m_app->click(QStringLiteral("step_practice"));
        auto* request = m_app->find<QPushButton>(QStringLiteral("requestSignOffButton"));
        QTRY_VERIFY(request->isEnabled());
        QCOMPARE(request->text(), QStringLiteral("Ask Maria to sign off"));
        m_app->click(QStringLiteral("requestSignOffButton"));
        QVERIFY2(m_app->find<QLabel>(QStringLiteral("signOffStatus"))
                     ->text()
                     .startsWith(QStringLiteral("Waiting for Maria's review")),
                 qPrintable(m_app->find<QLabel>(QStringLiteral("signOffStatus"))->text()));
        QVERIFY(!request->isVisible());
        m_app->click(QStringLiteral("homeButton"));
        m_app->click(QStringLiteral("signOutButton"));

        // Maria reviews it.
        m_app->pick(QStringLiteral("Maria"));
        m_app->signIn(MentorPassword);
        m_app->openTab(QStringLiteral("Mentoring"));
        const QString review = QStringLiteral("review_%1_care-102_%2").arg(leoId).arg(lesson.id);
        QTRY_VERIFY(m_app->find<QPushButton>(review));
        m_app->click(review);
        QVERIFY(m_app->find<QLabel>(QStringLiteral("reviewReflection"))
                    ->text()
                    .startsWith(QStringLiteral("I shout hello")));
        // The count and the marks agree: the first answer was right only on a later try.
        const int questions = static_cast<int>(lesson.check.size());
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("reviewFirstTry"))->text(),
                 QStringLiteral("%1 of %2 right at the first try.").arg(questions - 1).arg(questions));
        for (const Question& question : lesson.check) {
            const QString mark = question.id == first.id ? QStringLiteral("↻ ") : QStringLiteral("✓ ");
            const QString text = m_app->find<QLabel>(QStringLiteral("reviewAnswer_") + question.id)->text();
            QVERIFY2(text.startsWith(mark), qPrintable(text));
        }
        // Signing without ticking what she saw is refused, and says why.
        m_app->type(QStringLiteral("signOffPassword"), MentorPassword);
        m_app->click(QStringLiteral("signOffButton"));
        QVERIFY(m_app->find<QLabel>(QStringLiteral("reviewError"))
                    ->text()
                    .contains(QStringLiteral("tick every behavior")));
        // ...where she is looking: the page scrolls to it, it is not below the fold.
        QTRY_VERIFY(!m_app->find<QLabel>(QStringLiteral("reviewError"))->visibleRegion().isEmpty());
        for (int i = 0; i < lesson.practice.checklist.size(); ++i)
            QTest::mouseClick(m_app->find<QCheckBox>(QStringLiteral("observed_%1").arg(i)), Qt::LeftButton);
        m_app->type(QStringLiteral("note_0"), QStringLiteral("Looked up at Mrs Ortiz at once."));
        m_app->type(QStringLiteral("signOffPassword"), MentorPassword);
        m_app->click(QStringLiteral("signOffButton"));
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("mentorStatus")));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("mentorStatus"))->text(),
                 QStringLiteral("Signed off: Leo, %1.").arg(lesson.title));
        QVERIFY(!m_app->window()->findChild<QPushButton*>(review)); // the queue is empty again

        // ...and recognises him.
        m_app->type(QStringLiteral("recognitionText"),
                    QStringLiteral("You looked up and smiled at every walk-in today."));
        m_app->click(QStringLiteral("recognizeButton"));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("mentorStatus"))->text(),
                 QStringLiteral("Recognition for Leo recorded."));

        // Stored in the chain: request, sign-off, recognition; the chain verifies.
        {
            RecordChain chain(m_app->db());
            QString error;
            const QVector<Record> records = chain.about(leoId, &error);
            QCOMPARE(records.size(), 3);
            QCOMPARE(records.at(1).kind, RecordKind::SignOff);
            QCOMPARE(records.at(1)
                         .body.value(QStringLiteral("checklist"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("note"))
                         .toString(),
                     QStringLiteral("Looked up at Mrs Ortiz at once."));
            QVERIFY(chain.verify(&error).intact);
        }
        m_app->click(QStringLiteral("signOutButton"));

        // Leo sees both.
        m_app->pick(QStringLiteral("Leo"));
        m_app->signIn(LearnerPassword);
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("recognition_0")));
        QVERIFY(m_app->find<QLabel>(QStringLiteral("recognition_0"))
                    ->text()
                    .contains(QStringLiteral("smiled at every walk-in")));
        m_app->click(QStringLiteral("lesson_care-102_") + lesson.id);
        m_app->click(QStringLiteral("step_practice"));
        QVERIFY(m_app->find<QLabel>(QStringLiteral("signOffStatus"))
                    ->text()
                    .startsWith(QStringLiteral("✓ Signed off by Maria")));
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;
};

QTEST_MAIN(TestSignOffFlow)
#include "tst_signoffflow.moc"
