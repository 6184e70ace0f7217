#pragma once

#include "ScrollPage.h"
#include "store/PeopleStore.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace careu::ui {

struct AppServices;
class PeopleModel;

// A manager's team: a table of everyone (searchable; those who have left too) with an editor
// beside it for the person chosen in it (mentor, coach, deactivate with a confirmation,
// reactivate, endorse a key they declared themselves); below, adding people (one, or many from a spreadsheet)
// and the refresher days.
class PeoplePage : public ScrollPage
{
    Q_OBJECT

public:
    explicit PeoplePage(AppServices& services, QWidget* parent = nullptr);

    // Reads the team again; message (when given) is the outcome of what the manager just did.
    void showFor(const Person& manager, const QString& message = QString(), bool problem = false);

private:
    QWidget* teamTable();
    QWidget* editor();
    QWidget* keyEndorsement(QWidget* card);
    QWidget* addForm();
    QWidget* importForm();
    QWidget* coachingSettings();
    // Asks for a CSV file and adds everyone in it, or nobody and the lines to fix.
    void importFile();
    // Fills the editor for whoever is chosen in the table, or asks to choose someone.
    void showChosen();
    // Chooses this person in the table if the search shows them, else nobody.
    void choose(qint64 personId);
    std::optional<Person> chosen(QString* error) const;
    void deactivateChosen();
    void report(bool ok, const QString& success, const QString& error);

    AppServices& m_services;
    std::optional<Person> m_manager;
    PeopleModel* m_model;
    QSortFilterProxyModel* m_proxy;
    qint64 m_chosenId = 0;
    QLabel* m_status = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_chosenName = nullptr;
    QLabel* m_chosenDetails = nullptr;
    QWidget* m_guides = nullptr;
    QComboBox* m_mentor = nullptr;
    QComboBox* m_coach = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_reactivate = nullptr;
    QWidget* m_keyBox = nullptr;
    QLabel* m_keyNote = nullptr;
    QLineEdit* m_fingerprint = nullptr;
    QComboBox* m_addMentor = nullptr;
    QLineEdit* m_refresherDays = nullptr;
};

} // namespace careu::ui
