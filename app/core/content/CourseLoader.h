#pragma once

#include "Content.h"
#include "Diagnostic.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <optional>

namespace careu {

// Reads one course folder (course.json plus its Markdown lesson bodies) and checks it like a
// compiler would. Every problem is reported, located in the file it concerns.
class CourseLoader
{
    Q_DECLARE_TR_FUNCTIONS(CourseLoader)

public:
    // What the courses of one content folder share while they load.
    struct Context
    {
        QSet<QString> scenarioIds;           // the role-plays a lesson may link to
        QHash<QString, QString> courseFiles; // course id -> file that claimed it, to catch duplicates
    };

    // Returns the course, or nothing when it has any error; a loaded course claims its id in context.
    static std::optional<Course> load(const QString& folder, Context* context, Diagnostics* out);
};

} // namespace careu
