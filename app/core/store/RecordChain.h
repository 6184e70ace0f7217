#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QVector>
#include <functional>
#include <optional>

class QSqlQuery;

namespace careu {

class Database;
class SigningKey;

enum class RecordKind
{
    SignOffRequest,
    SignOff,
    SendBack,
    Revocation,
    Recognition,
    Huddle,
    CoachCheckIn,
    // The team facts that give authority, each signed by the manager (or admin) who made it:
    Join,         // a person added, with their roles, mentor and public key (self-signed: a learner
                  // who made their own profile, or the first admin, whose key is the organization's root)
    Key,          // a new public key for a person (a password reset), endorsed by its signer
    RoleGrant,    // body: role
    RoleRemoval,  // body: role
    MentorChange, // body: mentor (a person id)
    CoachChange,  // body: coach
    Deactivation,
    Reactivation, // someone who left, brought back
    Adoption      // by the first admin of a database made before records were signed, right after their
                  // root Join: they vouch for every record before it (body: records, head)
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
    QString signature; // the actor's Ed25519 signature of signedBytes(hash), base64url
};

// Sign-offs, send-backs, recognitions, huddles, coach check-ins and the team facts as one hash
// chain: each record carries the SHA-256 of the previous record's hash and its own canonical
// content, so that changing, removing or slipping in a record afterwards shows, and its actor's
// signature of that hash, so that only the actor's password could have made it (ChainAudit checks
// who may sign what). Records are never updated or deleted (the schema refuses it); a revocation
// is a new record.
class RecordChain
{
    Q_DECLARE_TR_FUNCTIONS(RecordChain)

public:
    static QString genesisHash();

    explicit RecordChain(const Database& db);

    // Appends in its own write transaction (or the caller's), signed by signer, who is its actor;
    // when this returns outside a caller's transaction the record is on disk.
    std::optional<Record> append(RecordKind kind, qint64 subjectId, const SigningKey& signer,
                                 const QString& courseId, const QString& lessonId, const QJsonObject& body,
                                 const QDateTime& at, QString* error);
    // Every record about a person, oldest first.
    QVector<Record> about(qint64 subjectId, QString* error) const;
    // Calls record() for each record of this kind, oldest first, as it is read, until it returns false.
    bool each(RecordKind kind, const std::function<bool(const Record&)>& record, QString* error) const;
    // The same for every record, oldest first.
    bool each(const std::function<bool(const Record&)>& record, QString* error) const;

    struct Verification
    {
        bool intact = true;
        qint64 records = 0;
        QString headHash;      // the last record's hash: print it to compare a report with the database later
        qint64 firstBadId = 0; // the first record that does not match, when not intact
        QString problem;       // what is wrong with it, in words
    };
    // Reads every record once, oldest first; each record whose hash verifies is handed to verified().
    Verification verify(QString* error, const std::function<void(const Record&)>& verified = {}) const;

    // The hash of the record at position id; empty when there is none.
    QString hashAt(qint64 id, QString* error) const;

    // A record's content as its hash covers it (without its previous hash), in JSON.
    static QJsonObject canonical(const Record& record);
    static QString hashOf(const Record& record);
    // What the actor signs: the record's hash, which covers its canonical content and the hash
    // before it, so a record replayed elsewhere (another learner, another organization) no longer verifies.
    static QByteArray signedBytes(const QString& hash);

private:
    static bool eachRead(QSqlQuery* query, const std::function<bool(const Record&)>& record, QString* error);

    const Database& m_db;
};

} // namespace careu
