#include "RecordChain.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"
#include "people/Keys.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <array>

namespace careu {

namespace {
const std::array<QLatin1String, 16> KindKeys = {
    QLatin1String("signoff-request"), QLatin1String("signoff"),      QLatin1String("send-back"),
    QLatin1String("revocation"),      QLatin1String("recognition"),  QLatin1String("huddle"),
    QLatin1String("coach-checkin"),   QLatin1String("join"),         QLatin1String("key"),
    QLatin1String("role-grant"),      QLatin1String("role-removal"), QLatin1String("mentor"),
    QLatin1String("coach"),           QLatin1String("deactivation"), QLatin1String("reactivation"),
    QLatin1String("adoption")};

const QString SelectRecord =
    QStringLiteral("SELECT id, kind, subject_id, actor_id, course_id, lesson_id, body, "
                   "created_at, prev_hash, hash, signature FROM records ");

Record recordFrom(const QSqlQuery& query)
{
    Record record;
    record.id = query.value(0).toLongLong();
    record.kind = recordKindFromKey(query.value(1).toString()).value_or(RecordKind::SignOffRequest);
    record.subjectId = query.value(2).toLongLong();
    record.actorId = query.value(3).toLongLong();
    record.courseId = query.value(4).toString();
    record.lessonId = query.value(5).toString();
    record.body = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    record.createdAt = fromStoredTime(query.value(7).toString());
    record.prevHash = query.value(8).toString();
    record.hash = query.value(9).toString();
    record.signature = query.value(10).toString();
    return record;
}

QString canonicalBody(const QJsonObject& body)
{
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}
} // namespace

QString recordKindKey(RecordKind kind)
{
    return KindKeys.at(static_cast<size_t>(kind));
}

std::optional<RecordKind> recordKindFromKey(const QString& key)
{
    for (size_t i = 0; i < KindKeys.size(); ++i) {
        if (key == KindKeys[i])
            return static_cast<RecordKind>(i);
    }
    return std::nullopt;
}

QString RecordChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

RecordChain::RecordChain(const Database& db) : m_db(db) {}

QJsonObject RecordChain::canonical(const Record& record)
{
    return {
        {QStringLiteral("id"), QString::number(record.id)},
        {QStringLiteral("kind"), recordKindKey(record.kind)},
        {QStringLiteral("subject"), QString::number(record.subjectId)},
        {QStringLiteral("actor"), QString::number(record.actorId)},
        {QStringLiteral("course"), record.courseId},
        {QStringLiteral("lesson"), record.lessonId},
        {QStringLiteral("body"), record.body},
        {QStringLiteral("createdAt"), toStoredTime(record.createdAt)},
    };
}

QString RecordChain::hashOf(const Record& record)
{
    // Keys sort themselves in a QJsonObject, so this text is the same for the same record.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(record.prevHash.toLatin1());
    hash.addData(QJsonDocument(canonical(record)).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray RecordChain::signedBytes(const QString& hash)
{
    return QByteArrayLiteral("careu-record-v1\n") + hash.toLatin1();
}

std::optional<Record> RecordChain::append(RecordKind kind, qint64 subjectId, const SigningKey& signer,
                                          const QString& courseId, const QString& lessonId,
                                          const QJsonObject& body, const QDateTime& at, QString* error)
{
    const qint64 actorId = signer.personId();
    Record record;
    const auto appendAtHead = [&](QString* appendError) {
        record.id = 0;
        record.prevHash = genesisHash();
        {
            auto head = m_db.read(QStringLiteral("SELECT id, hash FROM records ORDER BY id DESC LIMIT 1"), {},
                                  appendError);
            if (!head)
                return false;
            if (head.next()) {
                record.id = head.row().value(0).toLongLong();
                record.prevHash = head.row().value(1).toString();
            }
        }
        ++record.id;
        record.kind = kind;
        record.subjectId = subjectId;
        record.actorId = actorId;
        record.courseId = courseId;
        record.lessonId = lessonId;
        record.body = body;
        // Stored at millisecond precision; hash what is stored, so verification sees the same value.
        record.createdAt = fromStoredTime(toStoredTime(at));
        record.hash = hashOf(record);
        const auto signature = signer.sign(signedBytes(record.hash));
        if (!signature) {
            *appendError = tr("Your signing key no longer opens; sign out and in again.");
            return false;
        }
        record.signature = *signature;
        return m_db.write(
            QStringLiteral(
                "INSERT INTO records (id, kind, subject_id, actor_id, course_id, lesson_id, body, "
                "created_at, prev_hash, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {record.id, recordKindKey(kind), subjectId, actorId, courseId, lessonId, canonicalBody(body),
             toStoredTime(record.createdAt), record.prevHash, record.hash, record.signature},
            appendError);
    };
    if (!sql::inWriteTransaction(m_db.connection(), appendAtHead, error))
        return std::nullopt;
    return record;
}

QString RecordChain::hashAt(qint64 id, QString* error) const
{
    auto row = m_db.read(QStringLiteral("SELECT hash FROM records WHERE id = ?"), {id}, error);
    return row && row.next() ? row.row().value(0).toString() : QString();
}

QVector<Record> RecordChain::about(qint64 subjectId, QString* error) const
{
    QVector<Record> records;
    auto rows =
        m_db.read(SelectRecord + QStringLiteral("WHERE subject_id = ? ORDER BY id"), {subjectId}, error);
    if (!rows)
        return records;
    while (rows.next())
        records.append(recordFrom(rows.row()));
    return records;
}

bool RecordChain::each(RecordKind kind, const std::function<bool(const Record&)>& record,
                       QString* error) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    return sql::run(&query, SelectRecord + QStringLiteral("WHERE kind = ? ORDER BY id"),
                    {recordKindKey(kind)}, error) &&
           eachRead(&query, record, error);
}

bool RecordChain::each(const std::function<bool(const Record&)>& record, QString* error) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    return sql::run(&query, SelectRecord + QStringLiteral("ORDER BY id"), {}, error) &&
           eachRead(&query, record, error);
}

bool RecordChain::eachRead(QSqlQuery* read, const std::function<bool(const Record&)>& record, QString* error)
{
    QSqlQuery& query = *read;
    while (query.next()) {
        if (!record(recordFrom(query)))
            return true;
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

RecordChain::Verification RecordChain::verify(QString* error,
                                              const std::function<void(const Record&)>& verified) const
{
    Verification result;
    result.headHash = genesisHash();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // The column types too: a value stored as something this app never writes (7.4 for an id,
    // bytes for a text) would read back normalised and hash like the original.
    if (!sql::run(
            &query,
            QStringLiteral("SELECT id, kind, subject_id, actor_id, course_id, lesson_id, body, created_at, "
                           "prev_hash, hash, signature, %1 FROM records ORDER BY id")
                .arg(m_db.dialect() == Dialect::SQLite
                         // SQLite stores any type in any column; PostgreSQL's columns hold their own type.
                         ? QStringLiteral("typeof(subject_id) = 'integer' AND typeof(actor_id) = 'integer' "
                                          "AND typeof(kind) = 'text' AND typeof(course_id) = 'text' AND "
                                          "typeof(lesson_id) = 'text' AND typeof(body) = 'text' AND "
                                          "typeof(created_at) = 'text' AND typeof(prev_hash) = 'text' AND "
                                          "typeof(hash) = 'text' AND typeof(signature) = 'text'")
                         : QStringLiteral("TRUE")),
            {}, error))
        return result;
    qint64 expectedId = 1;
    while (query.next()) {
        const Record record = recordFrom(query);
        ++result.records;
        QString problem;
        // Text that does not read back exactly (an unknown kind, a body that is not the
        // canonical JSON, a date in another format) would otherwise be normalised before hashing.
        const bool readsBack = query.value(11).toBool() && recordKindFromKey(query.value(1).toString()) &&
                               query.value(6).toString() == canonicalBody(record.body) &&
                               query.value(7).toString() == toStoredTime(record.createdAt);
        if (!readsBack)
            problem = tr("record %1 holds text this app never writes: it was changed after it was written")
                          .arg(query.value(0).toLongLong());
        else if (record.id != expectedId)
            problem = tr("record %1 comes after record %2: a record was removed")
                          .arg(record.id)
                          .arg(expectedId - 1);
        else if (record.prevHash != result.headHash)
            problem = tr("record %1 does not continue the chain: a record before it was removed, inserted or "
                         "changed")
                          .arg(record.id);
        else if (hashOf(record) != record.hash)
            problem = tr("record %1 (%2, %3) does not match its hash: it was changed after it was written")
                          .arg(record.id)
                          .arg(recordKindKey(record.kind), toStoredTime(record.createdAt));
        if (!problem.isEmpty()) {
            result.intact = false;
            result.firstBadId = record.id;
            result.problem = problem;
            return result;
        }
        result.headHash = record.hash;
        expectedId = record.id + 1;
        if (verified)
            verified(record);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        result.intact = false;
        result.problem = tr("the records could not all be read: %1").arg(*error);
    }
    return result;
}

} // namespace careu
