#pragma once

#include <QString>

namespace careu {

class Database;

// Small facts the app remembers between runs in the database itself (not in QSettings), so that
// a database file carries its whole state: who used it last, which lesson was open.
class SettingsStore
{
public:
    explicit SettingsStore(const Database& db);

    QString value(const QString& key) const;
    bool setValue(const QString& key, const QString& value, QString* error);
    bool remove(const QString& key, QString* error);

private:
    const Database& m_db;
};

} // namespace careu
