#pragma once

#include "store/AttemptStore.h"
#include "store/Database.h"
#include "store/PeopleStore.h"
#include "store/RecordChain.h"
#include "store/RefresherStore.h"

#include <QHash>
#include <QStringList>

namespace careu {

class Database;

// Where one learner is in one lesson, by its dates (invalid: not yet), and how their Check went.
struct LearnerLesson
{
    QString courseId;
    QString lessonId;
    QDateTime checkPassedAt;
    QDateTime completedAt;
    QDateTime updatedAt;
    QStringList firstTryRight; // LessonRecord::firstTryRight(), as saved with the lesson
};

// Everything the completion report reads about one learner.
struct LearnerData
{
    Person person; // id, uid, name, email, staff id, mentor and coach ids
    QString mentorName;
    QVector<LearnerLesson> lessons;
    QVector<Attempt> attempts;           // finished role-plays, newest first, no choices; scores if asked for
    QVector<Record> records;             // in chain order; a body only for coach check-ins
    QVector<StoredRefresher> refreshers; // the refreshers started, by number, with their answers

    const LearnerLesson* lesson(const QString& courseId, const QString& lessonId) const; // null: never opened
    // Lesson id -> questions right at the first try, for the course's lessons whose Check was
    // passed (AnswerHistory::firstTryRight).
    QHash<QString, QStringList> firstTryRight(const QString& courseId) const;
};

// Every active learner, in name order, with their progress, finished role-plays, records and
// refreshers: read through one forward-only query per table, all in the same order and merged
// learner by learner, so a report over ten thousand people runs seven queries, not seventy
// thousand, and holds one learner at a time.
class LearnerRecords
{
public:
    // What to read of finished role-plays: their totals (the completion report), or also what
    // each pillar scored (the xAPI results), which a report without them reads faster.
    enum class RolePlayScores
    {
        Totals,
        PerPillar
    };
    LearnerRecords(const Database& db, RolePlayScores scores);
    ~LearnerRecords();

    bool open(QString* error);
    // How many learners next() will give, as counted when opened.
    int count() const { return m_count; }
    // The next learner; false at the end, or on a read failure with error set.
    bool next(LearnerData* learner, QString* error);

private:
    // A content id (course, lesson, question, scenario, ending, pillar, record kind) as stored:
    // the same few recur on every row, so each is decoded once and then shared.
    QString identifier(const QByteArray& bytes);
    QString identifier(const QSqlQuery& row, int column);
    // The question ids of a stored first_try_right, which takes few different values.
    QStringList questions(const QByteArray& stored);
    bool start(QSqlQuery* query, const QString& sql, std::initializer_list<QVariant> values, QString* error);
    // Advances query while its first column is personId, calling take() on each row.
    template <typename Take>
    bool drain(QSqlQuery* query, bool* more, qint64 personId, Take take, QString* error);

    const Database& m_db;
    const RolePlayScores m_rolePlayScores;
    StreamSet m_streams; // before the queries, which it outlives
    struct Queries; // one forward-only QSqlQuery per table
    std::unique_ptr<Queries> m_q;
    int m_count = 0;
    static constexpr int MaxIdentifiers = 4096; // however many distinct ids a damaged database holds
    QHash<QByteArray, QString> m_identifiers;
    QHash<QByteArray, QStringList> m_questionLists;
    bool m_moreLessons = false;
    bool m_moreAttempts = false;
    bool m_moreScores = false;
    bool m_moreRecords = false;
    bool m_moreRefreshers = false;
    bool m_moreRefresherAnswers = false;
};

} // namespace careu
