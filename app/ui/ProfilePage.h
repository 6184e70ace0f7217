#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace careu {
class PeopleStore;
}

namespace careu::ui {

// "Who's learning today?": pick your profile, or create one. On first start only the second.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(PeopleStore& people, QWidget* parent = nullptr);

    // Reloads the list and selects the given person (the last one to use the app), if any.
    void refresh(qint64 selectPersonId);

signals:
    void personChosen(qint64 personId);

private:
    void chooseSelected();
    void createProfile();

    PeopleStore& m_people;
    QLabel* m_title;
    QLabel* m_intro;
    QWidget* m_pickSection;
    QListWidget* m_list;
    QPushButton* m_continue;
    QLabel* m_createTitle;
    QLineEdit* m_name;
    QPushButton* m_create;
    QLabel* m_error;
};

} // namespace careu::ui
