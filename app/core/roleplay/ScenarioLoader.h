#pragma once

#include "Scenario.h"
#include "content/Content.h"
#include "content/Diagnostic.h"

#include <QCoreApplication>
#include <optional>

namespace careu {

// Reads one scenario file and checks it like a compiler: its shape, that every choice leads
// somewhere, that every scene can be reached and can reach an ending, that points are given on
// the pillars of its course, and that flags tested are flags set.
class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLoader)

public:
    static constexpr int MaxNodes = 500;

    // courses: those a scenario may belong to. Returns nothing when the file has any error.
    static std::optional<Scenario> load(const QString& file, const QVector<Course>& courses,
                                        Diagnostics* out);
    // The same for the file's bytes, already read; file only names the file in diagnostics.
    static std::optional<Scenario> parse(const QString& file, const QByteArray& json,
                                         const QVector<Course>& courses, Diagnostics* out);
};

} // namespace careu
