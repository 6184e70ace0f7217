#pragma once

#include "store/PeopleStore.h"

#include <QMenu>
#include <functional>

namespace careu {
struct Services;
}

namespace careu::ui {

// Help: a short guide for the roles of whoever is signed in (every role's when nobody is), the
// keyboard shortcuts, and About (version, where the database is, the organization's fingerprint and
// the signed-in person's own, which a manager asks for to endorse their key). Each opens as a window of its
// own beside the app, so a person can read it while they work.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    // signedIn: who is signed in; null on the sign-in screen.
    HelpMenu(const Services& services, std::function<const Person*()> signedIn, QWidget* parent);

    // The texts the windows show (rich text), for the roles given.
    static QString guide(const Roles& roles);
    static QString shortcuts();
    QString about() const;

private:
    void showText(const QString& objectName, const QString& title, const QString& html);

    const Services& m_services;
    std::function<const Person*()> m_signedIn;
};

} // namespace careu::ui
