#pragma once

#include "signoff/RefresherPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>
#include <optional>

namespace careu {

class Database;

// One refresher a graduate has started: what it asks, their answers, and the replay.
struct StoredRefresher
{
    int number = 0; // 1-based
    QString courseId;
    QString pillarId;
    QString scenarioId; // empty when the course links no role-play
    QDateTime startedAt;
    QVector<AskedQuestion> questions;
    qint64 attemptId = 0; // the finished role-play attempt that replayed it; 0: not yet
    std::optional<int> replayTotal;
    QString replayEndingId;
    QDateTime completedAt; // when the graduate had answered everything and replayed

    int rightCount() const;
};

// Refreshers as graduates take them. Holds no rules: RefresherSession decides what a change means.
class RefresherStore
{
    Q_DECLARE_TR_FUNCTIONS(RefresherStore)

public:
    explicit RefresherStore(const Database& db);

    // Writes a refresher as it starts, with its questions (none answered), in one transaction.
    bool start(qint64 personId, const StoredRefresher& refresher, QString* error);
    // The answer to question index of the refresher; refused when it has one already.
    bool answer(qint64 personId, int number, int index, const QString& choiceId, bool correct,
                const QDateTime& at, QString* error);
    // The replay's attempt (0: none) and, when at is valid, the refresher taken at that time.
    bool update(qint64 personId, int number, qint64 attemptId, const QDateTime& completedAt, QString* error);
    // Every refresher the person has started, by number.
    QVector<StoredRefresher> of(qint64 personId, QString* error) const;

private:
    const Database& m_db;
};

} // namespace careu
