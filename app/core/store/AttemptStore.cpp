#include "AttemptStore.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"

namespace careu {

namespace {
const QString SelectAttempt =
    QStringLiteral("SELECT id, person_id, scenario_id, content_hash, assessment, started_at, finished_at, "
                   "ending_id, total FROM roleplay_attempts ");

Attempt attemptFrom(const QSqlQuery& query)
{
    Attempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.personId = query.value(1).toLongLong();
    attempt.scenarioId = query.value(2).toString();
    attempt.contentHash = query.value(3).toString();
    attempt.assessment = query.value(4).toBool();
    attempt.startedAt = fromStoredTime(query.value(5).toString());
    attempt.finishedAt = fromStoredTime(query.value(6).toString());
    attempt.endingId = query.value(7).toString();
    attempt.total = query.value(8).toInt();
    return attempt;
}
} // namespace

AttemptStore::AttemptStore(const Database& db) : m_db(db) {}

std::optional<qint64> AttemptStore::start(qint64 personId, const QString& scenarioId,
                                          const QString& contentHash, bool assessment, const QDateTime& at,
                                          QString* error)
{
    const QSqlDatabase db = m_db.connection();
    qint64 id = 0;
    const auto write = [&](QString* writeError) {
        QSqlQuery query(db);
        if (!sql::run(&query,
                      QStringLiteral(
                          "INSERT INTO roleplay_attempts (person_id, scenario_id, content_hash, assessment, "
                          "started_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                      {personId, scenarioId, contentHash, assessment ? 1 : 0, toStoredTime(at)},
                      writeError) ||
            !query.next())
            return false;
        id = query.value(0).toLongLong();
        return true;
    };
    if (!sql::inWriteTransaction(db, write, error))
        return std::nullopt;
    return id;
}

bool AttemptStore::addChoice(qint64 attemptId, int seq, const AttemptChoice& choice, const QString& endingId,
                             const PillarScores& scores, QString* error)
{
    const QSqlDatabase db = m_db.connection();
    const auto write = [&](QString* writeError) {
        if (!sql::run(db,
                      QStringLiteral(
                          "INSERT INTO roleplay_choices (attempt_id, seq, node_id, choice_id, chosen_at) "
                          "VALUES (?, ?, ?, ?, ?)"),
                      {attemptId, seq, choice.nodeId, choice.choiceId, toStoredTime(choice.chosenAt)},
                      writeError))
            return false;
        if (endingId.isEmpty())
            return true;
        int total = 0;
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            total += it.value();
            if (!sql::run(db,
                          QStringLiteral(
                              "INSERT INTO roleplay_scores (attempt_id, pillar, points) VALUES (?, ?, ?)"),
                          {attemptId, it.key(), it.value()}, writeError))
                return false;
        }
        return sql::run(
            db,
            QStringLiteral("UPDATE roleplay_attempts SET finished_at = ?, ending_id = ?, total = ? "
                           "WHERE id = ?"),
            {toStoredTime(choice.chosenAt), endingId, total, attemptId}, writeError);
    };
    return sql::inWriteTransaction(db, write, error);
}

bool AttemptStore::abandon(qint64 attemptId, const QDateTime& at, QString* error)
{
    const auto write = [&](QString* writeError) {
        return sql::run(m_db.connection(),
                        QStringLiteral("UPDATE roleplay_attempts SET abandoned_at = ? "
                                       "WHERE id = ? AND finished_at IS NULL"),
                        {toStoredTime(at), attemptId}, writeError);
    };
    return sql::inWriteTransaction(m_db.connection(), write, error);
}

std::optional<Attempt> AttemptStore::unfinished(qint64 personId, const QString& scenarioId,
                                                QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!sql::run(&query,
                  SelectAttempt +
                      QStringLiteral("WHERE person_id = ? AND scenario_id = ? AND finished_at IS NULL "
                                     "AND abandoned_at IS NULL ORDER BY id DESC LIMIT 1"),
                  {personId, scenarioId}, error) ||
        !query.next())
        return std::nullopt;
    Attempt attempt = attemptFrom(query);
    if (!loadDetails(&attempt, error))
        return std::nullopt;
    return attempt;
}

