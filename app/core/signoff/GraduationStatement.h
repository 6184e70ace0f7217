#pragma once

#include "Certificates.h"

#include <optional>

namespace careu {

class SigningKey;

// The signed statement a certificate carries (as a QR code and in the PDF's metadata), which
// anyone can check offline, without the database, against the organization's fingerprint:
// "CAREU1." + base64url(zlib(JSON)) + "." + base64url(Ed25519 signature of the JSON).
// The JSON says what the certificate says (graduate, courses with dates, mentor, coach,
// organization, the graduation record's hash) and carries the organization's root public key and
// the path of key endorsements from it down to the key that signed the statement: each one the
// Join or Key record of the chain, whole, so that its hash is computed again the way the chain
// computes it (RecordChain::hashOf) and its signature checked with the key above it.
class GraduationStatement
{
    Q_DECLARE_TR_FUNCTIONS(GraduationStatement)

public:
    static constexpr int MaxTextLength = 4000; // a QR code holds 2,953 bytes at most

    // What a statement says, as read back.
    struct Content
    {
        Certificate certificate; // code and fingerprint filled from what is read
        QString rootKey;         // the organization's root public key
        QVector<Record> path;    // the endorsements from the root down to the signer, hashes computed
        QByteArray payload;      // the signed JSON, as it was signed
        QString signature;

        // The key the statement says it is signed with: the last endorsed one, or the root's.
        QString signerKey() const;
    };

    // The endorsements from rootKey down to signer's key, read from the chain (which the caller
    // has audited): nothing, with why, when signer's key is not the chain's current key for them
    // or no manager's endorsement leads to it from the root.
    static std::optional<QVector<Record>> endorsements(const RecordChain& chain, const SigningKey& signer,
                                                       const QString& rootKey, QString* error);
    // The statement of certificate, signed by signer, whose endorsements lead from rootKey. It is
    // verified before it is returned; nothing, with why, when it does not verify.
    static std::optional<QString> make(const Certificate& certificate, const QString& rootKey,
                                       const QVector<Record>& path, const SigningKey& signer, QString* error);

    // Reads a statement's text; nothing, with why, when it is not one (truncated, garbled, too long).
    static std::optional<Content> read(const QString& text, QString* error);
    // True when content is signed by a key the root whose fingerprint is org endorsed, through
    // every endorsement in its path, and its text is as signed; false with why.
    static bool verify(const Content& content, const QString& org, QString* why);

    // The statements in a file's bytes (a certificate PDF keeps its statement in its metadata),
    // each once, in the order found.
    static QStringList find(const QByteArray& bytes);
};

} // namespace careu
