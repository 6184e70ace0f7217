#include "Keys.h"

#include <QStringList>
#include <sodium.h>

namespace careu {

namespace {

const QLatin1String Prefix("$careu-key$v=1$");
const QLatin1String Alphabet("0123456789ABCDEFGHJKMNPQRSTVWXYZ"); // Crockford's base32

struct Limits
{
    unsigned long long ops = 0;
    size_t mem = 0;
};

Limits limitsFor(Passwords::Cost cost)
{
    // At least the password hash's limits (Passwords::hash uses the same two pairs).
    if (cost == Passwords::Cost::Minimal)
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

struct Parts
{
    Limits limits;
    QByteArray salt;
    QByteArray nonce;
    QByteArray box;
};

std::optional<Parts> parse(const QString& sealed)
{
    if (!sealed.startsWith(Prefix))
        return std::nullopt;
    const QStringList fields = sealed.mid(Prefix.size()).split(QLatin1Char('$'));
    if (fields.size() != 4)
        return std::nullopt;
    const QStringList limits = fields.at(0).split(QLatin1Char(','));
    if (limits.size() != 2 || !limits.at(0).startsWith(QLatin1String("t=")) ||
        !limits.at(1).startsWith(QLatin1String("m=")))
        return std::nullopt;
    bool opsOk = false;
    bool memOk = false;
    Parts parts;
    parts.limits.ops = limits.at(0).mid(2).toULongLong(&opsOk);
    parts.limits.mem = static_cast<size_t>(limits.at(1).mid(2).toULongLong(&memOk));
    parts.salt = Keys::fromBase64(fields.at(1));
    parts.nonce = Keys::fromBase64(fields.at(2));
    parts.box = Keys::fromBase64(fields.at(3));
    if (!opsOk || !memOk || parts.limits.ops < crypto_pwhash_OPSLIMIT_MIN ||
        parts.limits.mem < crypto_pwhash_MEMLIMIT_MIN || parts.limits.ops > crypto_pwhash_OPSLIMIT_MAX ||
        parts.limits.mem > crypto_pwhash_MEMLIMIT_SENSITIVE || parts.salt.size() != crypto_pwhash_SALTBYTES ||
        parts.nonce.size() != crypto_secretbox_NONCEBYTES ||
        parts.box.size() != crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES)
        return std::nullopt;
    return parts;
}

// The key that seals the secret key: Argon2id over the password. Guarded memory the caller frees.
unsigned char* boxKeyFor(const QString& password, const QByteArray& salt, const Limits& limits)
{
    auto* key = static_cast<unsigned char*>(sodium_malloc(crypto_secretbox_KEYBYTES));
    if (!key)
        return nullptr;
    QByteArray utf8 = password.toUtf8();
    const int result = crypto_pwhash(key, crypto_secretbox_KEYBYTES, utf8.constData(),
                                     static_cast<unsigned long long>(utf8.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()), limits.ops,
                                     limits.mem, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (result != 0) {
        sodium_free(key);
        return nullptr;
    }
    return key;
}

QString encode(const Limits& limits, const QByteArray& salt, const QByteArray& nonce, const QByteArray& box)
{
    return Prefix + QStringLiteral("t=%1,m=%2$%3$%4$%5")
                        .arg(limits.ops)
                        .arg(limits.mem)
                        .arg(Keys::base64(salt), Keys::base64(nonce), Keys::base64(box));
}

// Seals secret (crypto_sign_SECRETKEYBYTES) under password with a new salt and nonce.
std::optional<QString> seal(const unsigned char* secret, const QString& password, const Limits& limits)
{
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    unsigned char* key = boxKeyFor(password, salt, limits);
    if (!key)
        return std::nullopt;
    QByteArray box(crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()), secret, crypto_sign_SECRETKEYBYTES,
                          reinterpret_cast<const unsigned char*>(nonce.constData()), key);
    sodium_free(key);
    return encode(limits, salt, nonce, box);
}

// The secret key in guarded memory (the caller frees it), or null when boxKey does not open box.
unsigned char* unseal(const QByteArray& nonce, const QByteArray& box, const unsigned char* boxKey)
{
    auto* secret = static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!secret)
        return nullptr;
    if (crypto_secretbox_open_easy(secret, reinterpret_cast<const unsigned char*>(box.constData()),
                                   static_cast<unsigned long long>(box.size()),
                                   reinterpret_cast<const unsigned char*>(nonce.constData()), boxKey) != 0) {
        sodium_free(secret);
        return nullptr;
    }
    return secret;
}

} // namespace

SigningKey::SigningKey(qint64 personId, QString publicKey, QByteArray nonce, QByteArray box,
                       unsigned char* boxKey)
    : m_personId(personId), m_publicKey(std::move(publicKey)), m_nonce(std::move(nonce)),
      m_box(std::move(box)), m_boxKey(boxKey)
{
}

SigningKey::~SigningKey()
{
    sodium_free(m_boxKey); // zeroes it first
}

std::optional<QString> SigningKey::sign(const QByteArray& message) const
{
    unsigned char* secret = unseal(m_nonce, m_box, m_boxKey);
    if (!secret)
        return std::nullopt;
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), secret);
    sodium_free(secret);
    return Keys::base64(signature);
}

