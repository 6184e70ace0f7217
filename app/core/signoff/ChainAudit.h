#pragma once

#include "people/Roles.h"
#include "store/OrganizationCopy.h"
#include "store/RecordChain.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>
#include <optional>

namespace careu {

class Catalog;
class Clock;
class Services;
struct Attempt;
struct LessonRecord;

// What `careu check` proves about the record chain beyond its hashes, from the chain alone:
// every record is signed by its actor with the key the chain held for them at that time, and
// that key was endorsed (by a manager, back to the organization's root); every record means what
// the rules allow (a sign-off follows the learner's request for that lesson and is by their mentor,
// who had the mentor role then; nobody signs their own work; a check-in is by the graduate's coach;
// team facts are by a manager; a graduation stands on a valid sign-off of every Practice of both
// graduation courses); and the people tables the app reads agree with the team facts in the chain.
// It reports every violation, not only the first.
class ChainAudit
{
    Q_DECLARE_TR_FUNCTIONS(ChainAudit)

public:
    // A head someone saw earlier: the newest backup's, or one printed on a report.
    struct Witness
    {
        QString source; // what saw it, in words
        qint64 position = 0;
        QString hash;
    };
    // What the chain says about one person, at its end.
    struct Member
    {
        bool joined = false;
        QString uid;
        QString key;           // their current public key
        bool endorsed = false; // by a manager with an endorsed key, or the root itself
        Roles roles;
        qint64 mentorId = 0;
        qint64 coachId = 0;
        bool active = true;
    };
    struct Finding
    {
        qint64 recordId = 0; // 0: not about one record (a table that disagrees with the chain)
        QString problem;
    };
    struct Result
    {
        RecordChain::Verification chain; // the hashes
        QVector<Finding> findings;       // everything else, in record order, then the tables
        QString rootKey;                 // the organization's root public key; empty: no root yet
        qint64 rootRecordId = 0;
        // Records 1 to adoptedThrough were made before records were signed; the root's adoption
        // (record adoptionRecordId, right after the root's Join) vouches for them. 0: nothing adopted.
        qint64 adoptedThrough = 0;
        qint64 adoptionRecordId = 0;
        // Signs of a file changed outside the app, which no adoption may vouch for: records that
        // carry a signature that does not verify, and witnesses the chain no longer holds.
        int badSignatures = 0;
        int lostWitnesses = 0;
        QVector<Witness> held;      // the witnesses the chain still holds
        QHash<qint64, Member> team; // what the chain says of each person it names, by id

        bool ok() const { return chain.intact && findings.isEmpty(); }
        QString rootFingerprint() const;
        // "record 12: ...", one a line; the first line when the hashes do not verify.
        QStringList describe() const;
    };

    // "N:HASH" as --head takes it and reports print it.
    static std::optional<Witness> parseHead(const QString& text);
    static QString headText(qint64 position, const QString& hash);

    explicit ChainAudit(const Services& services);

    // What a sign-off request freezes: the SHA-256 (hex) of the learner's Check answers given up to
    // asked, their reflection and the role-play attempts they bring, in canonical form. The mentor's
    // sign-off or send-back carries it too, so their signature covers it.
    static QString evidenceDigest(const LessonRecord& lesson, const QDateTime& asked,
                                  const QVector<Attempt>& attempts);

    // The organization's fingerprint as the chain names it (its first admin's self-signed joining),
    // without auditing: for Help -> About. Empty when there is no root yet. Only check proves it.
    static QString organizationFingerprint(const Services& services, QString* error);

    // Whether what leaves the app (CSV, xAPI, the PDF report, certificates) may stand on the chain:
    // true when it verifies. When it does not: false with a refusal in error, unless allowUnverified,
    // when banner says so for the output's first line or page. audit, when given, gets the result.
    static bool mayExport(const Services& services, bool allowUnverified, QString* banner, QString* error,
                          Result* audit = nullptr);

    // What copy-from holds the file and its copy to: the whole audit of each.
    static OrganizationCopy::ChainCheck copyCheck(const Catalog& catalog, const Clock& clock);

    // The whole audit, held against the newest automatic backup's head (of a file database) and
    // against witnesses.
    Result run(QString* error, const QVector<Witness>& witnesses = {}) const;

    // The start-up check: whether the chain still holds the newest automatic backup's head at its
    // position (one record read, whatever the size). Empty when it does, or there is no backup to
    // hold it against; else what was removed or rewritten, in words.
    static QString backupNotHeld(const Services& services, QString* error);

private:
    static std::optional<Witness> newestBackup(const Services& services);
    // Empty when the chain holds witness's head; else what was removed or rewritten.
    static QString notHeld(const Services& services, const Witness& witness, QString* error);

    const Services& m_services;
};

} // namespace careu
