#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace careu {

// Password hashing with Argon2id through libsodium. Only the encoded hash (algorithm, limits,
// salt and digest in one string) is ever stored; the password itself never leaves memory.
class Passwords
{
    Q_DECLARE_TR_FUNCTIONS(Passwords)

public:
    static constexpr int MinLength = 8;

    // Sets up libsodium; false if it cannot run on this machine.
    static bool initialize();

    enum class Cost
    {
        Interactive, // libsodium's INTERACTIVE limits: for every real password
        Minimal      // for a password that is public anyway (the demo's); raised at the first sign-in
    };

    // The encoded hash; nothing when hashing failed (out of memory).
    static std::optional<QString> hash(const QString& password, Cost cost = Cost::Interactive);
    static bool verify(const QString& storedHash, const QString& password);
    // True when a hash was made with lower limits than today's: rehash after the next sign-in.
    static bool needsRehash(const QString& storedHash);

    // Refuses passwords too short to be worth hashing, with a reason a person can act on.
    static bool acceptable(const QString& password, QString* why);
};

} // namespace careu
