#pragma once

#include "ScrollPage.h"
#include "store/PeopleStore.h"

namespace careu::ui {

struct AppServices;

// A manager's team: everyone with their roles, mentor and coach; add people, give learners a
// mentor and a coach, deactivate people who leave.
class PeoplePage : public ScrollPage
{
    Q_OBJECT

public:
    explicit PeoplePage(AppServices& services, QWidget* parent = nullptr);

    void showFor(const Person& manager, const QString& message = QString(), bool problem = false);

private:
    QWidget* teamList(const QVector<Person>& people);
    QWidget* addForm(const QVector<Person>& people);
    QWidget* assignForm(const QVector<Person>& people);
    QWidget* coachingSettings();
    void report(bool ok, const QString& success, const QString& error);

    AppServices& m_services;
    std::optional<Person> m_manager;
};

} // namespace careu::ui
