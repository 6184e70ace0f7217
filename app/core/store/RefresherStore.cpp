#include "RefresherStore.h"

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

int StoredRefresher::rightCount() const
{
    return static_cast<int>(std::count_if(questions.cbegin(), questions.cend(),
                                          [](const AskedQuestion& question) { return question.correct; }));
}

RefresherStore::RefresherStore(const Database& db) : m_db(db) {}

bool RefresherStore::start(qint64 personId, const StoredRefresher& refresher, QString* error)
{
    const auto write = [&](QString* writeError) {
        if (!m_db.write(QStringLiteral(
                            "INSERT INTO refreshers (person_id, refresher, course_id, pillar, scenario_id, "
                            "started_at) VALUES (?, ?, ?, ?, ?, ?)"),
                        {personId, refresher.number, refresher.courseId, refresher.pillarId,
                         refresher.scenarioId, toStoredTime(refresher.startedAt)},
                        writeError))
            return false;
        for (int i = 0; i < refresher.questions.size(); ++i) {
            const AskedQuestion& question = refresher.questions.at(i);
            if (!m_db.write(
                    QStringLiteral("INSERT INTO refresher_answers (person_id, refresher, seq, lesson_id, "
                                   "question_id, content_hash) VALUES (?, ?, ?, ?, ?, ?)"),
                    {personId, refresher.number, i, question.lessonId, question.questionId,
                     question.contentHash},
                    writeError))
                return false;
        }
        return true;
    };
    return sql::inWriteTransaction(m_db.connection(), write, error);
}

bool RefresherStore::answer(qint64 personId, int number, int index, const QString& choiceId, bool correct,
                            const QDateTime& at, QString* error)
{
    const QSqlDatabase db = m_db.connection();
    const auto write = [&](QString* writeError) {
        QSqlQuery query(db);
        if (!sql::run(
                &query,
                QStringLiteral("UPDATE refresher_answers SET choice_id = ?, correct = ?, answered_at = ? "
                               "WHERE person_id = ? AND refresher = ? AND seq = ? AND choice_id IS NULL"),
                {choiceId, correct ? 1 : 0, toStoredTime(at), personId, number, index}, writeError))
            return false;
        if (query.numRowsAffected() != 1) {
            *writeError = tr("This question was answered already.");
            return false;
        }
        return true;
    };
    return sql::inWriteTransaction(db, write, error);
}

bool RefresherStore::update(qint64 personId, int number, qint64 attemptId, const QDateTime& completedAt,
                            QString* error)
{
    const auto write = [&](QString* writeError) {
        return m_db.write(
            QStringLiteral("UPDATE refreshers SET attempt_id = ?, completed_at = ? "
                           "WHERE person_id = ? AND refresher = ? AND completed_at IS NULL"),
            {attemptId ? QVariant(attemptId) : QVariant(), storedTime(completedAt), personId, number},
            writeError);
    };
    return sql::inWriteTransaction(m_db.connection(), write, error);
}

QVector<StoredRefresher> RefresherStore::of(qint64 personId, QString* error) const
{
    QVector<StoredRefresher> result;
    {
        auto rows = m_db.read(
            QStringLiteral(
                "SELECT r.refresher, r.course_id, r.pillar, r.scenario_id, r.started_at, r.attempt_id, "
                "a.total, a.ending_id, r.completed_at FROM refreshers r "
                "LEFT JOIN roleplay_attempts a ON a.id = r.attempt_id "
                "WHERE r.person_id = ? ORDER BY r.refresher"),
            {personId}, error);
        if (!rows)
            return {};
        while (rows.next()) {
            const QSqlQuery& row = rows.row();
            StoredRefresher refresher;
            refresher.number = row.value(0).toInt();
            refresher.courseId = row.value(1).toString();
            refresher.pillarId = row.value(2).toString();
            refresher.scenarioId = row.value(3).toString();
            refresher.startedAt = fromStoredTime(row.value(4).toString());
            refresher.attemptId = row.value(5).toLongLong();
            if (!row.value(6).isNull())
                refresher.replayTotal = row.value(6).toInt();
            refresher.replayEndingId = row.value(7).toString();
            refresher.completedAt = fromStoredTime(row.value(8).toString());
            result.append(refresher);
        }
    }
    auto rows = m_db.read(QStringLiteral("SELECT refresher, lesson_id, question_id, content_hash, choice_id, "
                                         "correct, answered_at FROM refresher_answers WHERE person_id = ? "
                                         "ORDER BY refresher, seq"),
                          {personId}, error);
    if (!rows)
        return {};
    while (rows.next()) {
        const QSqlQuery& row = rows.row();
        const int number = row.value(0).toInt();
        auto refresher = std::find_if(result.begin(), result.end(), [number](const StoredRefresher& each) {
            return each.number == number;
        });
        if (refresher == result.end())
            continue;
        refresher->questions.append({row.value(1).toString(), row.value(2).toString(),
                                     row.value(3).toString(), row.value(4).toString(), row.value(5).toBool(),
                                     fromStoredTime(row.value(6).toString())});
    }
    return result;
}

} // namespace careu
