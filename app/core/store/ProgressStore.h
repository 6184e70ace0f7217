#pragma once

#include "content/Content.h"

#include <QDateTime>
#include <QHash>
#include <QVector>
#include <optional>

namespace careu {

class Database;

struct LessonKey
{
    qint64 personId = 0;
    QString courseId;
    QString lessonId;

    bool operator==(const LessonKey& other) const
    {
        return personId == other.personId && courseId == other.courseId && lessonId == other.lessonId;
    }
};

inline size_t qHash(const LessonKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.personId, key.courseId, key.lessonId);
}

struct AnswerRecord
{
    QString questionId;
    QString choiceId;
    bool correct = false;
    QDateTime answeredAt;
};

// Where one person is in one lesson.
struct LessonRecord
{
    LessonStep step = LessonStep::Learn;
    QString reflection;
    QDateTime checkPassedAt;
    QDateTime completedAt;
    QDateTime updatedAt;           // last time the person did anything in the lesson; invalid if never
    QString contentHash;           // the version of the lesson this record was last written against
    QVector<AnswerRecord> answers; // every Check answer given, oldest first

    // The questions whose first answer was right, in the order first answered: the first try is
    // what a Check score counts, since retrying until right is how the Check teaches.
    QStringList firstTryRight() const;
};

// A lesson record without its answers, for overviews.
struct LessonSummary
{
    QString courseId;
    QString lessonId;
    LessonStep step = LessonStep::Learn;
    bool checkPassed = false;
    bool complete = false;
    QDateTime updatedAt;
};

// Lesson progress and Check answers. Holds no rules: LessonSession decides what a change means.
class ProgressStore
{
public:
    explicit ProgressStore(const Database& db);

    // The record of a lesson; a default (empty) record for a lesson never opened.
    std::optional<LessonRecord> load(const LessonKey& key, QString* error) const;
    // The same for many lessons at once, whatever their number: records holds the lessons wanted
    // (each as a default record) and gets what is stored for them, in one read of each table.
    bool load(QHash<LessonKey, LessonRecord>* records, QString* error) const;
    // Writes the lesson's state and, when given, one new answer, in one transaction.
    bool save(const LessonKey& key, const LessonRecord& record, const AnswerRecord* newAnswer,
              QString* error);
    // Every lesson the person has opened, most recently used first.
    QVector<LessonSummary> summaries(qint64 personId, QString* error) const;

private:
    const Database& m_db;
};

} // namespace careu
