#pragma once

#include "people/Roles.h"
#include "store/LearnerRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>
#include <QStringList>
#include <QVector>
#include <functional>

namespace careu {

class Database;
class Services;

// One lesson of a report row's course: its pillar (empty for an opening lesson that belongs to
// none) and when it was completed (invalid: not yet). What charts by pillar and over time need.
struct ReportLesson
{
    QString pillarId;
    QDateTime completedAt;
};

// One row of the completion report: one person in one course.
struct ReportRow
{
    // Where a person stands in a course, for the dashboard's status filter.
    enum class Status
    {
        NotStarted,     // no lesson completed
        InProgress,     // some lessons, not yet signed off
        SignedOff,      // every Practice of the course signed off
        Graduated,      // both graduation courses signed off
        CheckInOverdue, // a graduate whose coach check-in is due and not done
    };
    bool has(Status status) const;

    qint64 personId = 0; // the database's id, for opening the person (not exported)
    QString personUid;
    QString name;
    QString email;
    QString staffId;
    QString location;
    QString mentor;
    QString courseId;
    QString courseTitle;
    int lessonsCompleted = 0;
    int lessonsTotal = 0;
    int averageCheckScore = -1; // first-try percentage over completed lessons; -1 when none
    QStringList bestRolePlays;  // "The Nail Tech 14/32" for each scenario of the course played
    int practicesSignedOff = 0;
    QDateTime courseSignedOff;
    QDateTime graduated;
    int checkInsDone = 0;
    int checkInsOverdue = 0;
    int refreshersTaken = 0;       // refreshers the graduate has answered and replayed
    int refresherScore = -1;       // share right of every question of those, whole percent; -1: none
    QStringList refresherResults;  // "1: 4/5, The Salon 18/32" for each refresher taken
    QVector<ReportLesson> lessons; // every lesson of the course, in course order
    QDateTime lastActivity; // the person's latest lesson step, role-play or record, any course (not exported)
};

// The completion report a manager hands to HR or an auditor: the same rows for the app and for
// `careu report`. Rows are produced one person at a time, so a caller can stream them out.
class CompletionReport
{
    Q_DECLARE_TR_FUNCTIONS(CompletionReport)

public:
    // Which rows a report keeps: the dashboard's filters, so that what it exports and prints is
    // exactly what it shows. An empty filter keeps everyone in every course.
    struct Filter
    {
        QString courseId; // empty: every course
        QString location; // empty: anywhere
        QString mentor;   // the mentor's name as the report gives it; empty: any
        std::optional<ReportRow::Status> status;
        QString name;     // part of the person's name, case aside; empty: anyone
        QDate activeFrom; // invalid: open; else people whose latest activity is on or after it
        QDate activeTo;   // invalid: open; else people whose latest activity is on or before it
                          // (both local dates; xAPI also keeps only the statements in between)
        bool allowUnverified = false; // export even when the record chain does not verify (marked so)

        bool keeps(const ReportRow& row) const;
        // Whether a moment falls between activeFrom and activeTo.
        bool inDates(const QDateTime& when) const;
        bool operator==(const Filter& other) const;
    };

    // The status as the dashboard's filter and the printed report name it: "Graduated".
    static QString statusName(ReportRow::Status status);

    // Told after each learner how many of how many are done; returning false stops the run.
    using Progress = std::function<bool(int done, int total)>;

    // Read by reader, whom the rules must allow to (Action::ReadReport).
    CompletionReport(const Services& services, const Actor& reader);

    // Calls row() for each active learner and course the filter keeps, in name order; false with
    // error when the reader may not read it, on a read failure or when progress() stopped it.
    bool run(const Filter& filter, const std::function<void(const ReportRow&)>& row, QString* error,
             const Progress& progress = {}) const;
    // Calls each() for every active learner, in name order, with their rows the filter keeps (none
    // when it keeps none of them): for exports that write more than the rows about the same people.
    bool forEachShown(const Filter& filter, LearnerRecords::RolePlayScores scores,
                      const std::function<void(const LearnerData&, const QVector<ReportRow>&)>& each,
                      QString* error, const Progress& progress = {}) const;

    // True when the reader may read it; else false with why (before anything is written).
    bool mayRead(QString* error) const;

    static QString stoppedMessage() { return tr("Stopped before the end."); }

    // Every active learner's records in name order, one at a time: the loop the reports share.
    static bool forEachLearner(const Database& db, LearnerRecords::RolePlayScores scores, QString* error,
                               const Progress& progress, const std::function<void(const LearnerData&)>& each);

private:
    const Services& m_services;
    const Actor m_reader;
};

} // namespace careu
