#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QVector>
#include <functional>
#include <optional>

namespace careu {

class Database;

enum class RecordKind
{
    SignOffRequest,
    SignOff,
    SendBack,
    Revocation,
    Recognition,
    Huddle,
    CoachCheckIn
};

QString recordKindKey(RecordKind kind);
std::optional<RecordKind> recordKindFromKey(const QString& key);

// One entry of the append-only history: who did what about whose learning, and when.
struct Record
{
    qint64 id = 0;
    RecordKind kind = RecordKind::SignOffRequest;
    qint64 subjectId = 0; // the learner the record is about
    qint64 actorId = 0;   // who made it
    QString courseId;
    QString lessonId;
    QJsonObject body; // the details: comment, checklist ticks, what it approves
    QDateTime createdAt;
    QString prevHash;
    QString hash;
};

// Sign-offs, send-backs, recognitions, huddles and coach check-ins as one hash chain: each
// record carries the SHA-256 of the previous record's hash and its own canonical content, so
// that changing, removing or slipping in a record afterwards shows. Records are never updated
// or deleted (the schema refuses it); a revocation is a new record.
class RecordChain
{
    Q_DECLARE_TR_FUNCTIONS(RecordChain)

public:
    static QString genesisHash();

    explicit RecordChain(const Database& db);

    // Appends in its own write transaction; when this returns the record is on disk.
    std::optional<Record> append(RecordKind kind, qint64 subjectId, qint64 actorId, const QString& courseId,
                                 const QString& lessonId, const QJsonObject& body, const QDateTime& at,
                                 QString* error);
    // Every record about a person, oldest first.
    QVector<Record> about(qint64 subjectId, QString* error) const;
    // Calls record() for each record of this kind, oldest first, as it is read, until it returns false.
    bool each(RecordKind kind, const std::function<bool(const Record&)>& record, QString* error) const;

    struct Verification
    {
        bool intact = true;
        qint64 records = 0;
        QString headHash;      // the last record's hash: print it to compare a report with the database later
        qint64 firstBadId = 0; // the first record that does not match, when not intact
        QString problem;       // what is wrong with it, in words
    };
    Verification verify(QString* error) const;

    static QString hashOf(const Record& record);

private:
    const Database& m_db;
};

} // namespace careu
