#include "LearnerRecords.h"

#include "Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace careu {

namespace {
// Active learners in name order (people_active_name is unique over active people). Each query
// joins its table to them and keeps this order, so the rows of one learner come together.
QString learners(const QString& columns, const QString& joins, const QString& order)
{
    return QStringLiteral(
               "SELECT p.id, %1 FROM people p %2 WHERE p.active = 1 AND EXISTS (SELECT 1 FROM "
               "person_roles r WHERE r.person_id = p.id AND r.role = 'learner') ORDER BY p.name_key%3")
        .arg(columns, joins, order);
}
} // namespace

const LessonDates* LearnerData::lesson(const QString& courseId, const QString& lessonId) const
{
    for (const LessonDates& dates : lessons) {
        if (dates.courseId == courseId && dates.lessonId == lessonId)
            return &dates;
    }
    return nullptr;
}

QVector<AnswerRecord> LearnerData::answersTo(const QString& courseId, const QString& lessonId) const
{
    for (const LessonAnswers& lesson : answers) {
        if (lesson.courseId == courseId && lesson.lessonId == lessonId)
            return lesson.answers;
    }
    return {};
}

LearnerRecords::LearnerRecords(const Database& db) : m_db(db) {}

bool LearnerRecords::start(QSqlQuery* query, const QString& sql, std::initializer_list<QVariant> values,
                           QString* error)
{
    *query = QSqlQuery(m_db.connection());
    query->setForwardOnly(true);
    return sql::run(query, sql, values, error);
}

bool LearnerRecords::open(QString* error)
{
    const QString finished =
        QStringLiteral("JOIN roleplay_attempts a ON a.person_id = p.id AND a.finished_at IS NOT NULL");
    if (!start(
            &m_people,
            learners(QStringLiteral(
                         "p.uid, p.name, p.email, p.staff_id, p.mentor_id, p.coach_id, m.name, p.location"),
                     QStringLiteral("LEFT JOIN people m ON m.id = p.mentor_id"), {}),
            {}, error) ||
        !start(&m_lessons,
               learners(QStringLiteral(
                            "l.course_id, l.lesson_id, l.check_passed_at, l.completed_at, l.updated_at"),
                        QStringLiteral("JOIN lesson_progress l ON l.person_id = p.id"), {}),
               {}, error) ||
        !start(&m_answers,
               learners(QStringLiteral("a.course_id, a.lesson_id, a.question_id, a.correct"),
                        QStringLiteral("JOIN check_answers a ON a.person_id = p.id"),
                        QStringLiteral(", a.course_id, a.lesson_id, a.id")),
               {}, error) ||
        !start(&m_attempts,
               learners(QStringLiteral("a.id, a.scenario_id, a.finished_at, a.ending_id, a.total"), finished,
                        QStringLiteral(", a.id DESC")),
               {}, error) ||
        !start(&m_scores,
               learners(QStringLiteral("a.id, s.pillar, s.points"),
                        finished + QStringLiteral(" JOIN roleplay_scores s ON s.attempt_id = a.id"),
                        QStringLiteral(", a.id DESC")),
               {}, error) ||
        !start(&m_records,
               learners(QStringLiteral("c.id, c.kind, c.actor_id, c.course_id, c.lesson_id, c.created_at, "
                                       "CASE c.kind WHEN ? THEN c.body END"),
                        QStringLiteral("JOIN records c ON c.subject_id = p.id"), QStringLiteral(", c.id")),
               {recordKindKey(RecordKind::CoachCheckIn)}, error))
        return false;
    QSqlQuery count(m_db.connection());
    if (!start(&count, learners(QStringLiteral("count(*)"), {}, {}), {}, error) || !count.next())
        return false;
    m_count = count.value(1).toInt();
    m_moreLessons = m_lessons.next();
    m_moreAnswers = m_answers.next();
    m_moreAttempts = m_attempts.next();
    m_moreScores = m_scores.next();
    m_moreRecords = m_records.next();
    return true;
}

template <typename Take>
bool LearnerRecords::drain(QSqlQuery* query, bool* more, qint64 personId, Take take, QString* error)
{
    while (*more && query->value(0).toLongLong() == personId) {
        take(*query);
        *more = query->next();
    }
    if (query->lastError().isValid()) {
        *error = query->lastError().text();
        return false;
    }
    return true;
}

bool LearnerRecords::next(LearnerData* learner, QString* error)
{
    if (!m_people.next()) {
        if (m_people.lastError().isValid())
            *error = m_people.lastError().text();
        return false;
    }
    *learner = LearnerData();
    Person& person = learner->person;
    person.id = m_people.value(0).toLongLong();
    person.uid = m_people.value(1).toString();
    person.name = m_people.value(2).toString();
    person.email = m_people.value(3).toString();
    person.staffId = m_people.value(4).toString();
    person.mentorId = m_people.value(5).toLongLong();
    person.coachId = m_people.value(6).toLongLong();
    person.roles = {Role::Learner};
    learner->mentorName = m_people.value(7).toString();
    person.location = m_people.value(8).toString();

    const auto lesson = [&](const QSqlQuery& row) {
        learner->lessons.append(
            {row.value(1).toString(), row.value(2).toString(), fromStoredTime(row.value(3).toString()),
             fromStoredTime(row.value(4).toString()), fromStoredTime(row.value(5).toString())});
    };
    const auto answer = [&](const QSqlQuery& row) {
        const QString courseId = row.value(1).toString();
        const QString lessonId = row.value(2).toString();
        if (learner->answers.isEmpty() || learner->answers.constLast().courseId != courseId ||
            learner->answers.constLast().lessonId != lessonId)
            learner->answers.append({courseId, lessonId, {}});
        learner->answers.last().answers.append({row.value(3).toString(), {}, row.value(4).toBool(), {}});
    };
    const auto attempt = [&](const QSqlQuery& row) {
        Attempt played;
        played.id = row.value(1).toLongLong();
        played.personId = person.id;
        played.scenarioId = row.value(2).toString();
        played.finishedAt = fromStoredTime(row.value(3).toString());
        played.endingId = row.value(4).toString();
        played.total = row.value(5).toInt();
        learner->attempts.append(played);
    };
    const auto score = [&](const QSqlQuery& row) {
        const qint64 attemptId = row.value(1).toLongLong();
        for (Attempt& played : learner->attempts) {
            if (played.id == attemptId)
                played.scores.insert(row.value(2).toString(), row.value(3).toInt());
        }
    };
    const auto record = [&](const QSqlQuery& row) {
        Record made;
        made.id = row.value(1).toLongLong();
        made.kind = recordKindFromKey(row.value(2).toString()).value_or(RecordKind::SignOffRequest);
        made.subjectId = person.id;
        made.actorId = row.value(3).toLongLong();
        made.courseId = row.value(4).toString();
        made.lessonId = row.value(5).toString();
        made.createdAt = fromStoredTime(row.value(6).toString());
        if (!row.value(7).isNull())
            made.body = QJsonDocument::fromJson(row.value(7).toString().toUtf8()).object();
        learner->records.append(made);
    };
    return drain(&m_lessons, &m_moreLessons, person.id, lesson, error) &&
           drain(&m_answers, &m_moreAnswers, person.id, answer, error) &&
           drain(&m_attempts, &m_moreAttempts, person.id, attempt, error) &&
           drain(&m_scores, &m_moreScores, person.id, score, error) &&
           drain(&m_records, &m_moreRecords, person.id, record, error);
}

} // namespace careu
