#pragma once

#include "people/Roles.h"

#include <QMenu>
#include <functional>

namespace careu {
struct Services;
}

namespace careu::ui {

// Help: a short guide for the roles of whoever is signed in (every role's when nobody is), the
// keyboard shortcuts, and About (version, where the database is). Each opens as a window of its own
// beside the app, so a person can read it while they work.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    // roles: the signed-in person's roles, empty on the sign-in screen.
    HelpMenu(const Services& services, std::function<Roles()> roles, QWidget* parent);

    // The texts the windows show (rich text), for the roles given.
    static QString guide(const Roles& roles);
    static QString shortcuts();
    QString about() const;

private:
    void showText(const QString& objectName, const QString& title, const QString& html);

    const Services& m_services;
    std::function<Roles()> m_roles;
};

} // namespace careu::ui
