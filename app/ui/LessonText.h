#pragma once

#include "content/Content.h"
#include "progress/ProgressOverview.h"

namespace careu::ui {

// How lessons, steps and statuses are named on screen, in one place.
QString stepName(LessonStep step);
QString statusName(LessonStatus status);
QString statusMark(LessonStatus status);
// "Communicate · The two-way huddle" (withCourse: "CARE 101 · Communicate · ...").
QString lessonHeading(const Course& course, const Lesson& lesson, bool withCourse = true);

} // namespace careu::ui
