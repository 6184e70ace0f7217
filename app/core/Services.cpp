#include "Services.h"

namespace careu {

Services::Services(const Database& db, const Catalog& catalog, const Clock& clock)
    : db(db), catalog(catalog), clock(clock), people(db, clock), progress(db), settings(db), attempts(db),
      chain(db), refreshers(db), accounts(people, chain, clock), team(people, accounts, chain, clock),
      signOffs(chain, progress, attempts, accounts, clock), mentoring(chain, accounts, clock)
{
}

std::optional<Coaching> Services::coaching()
{
    const Course* course = catalog.refresherCourse();
    if (!course)
        return std::nullopt;
    return Coaching(chain, refreshers, progress, accounts, *course,
                    Coaching::intervalsFrom(settings.value(Coaching::intervalsSetting())), clock);
}

std::optional<RefresherSession> Services::refresherSession(const Person& graduate, int number, QString* error)
{
    auto schedule = coaching();
    if (!schedule) {
        *error = tr("No course has refreshers, so there is no refresher to take.");
        return std::nullopt;
    }
    QString readError;
    const QDateTime graduated = signOffs.graduatedAt(graduate.id, catalog.courses(), &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    return RefresherSession(std::move(*schedule), refreshers, attempts, clock, graduate, graduated, number);
}

} // namespace careu