QVector<Attempt> AttemptStore::finished(qint64 personId, const QString& scenarioId, QString* error) const
{
    QVector<Attempt> attempts;
    QSqlQuery query(m_db.connection());
    if (!sql::run(&query,
                  SelectAttempt +
                      QStringLiteral("WHERE person_id = ? AND scenario_id = ? AND finished_at IS NOT NULL "
                                     "ORDER BY id DESC"),
                  {personId, scenarioId}, error))
        return attempts;
    while (query.next())
        attempts.append(attemptFrom(query));
    for (Attempt& attempt : attempts) {
        if (!loadDetails(&attempt, error))
            return {};
    }
    return attempts;
}

bool AttemptStore::load(QHash<qint64, Attempt>* attempts, QString* error) const
{
    {
        auto rows = m_db.read(SelectAttempt, {}, error);
        if (!rows)
            return false;
        while (rows.next()) {
            const auto wanted = attempts->find(rows.row().value(0).toLongLong());
            if (wanted != attempts->end())
                *wanted = attemptFrom(rows.row());
        }
    }
    {
        auto choices = m_db.read(QStringLiteral("SELECT attempt_id, node_id, choice_id, chosen_at FROM "
                                                "roleplay_choices ORDER BY attempt_id, seq"),
                                 {}, error);
        if (!choices)
            return false;
        while (choices.next()) {
            const QSqlQuery& query = choices.row();
            const auto wanted = attempts->find(query.value(0).toLongLong());
            if (wanted != attempts->end() && wanted->id != 0)
                wanted->choices.append({query.value(1).toString(), query.value(2).toString(),
                                        fromStoredTime(query.value(3).toString())});
        }
    }
    auto scores =
        m_db.read(QStringLiteral("SELECT attempt_id, pillar, points FROM roleplay_scores"), {}, error);
    if (!scores)
        return false;
    while (scores.next()) {
        const QSqlQuery& query = scores.row();
        const auto wanted = attempts->find(query.value(0).toLongLong());
        if (wanted != attempts->end() && wanted->id != 0)
            wanted->scores.insert(query.value(1).toString(), query.value(2).toInt());
    }
    return true;
}

QHash<QString, AttemptStore::Summary> AttemptStore::summaries(qint64 personId, QString* error) const
{
    QHash<QString, Summary> result;
    QSqlQuery query(m_db.connection());
    if (!sql::run(
            &query,
            QStringLiteral("SELECT scenario_id, count(finished_at), max(CASE WHEN finished_at IS NOT NULL "
                           "THEN total END), sum(CASE WHEN finished_at IS NULL AND abandoned_at IS NULL THEN 1 ELSE 0 END) "
                           "FROM roleplay_attempts WHERE person_id = ? GROUP BY scenario_id"),
            {personId}, error))
        return result;
    while (query.next()) {
        Summary summary;
        summary.finished = query.value(1).toInt();
        if (!query.value(2).isNull())
            summary.bestTotal = query.value(2).toInt();
        summary.inProgress = query.value(3).toInt() > 0;
        result.insert(query.value(0).toString(), summary);
    }
    return result;
}

bool AttemptStore::loadDetails(Attempt* attempt, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!sql::run(
            &query,
            QStringLiteral("SELECT node_id, choice_id, chosen_at FROM roleplay_choices WHERE attempt_id = ? "
                           "ORDER BY seq"),
            {attempt->id}, error))
        return false;
    while (query.next())
        attempt->choices.append({query.value(0).toString(), query.value(1).toString(),
                                 fromStoredTime(query.value(2).toString())});
    if (!sql::run(&query, QStringLiteral("SELECT pillar, points FROM roleplay_scores WHERE attempt_id = ?"),
                  {attempt->id}, error))
        return false;
    while (query.next())
        attempt->scores.insert(query.value(0).toString(), query.value(1).toInt());
    return true;
}

} // namespace careu
