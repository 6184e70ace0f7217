#pragma once

#include "Content.h"
#include "Diagnostic.h"

#include <QCoreApplication>
#include <QStringList>

namespace careu {

// Every course the app can teach: the shipped ones (compiled in as Qt resources) plus any a
// business adds from folders on disk. A course from a later folder replaces a course with the
// same id, so a business can override a shipped lesson without rebuilding the app.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    static QString shippedRoot();

    // The shipped content, then each of overlayRoots in order.
    static Catalog load(const QStringList& overlayRoots = {});
    // Only the given folders: each is a content folder (holding <course>/course.json) or one course folder.
    static Catalog loadFolders(const QStringList& roots);

    const QVector<Course>& courses() const { return m_courses; }
    const Course* course(const QString& courseId) const;
    // Problems found while loading; a course with errors is left out of courses().
    const Diagnostics& diagnostics() const { return m_diagnostics; }

private:
    void addFolder(const QString& root);

    QVector<Course> m_courses;
    Diagnostics m_diagnostics;
};

} // namespace careu
