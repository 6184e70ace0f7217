#pragma once

#include "roleplay/Scenario.h"

namespace careu {
struct Course;
}

namespace careu::ui {

// "+2 Communicate · −1 Respond", in the course's pillar order; "no points" when empty.
QString pointsText(const Course& course, const PillarScores& points);
QString endingKindName(const QString& kind);

} // namespace careu::ui
