#pragma once

#include "AppServices.h"
#include "Language.h"

#include <QMainWindow>

class QStackedWidget;

namespace careu {
class Catalog;
class Clock;
class Database;
} // namespace careu

namespace careu::ui {

class HomeTabs;
class LessonPage;
class ProfilePage;
class RefresherPage;
class ReviewPage;
class RolePlayPage;

// The app window: profile picker, home, and lesson pages. Remembers who used it last and
// which lesson was open, so closing and reopening lands the person where they were.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // db is closed and opened again when the person restores a backup.
    MainWindow(Database& db, const Catalog& catalog, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Exits the application as soon as the window has painted once (startup benchmarks).
    void quitAfterFirstPaint();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The pages and menus, in the language in use.
    void build();
    void addLanguageMenu();
    void changeLanguage(Language language);
    // Builds the window again in the language chosen in its menu, once nobody is signed in.
    void rebuildInChosenLanguage();
    void showProfiles();
    void enterAs(qint64 personId);
    // Home is a tab per role: My learning, Mentoring, Coaching, People and Dashboard (managers).
    void showHome(const QString& mentorMessage = QString());
    void openReview(qint64 learnerId, const QString& courseId, const QString& lessonId);
    void openRecord(qint64 personId, const QString& courseId);
    void refreshPerson();
    void openLesson(const QString& courseId, const QString& lessonId);
    void openRolePlay(const QString& scenarioId);
    void openRefresher(int number);
    void remember(const QString& key, const QString& value);
    void restoreFromBackup();

    Database& m_db;
    AppServices m_services;
    const Catalog& m_catalog;
    std::optional<Person> m_person;
    bool m_quitAfterPaint = false;

    QStackedWidget* m_pages;
    ProfilePage* m_profilePage;
    HomeTabs* m_homeTabs;
    ReviewPage* m_reviewPage;
    bool m_reviewFromDashboard = false; // the review page shows a record opened from the Dashboard
    LessonPage* m_lessonPage;
    RolePlayPage* m_rolePlayPage;
    RefresherPage* m_refresherPage;
    QWidget* m_returnFromRolePlay = nullptr;
    std::optional<Language> m_chosenLanguage; // chosen in the menu, not built in yet
};

} // namespace careu::ui
