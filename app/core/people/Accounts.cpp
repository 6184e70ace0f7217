#include "Accounts.h"

#include "Passwords.h"
#include "store/PeopleStore.h"

namespace careu {

Accounts::Accounts(PeopleStore& people, const Clock& clock) : m_people(people), m_clock(clock) {}

qint64 Accounts::lockSeconds(int failures)
{
    if (failures < FreeTries)
        return 0;
    const int doublings = std::min(failures - FreeTries, 16);
    return std::min<qint64>(MaxLockSeconds, qint64(5) << doublings);
}

bool Accounts::setPassword(qint64 personId, const QString& password, QString* error)
{
    if (!Passwords::acceptable(password, error))
        return false;
    const auto hash = Passwords::hash(password);
    if (!hash) {
        *error =
            tr("The password could not be stored safely (the computer may be short of memory). Try again.");
        return false;
    }
    return m_people.saveCredentials(personId, {*hash, 0, {}}, error);
}

std::optional<PasswordConfirmation> Accounts::confirm(qint64 personId, const QString& password,
                                                      QString* error)
{
    if (!check(personId, password, false, error))
        return std::nullopt;
    return PasswordConfirmation(personId, m_clock.now());
}

bool Accounts::verify(qint64 personId, const QString& password, QString* error)
{
    return check(personId, password, true, error);
}

bool Accounts::check(qint64 personId, const QString& password, bool rehash, QString* error)
{
    auto credentials = m_people.credentials(personId, error);
    if (!credentials)
        return false;
    const QDateTime now = m_clock.now();
    if (credentials->lockedUntil.isValid() && credentials->lockedUntil > now) {
        *error = tr("Too many wrong passwords. Please wait %1 seconds and try again.")
                     .arg(now.secsTo(credentials->lockedUntil));
        return false;
    }
    if (credentials->passwordHash.isEmpty()) {
        *error = tr("This account has no password yet; ask a manager to set one.");
        return false;
    }
    if (!Passwords::verify(credentials->passwordHash, password)) {
        ++credentials->failedSignIns;
        const qint64 wait = lockSeconds(credentials->failedSignIns);
        credentials->lockedUntil = wait > 0 ? now.addSecs(wait) : QDateTime();
        QString saveError;
        m_people.saveCredentials(personId, *credentials, &saveError);
        *error = wait > 0
                     ? tr("That password is not right. Please wait %1 seconds before the next try.").arg(wait)
                     : tr("That password is not right.");
        return false;
    }
    Credentials fresh{credentials->passwordHash, 0, {}};
    if (rehash && Passwords::needsRehash(fresh.passwordHash)) {
        if (const auto rehashed = Passwords::hash(password))
            fresh.passwordHash = *rehashed;
    }
    if (credentials->failedSignIns != 0 || fresh.passwordHash != credentials->passwordHash)
        return m_people.saveCredentials(personId, fresh, error);
    return true;
}

} // namespace careu
