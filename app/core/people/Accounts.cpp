#include "Accounts.h"

#include "Keys.h"
#include "Passwords.h"
#include "Roles.h"
#include "store/PeopleStore.h"
#include "store/RecordChain.h"

#include <QJsonArray>
#include <QJsonObject>

namespace careu {

Accounts::Accounts(PeopleStore& people, RecordChain& chain, const Clock& clock)
    : m_people(people), m_chain(chain), m_clock(clock)
{
}

Accounts::~Accounts() = default;

qint64 Accounts::lockSeconds(int failures)
{
    if (failures < FreeTries)
        return 0;
    const int doublings = std::min(failures - FreeTries, 16);
    return std::min<qint64>(MaxLockSeconds, qint64(5) << doublings);
}

bool Accounts::setPassword(qint64 personId, const QString& password, QString* error, Passwords::Cost cost)
{
    if (!Passwords::acceptable(password, error))
        return false;
    const auto hash = Passwords::hash(password, cost);
    const auto key = Keys::generate(password, cost, m_keySeeds ? m_keySeeds(personId) : QByteArray());
    if (!hash || !key) {
        *error =
            tr("The password could not be stored safely (the computer may be short of memory). Try again.");
        return false;
    }
    auto opened = Keys::open(personId, *key, password, error);
    if (!opened || !m_people.inOneTransaction(
                       [&](QString* saveError) {
                           return m_people.saveCredentials(personId, {*hash, 0, {}}, saveError) &&
                                  m_people.saveSealedKey(personId, *key, saveError);
                       },
                       error))
        return false;
    m_open.insert(personId, std::move(opened));
    return true;
}

bool Accounts::changePassword(qint64 personId, const QString& oldPassword, const QString& newPassword,
                              QString* error)
{
    if (!Passwords::acceptable(newPassword, error) || !check(personId, oldPassword, false, error))
        return false;
    const auto key = m_people.sealedKey(personId, error);
    if (!key)
        return false;
    const auto hash = Passwords::hash(newPassword);
    const auto resealed = Keys::reseal(*key, oldPassword, newPassword, Passwords::Cost::Interactive, error);
    if (!hash || !resealed) {
        if (!hash)
            *error = tr("The password could not be stored safely (the computer may be short of memory). Try "
                        "again.");
        return false;
    }
    return m_people.inOneTransaction(
               [&](QString* saveError) {
                   return m_people.saveCredentials(personId, {*hash, 0, {}}, saveError) &&
                          m_people.saveSealedKey(personId, *resealed, saveError);
               },
               error) &&
           openKey(personId, newPassword, false, error);
}

const SigningKey* Accounts::signer(qint64 personId, QString* error) const
{
    const auto key = m_open.value(personId);
    if (!key)
        *error = tr("Sign in again (or type your password again) to sign this.");
    return key.get();
}

const SigningKey* Accounts::endorsedSigner(qint64 personId, QString* error) const
{
    const SigningKey* key = signer(personId, error);
    if (!key)
        return nullptr;
    QString readError;
    if (onlyDeclared(personId, key->publicKey(), &readError))
        *error =
            tr("Your signing key is not endorsed yet, so what you sign would not count. Ask a manager to "
               "endorse it in People: they will ask you for its fingerprint, which Help, About shows you.");
    else if (!readError.isEmpty())
        *error = readError;
    else
        return key;
    return nullptr;
}

bool Accounts::onlyDeclared(qint64 personId, const QString& publicKey, QString* error) const
{
    QString readError;
    bool declared = false;
    for (const Record& record : m_chain.about(personId, &readError)) {
        if ((record.kind == RecordKind::Join || record.kind == RecordKind::Key) &&
            record.body.value(QStringLiteral("publicKey")).toString() == publicKey)
            declared = record.actorId == personId &&
                       !(record.kind == RecordKind::Join &&
                         record.body.value(QStringLiteral("roles")).toArray().contains(roleKey(Role::Admin)));
    }
    if (!readError.isEmpty())
        *error = readError;
    return declared && readError.isEmpty();
}

void Accounts::signOut(qint64 personId)
{
    m_open.remove(personId);
}

bool Accounts::openKey(qint64 personId, const QString& password, bool reseal, QString* error)
{
    auto key = m_people.sealedKey(personId, error);
    if (!key)
        return false;
    if (key->isNull()) {
        // Made before signatures: a key of one's own now, declared (not endorsed) in the chain.
        const auto made = Keys::generate(password, Passwords::Cost::Interactive);
        if (!made) {
            *error = tr("A signing key could not be made (the computer may be short of memory). Try again.");
            return false;
        }
        auto opened = Keys::open(personId, *made, password, error);
        if (!opened || !m_people.inOneTransaction(
                           [&](QString* saveError) {
                               return m_people.saveSealedKey(personId, *made, saveError) &&
                                      m_chain.append(RecordKind::Key, personId, *opened, {}, {},
                                                     {{QStringLiteral("publicKey"), made->publicKey}},
                                                     m_clock.now(), saveError);
                           },
                           error))
            return false;
        m_open.insert(personId, std::move(opened));
        return true;
    }
    if (reseal && Keys::needsReseal(*key)) {
        if (const auto resealed = Keys::reseal(*key, password, password, Passwords::Cost::Interactive, error);
            resealed && m_people.saveSealedKey(personId, *resealed, error))
            key = resealed;
    }
    auto opened = Keys::open(personId, *key, password, error);
    if (!opened)
        return false;
    m_open.insert(personId, std::move(opened));
    return true;
}

std::optional<PasswordConfirmation> Accounts::confirm(qint64 personId, const QString& password,
                                                      QString* error)
{
    if (!check(personId, password, false, error) || !openKey(personId, password, false, error))
        return std::nullopt;
    return PasswordConfirmation(personId, m_clock.now());
}

bool Accounts::verify(qint64 personId, const QString& password, QString* error)
{
    return check(personId, password, true, error) && openKey(personId, password, true, error);
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
