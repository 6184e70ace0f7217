#pragma once

#include "Content.h"
#include "Diagnostic.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace careu {

// Reads one course folder (course.json plus its Markdown lesson bodies) and checks it like a
// compiler would. Every problem is reported, located in the file it concerns.
class CourseLoader
{
    Q_DECLARE_TR_FUNCTIONS(CourseLoader)

public:
    // A lesson's link to a role-play, checked once every scenario has loaded.
    struct RolePlayLink
    {
        QString courseId;
        QString lessonId;
        QString scenarioId;
        Diagnostic ifMissing; // located at the link, ready to report
    };

    // What the courses of one content folder share while they load.
    struct Context
    {
        QHash<QString, QString> courseFiles; // course id -> file that claimed it, to catch duplicates
        QVector<RolePlayLink> links;
    };

    // Returns the course, or nothing when it has any error; a loaded course claims its id in context.
    static std::optional<Course> load(const QString& folder, Context* context, Diagnostics* out);
    // The same for course.json's bytes, already read; the lesson bodies are still read from folder.
    static std::optional<Course> parse(const QString& folder, const QByteArray& courseJson, Context* context,
                                       Diagnostics* out);
};

} // namespace careu
