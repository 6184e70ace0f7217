#include "Catalog.h"

#include "FindById.h"
#include "roleplay/ScenarioLoader.h"

#include <QDir>
#include <QFileInfo>

namespace careu {

namespace {
const QString CourseFile = QStringLiteral("course.json");
const QString ScenarioFolder = QStringLiteral("scenarios");

// Puts item in place of the one with the same id, or appends it.
template <typename Item> void replaceOrAppend(QVector<Item>* items, Item item)
{
    auto existing =
        std::find_if(items->begin(), items->end(), [&](const Item& each) { return each.id == item.id; });
    if (existing != items->end())
        *existing = std::move(item);
    else
        items->append(std::move(item));
}
} // namespace

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
    QStringList cleanRoots;
    for (const QString& root : roots)
        cleanRoots.append(QDir::cleanPath(root));
    // Courses first, since a scenario is scored on its course's pillars; then scenarios; then
    // the lessons' links to scenarios, which may live in another folder.
    QVector<CourseLoader::RolePlayLink> links;
    for (const QString& root : std::as_const(cleanRoots))
        catalog.addCourses(root, &links);
    for (const QString& root : std::as_const(cleanRoots))
        catalog.addScenarios(root);
    catalog.resolveLinks(links);
    return catalog;
}

const Course* Catalog::course(const QString& courseId) const
{
    return findById(m_courses, courseId);
}

QVector<const Course*> Catalog::graduationCourses() const
{
    QVector<const Course*> found;
    for (const Course& course : m_courses) {
        if (course.graduation)
            found.append(&course);
    }
    return found;
}

const Course* Catalog::refresherCourse() const
{
    const auto found = std::find_if(m_courses.cbegin(), m_courses.cend(),
                                    [](const Course& course) { return course.refreshers; });
    return found == m_courses.cend() ? nullptr : &*found;
}

const Scenario* Catalog::scenario(const QString& scenarioId) const
{
    return findById(m_scenarios, scenarioId);
}

void Catalog::addCourses(const QString& root, QVector<CourseLoader::RolePlayLink>* links)
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
    if (courseFolders.isEmpty() && !dir.exists(ScenarioFolder)) {
        m_diagnostics.append(
            {root, 0, 0,
             tr("no course found here (expected %1, <course>/%1 or %2/)").arg(CourseFile, ScenarioFolder)});
        return;
    }
    CourseLoader::Context context;
    for (const QString& folder : std::as_const(courseFolders)) {
        if (auto course = CourseLoader::load(folder, &context, &m_diagnostics))
            replaceOrAppend(&m_courses, std::move(*course));
    }
    links->append(context.links);
}

void Catalog::addScenarios(const QString& root)
{
    const QDir dir(QDir(root).filePath(ScenarioFolder));
    if (!dir.exists())
        return;
    QHash<QString, QString> loadedHere; // id -> file, to catch two files claiming one id
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        auto scenario = ScenarioLoader::load(dir.filePath(name), m_courses, &m_diagnostics);
        if (!scenario)
            continue;
        if (loadedHere.contains(scenario->id)) {
            m_diagnostics.append({scenario->file, 0, 0,
                                  tr("duplicate role-play id \"%1\" (already used by %2)")
                                      .arg(scenario->id, loadedHere.value(scenario->id))});
            continue;
        }
        loadedHere.insert(scenario->id, scenario->file);
        replaceOrAppend(&m_scenarios, std::move(*scenario));
    }
}

void Catalog::resolveLinks(const QVector<CourseLoader::RolePlayLink>& links)
{
    for (const CourseLoader::RolePlayLink& link : links) {
        if (scenario(link.scenarioId))
            continue;
        m_diagnostics.append(link.ifMissing);
        auto course = std::find_if(m_courses.begin(), m_courses.end(),
                                   [&](const Course& each) { return each.id == link.courseId; });
        if (course == m_courses.end())
            continue;
        auto lesson = std::find_if(course->lessons.begin(), course->lessons.end(),
                                   [&](const Lesson& each) { return each.id == link.lessonId; });
        if (lesson != course->lessons.end())
            lesson->roleplays.removeAll(link.scenarioId);
    }
}

} // namespace careu
