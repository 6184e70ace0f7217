#include "TestCourse.h"
#include "content/ChoiceOrder.h"
#include "progress/LessonSession.h"
#include "store/Database.h"
#include "store/PeopleStore.h"

#include <QtTest>

using namespace careu;

// Where a right answer stands must tell a learner nothing: each learner sees a question's
// choices in an order of their own, the same every time, and the record keeps the choice id.
class TestChoiceOrder : public QObject
{
    Q_OBJECT

private:
    static Question question(int choices, const QString& id = QStringLiteral("q1"))
    {
        Question question;
        question.id = id;
        for (int i = 0; i < choices; ++i) {
            const QString choiceId = QString(QLatin1Char('a' + i));
            question.choices.append(
                {choiceId, QStringLiteral("Choice ") + choiceId, QStringLiteral("Because.")});
        }
        question.answer = QStringLiteral("a");
        return question;
    }

    static QString learner(int n)
    {
        return QStringLiteral("3f2b8c1e-5d4a-4e6f-9a7b-%1").arg(n, 12, 10, QLatin1Char('0'));
    }

    static QStringList order(const QString& uid, const Question& question,
                             const QString& lesson = QStringLiteral("one"))
    {
        return ChoiceOrder::of(uid, QStringLiteral("care-102"), lesson, question);
    }

private slots:
    void theSameLearnerAlwaysSeesTheSameOrder()
    {
        const Question four = question(4);
        const QStringList first = order(learner(1), four);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(order(learner(1), four), first);
        // Pinned, and worked out apart from the app (Python's hashlib, choices sorted by SHA-256 of
        // "uid/course/lesson/question/choice"): the order holds on every machine and in every run,
        // as qHash, seeded afresh for each process, would not.
        QCOMPARE(order(QStringLiteral("5f0e2d9c-0000-4000-8000-000000000002"), four),
                 (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"),
                              QStringLiteral("d")}));
    }

    void everyChoiceIsShownOnce_data()
    {
        QTest::addColumn<int>("choices");
        for (int n = 2; n <= 6; ++n)
            QTest::addRow("%d choices", n) << n;
    }

    void everyChoiceIsShownOnce()
    {
        QFETCH(int, choices);
        const Question each = question(choices);
        QStringList ids;
        for (const Choice& choice : each.choices)
            ids.append(choice.id);
        for (int n = 0; n < 200; ++n) {
            QStringList shown = order(learner(n), each);
            QCOMPARE(shown.size(), choices);
            shown.sort();
            QCOMPARE(shown, ids);
        }
    }

    void learnersSeeDifferentOrders()
    {
        // 400 learners, four choices: the right one ("a") lands in every place about as often
        // (a quarter, 100 each), and most of the 24 orders appear.
        const Question four = question(4);
        QVector<int> rightAt(4, 0);
        QSet<QString> orders;
        for (int n = 0; n < 400; ++n) {
            const QStringList shown = order(learner(n), four);
            ++rightAt[static_cast<int>(shown.indexOf(QStringLiteral("a")))];
            orders.insert(shown.join(QLatin1Char(',')));
        }
        for (int place = 0; place < 4; ++place)
            QVERIFY2(rightAt.at(place) >= 70 && rightAt.at(place) <= 130,
                     qPrintable(QStringLiteral("place %1: %2 of 400").arg(place + 1).arg(rightAt.at(place))));
        QVERIFY2(orders.size() >= 20, qPrintable(QString::number(orders.size())));
    }

    void eachQuestionHasItsOwnOrder()
    {
        // One learner: the questions of a lesson, and the same question id in another lesson,
        // are not all shuffled alike.
        QSet<QString> orders;
        for (int q = 1; q <= 8; ++q)
            orders.insert(
                order(learner(7), question(4, QStringLiteral("q%1").arg(q))).join(QLatin1Char(',')));
        QVERIFY2(orders.size() >= 4, qPrintable(QString::number(orders.size())));
        QSet<QString> lessons;
        for (int l = 0; l < 8; ++l)
            lessons.insert(
                order(learner(7), question(4), QStringLiteral("lesson-%1").arg(l)).join(QLatin1Char(',')));
        QVERIFY2(lessons.size() >= 4, qPrintable(QString::number(lessons.size())));
    }

    void theRecordKeepsTheChoiceIdNotItsPlace()
    {
        QTemporaryDir dir;
        QString error;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("careu.sqlite")), &error));
        ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        const auto person = PeopleStore(db, clock).create(QStringLiteral("Ana"), &error);
        QVERIFY(person);
        const Course course = testCourse(QStringLiteral("course"), {QStringLiteral("one")});
        const Lesson& lesson = course.lessons.first();
        const Question& first = lesson.check.first();
        const QStringList shown = ChoiceOrder::of(person->uid, course.id, lesson.id, first);
        ProgressStore store(db);
        {
            LessonSession session(store, clock, person->id, course, lesson);
            QVERIFY(session.load(&error));
            // The learner clicks the first choice on the screen, whatever it is.
            QVERIFY(session.answer(first.id, shown.first(), &error));
        }
        const auto record = store.load({person->id, course.id, lesson.id}, &error);
        QVERIFY(record);
        QCOMPARE(record->answers.size(), 1);
        QCOMPARE(record->answers.first().questionId, first.id);
        QCOMPARE(record->answers.first().choiceId, shown.first());
        QCOMPARE(record->answers.first().correct, shown.first() == first.answer);
    }
};

QTEST_GUILESS_MAIN(TestChoiceOrder)
#include "tst_choiceorder.moc"
