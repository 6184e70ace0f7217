#include "Passwords.h"

#include <sodium.h>

namespace careu {

bool Passwords::initialize()
{
    return sodium_init() >= 0;
}

std::optional<QString> Passwords::hash(const QString& password, Cost cost)
{
    const bool minimal = cost == Cost::Minimal;
    if (!initialize())
        return std::nullopt;
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int result =
        crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (result != 0)
        return std::nullopt;
    return QString::fromLatin1(out);
}

bool Passwords::verify(const QString& storedHash, const QString& password)
{
    if (!initialize() || storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray encoded = storedHash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

bool Passwords::needsRehash(const QString& storedHash)
{
    if (!initialize())
        return false;
    const QByteArray encoded = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(encoded.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

bool Passwords::acceptable(const QString& password, QString* why)
{
    if (password.size() < MinLength) {
        *why = tr("Please use at least %1 characters; a short sentence is easy to remember.").arg(MinLength);
        return false;
    }
    return true;
}

} // namespace careu
