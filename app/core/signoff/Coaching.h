#pragma once

#include "Clock.h"
#include "content/Content.h"
#include "store/RecordChain.h"

#include <QCoreApplication>
#include <optional>

namespace careu {

struct Person;

// A spaced reminder after graduation: one pillar to bring back to mind, due some days after
// graduating, closed by the graduate's coach at a check-in.
struct Refresher
{
    int number = 0; // 1-based
    int days = 0;   // after graduation
    QDateTime due;
    const Course* course = nullptr;
    const Pillar* pillar = nullptr;
    bool done = false;
    QDateTime doneAt;
    QString note; // what the coach wrote at the check-in

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

    // refresherCourse: the course whose pillars the refreshers go through, in turn.
    Coaching(RecordChain& chain, const Course& refresherCourse, QVector<int> intervals, const Clock& clock);

    QVector<Refresher> refreshers(qint64 graduateId, const QDateTime& graduatedAt, QString* error) const;
    // The same over the graduate's records already read.
    static QVector<Refresher> refreshersFrom(const QVector<Record>& records, const Course& refresherCourse,
                                             const QVector<int>& intervals, const QDateTime& graduatedAt);
    bool checkIn(const Person& coach, const Person& graduate, const QDateTime& graduatedAt, int number,
                 const QString& note, QString* error);

private:
    RecordChain& m_chain;
    const Course& m_course;
    QVector<int> m_intervals;
    const Clock& m_clock;
};

} // namespace careu
