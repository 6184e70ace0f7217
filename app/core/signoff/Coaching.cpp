#include "Coaching.h"

#include "people/Roles.h"
#include "store/PeopleStore.h"

namespace careu {

namespace {
const QString Number = QStringLiteral("refresher");
const QString Note = QStringLiteral("note");
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

Coaching::Coaching(RecordChain& chain, const Course& refresherCourse, QVector<int> intervals,
                   const Clock& clock)
    : m_chain(chain), m_course(refresherCourse), m_intervals(std::move(intervals)), m_clock(clock)
{
}

QVector<Refresher> Coaching::refreshers(qint64 graduateId, const QDateTime& graduatedAt, QString* error) const
{
    if (!graduatedAt.isValid() || m_course.pillars.isEmpty())
        return {};
    return refreshersFrom(m_chain.about(graduateId, error), m_course, m_intervals, graduatedAt);
}

QVector<Refresher> Coaching::refreshersFrom(const QVector<Record>& records, const Course& refresherCourse,
                                            const QVector<int>& intervals, const QDateTime& graduatedAt)
{
    QVector<Refresher> result;
    if (!graduatedAt.isValid() || refresherCourse.pillars.isEmpty())
        return result;
    for (int i = 0; i < intervals.size(); ++i) {
        Refresher refresher;
        refresher.number = i + 1;
        refresher.days = intervals.at(i);
        refresher.due = graduatedAt.addDays(refresher.days);
        refresher.course = &refresherCourse;
        refresher.pillar = &refresherCourse.pillars.at(i % refresherCourse.pillars.size());
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
    const QVector<Refresher> all = refreshers(graduate.id, graduatedAt, error);
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
    return m_chain
        .append(RecordKind::CoachCheckIn, graduate.id, coach.id, m_course.id, refresher.pillar->id,
                {{Number, number}, {Note, note.trimmed()}}, m_clock.now(), error)
        .has_value();
}

} // namespace careu
