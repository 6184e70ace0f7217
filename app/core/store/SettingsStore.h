#pragma once

#include <QCoreApplication>
#include <QString>

namespace careu {

class Database;

// Small facts the app remembers between runs in the database itself (not in QSettings), so that
// a database file carries its whole state: who used it last, which lesson was open.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    // The organisation's name as reports and certificates print it.
    static QString organisationNameKey() { return QStringLiteral("organisation/name"); }

    explicit SettingsStore(const Database& db);

    // The setting organisation/name, or the product's name while nobody has set one.
    QString organisationName() const;

    QString value(const QString& key) const;
    bool setValue(const QString& key, const QString& value, QString* error);
    bool remove(const QString& key, QString* error);

private:
    const Database& m_db;
};

} // namespace careu
