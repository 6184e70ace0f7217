#pragma once

#include "Clock.h"

#include <QCoreApplication>

namespace careu {

class PeopleStore;

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
    // True when password is this person's; false with a reason (wrong, or wait N seconds).
    bool verify(qint64 personId, const QString& password, QString* error);

    // How long to refuse further tries after this many failures in a row.
    static qint64 lockSeconds(int failures);

private:
    PeopleStore& m_people;
    const Clock& m_clock;
};

} // namespace careu
