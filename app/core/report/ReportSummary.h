#pragma once

#include "CompletionReport.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>

namespace careu {

class Catalog;

// How much of one pillar's lessons the report's rows have completed.
struct PillarCompletion
{
    QString courseId;
    QString courseTitle;
    QString pillarId;
    QString pillarTitle;
    int completed = 0;
    int total = 0;

    int percent() const { return total ? completed * 100 / total : 0; }
};

// Lessons completed in one calendar month (UTC).
struct MonthCount
{
    QDate month; // the first day of the month
    int lessons = 0;
};

// The figures and chart series over a stream of completion report rows, for the printed report
// and the dashboard: add() each row as it comes, then read. Holds per person only their id, so
// a large report need not be kept in memory. Whole percentages are rounded down, like the rows'.
class ReportSummary
{
public:
    explicit ReportSummary(const Catalog& catalog);

    void add(const ReportRow& row);

    int people() const { return static_cast<int>(m_people.size()); }
    int rows() const { return m_rows; }
    int lessonsCompleted() const { return m_lessonsCompleted; }
    int lessonsTotal() const { return m_lessonsTotal; }
    int graduates() const { return m_graduates; }
    // The first-try Check score over every completed lesson; -1 when no lesson is completed.
    int averageCheckScore() const;
    int practicesSignedOff() const { return m_practicesSignedOff; }
    // Coach check-ins belong to a person, not to a course: counted once per person.
    int checkInsDone() const { return m_checkInsDone; }
    int checkInsOverdue() const { return m_checkInsOverdue; }

    // Each pillar of the courses in the rows, in the catalog's order.
    QVector<PillarCompletion> pillars() const;
    // Every month from the first to the last with a completed lesson, months without one as 0.
    QVector<MonthCount> months() const;

private:
    QVector<PillarCompletion> m_pillars; // every pillar of the catalog; those with lessons are shown
    QHash<QString, int> m_pillarIndex;   // "course/pillar" -> index in m_pillars
    QSet<QString> m_people;
    QMap<QDate, int> m_months;
    int m_rows = 0;
    int m_lessonsCompleted = 0;
    int m_lessonsTotal = 0;
    int m_graduates = 0;
    qint64 m_scoreSum = 0; // each row's average times its completed lessons
    int m_scoredLessons = 0;
    int m_practicesSignedOff = 0;
    int m_checkInsDone = 0;
    int m_checkInsOverdue = 0;
};

} // namespace careu
