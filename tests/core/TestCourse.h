#pragma once

#include "content/Content.h"

// Small courses built in code, so rule tests do not depend on the shipped wording.
inline careu::Lesson testLesson(const QString& id, int questions)
{
    careu::Lesson lesson;
    lesson.id = id;
    lesson.title = QStringLiteral("Lesson ") + id;
    lesson.body = QStringLiteral("Read this.");
    lesson.contentHash = QStringLiteral("hash-") + id;
    for (int q = 1; q <= questions; ++q) {
        careu::Question question;
        question.id = QStringLiteral("q%1").arg(q);
        question.prompt = QStringLiteral("Question %1?").arg(q);
        question.choices = {
            {QStringLiteral("a"), QStringLiteral("Tempting"), QStringLiteral("Not quite, because...")},
            {QStringLiteral("b"), QStringLiteral("Right"), QStringLiteral("Yes, because...")}};
        question.answer = QStringLiteral("b");
        lesson.check.append(question);
    }
    lesson.reflect = QStringLiteral("Think about it.");
    lesson.practice = {
        QStringLiteral("Do it."), QStringLiteral("mentor"), {QStringLiteral("One"), QStringLiteral("Two")}};
    return lesson;
}

inline careu::Course testCourse(const QString& id, const QStringList& lessonIds)
{
    careu::Course course;
    course.id = id;
    course.title = QStringLiteral("Course ") + id;
    for (const QString& lessonId : lessonIds)
        course.lessons.append(testLesson(lessonId, 2));
    return course;
}
