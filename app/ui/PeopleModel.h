#pragma once

#include "store/PeopleStore.h"

#include <QAbstractTableModel>
#include <array>

namespace careu::ui {

// The team as a table, one row a person (those who have left too): name, email, roles, location,
// mentor and whether they are active.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        RoleList,
        Location,
        Mentor,
        Status,
        ColumnCount
    };
    static constexpr int PersonIdRole = Qt::UserRole;
    // Every role, in the order the app lists them.
    static constexpr std::array<Role, 5> AllRoles = {Role::Learner, Role::Mentor, Role::Coach, Role::Manager,
                                                     Role::Admin};

    explicit PeopleModel(QObject* parent = nullptr);

    void setPeople(const QVector<Person>& people);
    const Person* person(int row) const;
    // The row of the person with this id; -1 when nobody has it.
    int rowOf(qint64 personId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Learner, Mentor": a person's roles in the order of AllRoles.
    static QString rolesText(const Roles& roles);

private:
    QString text(const Person& person, int column) const;

    QVector<Person> m_people;
    QHash<qint64, QString> m_names;
};

} // namespace careu::ui
