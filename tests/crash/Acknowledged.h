#pragma once

#include "Clock.h"
#include "cli/StoreCommands.h"
#include "store/Database.h"
#include "store/RecordChain.h"
#include "store/Sql.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

// What careu_crash_writer acknowledged, checked against the database it wrote: every acknowledged
// commit whole and there, nothing there in part, and `careu check` passing.
namespace careu::test {

inline QProcess* startWriter(const QStringList& arguments, QObject* parent)
{
    auto* writer = new QProcess(parent);
    writer->setProcessChannelMode(QProcess::SeparateChannels);
    writer->start(QStringLiteral(CAREU_CRASH_WRITER), arguments);
    return writer;
}

// The complete lines the writer has printed so far.
inline QStringList readLines(QProcess* writer)
{
    QStringList lines;
    while (writer->canReadLine())
        lines.append(QString::fromUtf8(writer->readLine()).trimmed());
    return lines;
}

// A query that counts what must not exist; the count when it is not zero, or the error.
inline QString countOf(const Database& db, const QString& what, const QString& sql,
                       std::initializer_list<QVariant> values)
{
    QSqlQuery query(db.connection());
    QString error;
    if (!sql::run(&query, sql, values, &error) || !query.next())
        return QStringLiteral("%1: %2").arg(what, error);
    const int count = query.value(0).toInt();
    return count == 0 ? QString() : QStringLiteral("%1: %2").arg(what).arg(count);
}

inline QString missing(const Database& db, const QString& ack)
{
    const QStringList part = ack.split(QLatin1Char(' '));
    const QString& kind = part.first();
    QString sql;
    QVector<int> fields = {1, 2, 3}; // which parts of the line the placeholders take, in order
    if (kind == QLatin1String("person")) {
        sql =
            QStringLiteral("SELECT count(*) = 0 FROM people p JOIN person_roles r ON r.person_id = p.id "
                           "WHERE p.id = ? AND r.role = 'learner' AND p.mentor_id IS NOT NULL");
        fields = {1};
    } else if (kind == QLatin1String("answer")) {
        sql = QStringLiteral(
            "SELECT (SELECT count(*) FROM check_answers WHERE person_id = ? AND course_id = ? "
            "AND lesson_id = ?) < ? OR NOT EXISTS (SELECT 1 FROM lesson_progress WHERE "
            "person_id = ? AND course_id = ? AND lesson_id = ?)");
        fields = {1, 2, 3, 4, 1, 2, 3};
    } else if (kind == QLatin1String("complete")) {
        sql = QStringLiteral(
            "SELECT count(*) = 0 FROM lesson_progress WHERE person_id = ? AND course_id = ? "
            "AND lesson_id = ? AND completed_at IS NOT NULL AND reflection <> ''");
    } else if (kind == QLatin1String("record")) {
        sql = QStringLiteral("SELECT count(*) = 0 FROM records WHERE id = ? AND kind = ?");
        fields = {1, 2};
    } else {
        return QStringLiteral("unexpected line from the writer: ") + ack;
    }
    QSqlQuery query(db.connection());
    if (!query.prepare(sql))
        return QStringLiteral("cannot check %1").arg(ack);
    for (int field : std::as_const(fields)) {
        bool number = false;
        const qint64 value = part.value(field).toLongLong(&number);
        query.addBindValue(number ? QVariant(value) : QVariant(part.value(field)));
    }
    if (!query.exec() || !query.next())
        return QStringLiteral("cannot check %1: %2").arg(ack, query.lastError().text());
    return query.value(0).toBool() ? QStringLiteral("acknowledged but missing: ") + ack : QString();
}

// Every problem found in the database after a kill; empty when it is whole.
inline QStringList problems(const QString& path, const QStringList& acknowledged)
{
    QStringList found;
    cli::Options options;
    options.dbPath = path;
    QString checkOut;
    QString checkErr;
    QTextStream out(&checkOut);
    QTextStream err(&checkErr);
    if (cli::check(options, {out, err, Clock::system()}) != cli::Success)
        found.append(QStringLiteral("careu check failed: ") + checkOut + checkErr);
    Database db;
    QString error;
    if (!db.open(path, &error))
        return found << error;
    for (const QString& ack : acknowledged) {
        const QString problem = missing(db, ack);
        if (!problem.isEmpty())
            found.append(problem);
    }
    const QString request = recordKindKey(RecordKind::SignOffRequest);
    const QString signOff = recordKindKey(RecordKind::SignOff);
    const QStringList partial = {
        countOf(db, QStringLiteral("people without a role"),
                QStringLiteral("SELECT count(*) FROM people p WHERE NOT EXISTS "
                               "(SELECT 1 FROM person_roles r WHERE r.person_id = p.id)"),
                {}),
        countOf(db, QStringLiteral("lessons complete without a passed Check or a reflection"),
                QStringLiteral("SELECT count(*) FROM lesson_progress WHERE completed_at IS NOT NULL "
                               "AND (check_passed_at IS NULL OR reflection = '')"),
                {}),
        countOf(
            db, QStringLiteral("Checks passed without their answers"),
            QStringLiteral("SELECT count(*) FROM lesson_progress lp WHERE check_passed_at IS NOT NULL "
                           "AND NOT EXISTS (SELECT 1 FROM check_answers a WHERE a.person_id = "
                           "lp.person_id AND a.course_id = lp.course_id AND a.lesson_id = lp.lesson_id "
                           "AND a.correct = 1)"),
            {}),
        countOf(db, QStringLiteral("Practice records for a lesson that is not complete"),
                QStringLiteral("SELECT count(*) FROM records r WHERE kind IN (?, ?) AND NOT EXISTS "
                               "(SELECT 1 FROM lesson_progress lp WHERE lp.person_id = r.subject_id AND "
                               "lp.course_id = r.course_id AND lp.lesson_id = r.lesson_id AND "
                               "lp.completed_at IS NOT NULL)"),
                {request, signOff}),
        countOf(db, QStringLiteral("sign-offs without a request before them"),
                QStringLiteral(
                    "SELECT count(*) FROM records r WHERE kind = ? AND NOT EXISTS "
                    "(SELECT 1 FROM records q WHERE q.kind = ? AND q.subject_id = r.subject_id "
                    "AND q.course_id = r.course_id AND q.lesson_id = r.lesson_id AND q.id < r.id)"),
                {signOff, request}),
        // PostgreSQL checks every foreign key as it is written; SQLite only when asked.
        db.dialect() == Dialect::SQLite ? countOf(db, QStringLiteral("rows pointing at nothing"),
                                                  QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"), {})
                                        : QString(),
    };
    for (const QString& problem : partial) {
        if (!problem.isEmpty())
            found.append(problem);
    }
    return found;
}

} // namespace careu::test
