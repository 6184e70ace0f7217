#pragma once

#include "Clock.h"
#include "content/Content.h"
#include "store/ProgressStore.h"

#include <QCoreApplication>
#include <optional>

namespace careu {

// One person working through one lesson, and the rules of what their actions mean:
// - a Check question may be answered again until it is right; every answer is kept;
// - the Check is passed once every question's latest answer is right;
// - the Reflection is written once it has at least MinReflectionWords words;
// - the lesson is complete once the Check is passed and the Reflection written. Completion is
//   an event: it keeps its date even if the reflection is edited afterwards.
// Every change is saved before the call returns; a failed save leaves the session unchanged.
class LessonSession
{
    Q_DECLARE_TR_FUNCTIONS(LessonSession)

public:
    static constexpr int MinReflectionWords = 10;

    LessonSession(ProgressStore& store, const Clock& clock, qint64 personId, const Course& course,
                  const Lesson& lesson);

    bool load(QString* error);

    const Course& course() const { return m_course; }
    const Lesson& lesson() const { return m_lesson; }

    LessonStep step() const { return m_record.step; }
    bool setStep(LessonStep step, QString* error);

    // Records an answer and returns the chosen choice (its feedback says why it is or isn't right).
    const Choice* answer(const QString& questionId, const QString& choiceId, QString* error);
    // The latest answer to a question, empty if none.
    QString currentChoice(const QString& questionId) const;
    bool isAnsweredCorrectly(const QString& questionId) const;
    int correctCount() const;
    bool checkPassed() const { return m_record.checkPassedAt.isValid(); }
    QDateTime checkPassedAt() const { return m_record.checkPassedAt; }
    // Questions answered right at the first try, and that as a share of all, 0-100: what a
    // mentor or a report looks at, since retrying until right always passes in the end.
    int firstTryCorrect() const;
    int firstTryScore() const;
    bool rightAtFirstTry(const QString& questionId) const;
    // The same from the questions that were right at the first try (LessonRecord::firstTryRight,
    // which the reports read for everyone at once); only the lesson's current questions count.
    static int firstTryCorrect(const Lesson& lesson, const QStringList& firstTryRight);
    static int firstTryScore(const Lesson& lesson, const QStringList& firstTryRight);

    const QString& reflection() const { return m_record.reflection; }
    bool saveReflection(const QString& text, QString* error);
    bool reflectionWritten() const;
    static int wordCount(const QString& text);

    bool isComplete() const { return m_record.completedAt.isValid(); }
    QDateTime completedAt() const { return m_record.completedAt; }

private:
    bool commit(LessonRecord next, const AnswerRecord* answer, QString* error);

    ProgressStore& m_store;
    const Clock& m_clock;
    LessonKey m_key;
    const Course& m_course;
    const Lesson& m_lesson;
    LessonRecord m_record;
};

} // namespace careu