std::optional<SealedKey> Keys::generate(const QString& password, Passwords::Cost cost, const QByteArray& seed)
{
    if (!Passwords::initialize())
        return std::nullopt;
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    auto* secret = static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!secret)
        return std::nullopt;
    if (seed.size() == crypto_sign_SEEDBYTES)
        crypto_sign_seed_keypair(publicKey, secret, reinterpret_cast<const unsigned char*>(seed.constData()));
    else
        crypto_sign_keypair(publicKey, secret);
    const auto sealed = seal(secret, password, limitsFor(cost));
    sodium_free(secret);
    if (!sealed)
        return std::nullopt;
    return SealedKey{base64(QByteArray(reinterpret_cast<const char*>(publicKey), sizeof publicKey)), *sealed};
}

std::unique_ptr<SigningKey> Keys::open(qint64 personId, const SealedKey& key, const QString& password,
                                       QString* error)
{
    const auto parts = Passwords::initialize() ? parse(key.sealed) : std::nullopt;
    if (!parts || fromBase64(key.publicKey).size() != crypto_sign_PUBLICKEYBYTES) {
        *error = tr("The signing key of this account is damaged; ask a manager to reset the password.");
        return nullptr;
    }
    unsigned char* boxKey = boxKeyFor(password, parts->salt, parts->limits);
    if (!boxKey) {
        *error = tr("The signing key could not be opened (the computer may be short of memory). Try again.");
        return nullptr;
    }
    unsigned char* secret = unseal(parts->nonce, parts->box, boxKey);
    // The secret key must belong to the public key it is stored with.
    bool matches = false;
    if (secret) {
        unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
        crypto_sign_ed25519_sk_to_pk(publicKey, secret);
        matches = QByteArray(reinterpret_cast<const char*>(publicKey), sizeof publicKey) ==
                  fromBase64(key.publicKey);
        sodium_free(secret);
    }
    if (!matches) {
        sodium_free(boxKey);
        *error = secret ? tr("The signing key of this account does not match its public key; ask a manager "
                             "to reset the password.")
                        : tr("That password does not open this account's signing key.");
        return nullptr;
    }
    return std::unique_ptr<SigningKey>(
        new SigningKey(personId, key.publicKey, parts->nonce, parts->box, boxKey));
}

std::optional<SealedKey> Keys::reseal(const SealedKey& key, const QString& oldPassword,
                                      const QString& newPassword, Passwords::Cost cost, QString* error)
{
    const auto opened = open(0, key, oldPassword, error);
    if (!opened)
        return std::nullopt;
    unsigned char* secret = unseal(opened->m_nonce, opened->m_box, opened->m_boxKey);
    if (!secret)
        return std::nullopt;
    const auto sealed = seal(secret, newPassword, limitsFor(cost));
    sodium_free(secret);
    if (!sealed) {
        *error = tr("The signing key could not be sealed (the computer may be short of memory). Try again.");
        return std::nullopt;
    }
    return SealedKey{key.publicKey, *sealed};
}

bool Keys::needsReseal(const SealedKey& key, Passwords::Cost cost)
{
    const auto parts = parse(key.sealed);
    const Limits wanted = limitsFor(cost);
    return parts && (parts->limits.ops < wanted.ops || parts->limits.mem < wanted.mem);
}

bool Keys::verify(const QString& publicKey, const QByteArray& message, const QString& signature)
{
    const QByteArray key = fromBase64(publicKey);
    const QByteArray bytes = fromBase64(signature);
    return Passwords::initialize() && key.size() == crypto_sign_PUBLICKEYBYTES &&
           bytes.size() == crypto_sign_BYTES &&
           crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(bytes.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(key.constData())) == 0;
}

QString Keys::fingerprint(const QString& publicKey)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    const QByteArray key = fromBase64(publicKey);
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(key.constData()),
                       static_cast<unsigned long long>(key.size()));
    // 80 bits, five at a time, from the first ten bytes.
    QString text;
    quint64 bits = 0;
    int held = 0;
    for (int i = 0; i < 10; ++i) {
        bits = (bits << 8) | digest[i];
        held += 8;
        while (held >= 5) {
            held -= 5;
            text += Alphabet[static_cast<int>((bits >> held) & 31)];
        }
    }
    return text.left(4) + QLatin1Char('-') + text.mid(4, 4) + QLatin1Char('-') + text.mid(8, 4) +
           QLatin1Char('-') + text.mid(12, 4);
}

QString Keys::normalisedFingerprint(const QString& typed)
{
    QString text;
    for (const QChar c : typed.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        text += c == QLatin1Char('O')                              ? QLatin1Char('0')
                : (c == QLatin1Char('I') || c == QLatin1Char('L')) ? QLatin1Char('1')
                                                                   : c;
    }
    return text;
}

QString Keys::base64(const QByteArray& bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray Keys::fromBase64(const QString& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace careu
