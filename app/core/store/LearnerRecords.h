#pragma once

#include "store/AttemptStore.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"
#include "store/RecordChain.h"

#include <QHash>
#include <QSqlQuery>

namespace careu {

class Database;

// Where one learner is in one lesson, by its dates (invalid: not yet).
struct LessonDates
{
    QString courseId;
    QString lessonId;
    QDateTime checkPassedAt;
    QDateTime completedAt;
    QDateTime updatedAt;
};

// One learner's answers to one lesson's Check, in the order given.
struct LessonAnswers
{
    QString courseId;
    QString lessonId;
    QVector<AnswerRecord> answers;
};

// Everything the completion report reads about one learner.
struct LearnerData
{
    Person person; // id, uid, name, email, staff id, mentor and coach ids
    QString mentorName;
    QVector<LessonDates> lessons;
    QVector<LessonAnswers> answers;
    QVector<Attempt> attempts; // finished role-plays, newest first, with their scores (no choices)
    QVector<Record> records;   // in chain order; a body only for coach check-ins

    const LessonDates* lesson(const QString& courseId, const QString& lessonId) const; // null: never opened
    QVector<AnswerRecord> answersTo(const QString& courseId, const QString& lessonId) const;
};

// Every active learner, in name order, with their progress, answers, finished role-plays and
// records: read through one forward-only query per table, all in the same order and merged
// learner by learner, so a report over ten thousand people runs six queries, not fifty
// thousand, and holds one learner at a time.
class LearnerRecords
{
public:
    explicit LearnerRecords(const Database& db);

    bool open(QString* error);
    // How many learners next() will give, as counted when opened.
    int count() const { return m_count; }
    // The next learner; false at the end, or on a read failure with error set.
    bool next(LearnerData* learner, QString* error);

private:
    bool start(QSqlQuery* query, const QString& sql, std::initializer_list<QVariant> values, QString* error);
    // Advances query while its first column is personId, calling take() on each row.
    template <typename Take>
    bool drain(QSqlQuery* query, bool* more, qint64 personId, Take take, QString* error);

    const Database& m_db;
    QSqlQuery m_people;
    QSqlQuery m_lessons;
    QSqlQuery m_answers;
    QSqlQuery m_attempts;
    QSqlQuery m_scores;
    QSqlQuery m_records;
    int m_count = 0;
    bool m_moreLessons = false;
    bool m_moreAnswers = false;
    bool m_moreAttempts = false;
    bool m_moreScores = false;
    bool m_moreRecords = false;
};

} // namespace careu
