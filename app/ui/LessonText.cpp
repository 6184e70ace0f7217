#include "LessonText.h"

#include "content/Content.h"

#include <QCoreApplication>

namespace careu::ui {

namespace {
// lupdate files these tr() calls under the namespace: the same context is looked up here.
QString tr(const char* text)
{
    return QCoreApplication::translate("careu::ui", text);
}
} // namespace

QString stepName(LessonStep step)
{
    switch (step) {
    case LessonStep::Learn:
        return tr("Learn");
    case LessonStep::Check:
        return tr("Check");
    case LessonStep::Reflect:
        return tr("Reflect");
    case LessonStep::Practice:
        return tr("Practice");
    }
    return {};
}

QString statusName(LessonStatus status)
{
    switch (status) {
    case LessonStatus::NotStarted:
        return tr("Not started");
    case LessonStatus::InProgress:
        return tr("In progress");
    case LessonStatus::Complete:
        return tr("Complete");
    }
    return {};
}

QString statusMark(LessonStatus status)
{
    switch (status) {
    case LessonStatus::NotStarted:
        return QStringLiteral("○");
    case LessonStatus::InProgress:
        return QStringLiteral("◐");
    case LessonStatus::Complete:
        return QStringLiteral("✓");
    }
    return {};
}

QString lessonHeading(const Course& course, const Lesson& lesson, bool withCourse)
{
    QStringList parts;
    if (withCourse)
        parts.append(Course::shortTitle(course.title));
    if (const Pillar* pillar = course.pillar(lesson.pillar))
        parts.append(pillar->title);
    parts.append(lesson.title);
    return parts.join(QStringLiteral(" · "));
}

} // namespace careu::ui
