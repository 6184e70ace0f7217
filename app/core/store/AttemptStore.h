#pragma once

#include "roleplay/RolePlay.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace careu {

class Database;

struct AttemptChoice
{
    QString nodeId;
    QString choiceId;
    QDateTime chosenAt;
};

// One stored play-through of a scenario.
struct Attempt
{
    qint64 id = 0;
    qint64 personId = 0;
    QString scenarioId;
    QString contentHash;
    bool assessment = false; // played without feedback after each choice
    QDateTime startedAt;
    QDateTime finishedAt;
    QString endingId;
    int total = 0;
    PillarScores scores; // filled when finished
    QVector<AttemptChoice> choices;

    bool finished() const { return finishedAt.isValid(); }
};

// Role-play attempts. Every choice is written as it is made; the ending and scores are written
// with the last choice, in the same transaction.
class AttemptStore
{
public:
    explicit AttemptStore(const Database& db);

    std::optional<qint64> start(qint64 personId, const QString& scenarioId, const QString& contentHash,
                                bool assessment, const QDateTime& at, QString* error);
    // Records a choice; when ending is given, also finishes the attempt with its scores.
    bool addChoice(qint64 attemptId, int seq, const AttemptChoice& choice, const QString& endingId,
                   const PillarScores& scores, QString* error);
    // Marks an unfinished attempt as given up (it stays in the history).
    bool abandon(qint64 attemptId, const QDateTime& at, QString* error);

    // The person's latest attempt at a scenario that is neither finished nor abandoned.
    std::optional<Attempt> unfinished(qint64 personId, const QString& scenarioId, QString* error) const;
    // Finished attempts, newest first.
    QVector<Attempt> finished(qint64 personId, const QString& scenarioId, QString* error) const;
    // Many attempts at once, whatever their number, finished or not: attempts holds the ids wanted
    // and gets each one stored (with its choices and scores), in one read of each table. An id
    // not stored stays as it was.
    bool load(QHash<qint64, Attempt>* attempts, QString* error) const;

    // Per scenario the person has tried: how it stands, for overviews.
    struct Summary
    {
        int finished = 0;
        std::optional<int> bestTotal;
        bool inProgress = false;
    };
    QHash<QString, Summary> summaries(qint64 personId, QString* error) const;

private:
    bool loadDetails(Attempt* attempt, QString* error) const;

    const Database& m_db;
};

} // namespace careu
