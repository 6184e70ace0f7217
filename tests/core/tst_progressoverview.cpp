#include "TestCourse.h"
#include "progress/ProgressOverview.h"

#include <QtTest>

using namespace careu;

class TestProgressOverview : public QObject
{
    Q_OBJECT

private:
    QVector<Course> m_courses{testCourse(QStringLiteral("c1"), {QStringLiteral("a"), QStringLiteral("b")}),
                              testCourse(QStringLiteral("c2"), {QStringLiteral("x"), QStringLiteral("y")})};

    static LessonSummary summary(const QString& course, const QString& lesson, bool complete, int minute,
                                 LessonStep step = LessonStep::Check)
    {
        return {course,   lesson,   step,
                complete, complete, QDateTime(QDate(2026, 11, 25), QTime(9, minute), Qt::UTC)};
    }

    static QString where(const std::optional<ResumePoint>& point)
    {
        return point ? point->course->id + QLatin1Char('/') + point->lesson->id : QStringLiteral("nowhere");
    }

private slots:
    void nothingStartedResumesAtTheFirstLesson()
    {
        const ProgressOverview overview(m_courses, {});
        const auto point = overview.resume();
        QCOMPARE(where(point), QStringLiteral("c1/a"));
        QVERIFY(!point->started);
        QCOMPARE(overview.courses().at(0).completed, 0);
    }

    void resumesTheMostRecentUnfinishedLessonAtItsStep()
    {
        const ProgressOverview overview(
            m_courses, {summary(QStringLiteral("c1"), QStringLiteral("a"), false, 1),
                        summary(QStringLiteral("c2"), QStringLiteral("x"), false, 5, LessonStep::Reflect)});
        const auto point = overview.resume();
        QCOMPARE(where(point), QStringLiteral("c2/x"));
        QCOMPARE(point->step, LessonStep::Reflect);
        QVERIFY(point->started);
    }

    void afterFinishingALessonSuggestsTheNextOne()
    {
        const ProgressOverview overview(m_courses,
                                        {summary(QStringLiteral("c1"), QStringLiteral("a"), true, 2),
                                         summary(QStringLiteral("c1"), QStringLiteral("b"), true, 3)});
        QCOMPARE(where(overview.resume()), QStringLiteral("c2/x"));
        QCOMPARE(overview.courses().at(0).completed, 2);
        QCOMPARE(overview.courses().at(0).lessons.at(1).status, LessonStatus::Complete);
        QCOMPARE(overview.courses().at(1).lessons.at(0).status, LessonStatus::NotStarted);
    }

    void wrapsAroundToAnEarlierUnfinishedLesson()
    {
        const ProgressOverview overview(m_courses,
                                        {summary(QStringLiteral("c2"), QStringLiteral("y"), true, 9),
                                         summary(QStringLiteral("c1"), QStringLiteral("b"), false, 1)});
        QCOMPARE(where(overview.resume()), QStringLiteral("c1/a"));
    }

    void everythingCompleteHasNoResumePoint()
    {
        QVector<LessonSummary> all;
        for (const Course& course : m_courses)
            for (const Lesson& lesson : course.lessons)
                all.append(summary(course.id, lesson.id, true, 1));
        const ProgressOverview overview(m_courses, all);
        QVERIFY(!overview.resume());
    }

    void ignoresProgressForLessonsNoLongerInTheCourse()
    {
        const ProgressOverview overview(m_courses,
                                        {summary(QStringLiteral("c1"), QStringLiteral("gone"), true, 9)});
        QCOMPARE(overview.courses().at(0).completed, 0);
        QCOMPARE(where(overview.resume()), QStringLiteral("c1/a"));
    }
};

QTEST_GUILESS_MAIN(TestProgressOverview)
#include "tst_progressoverview.moc"
