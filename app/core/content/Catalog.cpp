#include "Catalog.h"

#include "CourseLoader.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace careu {

namespace {
const QString CourseFile = QStringLiteral("course.json");
}

QString Catalog::shippedRoot()
{
    return QStringLiteral(":/courses");
}

Catalog Catalog::load(const QStringList& overlayRoots)
{
    return loadFolders(QStringList{shippedRoot()} + overlayRoots);
}

Catalog Catalog::loadFolders(const QStringList& roots)
{
    Catalog catalog;
    for (const QString& root : roots)
        catalog.addFolder(QDir::cleanPath(root));
    return catalog;
}

const Course* Catalog::course(const QString& courseId) const
{
    auto it =
        std::find_if(m_courses.cbegin(), m_courses.cend(), [&](const Course& c) { return c.id == courseId; });
    return it == m_courses.cend() ? nullptr : &*it;
}

void Catalog::addFolder(const QString& root)
{
    const QDir dir(root);
    if (!dir.exists()) {
        m_diagnostics.append({root, 0, 0, tr("content folder not found")});
        return;
    }
    QStringList courseFolders;
    if (dir.exists(CourseFile)) {
        courseFolders.append(root);
    } else {
        const auto entries = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& entry : entries) {
            if (QFileInfo::exists(dir.filePath(entry + QLatin1Char('/') + CourseFile)))
                courseFolders.append(dir.filePath(entry));
        }
    }
    if (courseFolders.isEmpty()) {
        m_diagnostics.append(
            {root, 0, 0, tr("no course found here (expected %1 or <course>/%1)").arg(CourseFile)});
        return;
    }
    CourseLoader::Context context;
    for (const QString& folder : courseFolders) {
        auto course = CourseLoader::load(folder, &context, &m_diagnostics);
        if (!course)
            continue;
        auto existing = std::find_if(m_courses.begin(), m_courses.end(),
                                     [&](const Course& c) { return c.id == course->id; });
        if (existing != m_courses.end())
            *existing = std::move(*course);
        else
            m_courses.append(std::move(*course));
    }
}

} // namespace careu
