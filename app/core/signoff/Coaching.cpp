#include "Coaching.h"

#include "people/Accounts.h"
#include "people/Roles.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"

namespace careu {

namespace {
const QString Number = QStringLiteral("refresher");
const QString Note = QStringLiteral("note");
// The refresher's score as the coach saw it: questions right of questions asked.
const QString Right = QStringLiteral("right");
const QString Asked = QStringLiteral("asked");
} // namespace

std::optional<QVector<int>> Coaching::parseIntervals(const QString& text)
{
    QVector<int> days;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value <= 0 || value > 3650 || (!days.isEmpty() && value <= days.last()))
            return std::nullopt;
        days.append(value);
    }
    if (days.isEmpty())
        return std::nullopt;
    return days;
}

Coaching::Coaching(RecordChain& chain, RefresherStore& store, ProgressStore& progress, Accounts& accounts,
                   const Course& refresherCourse, QVector<int> intervals, const Clock& clock)
    : m_chain(chain), m_store(store), m_progress(progress), m_accounts(accounts), m_course(refresherCourse),
      m_intervals(std::move(intervals)), m_clock(clock)
{
}

QVector<Refresher> Coaching::refreshers(qint64 graduateId, const QDateTime& graduatedAt, QString* error) const
{
    if (!graduatedAt.isValid() || m_course.pillars.isEmpty())
        return {};
    QHash<QString, QStringList> firstTryRight;
    for (const Lesson& lesson : m_course.lessons) {
        const auto record = m_progress.load({graduateId, m_course.id, lesson.id}, error);
        if (!record)
            return {};
        if (record->checkPassedAt.isValid())
            firstTryRight.insert(lesson.id, record->firstTryRight());
    }
    // These tell a failure by the error they set; error may hold a caller's earlier one.
    QString readError;
    const QVector<Record> records = m_chain.about(graduateId, &readError);
    const QVector<StoredRefresher> stored = m_store.of(graduateId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return {};
    }
    return refreshersFrom(records, stored, firstTryRight, m_course, m_intervals, graduatedAt);
}

QVector<Refresher> Coaching::refreshersFrom(const QVector<Record>& records,
                                            const QVector<StoredRefresher>& stored,
                                            const QHash<QString, QStringList>& firstTryRight,
                                            const Course& refresherCourse, const QVector<int>& intervals,
                                            const QDateTime& graduatedAt)
{
    QVector<Refresher> result;
    if (!graduatedAt.isValid() || refresherCourse.pillars.isEmpty())
        return result;
    AnswerHistory history{firstTryRight, {}};
    for (const StoredRefresher& started : stored)
        history.refreshers.append(started.questions);
    for (int i = 0; i < intervals.size(); ++i) {
        Refresher refresher;
        refresher.number = i + 1;
        refresher.days = intervals.at(i);
        refresher.due = graduatedAt.addDays(refresher.days);
        refresher.course = &refresherCourse;
        const auto started = std::find_if(stored.cbegin(), stored.cend(), [&](const StoredRefresher& each) {
            return each.number == refresher.number;
        });
        if (started != stored.cend()) {
            refresher.progress = *started;
        } else {
            // Planned on the refreshers started so far: those come first, in number order.
            const RefresherPlan plan = RefresherPlan::of(refresherCourse, refresher.number, history);
            refresher.progress.courseId = refresherCourse.id;
            refresher.progress.pillarId = plan.pillarId;
            refresher.progress.scenarioId = plan.scenarioId;
            refresher.progress.questions = plan.questions;
        }
        refresher.pillar = refresherCourse.pillar(refresher.progress.pillarId);
        if (!refresher.pillar) // a pillar the course has since dropped
            refresher.pillar = &refresherCourse.pillars.first();
        result.append(refresher);
    }
    for (const Record& record : records) {
        const int number = record.body.value(Number).toInt();
        if (record.kind == RecordKind::CoachCheckIn && number >= 1 && number <= result.size()) {
            Refresher& refresher = result[number - 1];
            refresher.done = true;
            refresher.doneAt = record.createdAt;
            refresher.note = record.body.value(Note).toString();
        }
    }
    return result;
}

bool Coaching::checkIn(const Person& coach, const Person& graduate, const QDateTime& graduatedAt, int number,
                       const QString& note, QString* error)
{
    if (!Permissions::allows(coach.asActor(), Action::CoachCheckIn, graduate.asSubject(), error))
        return false;
    QString readError;
    const QVector<Refresher> all = refreshers(graduate.id, graduatedAt, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (number < 1 || number > all.size()) {
        *error = graduatedAt.isValid() ? tr("There is no refresher %1.").arg(number)
                                       : tr("%1 has not graduated yet.").arg(graduate.name);
        return false;
    }
    const Refresher& refresher = all.at(number - 1);
    if (refresher.done) {
        *error = tr("Refresher %1 was already checked in.").arg(number);
        return false;
    }
    if (!refresher.isDue(m_clock.now())) {
        *error = tr("Refresher %1 is not due until %2.")
                     .arg(number)
                     .arg(refresher.due.date().toString(Qt::ISODate));
        return false;
    }
    if (!refresher.taken()) {
        *error = tr("%1 has not taken refresher %2 yet. Check in once they have answered its questions and "
                    "replayed the role-play, so that you can talk about their answers.")
                     .arg(graduate.name)
                     .arg(number);
        return false;
    }
    const SigningKey* signer = m_accounts.endorsedSigner(coach.id, error);
    return signer &&
           m_chain.append(RecordKind::CoachCheckIn, graduate.id, *signer, m_course.id, refresher.pillar->id,
                          {{Number, number},
                           {Note, note.trimmed()},
                           {Right, refresher.progress.rightCount()},
                           {Asked, static_cast<int>(refresher.progress.questions.size())}},
                          m_clock.now(), error);
}

} // namespace careu
