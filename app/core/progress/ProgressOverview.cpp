#include "ProgressOverview.h"

namespace careu {

ProgressOverview::ProgressOverview(const QVector<Course>& courses, const QVector<LessonSummary>& summaries)
{
    QHash<QString, const LessonSummary*> byLesson;
    for (const LessonSummary& summary : summaries)
        byLesson.insert(summary.courseId + QLatin1Char('/') + summary.lessonId, &summary);
    QDateTime newest;
    for (const Course& course : courses) {
        CourseProgress progress{&course, {}, 0};
        for (const Lesson& lesson : course.lessons) {
            const LessonSummary* summary = byLesson.value(course.id + QLatin1Char('/') + lesson.id);
            LessonState state;
            if (summary) {
                state.status = summary->complete ? LessonStatus::Complete : LessonStatus::InProgress;
                state.step = summary->step;
                if (!newest.isValid() || summary->updatedAt > newest) {
                    newest = summary->updatedAt;
                    m_mostRecent = std::make_pair(static_cast<int>(m_courses.size()),
                                                  static_cast<int>(progress.lessons.size()));
                }
            }
            if (state.status == LessonStatus::Complete)
                ++progress.completed;
            progress.lessons.append(state);
        }
        m_courses.append(progress);
    }
}

std::optional<ResumePoint> ProgressOverview::resume() const
{
    if (!m_mostRecent)
        return firstUnfinishedFrom(0, 0);
    return firstUnfinishedFrom(m_mostRecent->first, m_mostRecent->second);
}

std::optional<ResumePoint> ProgressOverview::firstUnfinishedFrom(int courseIndex, int lessonIndex) const
{
    // Every lesson in catalog order; walk forward from the given one, wrapping around once.
    QVector<std::pair<int, int>> order;
    int start = 0;
    for (int c = 0; c < m_courses.size(); ++c) {
        for (int l = 0; l < m_courses.at(c).lessons.size(); ++l) {
            if (c == courseIndex && l == lessonIndex)
                start = static_cast<int>(order.size());
            order.append({c, l});
        }
    }
    for (int i = 0; i < order.size(); ++i) {
        const auto [c, l] = order.at((start + i) % order.size());
        const CourseProgress& progress = m_courses.at(c);
        const LessonState& state = progress.lessons.at(l);
        if (state.status != LessonStatus::Complete)
            return ResumePoint{progress.course, &progress.course->lessons.at(l), state.step,
                               state.status == LessonStatus::InProgress};
    }
    return std::nullopt;
}

} // namespace careu
