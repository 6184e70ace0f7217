#include "CompletionReport.h"

#include "Services.h"
#include "progress/LessonSession.h"
#include "roleplay/ScenarioAnalysis.h"
#include "signoff/Coaching.h"
#include "signoff/SignOffs.h"
#include "store/LearnerRecords.h"

namespace careu {

bool ReportRow::has(Status status) const
{
    switch (status) {
    case Status::NotStarted:
        return lessonsCompleted == 0;
    case Status::InProgress:
        return lessonsCompleted > 0 && !courseSignedOff.isValid();
    case Status::SignedOff:
        return courseSignedOff.isValid();
    case Status::Graduated:
        return graduated.isValid();
    case Status::CheckInOverdue:
        return checkInsOverdue > 0;
    }
    return false;
}

bool CompletionReport::Filter::inDates(const QDateTime& when) const
{
    const QDate day = when.toLocalTime().date();
    return (!activeFrom.isValid() || (day.isValid() && day >= activeFrom)) &&
           (!activeTo.isValid() || (day.isValid() && day <= activeTo));
}

bool CompletionReport::Filter::keeps(const ReportRow& row) const
{
    return (courseId.isEmpty() || row.courseId == courseId) &&
           (location.isEmpty() || row.location == location) && (mentor.isEmpty() || row.mentor == mentor) &&
           (!status || row.has(*status)) &&
           inDates(row.lastActivity) && (name.isEmpty() || row.name.contains(name, Qt::CaseInsensitive));
}

bool CompletionReport::Filter::operator==(const Filter& other) const
{
    return courseId == other.courseId && location == other.location && mentor == other.mentor &&
           status == other.status && name == other.name && activeFrom == other.activeFrom &&
           activeTo == other.activeTo && allowUnverified == other.allowUnverified;
}

QString CompletionReport::statusName(ReportRow::Status status)
{
    switch (status) {
    case ReportRow::Status::NotStarted:
        return tr("Not started");
    case ReportRow::Status::InProgress:
        return tr("In progress");
    case ReportRow::Status::SignedOff:
        return tr("Course signed off");
    case ReportRow::Status::Graduated:
        return tr("Graduated");
    case ReportRow::Status::CheckInOverdue:
        return tr("Check-in overdue");
    }
    return {};
}

CompletionReport::CompletionReport(const Services& services, const Actor& reader)
    : m_services(services), m_reader(reader)
{
}

bool CompletionReport::mayRead(QString* error) const
{
    QString why;
    if (Permissions::allows(m_reader, Action::ReadReport, {}, &why))
        return true;
    *error = tr("The completion report shows everyone's progress, so only a manager can read it. %1").arg(why);
    return false;
}

bool CompletionReport::run(const Filter& filter, const std::function<void(const ReportRow&)>& row,
                           QString* error, const Progress& progress) const
{
    return forEachShown(
        filter, LearnerRecords::RolePlayScores::Totals,
        [&row](const LearnerData&, const QVector<ReportRow>& rows) {
            for (const ReportRow& each : rows)
                row(each);
        },
        error, progress);
}

bool CompletionReport::forEachShown(
    const Filter& filter, LearnerRecords::RolePlayScores scores,
    const std::function<void(const LearnerData&, const QVector<ReportRow>&)>& each, QString* error,
    const Progress& progress) const
{
    if (!mayRead(error))
        return false;
    const Catalog& catalog = m_services.catalog;
    const QDateTime now = m_services.clock.now();
    const Course* refresherCourse = catalog.refresherCourse();
    const QVector<int> intervals =
        Coaching::intervalsFrom(m_services.settings.value(Coaching::intervalsSetting()));

    // The highest total each scenario allows, to say "14 of 32".
    QHash<QString, int> bestPossible;
    for (const Scenario& scenario : catalog.scenarios()) {
        QStringList pillars;
        if (const Course* course = catalog.course(scenario.courseId)) {
            for (const Pillar& pillar : course->pillars)
                pillars.append(pillar.id);
        }
        bestPossible.insert(scenario.id, ScenarioAnalysis::analyse(scenario, pillars).best.total);
    }

    QVector<ReportRow> rows;
    return forEachLearner(
        m_services.db, scores, error, progress, [&](const LearnerData& learner) {
            rows.clear();
            QDateTime lastActivity;
            for (const LearnerLesson& lesson : learner.lessons)
                lastActivity = std::max(lastActivity, lesson.updatedAt);
            for (const Record& record : learner.records)
                lastActivity = std::max(lastActivity, record.createdAt);
            for (const Attempt& attempt : learner.attempts)
                lastActivity = std::max(lastActivity, attempt.finishedAt);
            for (const StoredRefresher& refresher : learner.refreshers) {
                lastActivity = std::max(lastActivity, refresher.startedAt);
                for (const AskedQuestion& asked : refresher.questions)
                    lastActivity = std::max(lastActivity, asked.answeredAt);
            }
            const QDateTime graduated = SignOffs::graduatedAt(learner.records, catalog.courses());
            int checkInsDone = 0;
            int checkInsOverdue = 0;
            int refreshersTaken = 0;
            int refresherRight = 0;
            int refresherAsked = 0;
            QStringList refresherResults;
            if (refresherCourse) {
                for (const Refresher& refresher : Coaching::refreshersFrom(
                         learner.records, learner.refreshers, learner.firstTryRight(refresherCourse->id),
                         *refresherCourse, intervals, graduated)) {
                    checkInsDone += refresher.done;
                    checkInsOverdue += refresher.isDue(now);
                    if (!refresher.taken())
                        continue;
                    const StoredRefresher& taken = refresher.progress;
                    ++refreshersTaken;
                    refresherRight += taken.rightCount();
                    refresherAsked += static_cast<int>(taken.questions.size());
                    QString result = tr("%1: %2/%3")
                                         .arg(refresher.number)
                                         .arg(taken.rightCount())
                                         .arg(taken.questions.size());
                    if (const Scenario* replay = catalog.scenario(taken.scenarioId);
                        replay && taken.replayTotal)
                        result += tr(", %1 %2/%3")
                                      .arg(replay->title)
                                      .arg(*taken.replayTotal)
                                      .arg(bestPossible.value(replay->id));
                    refresherResults.append(result);
                }
            }
            for (const Course& course : catalog.courses()) {
                if (!filter.courseId.isEmpty() && course.id != filter.courseId)
                    continue; // before the row is made: most filters keep one course
                ReportRow out;
                out.personId = learner.person.id;
                out.personUid = learner.person.uid;
                out.name = learner.person.name;
                out.email = learner.person.email;
                out.staffId = learner.person.staffId;
                out.location = learner.person.location;
                out.mentor = learner.mentorName;
                out.courseId = course.id;
                out.courseTitle = course.title;
                out.lessonsTotal = static_cast<int>(course.lessons.size());
                int scoreSum = 0;
                for (const Lesson& lesson : course.lessons) {
                    const LearnerLesson* dates = learner.lesson(course.id, lesson.id);
                    out.lessons.append({lesson.pillar, dates ? dates->completedAt : QDateTime()});
                    if (dates && dates->completedAt.isValid()) {
                        ++out.lessonsCompleted;
                        scoreSum += LessonSession::firstTryScore(lesson, dates->firstTryRight);
                    }
                    if (SignOffs::statusFrom(learner.records, course.id, lesson.id).state ==
                        PracticeState::SignedOff)
                        ++out.practicesSignedOff;
                }
                out.averageCheckScore = out.lessonsCompleted ? scoreSum / out.lessonsCompleted : -1;
                for (const Scenario& scenario : catalog.scenarios()) {
                    std::optional<int> best;
                    for (const Attempt& attempt : learner.attempts) {
                        if (attempt.scenarioId == scenario.id && (!best || attempt.total > *best))
                            best = attempt.total;
                    }
                    if (scenario.courseId == course.id && best)
                        out.bestRolePlays.append(tr("%1 %2/%3")
                                                     .arg(scenario.title)
                                                     .arg(*best)
                                                     .arg(bestPossible.value(scenario.id)));
                }
                out.courseSignedOff = SignOffs::courseSignedOffAt(learner.records, course);
                out.graduated = graduated;
                out.checkInsDone = checkInsDone;
                out.checkInsOverdue = checkInsOverdue;
                out.refreshersTaken = refreshersTaken;
                out.refresherScore = refresherAsked ? refresherRight * 100 / refresherAsked : -1;
                out.refresherResults = refresherResults;
                out.lastActivity = lastActivity;
                if (filter.keeps(out))
                    rows.append(std::move(out));
            }
            each(learner, rows);
        });
}

bool CompletionReport::forEachLearner(const Database& db, LearnerRecords::RolePlayScores scores,
                                      QString* error, const Progress& progress,
                                      const std::function<void(const LearnerData&)>& each)
{
    LearnerRecords learners(db, scores);
    if (!learners.open(error))
        return false;
    LearnerData learner;
    for (int done = 0; learners.next(&learner, error); ++done) {
        if (progress && !progress(done, learners.count())) {
            *error = stoppedMessage();
            return false;
        }
        each(learner);
    }
    return error->isEmpty();
}

} // namespace careu
