#pragma once

#include "people/Roles.h"

#include <QDateTime>
#include <QTabWidget>

namespace careu {
struct Person;
}

namespace careu::ui {

struct AppServices;
class CoachPage;
class DashboardPage;
class HomePage;
class MentorPage;
class PeoplePage;

// The signed-in person's home: a tab for each of their roles (My learning, Mentoring, Coaching,
// People and Dashboard for managers). Only the pages their roles call for exist: they are made
// when the person signs in (or gains a role) and destroyed when they sign out, so no other
// role's page is ever drawn over, or takes the focus or the clicks of, the current one.
class HomeTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit HomeTabs(AppServices& services, QWidget* parent = nullptr);

    // Makes the pages person's roles call for (keeping the ones they already had, with their
    // filters and scroll positions) and shows each as stored now. A mentor message opens Mentoring.
    void showFor(const Person& person, const QString& mentorMessage = QString());
    // Destroys every page: nobody is signed in.
    void clearPages();
    // Opens the Dashboard tab, if the person has one.
    void openDashboard();

signals:
    void lessonRequested(const QString& courseId, const QString& lessonId);
    void rolePlayRequested(const QString& scenarioId);
    void refresherRequested(int number);
    void reviewRequested(qint64 learnerId, const QString& courseId, const QString& lessonId);
    void recordRequested(qint64 personId, const QString& courseId);

private:
    // The pages these roles call for, in tab order; an empty set of roles still gets the courses.
    static QVector<Role> pagesFor(const Roles& roles);
    void build(const QVector<Role>& pages);
    // The tab just opened shows what is stored now, also what another tab has just changed.
    void refreshCurrent();
    // The Mentoring tab says how many Practices wait for the mentor.
    void countWaiting(qint64 mentorId);

    AppServices& m_services;
    qint64 m_personId = 0;
    QDateTime m_lastVisit; // when the signed-in person's previous visit started
    QVector<Role> m_built;
    HomePage* m_home = nullptr;
    MentorPage* m_mentor = nullptr;
    CoachPage* m_coach = nullptr;
    PeoplePage* m_people = nullptr;
    DashboardPage* m_dashboard = nullptr;
};

} // namespace careu::ui
