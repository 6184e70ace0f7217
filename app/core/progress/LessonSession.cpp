#include "LessonSession.h"

#include <QRegularExpression>
#include <algorithm>

namespace careu {

namespace {
const AnswerRecord* latestAnswer(const QVector<AnswerRecord>& answers, const QString& questionId)
{
    auto latest = std::find_if(answers.crbegin(), answers.crend(),
                               [&](const AnswerRecord& a) { return a.questionId == questionId; });
    return latest == answers.crend() ? nullptr : &*latest;
}
} // namespace

LessonSession::LessonSession(ProgressStore& store, const Clock& clock, qint64 personId, const Course& course,
                             const Lesson& lesson)
    : m_store(store), m_clock(clock), m_key{personId, course.id, lesson.id}, m_course(course),
      m_lesson(lesson)
{
}

bool LessonSession::load(QString* error)
{
    auto record = m_store.load(m_key, error);
    if (!record)
        return false;
    m_record = std::move(*record);
    return true;
}

bool LessonSession::commit(LessonRecord next, const AnswerRecord* answer, QString* error)
{
    next.updatedAt = m_clock.now();
    next.contentHash = m_lesson.contentHash;
    const bool allRight = std::all_of(m_lesson.check.cbegin(), m_lesson.check.cend(), [&](const Question& q) {
        const AnswerRecord* latest = latestAnswer(next.answers, q.id);
        return latest && latest->correct;
    });
    if (!next.checkPassedAt.isValid() && allRight)
        next.checkPassedAt = next.updatedAt;
    if (!next.completedAt.isValid() && next.checkPassedAt.isValid() &&
        wordCount(next.reflection) >= MinReflectionWords)
        next.completedAt = next.updatedAt;
    if (!m_store.save(m_key, next, answer, error))
        return false;
    m_record = std::move(next);
    return true;
}

bool LessonSession::setStep(LessonStep step, QString* error)
{
    LessonRecord next = m_record;
    next.step = step;
    return commit(std::move(next), nullptr, error);
}

const Choice* LessonSession::answer(const QString& questionId, const QString& choiceId, QString* error)
{
    const Question* question = m_lesson.question(questionId);
    const Choice* choice = question ? question->choice(choiceId) : nullptr;
    if (!choice) {
        *error = tr("That answer is not part of this lesson.");
        return nullptr;
    }
    const AnswerRecord answer{questionId, choiceId, choiceId == question->answer, m_clock.now()};
    LessonRecord next = m_record;
    next.answers.append(answer);
    return commit(std::move(next), &answer, error) ? choice : nullptr;
}

QString LessonSession::currentChoice(const QString& questionId) const
{
    const AnswerRecord* latest = latestAnswer(m_record.answers, questionId);
    return latest ? latest->choiceId : QString();
}

bool LessonSession::isAnsweredCorrectly(const QString& questionId) const
{
    const Question* question = m_lesson.question(questionId);
    return question && currentChoice(questionId) == question->answer;
}

int LessonSession::correctCount() const
{
    return static_cast<int>(std::count_if(m_lesson.check.cbegin(), m_lesson.check.cend(),
                                          [&](const Question& q) { return isAnsweredCorrectly(q.id); }));
}

int LessonSession::firstTryCorrect() const
{
    return firstTryCorrect(m_lesson, m_record.firstTryRight());
}

int LessonSession::firstTryCorrect(const Lesson& lesson, const QStringList& firstTryRight)
{
    return static_cast<int>(
        std::count_if(lesson.check.cbegin(), lesson.check.cend(),
                      [&](const Question& question) { return firstTryRight.contains(question.id); }));
}

bool LessonSession::rightAtFirstTry(const QString& questionId) const
{
    return m_record.firstTryRight().contains(questionId);
}

int LessonSession::firstTryScore() const
{
    return firstTryScore(m_lesson, m_record.firstTryRight());
}

int LessonSession::firstTryScore(const Lesson& lesson, const QStringList& firstTryRight)
{
    return lesson.check.isEmpty()
               ? 0
               : firstTryCorrect(lesson, firstTryRight) * 100 / static_cast<int>(lesson.check.size());
}

bool LessonSession::saveReflection(const QString& text, QString* error)
{
    if (text == m_record.reflection)
        return true;
    LessonRecord next = m_record;
    next.reflection = text;
    return commit(std::move(next), nullptr, error);
}

bool LessonSession::reflectionWritten() const
{
    return wordCount(m_record.reflection) >= MinReflectionWords;
}

int LessonSession::wordCount(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    return static_cast<int>(text.split(separators, Qt::SkipEmptyParts).size());
}

} // namespace careu
