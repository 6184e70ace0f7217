#include "ProgressStore.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"

namespace careu {

namespace {
QVariant storedTime(const QDateTime& when)
{
    return when.isValid() ? QVariant(toStoredTime(when)) : QVariant();
}
} // namespace

ProgressStore::ProgressStore(const Database& db) : m_db(db) {}

std::optional<LessonRecord> ProgressStore::load(const LessonKey& key, QString* error) const
{
    LessonRecord record;
    {
        auto progress = m_db.read(
            QStringLiteral("SELECT step, reflection, check_passed_at, completed_at, updated_at, content_hash "
                           "FROM lesson_progress WHERE person_id = ? AND course_id = ? AND lesson_id = ?"),
            {key.personId, key.courseId, key.lessonId}, error);
        if (!progress)
            return std::nullopt;
        if (!progress.next())
            return record;
        const QSqlQuery& query = progress.row();
        record.step = lessonStepFromKey(query.value(0).toString());
        record.reflection = query.value(1).toString();
        record.checkPassedAt = fromStoredTime(query.value(2).toString());
        record.completedAt = fromStoredTime(query.value(3).toString());
        record.updatedAt = fromStoredTime(query.value(4).toString());
        record.contentHash = query.value(5).toString();
    }
    auto answers =
        m_db.read(QStringLiteral("SELECT question_id, choice_id, correct, answered_at FROM check_answers "
                                 "WHERE person_id = ? AND course_id = ? AND lesson_id = ? ORDER BY id"),
                  {key.personId, key.courseId, key.lessonId}, error);
    if (!answers)
        return std::nullopt;
    while (answers.next()) {
        const QSqlQuery& query = answers.row();
        record.answers.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toBool(),
                               fromStoredTime(query.value(3).toString())});
    }
    return record;
}

bool ProgressStore::load(QHash<LessonKey, LessonRecord>* records, QString* error) const
{
    {
        auto progress = m_db.read(
            QStringLiteral("SELECT person_id, course_id, lesson_id, step, reflection, check_passed_at, "
                           "completed_at, updated_at, content_hash FROM lesson_progress"),
            {}, error);
        if (!progress)
            return false;
        while (progress.next()) {
            const QSqlQuery& query = progress.row();
            const auto wanted = records->find(
                {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
            if (wanted == records->end())
                continue;
            wanted->step = lessonStepFromKey(query.value(3).toString());
            wanted->reflection = query.value(4).toString();
            wanted->checkPassedAt = fromStoredTime(query.value(5).toString());
            wanted->completedAt = fromStoredTime(query.value(6).toString());
            wanted->updatedAt = fromStoredTime(query.value(7).toString());
            wanted->contentHash = query.value(8).toString();
        }
    }
    // In id order: each lesson's answers oldest first, as load() gives them.
    auto answers = m_db.read(QStringLiteral("SELECT person_id, course_id, lesson_id, question_id, choice_id, "
                                            "correct, answered_at FROM check_answers ORDER BY id"),
                             {}, error);
    if (!answers)
        return false;
    while (answers.next()) {
        const QSqlQuery& query = answers.row();
        const auto wanted = records->find(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
        if (wanted != records->end())
            wanted->answers.append({query.value(3).toString(), query.value(4).toString(),
                                    query.value(5).toBool(), fromStoredTime(query.value(6).toString())});
    }
    return true;
}

QStringList LessonRecord::firstTryRight() const
{
    QStringList answered;
    QStringList right;
    for (const AnswerRecord& answer : answers) {
        if (answered.contains(answer.questionId))
            continue;
        answered.append(answer.questionId);
        if (answer.correct)
            right.append(answer.questionId);
    }
    return right;
}

bool ProgressStore::save(const LessonKey& key, const LessonRecord& record, const AnswerRecord* newAnswer,
                         QString* error)
{
    const auto write = [&](QString* writeError) {
        return m_db.write(
                   QStringLiteral(
                       "INSERT INTO lesson_progress (person_id, course_id, lesson_id, step, reflection, "
                       "check_passed_at, completed_at, content_hash, updated_at, first_try_right) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (person_id, course_id, lesson_id) DO UPDATE SET "
                       "step = excluded.step, reflection = excluded.reflection, "
                       "check_passed_at = excluded.check_passed_at, completed_at = excluded.completed_at, "
                       "content_hash = excluded.content_hash, updated_at = excluded.updated_at, "
                       "first_try_right = excluded.first_try_right"),
                   {key.personId, key.courseId, key.lessonId, lessonStepKey(record.step), record.reflection,
                    storedTime(record.checkPassedAt), storedTime(record.completedAt), record.contentHash,
                    storedTime(record.updatedAt), record.firstTryRight().join(QLatin1Char(' '))},
                   writeError) &&
               (!newAnswer ||
                m_db.write(
                    QStringLiteral(
                        "INSERT INTO check_answers (person_id, course_id, lesson_id, question_id, "
                        "choice_id, correct, content_hash, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {key.personId, key.courseId, key.lessonId, newAnswer->questionId, newAnswer->choiceId,
                     newAnswer->correct ? 1 : 0, record.contentHash, storedTime(newAnswer->answeredAt)},
                    writeError));
    };
    return sql::inWriteTransaction(m_db.connection(), write, error);
}

QVector<LessonSummary> ProgressStore::summaries(qint64 personId, QString* error) const
{
    QVector<LessonSummary> result;
    QSqlQuery query(m_db.connection());
    if (!sql::run(&query,
                  QStringLiteral("SELECT course_id, lesson_id, step, check_passed_at IS NOT NULL, "
                                 "completed_at IS NOT NULL, updated_at FROM lesson_progress "
                                 "WHERE person_id = ? ORDER BY updated_at DESC"),
                  {personId}, error))
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(),
                       lessonStepFromKey(query.value(2).toString()), query.value(3).toBool(),
                       query.value(4).toBool(), fromStoredTime(query.value(5).toString())});
    }
    return result;
}

} // namespace careu
