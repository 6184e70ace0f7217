#pragma once

#include "store/AttemptStore.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"
#include "store/SettingsStore.h"

#include <QMainWindow>

class QStackedWidget;

namespace careu {
class Catalog;
class Clock;
class Database;
} // namespace careu

namespace careu::ui {

class HomePage;
class LessonPage;
class ProfilePage;
class RolePlayPage;

// The app window: profile picker, home, and lesson pages. Remembers who used it last and
// which lesson was open, so closing and reopening lands the person where they were.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Database& db, const Catalog& catalog, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Exits the application as soon as the window has painted once (startup benchmarks).
    void quitAfterFirstPaint();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showProfiles();
    void enterAs(qint64 personId);
    void showHome();
    void openLesson(const QString& courseId, const QString& lessonId);
    void openRolePlay(const QString& scenarioId);
    void remember(const QString& key, const QString& value);

    const Catalog& m_catalog;
    PeopleStore m_people;
    ProgressStore m_progress;
    SettingsStore m_settings;
    AttemptStore m_attempts;
    std::optional<Person> m_person;
    bool m_quitAfterPaint = false;

    QStackedWidget* m_pages;
    ProfilePage* m_profilePage;
    HomePage* m_homePage;
    LessonPage* m_lessonPage;
    RolePlayPage* m_rolePlayPage;
    QWidget* m_returnFromRolePlay = nullptr;
};

} // namespace careu::ui
