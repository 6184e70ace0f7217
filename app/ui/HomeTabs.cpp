#include "HomeTabs.h"

#include "AppServices.h"
#include "CoachPage.h"
#include "DashboardPage.h"
#include "HomePage.h"
#include "MentorPage.h"
#include "PeoplePage.h"
#include "signoff/Inbox.h"

#include <QSignalBlocker>

namespace careu::ui {

HomeTabs::HomeTabs(AppServices& services, QWidget* parent) : QTabWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("homeTabs"));
    setAccessibleName(tr("Your pages"));
    setDocumentMode(true);
    connect(this, &QTabWidget::currentChanged, this, &HomeTabs::refreshCurrent);
}

QVector<Role> HomeTabs::pagesFor(const Roles& roles)
{
    // Learning first, since most people are learners; a manager's and an admin's pages are the same.
    QVector<Role> pages;
    for (Role role : {Role::Learner, Role::Mentor, Role::Coach}) {
        if (roles.contains(role))
            pages.append(role);
    }
    if (roles.contains(Role::Manager) || roles.contains(Role::Admin))
        pages.append(Role::Manager);
    if (pages.isEmpty())
        pages.append(Role::Learner);
    return pages;
}

void HomeTabs::showFor(const Person& person, const QString& mentorMessage)
{
    const QVector<Role> pages = pagesFor(person.roles);
    if (person.id != m_personId) {
        QString error;
        m_lastVisit = Inbox(m_services).startVisit(person.id, &error);
    }
    if (person.id != m_personId || pages != m_built) {
        clearPages();
        m_personId = person.id;
        build(pages);
    }
    const QSignalBlocker quiet(this);
    if (m_home)
        m_home->showFor(person, m_lastVisit);
    countWaiting(person.id);
    if (m_mentor) {
        m_mentor->showFor(person, mentorMessage);
        if (!mentorMessage.isEmpty())
            setCurrentWidget(m_mentor);
    }
    if (m_coach)
        m_coach->showFor(person);
    if (m_people)
        m_people->showFor(person);
    if (m_dashboard)
        m_dashboard->showFor(person);
    // The dashboard reads the whole report: only when it is the tab on show; opening it reads it then.
    if (m_dashboard && currentWidget() == m_dashboard)
        m_dashboard->refresh();
}

void HomeTabs::build(const QVector<Role>& pages)
{
    const QSignalBlocker quiet(this);
    m_built = pages;
    for (Role page : pages) {
        switch (page) {
        case Role::Learner:
            m_home = new HomePage(m_services, this);
            connect(m_home, &HomePage::lessonRequested, this, &HomeTabs::lessonRequested);
            connect(m_home, &HomePage::rolePlayRequested, this, &HomeTabs::rolePlayRequested);
            connect(m_home, &HomePage::refresherRequested, this, &HomeTabs::refresherRequested);
            addTab(m_home, tr("My learning"));
            break;
        case Role::Mentor:
            m_mentor = new MentorPage(m_services, this);
            connect(m_mentor, &MentorPage::reviewRequested, this, &HomeTabs::reviewRequested);
            addTab(m_mentor, tr("Mentoring"));
            break;
        case Role::Coach:
            m_coach = new CoachPage(m_services, this);
            addTab(m_coach, tr("Coaching"));
            break;
        case Role::Manager:
        case Role::Admin:
            m_people = new PeoplePage(m_services, this);
            addTab(m_people, tr("People"));
            m_dashboard = new DashboardPage(m_services, this);
            connect(m_dashboard, &DashboardPage::personRequested, this, &HomeTabs::recordRequested);
            addTab(m_dashboard, tr("Dashboard"));
            break;
        }
    }
}

void HomeTabs::clearPages()
{
    const QSignalBlocker quiet(this);
    while (count() > 0) {
        QWidget* page = widget(0);
        removeTab(0);
        delete page; // a dashboard cancels and waits for its background reads
    }
    m_home = nullptr;
    m_mentor = nullptr;
    m_coach = nullptr;
    m_people = nullptr;
    m_dashboard = nullptr;
    m_built.clear();
    m_personId = 0;
}

void HomeTabs::openDashboard()
{
    if (m_dashboard)
        setCurrentWidget(m_dashboard);
}

void HomeTabs::refreshCurrent()
{
    // Roles, mentor and coach as stored now: a manager may have changed them meanwhile.
    QString error;
    const auto person = m_services.people.find(m_personId, &error);
    if (!person)
        return;
    countWaiting(person->id);
    QWidget* tab = currentWidget();
    if (tab == m_home)
        m_home->showFor(*person, m_lastVisit);
    else if (tab == m_mentor)
        m_mentor->showFor(*person);
    else if (tab == m_coach)
        m_coach->showFor(*person);
    else if (tab == m_people)
        m_people->showFor(*person);
    else if (tab == m_dashboard)
        m_dashboard->refresh();
}

void HomeTabs::countWaiting(qint64 mentorId)
{
    if (!m_mentor)
        return;
    QString error;
    const int waiting = static_cast<int>(Inbox(m_services).waitingFor(mentorId, &error).size());
    const int index = indexOf(m_mentor);
    setTabText(index, waiting > 0 ? tr("Mentoring (%1)").arg(waiting) : tr("Mentoring"));
    setTabToolTip(index, waiting > 0 ? tr("Practices waiting for your review: %1").arg(waiting) : QString());
}

} // namespace careu::ui
