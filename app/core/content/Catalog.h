#pragma once

#include "Content.h"
#include "CourseLoader.h"
#include "Diagnostic.h"
#include "roleplay/Scenario.h"

#include <QCoreApplication>
#include <QStringList>

namespace careu {

// Every course and role-play the app can teach: the shipped ones (compiled in as Qt resources)
// plus any a business adds from folders on disk. A course or role-play from a later folder
// replaces one with the same id, so a business can override shipped content without rebuilding.
//
// A content folder holds <course>/course.json folders and a scenarios/ folder of <id>.json files.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    static QString shippedRoot();

    // The shipped content, then each of overlayRoots in order.
    static Catalog load(const QStringList& overlayRoots = {});
    // Only the given folders: each is a content folder or one course folder.
    static Catalog loadFolders(const QStringList& roots);

    const QVector<Course>& courses() const { return m_courses; }
    const Course* course(const QString& courseId) const;
    // The courses whose Practices a learner must all have signed off to graduate (course.json's
    // "graduation"), in catalog order.
    QVector<const Course*> graduationCourses() const;
    // The course whose pillars refreshers go through: the first with "refreshers"; none if no course has it.
    const Course* refresherCourse() const;
    const QVector<Scenario>& scenarios() const { return m_scenarios; }
    const Scenario* scenario(const QString& scenarioId) const;
    // Problems found while loading; a course or role-play with errors is left out, and so is a
    // lesson's link to a role-play that does not exist.
    const Diagnostics& diagnostics() const { return m_diagnostics; }

private:
    void addCourses(const QString& root, QVector<CourseLoader::RolePlayLink>* links);
    void addScenarios(const QString& root);
    void resolveLinks(const QVector<CourseLoader::RolePlayLink>& links);

    QVector<Course> m_courses;
    QVector<Scenario> m_scenarios;
    Diagnostics m_diagnostics;
};

} // namespace careu
