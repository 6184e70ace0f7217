// A role-play file through the loader, the validator's graph checks and the path analysis the
// home page, the debrief and the report run on every role-play that loads. Scenarios may
// belong to the shipped courses or to the test fixture's course (":/fuzz-course").
#include "FuzzSupport.h"
#include "content/Catalog.h"
#include "roleplay/ScenarioAnalysis.h"
#include "roleplay/ScenarioLoader.h"

using namespace careu;

namespace {
const Catalog& courses()
{
    static const Catalog catalog =
        Catalog::loadFolders({Catalog::shippedRoot(), QStringLiteral(":/fuzz-course")});
    return catalog;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FUZZ_CHECK(courses().diagnostics().isEmpty());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Diagnostics diagnostics;
    const auto scenario = ScenarioLoader::parse(QStringLiteral("fuzz.json"), fuzz::bytes(data, size),
                                                courses().courses(), &diagnostics);
    FUZZ_CHECK(scenario.has_value() == diagnostics.isEmpty());
    for (const Diagnostic& diagnostic : std::as_const(diagnostics))
        FUZZ_CHECK(!diagnostic.toString().isEmpty() && diagnostic.line >= 0 && diagnostic.column >= 0);
    if (!scenario)
        return 0;
    const Course* course = courses().course(scenario->courseId);
    FUZZ_CHECK(course);
    QStringList pillars;
    for (const Pillar& pillar : course->pillars)
        pillars.append(pillar.id);
    const ScenarioStats stats = ScenarioAnalysis::analyse(*scenario, pillars);
    FUZZ_CHECK(stats.paths > 0 || stats.truncated);
    // The best path is shown beside the learner's in the debrief: however the walk went, there is
    // one, and it plays from the start to its ending, choice by choice, to its scores.
    RolePlay play(*scenario);
    for (const RolePlayStep& step : stats.best.steps) {
        FUZZ_CHECK(play.current().id == step.nodeId);
        QString error;
        FUZZ_CHECK(play.choose(step.choiceId, &error));
    }
    FUZZ_CHECK(play.finished() && play.current().id == stats.best.endingId);
    FUZZ_CHECK(play.scores() == stats.best.scores);
    return 0;
}
