#include "Content.h"

#include "FindById.h"

#include <array>

namespace careu {

namespace {
const std::array<QLatin1String, LessonStepCount> StepKeys = {
    QLatin1String("learn"), QLatin1String("check"), QLatin1String("reflect"), QLatin1String("practice")};
} // namespace

const Choice* Question::choice(const QString& choiceId) const
{
    return findById(choices, choiceId);
}

const Question* Lesson::question(const QString& questionId) const
{
    return findById(check, questionId);
}

QString Course::shortTitle(const QString& title)
{
    return title.section(QStringLiteral(" · "), 0, 0);
}

const Lesson* Course::lesson(const QString& lessonId) const
{
    return findById(lessons, lessonId);
}

const Pillar* Course::pillar(const QString& pillarId) const
{
    return findById(pillars, pillarId);
}

QStringList Course::pillarIds() const
{
    QStringList ids;
    for (const Pillar& each : pillars)
        ids.append(each.id);
    return ids;
}

QString lessonStepKey(LessonStep step)
{
    return StepKeys.at(static_cast<size_t>(step));
}

LessonStep lessonStepFromKey(const QString& key)
{
    for (size_t i = 0; i < StepKeys.size(); ++i) {
        if (key == StepKeys[i])
            return static_cast<LessonStep>(i);
    }
    return LessonStep::Learn;
}

} // namespace careu
