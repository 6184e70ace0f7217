#include "Services.h"

namespace careu {

Services::Services(const Database& db, const Catalog& catalog, const Clock& clock)
    : db(db), catalog(catalog), clock(clock), people(db, clock), progress(db), settings(db), attempts(db),
      chain(db), accounts(people, clock), team(people, accounts),
      signOffs(chain, progress, attempts, accounts, clock), mentoring(chain, clock)
{
}

std::optional<Coaching> Services::coaching()
{
    const Course* course = catalog.refresherCourse();
    if (!course)
        return std::nullopt;
    return Coaching(chain, *course, Coaching::intervalsFrom(settings.value(Coaching::intervalsSetting())),
                    clock);
}

} // namespace careu
