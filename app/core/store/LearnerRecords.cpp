#include "LearnerRecords.h"

#include "Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <algorithm>

namespace careu {

namespace {
// Active learners in name order (people_active_name is unique over active people). Each query
// joins its table to them and keeps this order, so the rows of one learner come together. The
// joins are CROSS JOINs, which SQLite never reorders: people stay the outer loop, walked in the
// index's order, so no query needs a sort.
QString learners(Dialect dialect, const QString& columns, const QString& joins)
{
    return QStringLiteral("SELECT p.id, %1 FROM people p %2 WHERE p.active = 1 AND EXISTS (SELECT 1 FROM "
                          "person_roles r WHERE r.person_id = p.id AND r.role = 'learner') ORDER BY %3")
        .arg(columns, joins, dialect::byCodePoint(dialect, QStringLiteral("p.name_key")));
}

// An inner join that SQLite may not reorder (CROSS JOIN): people stay the outer loop. PostgreSQL
// takes only a plain JOIN with ON, and plans its own order.
QString join(Dialect dialect, const QString& tableAndCondition)
{
    return (dialect == Dialect::SQLite ? QStringLiteral("CROSS JOIN ") : QStringLiteral("JOIN ")) +
           tableAndCondition;
}

// Text columns are read as their UTF-8 bytes: QtSql asks SQLite for UTF-16, and SQLite's
// conversion of every value cost the report a fifth of its time.
QString bytes(Dialect dialect, const QStringList& columns)
{
    QStringList cast;
    for (const QString& column : columns)
        cast.append(dialect::utf8Bytes(dialect, column));
    return cast.join(QStringLiteral(", "));
}

QString text(const QSqlQuery& row, int column)
{
    return QString::fromUtf8(row.value(column).toByteArray());
}

QDateTime time(const QSqlQuery& row, int column)
{
    const QByteArray stored = row.value(column).toByteArray();
    return fromStoredTime(QUtf8StringView(stored.constData(), stored.size()));
}
} // namespace

const LearnerLesson* LearnerData::lesson(const QString& courseId, const QString& lessonId) const
{
    for (const LearnerLesson& lesson : lessons) {
        if (lesson.courseId == courseId && lesson.lessonId == lessonId)
            return &lesson;
    }
    return nullptr;
}

QHash<QString, QStringList> LearnerData::firstTryRight(const QString& courseId) const
{
    QHash<QString, QStringList> result;
    for (const LearnerLesson& each : lessons) {
        if (each.courseId == courseId && each.checkPassedAt.isValid())
            result.insert(each.lessonId, each.firstTryRight);
    }
    return result;
}

struct LearnerRecords::Queries
{
    QSqlQuery people;
    QSqlQuery lessons;
    QSqlQuery attempts;
    QSqlQuery scores;
    QSqlQuery records;
    QSqlQuery refreshers;
    QSqlQuery refresherAnswers;
};

LearnerRecords::LearnerRecords(const Database& db, RolePlayScores scores)
    : m_db(db), m_rolePlayScores(scores), m_streams(db), m_q(std::make_unique<Queries>())
{
}

LearnerRecords::~LearnerRecords() = default;

QString LearnerRecords::identifier(const QByteArray& bytes)
{
    const auto known = m_identifiers.constFind(bytes);
    if (known != m_identifiers.cend())
        return *known;
    const QString id = QString::fromUtf8(bytes);
    if (m_identifiers.size() < MaxIdentifiers)
        m_identifiers.insert(bytes, id);
    return id;
}

QStringList LearnerRecords::questions(const QByteArray& stored)
{
    const auto known = m_questionLists.constFind(stored);
    if (known != m_questionLists.cend())
        return *known;
    QStringList ids;
    for (const QByteArray& question : stored.split(' ')) {
        if (!question.isEmpty())
            ids.append(identifier(question));
    }
    if (m_questionLists.size() < MaxIdentifiers)
        m_questionLists.insert(stored, ids);
    return ids;
}

QString LearnerRecords::identifier(const QSqlQuery& row, int column)
{
    return identifier(row.value(column).toByteArray());
}

bool LearnerRecords::start(QSqlQuery* query, const QString& sql, std::initializer_list<QVariant> values,
                           QString* error)
{
    return m_streams.start(query, sql, values, error);
}

bool LearnerRecords::open(QString* error)
{
    // Only the order of learners is asked of SQLite. One learner's rows come in no set order and
    // are put in order here: a dozen rows sort faster here than in SQLite's sorter.
    const QString finished =
        join(m_db.dialect(),
             QStringLiteral("roleplay_attempts a ON a.person_id = p.id AND a.finished_at IS NOT NULL"));
    if (!start(&m_q->people,
               learners(m_db.dialect(),
                        QStringLiteral("p.mentor_id, p.coach_id, ") +
                            bytes(m_db.dialect(), {QStringLiteral("p.uid"), QStringLiteral("p.name"),
                                                   QStringLiteral("p.email"), QStringLiteral("p.staff_id"),
                                                   QStringLiteral("m.name"), QStringLiteral("p.location")}),
                        QStringLiteral("LEFT JOIN people m ON m.id = p.mentor_id")),
               {}, error) ||
        !start(&m_q->lessons,
               learners(m_db.dialect(),
                        bytes(m_db.dialect(),
                              {QStringLiteral("l.course_id"), QStringLiteral("l.lesson_id"),
                               QStringLiteral("l.check_passed_at"), QStringLiteral("l.completed_at"),
                               QStringLiteral("l.updated_at"), QStringLiteral("l.first_try_right")}),
                        join(m_db.dialect(), QStringLiteral("lesson_progress l ON l.person_id = p.id"))),
               {}, error) ||
        !start(&m_q->attempts,
               learners(m_db.dialect(),
                        QStringLiteral("a.id, a.total, ") +
                            bytes(m_db.dialect(),
                                  {QStringLiteral("a.scenario_id"), QStringLiteral("a.finished_at"),
                                   QStringLiteral("a.ending_id")}),
                        finished),
               {}, error) ||
        (m_rolePlayScores == RolePlayScores::PerPillar &&
         !start(&m_q->scores,
                learners(
                    m_db.dialect(),
                    QStringLiteral("a.id, s.points, ") + bytes(m_db.dialect(), {QStringLiteral("s.pillar")}),
                    finished + QLatin1Char(' ') +
                        join(m_db.dialect(), QStringLiteral("roleplay_scores s ON s.attempt_id = a.id"))),
                {}, error)) ||
        !start(
            &m_q->records,
            learners(m_db.dialect(),
                     QStringLiteral("c.id, c.actor_id, ") +
                         bytes(m_db.dialect(), {QStringLiteral("c.kind"), QStringLiteral("c.course_id"),
                                                QStringLiteral("c.lesson_id"), QStringLiteral("c.created_at"),
                                                QStringLiteral("CASE c.kind WHEN ? THEN c.body END")}),
                     join(m_db.dialect(), QStringLiteral("records c ON c.subject_id = p.id"))),
            {recordKindKey(RecordKind::CoachCheckIn)}, error) ||
        !start(&m_q->refreshers,
               learners(m_db.dialect(),
                        QStringLiteral("r.refresher, r.attempt_id, a.total, ") +
                            bytes(m_db.dialect(),
                                  {QStringLiteral("r.course_id"), QStringLiteral("r.pillar"),
                                   QStringLiteral("r.scenario_id"), QStringLiteral("r.started_at"),
                                   QStringLiteral("a.ending_id"), QStringLiteral("r.completed_at")}),
                        join(m_db.dialect(), QStringLiteral("refreshers r ON r.person_id = p.id")) +
                            QStringLiteral(" LEFT JOIN roleplay_attempts a ON a.id = r.attempt_id")),
               {}, error) ||
        !start(&m_q->refresherAnswers,
               learners(
                   m_db.dialect(),
                   QStringLiteral("q.refresher, q.seq, q.correct, ") +
                       bytes(m_db.dialect(), {QStringLiteral("q.lesson_id"), QStringLiteral("q.question_id"),
                                              QStringLiteral("q.content_hash"), QStringLiteral("q.choice_id"),
                                              QStringLiteral("q.answered_at")}),
                   join(m_db.dialect(), QStringLiteral("refresher_answers q ON q.person_id = p.id"))),
               {}, error))
        return false;
    QSqlQuery count(m_db.connection());
    if (!sql::run(&count,
                  QStringLiteral("SELECT count(*) FROM people p WHERE p.active = 1 AND EXISTS (SELECT 1 FROM "
                                 "person_roles r WHERE r.person_id = p.id AND r.role = 'learner')"),
                  {}, error) ||
        !count.next())
        return false;
    m_count = count.value(0).toInt();
    m_moreLessons = m_q->lessons.next();
    m_moreAttempts = m_q->attempts.next();
    m_moreScores = m_rolePlayScores == RolePlayScores::PerPillar && m_q->scores.next();
    m_moreRecords = m_q->records.next();
    m_moreRefreshers = m_q->refreshers.next();
    m_moreRefresherAnswers = m_q->refresherAnswers.next();
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
    if (!m_q->people.next()) {
        if (m_q->people.lastError().isValid())
            *error = m_q->people.lastError().text();
        return false;
    }
    *learner = LearnerData();
    Person& person = learner->person;
    person.id = m_q->people.value(0).toLongLong();
    person.mentorId = m_q->people.value(1).toLongLong();
    person.coachId = m_q->people.value(2).toLongLong();
    person.uid = text(m_q->people, 3);
    person.name = text(m_q->people, 4);
    person.email = text(m_q->people, 5);
    person.staffId = text(m_q->people, 6);
    learner->mentorName = text(m_q->people, 7);
    person.location = text(m_q->people, 8);
    person.roles = {Role::Learner};

    const auto lesson = [&](const QSqlQuery& row) {
        learner->lessons.append({identifier(row, 1), identifier(row, 2), time(row, 3), time(row, 4),
                                 time(row, 5), questions(row.value(6).toByteArray())});
    };
    const auto attempt = [&](const QSqlQuery& row) {
        Attempt played;
        played.id = row.value(1).toLongLong();
        played.personId = person.id;
        played.total = row.value(2).toInt();
        played.scenarioId = identifier(row, 3);
        played.finishedAt = time(row, 4);
        played.endingId = identifier(row, 5);
        learner->attempts.append(std::move(played));
    };
    const auto score = [&](const QSqlQuery& row) {
        const qint64 attemptId = row.value(1).toLongLong();
        for (Attempt& played : learner->attempts) {
            if (played.id == attemptId)
                played.scores.insert(identifier(row, 3), row.value(2).toInt());
        }
    };
    const auto record = [&](const QSqlQuery& row) {
        Record made;
        made.id = row.value(1).toLongLong();
        made.subjectId = person.id;
        made.actorId = row.value(2).toLongLong();
        made.kind = recordKindFromKey(identifier(row, 3)).value_or(RecordKind::SignOffRequest);
        made.courseId = identifier(row, 4);
        made.lessonId = identifier(row, 5);
        made.createdAt = time(row, 6);
        if (!row.value(7).isNull())
            made.body = QJsonDocument::fromJson(row.value(7).toByteArray()).object();
        learner->records.append(std::move(made));
    };
    const auto refresher = [&](const QSqlQuery& row) {
        StoredRefresher started;
        started.number = row.value(1).toInt();
        started.attemptId = row.value(2).toLongLong();
        if (!row.value(3).isNull())
            started.replayTotal = row.value(3).toInt();
        started.courseId = identifier(row, 4);
        started.pillarId = identifier(row, 5);
        started.scenarioId = identifier(row, 6);
        started.startedAt = time(row, 7);
        started.replayEndingId = identifier(row, 8);
        started.completedAt = time(row, 9);
        learner->refreshers.append(std::move(started));
    };
    // (refresher, seq) of each answer, to put them in order once read.
    QVector<std::pair<std::pair<int, int>, AskedQuestion>> answers;
    const auto refresherAnswer = [&](const QSqlQuery& row) {
        answers.append({{row.value(1).toInt(), row.value(2).toInt()},
                        {identifier(row, 4), identifier(row, 5), identifier(row, 6), identifier(row, 7),
                         row.value(3).toBool(), time(row, 8)}});
    };
    if (!drain(&m_q->lessons, &m_moreLessons, person.id, lesson, error) ||
        !drain(&m_q->attempts, &m_moreAttempts, person.id, attempt, error) ||
        (m_rolePlayScores == RolePlayScores::PerPillar &&
         !drain(&m_q->scores, &m_moreScores, person.id, score, error)) ||
        !drain(&m_q->records, &m_moreRecords, person.id, record, error) ||
        !drain(&m_q->refreshers, &m_moreRefreshers, person.id, refresher, error) ||
        !drain(&m_q->refresherAnswers, &m_moreRefresherAnswers, person.id, refresherAnswer, error))
        return false;
    std::sort(learner->refreshers.begin(), learner->refreshers.end(),
              [](const StoredRefresher& a, const StoredRefresher& b) { return a.number < b.number; });
    std::sort(answers.begin(), answers.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& answer : std::as_const(answers)) {
        for (StoredRefresher& started : learner->refreshers) {
            if (started.number == answer.first.first)
                started.questions.append(answer.second);
        }
    }
    std::sort(learner->attempts.begin(), learner->attempts.end(),
              [](const Attempt& a, const Attempt& b) { return a.id > b.id; });
    std::sort(learner->records.begin(), learner->records.end(),
              [](const Record& a, const Record& b) { return a.id < b.id; });
    return true;
}

} // namespace careu
