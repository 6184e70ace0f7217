#include "ReportCsv.h"

#include "Clock.h"
#include "Csv.h"

#include <cstdio>

namespace careu {

namespace {
// YYYY-MM-DD, written directly: QDate::toString() took a quarter of the time a row took.
QString date(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    const QDate day = when.toUTC().date();
    char text[16];
    const int size = std::snprintf(text, sizeof text, "%04d-%02d-%02d", day.year(), day.month(), day.day());
    return QString::fromLatin1(text, size);
}
} // namespace

QString ReportCsv::header()
{
    return csv::record({QStringLiteral("person_id"),
                        QStringLiteral("name"),
                        QStringLiteral("email"),
                        QStringLiteral("staff_id"),
                        QStringLiteral("location"),
                        QStringLiteral("mentor"),
                        QStringLiteral("course_id"),
                        QStringLiteral("course"),
                        QStringLiteral("lessons_completed"),
                        QStringLiteral("lessons_total"),
                        QStringLiteral("average_check_score"),
                        QStringLiteral("best_roleplays"),
                        QStringLiteral("practices_signed_off"),
                        QStringLiteral("course_signed_off"),
                        QStringLiteral("graduated"),
                        QStringLiteral("coach_checkins_done"),
                        QStringLiteral("coach_checkins_overdue"),
                        QStringLiteral("refreshers_taken"),
                        QStringLiteral("refresher_score"),
                        QStringLiteral("refresher_results")});
}

QString ReportCsv::row(const ReportRow& row)
{
    return csv::record({csv::field(row.personUid),
                        csv::text(row.name),
                        csv::text(row.email),
                        csv::text(row.staffId),
                        csv::text(row.location),
                        csv::text(row.mentor),
                        csv::field(row.courseId),
                        csv::text(row.courseTitle),
                        QString::number(row.lessonsCompleted),
                        QString::number(row.lessonsTotal),
                        row.averageCheckScore < 0 ? QString() : QString::number(row.averageCheckScore),
                        csv::text(row.bestRolePlays.join(QStringLiteral("; "))),
                        QString::number(row.practicesSignedOff),
                        date(row.courseSignedOff),
                        date(row.graduated),
                        QString::number(row.checkInsDone),
                        QString::number(row.checkInsOverdue),
                        QString::number(row.refreshersTaken),
                        row.refresherScore < 0 ? QString() : QString::number(row.refresherScore),
                        csv::text(row.refresherResults.join(QStringLiteral("; ")))});
}

} // namespace careu
