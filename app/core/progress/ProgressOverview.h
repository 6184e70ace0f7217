#pragma once

#include "content/Content.h"
#include "store/ProgressStore.h"

#include <QHash>
#include <optional>

namespace careu {

enum class LessonStatus
{
    NotStarted,
    InProgress,
    Complete
};

struct LessonState
{
    LessonStatus status = LessonStatus::NotStarted;
    LessonStep step = LessonStep::Learn;
};

struct CourseProgress
{
    const Course* course = nullptr;
    QVector<LessonState> lessons; // same order as course->lessons
    int completed = 0;
};

// Where to pick up: a lesson and the step the person was on.
struct ResumePoint
{
    const Course* course = nullptr;
    const Lesson* lesson = nullptr;
    LessonStep step = LessonStep::Learn;
    bool started = false; // false: the first lesson not yet opened, rather than one left half-way
};

// What the home screen shows a person: progress per course, and where to continue.
class ProgressOverview
{
public:
    ProgressOverview(const QVector<Course>& courses, const QVector<LessonSummary>& summaries);

    const QVector<CourseProgress>& courses() const { return m_courses; }
    // The most recently used unfinished lesson; if the most recent one is finished, the next
    // unfinished lesson after it; nothing when every lesson is complete.
    std::optional<ResumePoint> resume() const;

private:
    std::optional<ResumePoint> firstUnfinishedFrom(int courseIndex, int lessonIndex) const;

    QVector<CourseProgress> m_courses;
    std::optional<std::pair<int, int>> m_mostRecent; // course index, lesson index
};

} // namespace careu
