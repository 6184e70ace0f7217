#pragma once

#include "people/Accounts.h"
#include "signoff/Mentoring.h"
#include "signoff/SignOffs.h"
#include "store/AttemptStore.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"
#include "store/RecordChain.h"
#include "store/SettingsStore.h"

namespace careu {
class Catalog;
class Database;
} // namespace careu

namespace careu::ui {

// What the screens ask of core for one open database: the stores and the services with the
// rules. One instance per window; the screens hold a reference.
struct AppServices
{
    AppServices(const Database& db, const Catalog& catalog, const Clock& clock)
        : catalog(catalog), clock(clock), people(db, clock), progress(db), settings(db), attempts(db),
          chain(db), accounts(people, clock), signOffs(chain, progress, attempts, accounts, clock),
          mentoring(chain, clock)
    {
    }

    const Catalog& catalog;
    const Clock& clock;
    PeopleStore people;
    ProgressStore progress;
    SettingsStore settings;
    AttemptStore attempts;
    RecordChain chain;
    Accounts accounts;
    SignOffs signOffs;
    Mentoring mentoring;
};

} // namespace careu::ui
