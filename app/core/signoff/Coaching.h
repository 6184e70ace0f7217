#pragma once

#include "Clock.h"
#include "content/Content.h"
#include "store/RecordChain.h"
#include "store/RefresherStore.h"

#include <QCoreApplication>
#include <optional>

namespace careu {

class Accounts;
class ProgressStore;
struct Person;

// A spaced reminder after graduation, due some days after graduating: the graduate answers a few
// Check questions again and replays a role-play, then their coach checks in with them and closes it.
struct Refresher
{
    int number = 0; // 1-based
    int days = 0;   // after graduation
    QDateTime due;
    const Course* course = nullptr;
    const Pillar* pillar = nullptr; // what it is about: the graduate's weakest pillar
    // What it asks and how the graduate took it: as stored once they started it, before that as
    // RefresherPlan would choose it now (number 0, startedAt invalid).
    StoredRefresher progress;
    bool done = false; // the coach checked in
    QDateTime doneAt;
    QString note; // what the coach wrote at the check-in

    bool started() const { return progress.startedAt.isValid(); }
    bool taken() const { return progress.completedAt.isValid(); }
    bool isDue(const QDateTime& now) const { return !done && due <= now; }
    bool isOverdue(const QDateTime& now, int graceDays) const
    {
        return !done && due.addDays(graceDays) < now;
    }
};

class Coaching
{
    Q_DECLARE_TR_FUNCTIONS(Coaching)

public:
    static QVector<int> defaultIntervals() { return {7, 30, 90}; }
    // The setting that holds the days ("7,30,90"), set by managers.
    static QString intervalsSetting() { return QStringLiteral("coaching/intervals"); }
    // "7, 30, 90" -> days; nothing when the text is not a rising list of whole days.
    static std::optional<QVector<int>> parseIntervals(const QString& text);
    // The same, with the defaults for text that does not parse (or is empty).
    static QVector<int> intervalsFrom(const QString& text)
    {
        return parseIntervals(text).value_or(defaultIntervals());
    }

    // refresherCourse: the course whose Check questions and role-plays the refreshers ask again.
    Coaching(RecordChain& chain, RefresherStore& store, ProgressStore& progress, Accounts& accounts,
             const Course& refresherCourse, QVector<int> intervals, const Clock& clock);

    const Course& course() const { return m_course; }
    QVector<Refresher> refreshers(qint64 graduateId, const QDateTime& graduatedAt, QString* error) const;
    // The same over what was already read of the graduate: their records, the refreshers they
    // started, and the first tries of the course's lessons (AnswerHistory::firstTryRight).
    static QVector<Refresher> refreshersFrom(const QVector<Record>& records,
                                             const QVector<StoredRefresher>& stored,
                                             const QHash<QString, QStringList>& firstTryRight,
                                             const Course& refresherCourse, const QVector<int>& intervals,
                                             const QDateTime& graduatedAt);
    // The coach closes a refresher the graduate has taken; the record keeps its score.
    bool checkIn(const Person& coach, const Person& graduate, const QDateTime& graduatedAt, int number,
                 const QString& note, QString* error);

private:
    RecordChain& m_chain;
    RefresherStore& m_store;
    ProgressStore& m_progress;
    Accounts& m_accounts;
    const Course& m_course;
    QVector<int> m_intervals;
    const Clock& m_clock;
};

} // namespace careu
