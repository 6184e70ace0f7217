#include "PeopleModel.h"

namespace careu::ui {

PeopleModel::PeopleModel(QObject* parent) : QAbstractTableModel(parent) {}

void PeopleModel::setPeople(const QVector<Person>& people)
{
    beginResetModel();
    m_people = people;
    m_names.clear();
    for (const Person& person : people)
        m_names.insert(person.id, person.name);
    endResetModel();
}

const Person* PeopleModel::person(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people.at(row) : nullptr;
}

int PeopleModel::rowOf(qint64 personId) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == personId)
            return row;
    }
    return -1;
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    const Person* shown = index.isValid() ? person(index.row()) : nullptr;
    if (!shown)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the whole text where the column is too narrow for it
        return text(*shown, index.column());
    case PersonIdRole:
        return shown->id;
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case RoleList:
        return tr("Roles");
    case Location:
        return tr("Location");
    case Mentor:
        return tr("Mentor");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

QString PeopleModel::rolesText(const Roles& roles)
{
    QStringList names;
    for (Role role : AllRoles) {
        if (roles.contains(role))
            names.append(roleName(role));
    }
    return names.join(QStringLiteral(", "));
}

QString PeopleModel::text(const Person& person, int column) const
{
    switch (column) {
    case Name:
        return person.name;
    case Email:
        return person.email;
    case RoleList:
        return rolesText(person.roles);
    case Location:
        return person.location;
    case Mentor:
        return m_names.value(person.mentorId);
    case Status:
        return person.active ? tr("Active") : tr("Deactivated");
    default:
        return {};
    }
}

} // namespace careu::ui
