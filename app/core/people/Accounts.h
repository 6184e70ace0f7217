#pragma once

#include "Clock.h"
#include "Passwords.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <memory>
#include <optional>

namespace careu {

class PeopleStore;
class RecordChain;
class SigningKey;

// Proof that a person typed their own password a moment ago; only Accounts makes one.
class PasswordConfirmation
{
public:
    qint64 personId() const { return m_personId; }
    QDateTime at() const { return m_at; }
    // Typed by this person no more than maxAgeSeconds before now.
    bool isFor(qint64 personId, const QDateTime& now, qint64 maxAgeSeconds) const
    {
        const qint64 age = m_at.secsTo(now);
        return m_personId == personId && age >= 0 && age <= maxAgeSeconds;
    }

private:
    friend class Accounts;
    PasswordConfirmation(qint64 personId, QDateTime at) : m_personId(personId), m_at(std::move(at)) {}

    qint64 m_personId;
    QDateTime m_at;
};

// Passwords, signing keys and signing in. After a few wrong passwords the account waits before it
// accepts another try, longer each time, and the wait survives a restart (it is stored).
// Whoever has a password has a signing key sealed under it (people/Keys). Signing in, or typing
// the password again, opens it for that person until they sign out: what stays in memory is the
// key derived from the password; the secret key is unsealed only while a record is signed.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    static constexpr int FreeTries = 3;
    static constexpr qint64 MaxLockSeconds = 300;

    Accounts(PeopleStore& people, RecordChain& chain, const Clock& clock);
    ~Accounts();

    // A first password, or a new one after a reset: with a new key pair, opened. Whoever endorses
    // the new key in the chain (Team) reads it from signer(). cost: Minimal only for the demo's.
    bool setPassword(qint64 personId, const QString& password, QString* error,
                     Passwords::Cost cost = Passwords::Cost::Interactive);
    // The person's own change: the same key sealed again under the new password.
    bool changePassword(qint64 personId, const QString& oldPassword, const QString& newPassword,
                        QString* error);
    // Signing in: true when password is this person's; false with a reason (wrong, or wait N
    // seconds). A hash or a sealed key made at a lower cost than today's is made again. Opens the
    // signing key; a person who has none yet (a database from before signatures) gets one, which
    // they declare in the chain themselves (ChainAudit says it is not endorsed).
    bool verify(qint64 personId, const QString& password, QString* error);

    // The same check without the rehash, with a proof of it to hand to an action that needs the
    // password typed again.
    std::optional<PasswordConfirmation> confirm(qint64 personId, const QString& password, QString* error);

    // How long to refuse further tries after this many failures in a row.
    static qint64 lockSeconds(int failures);

    // The signing key personId opened by signing in or confirming; null, with what to do, when
    // it is not open.
    const SigningKey* signer(qint64 personId, QString* error) const;
    // The same, unless the chain holds that key only as the person's own declaration (their first
    // sign-in on a database from before signatures, or a profile they claimed) and no manager has
    // endorsed it: what a mentor, a coach or a manager signs with it would not count. Then null, with
    // who can endorse it.
    const SigningKey* endorsedSigner(qint64 personId, QString* error) const;
    // Whether the last record that puts publicKey in the chain as the person's is their own
    // declaration (not a manager's, nor the first admin's joining as the root). ChainAudit is the
    // proof; this is the app's quick look.
    bool onlyDeclared(qint64 personId, const QString& publicKey, QString* error) const;
    // Wipes the person's open key.
    void signOut(qint64 personId);

    // Where new key pairs come from: random, unless this gives a seed for the person (the demo
    // seeder's, so that the same seed gives the same organization; its password is public anyway).
    void setKeySeeds(std::function<QByteArray(qint64 personId)> seeds) { m_keySeeds = std::move(seeds); }

private:
    bool check(qint64 personId, const QString& password, bool rehash, QString* error);
    bool openKey(qint64 personId, const QString& password, bool reseal, QString* error);

    PeopleStore& m_people;
    RecordChain& m_chain;
    const Clock& m_clock;
    QHash<qint64, std::shared_ptr<const SigningKey>> m_open;
    std::function<QByteArray(qint64)> m_keySeeds;
};

} // namespace careu
