#include "SettingsStore.h"

#include "Database.h"
#include "Sql.h"

namespace careu {

SettingsStore::SettingsStore(const Database& db) : m_db(db) {}

QString SettingsStore::value(const QString& key) const
{
    QSqlQuery query(m_db.connection());
    QString error;
    if (!sql::run(&query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, &error) ||
        !query.next())
        return {};
    return query.value(0).toString();
}

QString SettingsStore::organisationName() const
{
    const QString name = value(organisationNameKey()).simplified();
    return name.isEmpty() ? tr("Customer CARE University") : name;
}

bool SettingsStore::setValue(const QString& key, const QString& value, QString* error)
{
    return sql::inWriteTransaction(
        m_db.connection(),
        [&](QString* writeError) {
            return sql::run(m_db.connection(),
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {key, value}, writeError);
        },
        error);
}

bool SettingsStore::remove(const QString& key, QString* error)
{
    return sql::inWriteTransaction(
        m_db.connection(),
        [&](QString* writeError) {
            return sql::run(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = ?"), {key},
                            writeError);
        },
        error);
}

} // namespace careu
