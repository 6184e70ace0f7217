#pragma once

#include "Scenario.h"
#include "content/Diagnostic.h"

#include <QCoreApplication>

namespace careu {

// Advice for authors on a role-play's endings: an ending whose kind contradicts the scores of
// the play-throughs that reach it, so that the debrief would praise a poor play or fault a good
// one (careu validate prints these as warnings, and --strict fails on them).
class EndingWarnings
{
    Q_DECLARE_TR_FUNCTIONS(EndingWarnings)

public:
    // A best ending should take most of what the best play earns: at least this share of the
    // highest total any path reaches.
    static constexpr int BestEndingPercent = 60;

    // Appends the warnings for scenario, scored on pillars (its course's), to out.
    static void check(const Scenario& scenario, const QStringList& pillars, Diagnostics* out);
};

} // namespace careu
