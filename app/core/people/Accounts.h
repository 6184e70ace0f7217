#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <optional>

namespace careu {

class PeopleStore;

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

// Passwords and signing in. After a few wrong passwords the account waits before it accepts
// another try, longer each time, and the wait survives a restart (it is stored).
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    static constexpr int FreeTries = 3;
    static constexpr qint64 MaxLockSeconds = 300;

    Accounts(PeopleStore& people, const Clock& clock);

    bool setPassword(qint64 personId, const QString& password, QString* error);
    // Signing in: true when password is this person's; false with a reason (wrong, or wait N
    // seconds). A hash made at a lower cost than today's is made again.
    bool verify(qint64 personId, const QString& password, QString* error);

    // The same check without the rehash, with a proof of it to hand to an action that needs the
    // password typed again.
    std::optional<PasswordConfirmation> confirm(qint64 personId, const QString& password, QString* error);

    // How long to refuse further tries after this many failures in a row.
    static qint64 lockSeconds(int failures);

private:
    bool check(qint64 personId, const QString& password, bool rehash, QString* error);

    PeopleStore& m_people;
    const Clock& m_clock;
};

} // namespace careu
