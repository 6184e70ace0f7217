#pragma once

#include "Clock.h"
#include "content/Catalog.h"
#include "people/Accounts.h"
#include "people/Team.h"
#include "signoff/Coaching.h"
#include "signoff/Mentoring.h"
#include "signoff/RefresherSession.h"
#include "signoff/SignOffs.h"
#include "store/AttemptStore.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"
#include "store/RecordChain.h"
#include "store/RefresherStore.h"
#include "store/SettingsStore.h"

#include <QCoreApplication>
#include <optional>

namespace careu {

class Database;

// The one place the app is put together. For one open database (one connection, so one thread),
// every store and every service with the rules, on one clock and one catalog. The app, the
// command line, the demo seeder, print and the tests all build this and nothing else; a thread
// that opens its own connection builds its own.
class Services
{
    Q_DECLARE_TR_FUNCTIONS(Services)

public:
    Services(const Database& db, const Catalog& catalog, const Clock& clock);
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

    // Refreshers ask the catalog's refresher course again (the graduate's daily work with
    // customers), at the days of the setting coaching/intervals ("7,30,90"); nothing when the
    // catalog has no refresher course.
    std::optional<Coaching> coaching();
    // The graduate taking refresher number (open() it next); nothing, with error saying why,
    // when the catalog has no refresher course or the graduation could not be read.
    std::optional<RefresherSession> refresherSession(const Person& graduate, int number, QString* error);

    const Database& db;
    const Catalog& catalog;
    const Clock& clock;
    PeopleStore people;
    ProgressStore progress;
    SettingsStore settings;
    AttemptStore attempts;
    RecordChain chain;
    RefresherStore refreshers;
    Accounts accounts;
    Team team;
    SignOffs signOffs;
    Mentoring mentoring;
};

} // namespace careu
