#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace careu {

// One open SQLite file: the pragmas the app relies on, and the schema brought up to date.
// One Database (one connection) per thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The schema this build writes; a file with a higher PRAGMA user_version is refused untouched.
    static constexpr int SchemaVersion = 3;
    // PRAGMA application_id of our files: "CARE" in ASCII.
    static constexpr int ApplicationId = 0x43415245;

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // --db PATH wins, then the CAREU_DB environment variable, then the per-user data folder.
    static QString resolvePath(const QString& commandLinePath);
    static QString defaultPath();

    // Opens (creating when absent) and migrates. On failure error says what is wrong in words a
    // person can act on, and an existing file has not been changed.
    bool open(const QString& path, QString* error);
    void close();

    QSqlDatabase connection() const;
    // Runs a statement that returns no rows, prepared once per connection and kept for reuse:
    // for the writes the app repeats most (parsing them each time took a quarter of seed-demo).
    bool write(const QString& sql, std::initializer_list<QVariant> values, QString* error) const;
    const QString& path() const { return m_path; }

private:
    bool applyPragmas(QString* error);
    bool migrate(int from, QString* error);
    QString backupPathBeforeMigration(int fromVersion) const;

    QString m_connectionName;
    QString m_path;
    mutable QHash<QString, QSqlQuery> m_statements;
};

} // namespace careu
