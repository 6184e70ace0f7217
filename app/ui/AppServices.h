#pragma once

#include "content/Catalog.h"
#include "people/Accounts.h"
#include "people/Team.h"
#include "signoff/Coaching.h"
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
        : db(db), catalog(catalog), clock(clock), people(db, clock), progress(db), settings(db), attempts(db),
          chain(db), accounts(people, clock), team(people, accounts),
          signOffs(chain, progress, attempts, accounts, clock), mentoring(chain, clock)
    {
    }

    // Refreshers go through CARE 102's pillars (the graduate's daily work with customers), at the
    // intervals in the setting coaching/intervals (days, e.g. "7,30,90"); nothing if that course is gone.
    std::optional<Coaching> coaching()
    {
        const Course* course = catalog.course(QStringLiteral("care-102"));
        if (!course)
            return std::nullopt;
        return Coaching(chain, *course, Coaching::intervalsFrom(settings.value(Coaching::intervalsSetting())),
                        clock);
    }

    const Database& db;
    const Catalog& catalog;
    const Clock& clock;
    PeopleStore people;
    ProgressStore progress;
    SettingsStore settings;
    AttemptStore attempts;
    RecordChain chain;
    Accounts accounts;
    Team team;
    SignOffs signOffs;
    Mentoring mentoring;
};

} // namespace careu::ui
