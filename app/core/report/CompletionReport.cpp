#include "CompletionReport.h"

#include "content/Catalog.h"
#include "people/Accounts.h"
#include "progress/LessonSession.h"
#include "roleplay/ScenarioAnalysis.h"
#include "signoff/Coaching.h"
#include "signoff/SignOffs.h"
#include "store/AttemptStore.h"
#include "store/Database.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"
#include "store/RecordChain.h"
#include "store/SettingsStore.h"

namespace careu {

CompletionReport::CompletionReport(const Database& db, const Catalog& catalog) : m_db(db), m_catalog(catalog)
{
}

bool CompletionReport::run(const Filter& filter, const std::function<void(const ReportRow&)>& row,
                           QString* error) const
{
    const Clock& clock = Clock::system();
    PeopleStore people(m_db, clock);
    ProgressStore progress(m_db);
    AttemptStore attempts(m_db);
    RecordChain chain(m_db);
    Accounts accounts(people, clock);
    SignOffs signOffs(chain, progress, attempts, accounts, clock);
    const Course* refresherCourse = m_catalog.course(QStringLiteral("care-102"));
    const QVector<int> intervals =
        Coaching::intervalsFrom(SettingsStore(m_db).value(Coaching::intervalsSetting()));

    // The highest total each scenario allows, to say "14 of 32".
    QHash<QString, int> bestPossible;
    for (const Scenario& scenario : m_catalog.scenarios()) {
        QStringList pillars;
        if (const Course* course = m_catalog.course(scenario.courseId)) {
            for (const Pillar& pillar : course->pillars)
                pillars.append(pillar.id);
        }
        bestPossible.insert(scenario.id, ScenarioAnalysis::analyse(scenario, pillars).best.total);
    }

    const QVector<Person> everyone = people.active(error);
    if (!error->isEmpty())
        return false;
    QHash<qint64, QString> names;
    for (const Person& person : everyone)
        names.insert(person.id, person.name);
    for (const Person& person : everyone) {
        if (!person.roles.contains(Role::Learner))
            continue;
        const QVector<LessonSummary> summaries = progress.summaries(person.id, error);
        const QVector<Record> records = chain.about(person.id, error);
        if (!error->isEmpty())
            return false;
        if (filter.activeSince.isValid()) {
            const bool active =
                std::any_of(summaries.cbegin(), summaries.cend(),
                            [&](const LessonSummary& s) { return s.updatedAt >= filter.activeSince; }) ||
                std::any_of(records.cbegin(), records.cend(),
                            [&](const Record& r) { return r.createdAt >= filter.activeSince; });
            if (!active)
                continue;
        }
        const QDateTime graduated = signOffs.graduatedAt(person.id, m_catalog.courses(), error);
        const auto playSummaries = attempts.summaries(person.id, error);
        const auto statuses = signOffs.statuses(person.id, error);
        for (const Course& course : m_catalog.courses()) {
            if (!filter.courseId.isEmpty() && course.id != filter.courseId)
                continue;
            ReportRow out;
            out.personUid = person.uid;
            out.name = person.name;
            out.email = person.email;
            out.staffId = person.staffId;
            out.mentor = names.value(person.mentorId);
            out.courseId = course.id;
            out.courseTitle = course.title;
            out.lessonsTotal = static_cast<int>(course.lessons.size());
            int scoreSum = 0;
            int scored = 0;
            for (const Lesson& lesson : course.lessons) {
                LessonSession session(progress, clock, person.id, course, lesson);
                if (!session.load(error))
                    return false;
                out.lessons.append({lesson.pillar, session.completedAt()});
                if (session.isComplete()) {
                    ++out.lessonsCompleted;
                    scoreSum += session.firstTryScore();
                    ++scored;
                }
                if (statuses.value(SignOffs::practiceKey(course.id, lesson.id)).state ==
                    PracticeState::SignedOff)
                    ++out.practicesSignedOff;
            }
            out.averageCheckScore = scored ? scoreSum / scored : -1;
            for (const Scenario& scenario : m_catalog.scenarios()) {
                const auto played = playSummaries.constFind(scenario.id);
                if (scenario.courseId == course.id && played != playSummaries.cend() && played->bestTotal)
                    out.bestRolePlays.append(tr("%1 %2/%3")
                                                 .arg(scenario.title)
                                                 .arg(*played->bestTotal)
                                                 .arg(bestPossible.value(scenario.id)));
            }
            out.courseSignedOff = signOffs.courseSignedOffAt(person.id, course, error);
            out.graduated = graduated;
            if (graduated.isValid() && refresherCourse) {
                Coaching coaching(chain, *refresherCourse, intervals, clock);
                for (const Refresher& refresher : coaching.refreshers(person.id, graduated, error)) {
                    out.checkInsDone += refresher.done;
                    out.checkInsOverdue += refresher.isDue(clock.now());
                }
            }
            if (!error->isEmpty())
                return false;
            row(out);
        }
    }
    return true;
}

} // namespace careu
