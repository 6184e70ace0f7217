#pragma once

#include <QCoreApplication>
#include <QString>

namespace careu {

class Services;

// A realistic demo organisation, written through the same core code the app uses: a manager,
// mentors, coaches and learners at every stage (just started, mid-course, waiting for a
// sign-off, sent back, graduated, refresher overdue) with answers, reflections, role-play
// attempts, sign-offs, recognitions and huddles. The same seed gives the same organisation.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    // Everyone in the demo signs in with this password (hashed once: Argon2id is slow on purpose).
    static QString password() { return QStringLiteral("care-demo"); }

    struct Summary
    {
        int managers = 0;
        int mentors = 0;
        int coaches = 0;
        int learners = 0;
    };

    // Dates are set relative to the services' clock: today is its today.
    DemoSeeder(const Services& services, quint32 seed);

    // Refuses a database that already has people in it, so a demo never mixes with real records.
    bool run(int learners, Summary* summary, QString* error);

private:
    const Services& m_services;
    quint32 m_seed;
};

} // namespace careu
