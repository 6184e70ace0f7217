#pragma once

#include <QWidget>

class QScrollArea;

namespace careu {
class Catalog;
class ProgressStore;
struct CourseProgress;
struct Person;
} // namespace careu

namespace careu::ui {

// A learner's home: where to continue, and both courses with their progress.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    HomePage(const Catalog& catalog, ProgressStore& progress, QWidget* parent = nullptr);

    // Rebuilds the page for person from what is stored now.
    void showFor(const Person& person);

signals:
    void lessonRequested(const QString& courseId, const QString& lessonId);
    void switchPersonRequested();

private:
    QWidget* courseCard(const CourseProgress& progress);

    const Catalog& m_catalog;
    ProgressStore& m_progress;
    QScrollArea* m_scroll;
};

} // namespace careu::ui
