#pragma once

#include "report/CompletionReport.h"
#include "store/RecordChain.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QVector>
#include <atomic>
#include <functional>

namespace careu {

class Services;
class SigningKey;

// A graduation course as a certificate lists it.
struct CertificateCourse
{
    QString title;
    QDateTime completedAt; // the last lesson completed
    QDateTime signedOffAt; // the last Practice signed off
};

// What a certificate of graduation says, and the record it stands on.
struct Certificate
{
    QString personUid;
    QString name;
    QString mentor; // empty: none
    QString coach;
    QString organisation;
    QVector<CertificateCourse> courses;
    QDateTime graduatedAt;
    qint64 recordId = 0; // the sign-off that made the person a graduate
    QString recordHash;
    QString code;        // the verification code printed on it
    QString fingerprint; // the organization's root key's, printed on it to check the records against
    QString unverified;  // when written from a chain that does not verify (--allow-unverified): says so
    QString statement;   // the signed statement of it (GraduationStatement), for the QR code; empty: unsigned
};

// What `careu verify CODE` finds.
struct CertificateCheck
{
    enum class Outcome
    {
        Unknown,   // no certificate was ever issued with this code
        Valid,     // the graduation stands and the records behind it are intact
        Withdrawn, // a sign-off behind it was revoked, or graduation was signed again later
        Broken     // the record chain does not verify: the records cannot be trusted
    };
    Outcome outcome = Outcome::Unknown;
    Certificate certificate; // filled unless Unknown
    QString problem;         // why it is not valid, in words
};

// Certificates of graduation and their verification codes. A code comes from the hash of the
// graduation sign-off in the record chain and the person's uid, so the database that issued a
// certificate can say later whose it is and whether what it certifies still stands.
class Certificates
{
    Q_DECLARE_TR_FUNCTIONS(Certificates)

public:
    // 12 characters of Crockford base32 (60 bits) in groups of four: "K7QF-3M9X-2DPA".
    static QString code(const QString& recordHash, const QString& personUid);
    // A code as a person may type it: case, dashes and spaces aside, O read as 0 and I, L as 1.
    // Empty when it cannot be a code.
    static QString normalised(const QString& typed);
    // A file name for the certificate that no name can turn into a path or a formula: the
    // name's letters and digits joined by dashes, then the uid, then .extension.
    static QString fileName(const Certificate& certificate, const QString& extension = QStringLiteral("pdf"));

    // Reports progress after each person looked at; returns false to stop.
    using Progress = std::function<bool(int done, int total)>;

    // Whose certificates: the one person named by uid or email, or else every graduate with a
    // row the report's filter keeps (as the dashboard shows them to reader, who must be allowed
    // to read the report).
    struct Selection
    {
        Selection(QString personUidOrEmail = {}) : person(std::move(personUidOrEmail)) {}
        Selection(CompletionReport::Filter shown, const Actor& reader) : filter(std::move(shown)), reader(reader) {}
        QString person;
        CompletionReport::Filter filter;
        Actor reader;
    };

    explicit Certificates(Services& services);

    // Calls certificate() for each graduate selected in name order, or for the one person named
    // (an error if there is no such person or they have not graduated). Stops when
    // certificate() or progress() returns false. False with error on a read failure.
    bool each(const Selection& selection,
              const std::function<bool(const Certificate&, QString* error)>& certificate,
              const Progress& progress, QString* error) const;

    // Writes one file per graduate into dir with render() (a PDF, from careu_print), each
    // owner-only and renamed into place when complete. Returns how many were written, or -1
    // with error; a cancel stops after the file in hand.
    using Render = std::function<bool(const Certificate&, QIODevice* out, QString* error)>;
    // Refused (-1 with why) when the record chain does not verify, unless allowUnverified: then
    // each certificate says so. Each certificate carries a statement signed by issuer (whose
    // key must be endorsed back to the organization's root), and has an Open Badges 3.0 credential
    // beside it (OpenBadge, NAME-UID.jwt) that issuer signs too; neither when issuer is null.
    int write(const QString& dir, const Selection& selection, const Render& render, const Progress& progress,
              const std::atomic_bool* cancel, QString* error, bool allowUnverified = false,
              const SigningKey* issuer = nullptr) const;

    // The certificate a code belongs to, and whether it still stands.
    CertificateCheck check(const QString& typedCode, QString* error) const;

private:
    Services& m_services;
};

} // namespace careu
