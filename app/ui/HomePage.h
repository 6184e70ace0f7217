#pragma once

#include "ScrollPage.h"

#include <QDateTime>
#include <QHash>

class QVBoxLayout;

namespace careu {
class AttemptStore;
class Catalog;
class ProgressStore;
struct CourseProgress;
struct Course;
struct Person;
struct Scenario;
} // namespace careu

namespace careu::ui {

struct AppServices;

// A learner's home: where to continue, and both courses with their progress.
class HomePage : public ScrollPage
{
    Q_OBJECT

public:
    explicit HomePage(AppServices& services, QWidget* parent = nullptr);

    // Rebuilds the page for person from what is stored now; what mentors did for them after
    // lastVisit (the start of their previous visit) is shown first.
    void showFor(const Person& person, const QDateTime& lastVisit = {});

signals:
    void lessonRequested(const QString& courseId, const QString& lessonId);
    void rolePlayRequested(const QString& scenarioId);
    void refresherRequested(int number);

private:
    QWidget* courseCard(const CourseProgress& progress, qint64 personId);
    void addRolePlays(QVBoxLayout* layout, const Course& course, qint64 personId);
    int bestPossible(const Scenario& scenario, const Course& course);

    QWidget* recognitionCard(const Person& person);
    QWidget* sinceCard(const Person& person, const QDateTime& lastVisit);

    AppServices& m_services;
    const Catalog& m_catalog;
    QHash<QString, int> m_bestPossible; // scenario id -> highest total any path can reach
};

} // namespace careu::ui
