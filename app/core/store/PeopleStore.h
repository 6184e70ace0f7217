#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

namespace careu {

class Database;

struct Person
{
    qint64 id = 0;
    QString uid; // stable id for reports and exports; never changes, never reused
    QString name;
    QDateTime createdAt;
    bool active = true;
};

// Profiles. People are never deleted: history (progress, sign-offs) keeps pointing at them.
class PeopleStore
{
    Q_DECLARE_TR_FUNCTIONS(PeopleStore)

public:
    static constexpr int MaxNameLength = 80;

    PeopleStore(const Database& db, const Clock& clock);

    // Trims the name; refuses an empty, overlong or already-used (by an active person) name.
    std::optional<Person> create(const QString& name, QString* error);
    // Active people, sorted by name.
    QVector<Person> active(QString* error) const;
    std::optional<Person> find(qint64 id, QString* error) const;

private:
    const Database& m_db;
    const Clock& m_clock;
};

} // namespace careu
