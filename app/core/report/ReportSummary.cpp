#include "ReportSummary.h"

#include "content/Catalog.h"

namespace careu {

namespace {
QString pillarKey(const QString& courseId, const QString& pillarId)
{
    return courseId + QLatin1Char('/') + pillarId;
}
} // namespace

ReportSummary::ReportSummary(const Catalog& catalog)
{
    for (const Course& course : catalog.courses()) {
        for (const Pillar& pillar : course.pillars) {
            m_pillarIndex.insert(pillarKey(course.id, pillar.id), static_cast<int>(m_pillars.size()));
            m_pillars.append({course.id, course.title, pillar.id, pillar.title, 0, 0});
        }
    }
}

void ReportSummary::add(const ReportRow& row)
{
    ++m_rows;
    m_lessonsCompleted += row.lessonsCompleted;
    m_lessonsTotal += row.lessonsTotal;
    m_practicesSignedOff += row.practicesSignedOff;
    if (row.averageCheckScore >= 0) {
        m_scoreSum += qint64(row.averageCheckScore) * row.lessonsCompleted;
        m_scoredLessons += row.lessonsCompleted;
    }
    if (!m_people.contains(row.personUid)) {
        m_people.insert(row.personUid);
        m_graduates += row.graduated.isValid();
        m_checkInsDone += row.checkInsDone;
        m_checkInsOverdue += row.checkInsOverdue;
    }
    for (const ReportLesson& lesson : row.lessons) {
        if (lesson.completedAt.isValid()) {
            const QDate day = lesson.completedAt.toUTC().date();
            ++m_months[QDate(day.year(), day.month(), 1)];
        }
        const auto index = m_pillarIndex.constFind(pillarKey(row.courseId, lesson.pillarId));
        if (lesson.pillarId.isEmpty() || index == m_pillarIndex.cend())
            continue;
        PillarCompletion& pillar = m_pillars[*index];
        ++pillar.total;
        pillar.completed += lesson.completedAt.isValid();
    }
}

int ReportSummary::averageCheckScore() const
{
    return m_scoredLessons ? static_cast<int>(m_scoreSum / m_scoredLessons) : -1;
}

QVector<PillarCompletion> ReportSummary::pillars() const
{
    QVector<PillarCompletion> shown;
    for (const PillarCompletion& pillar : m_pillars) {
        if (pillar.total)
            shown.append(pillar);
    }
    return shown;
}

QVector<MonthCount> ReportSummary::months() const
{
    QVector<MonthCount> series;
    if (m_months.isEmpty())
        return series;
    for (QDate month = m_months.firstKey(); month <= m_months.lastKey(); month = month.addMonths(1))
        series.append({month, m_months.value(month)});
    return series;
}

} // namespace careu
