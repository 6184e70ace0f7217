#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace careu {
class Accounts;
class PeopleStore;
class Team;
} // namespace careu

namespace careu::ui {

// Signing in: pick your name and type your password, or create a learner profile. On the very
// first start, the first person sets the place up and becomes its manager and admin.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    ProfilePage(PeopleStore& people, Accounts& accounts, Team& team, QWidget* parent = nullptr);

    // At most this many names are listed; a larger team finds theirs by typing part of it.
    static constexpr int ListLimit = 50;

    // Reloads the list and selects the given person (the last one to use the app), if any.
    void refresh(qint64 selectPersonId);

signals:
    void personChosen(qint64 personId);

private:
    // Lists the people whose name holds text, the selected person first when they are not among them.
    void list(const QString& text);
    void updateSignIn();
    void signIn();
    void createProfile();
    void showError(const QString& error);

    PeopleStore& m_people;
    Accounts& m_accounts;
    Team& m_team;
    bool m_firstStart = false;
    QLabel* m_title;
    QLabel* m_intro;
    QWidget* m_pickSection;
    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_more;
    qint64 m_selectedId = 0;
    QLabel* m_passwordHint;
    QLineEdit* m_password;
    QPushButton* m_signIn;
    QLabel* m_createTitle;
    QLineEdit* m_name;
    QLineEdit* m_newPassword;
    QPushButton* m_create;
    QLabel* m_error;
};

} // namespace careu::ui
