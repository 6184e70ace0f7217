#pragma once

#include "Passwords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace careu {

// A person's Ed25519 signing key, as stored: the public key, and the secret key sealed
// (crypto_secretbox) under a key that Argon2id derives from their password with a salt and
// limits of its own. Only the encoded text is ever stored.
struct SealedKey
{
    QString publicKey; // base64url, 32 bytes
    QString sealed;    // "$careu-key$v=1$t=OPS,m=KIB$SALT$NONCE$BOX", each part base64url

    bool isNull() const { return publicKey.isEmpty(); }
};

// A signing key opened with its owner's password. What it holds is the key derived from the
// password, in guarded memory, and the still-sealed secret key: the secret key itself is
// unsealed only inside sign(), and wiped before it returns. Closed (wiped) when destroyed.
class SigningKey
{
public:
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;
    ~SigningKey();

    qint64 personId() const { return m_personId; }
    const QString& publicKey() const { return m_publicKey; }
    // The Ed25519 signature of message (base64url), or nothing when the sealed key does not
    // open (it was changed after it was opened).
    std::optional<QString> sign(const QByteArray& message) const;

private:
    friend class Keys;
    SigningKey(qint64 personId, QString publicKey, QByteArray nonce, QByteArray box, unsigned char* boxKey);

    qint64 m_personId;
    QString m_publicKey;
    QByteArray m_nonce;
    QByteArray m_box;
    unsigned char* m_boxKey; // sodium_malloc'd, crypto_secretbox_KEYBYTES
};

class Keys
{
    Q_DECLARE_TR_FUNCTIONS(Keys)

public:
    // A new key pair sealed under password at these limits; nothing when it could not be made
    // (out of memory). From seed (32 bytes) when given: the same seed gives the same key (the demo's).
    static std::optional<SealedKey> generate(const QString& password, Passwords::Cost cost,
                                             const QByteArray& seed = {});
    // Opens the sealed key for signing as personId; nothing (with the reason) when the password is
    // not the one it was sealed with, or the text is not a sealed key.
    static std::unique_ptr<SigningKey> open(qint64 personId, const SealedKey& key, const QString& password,
                                            QString* error);
    // The same key sealed again under another password (a password change), or at other limits.
    static std::optional<SealedKey> reseal(const SealedKey& key, const QString& oldPassword,
                                           const QString& newPassword, Passwords::Cost cost, QString* error);
    // True when the key was sealed at lower limits than cost's: seal it again at the next sign-in.
    static bool needsReseal(const SealedKey& key, Passwords::Cost cost = Passwords::Cost::Interactive);

    static bool verify(const QString& publicKey, const QByteArray& message, const QString& signature);
    // A public key's short, readable form: 16 characters of Crockford base32 (80 bits of its
    // SHA-256) in groups of four, "K7QF-3M9X-2DPA-W4TZ".
    static QString fingerprint(const QString& publicKey);
    // A fingerprint as a person may type it (case, dashes and spaces aside), to compare.
    static QString normalisedFingerprint(const QString& typed);

    static QString base64(const QByteArray& bytes);
    static QByteArray fromBase64(const QString& text);
};

} // namespace careu
