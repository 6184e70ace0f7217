#pragma once

#include "Dialect.h"
#include "Location.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace careu {

// One open SQLite file: the pragmas the app relies on, and the schema brought up to date.
// One Database (one connection) per thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The schema this build writes; a file with a higher PRAGMA user_version is refused untouched.
    static constexpr int SchemaVersion = 7;
    // PRAGMA application_id of our files: "CARE" in ASCII.
    static constexpr int ApplicationId = 0x43415245;

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // --db PATH (or postgresql:// URL) wins, then the CAREU_DB environment variable, then the
    // per-user data folder.
    static QString resolvePath(const QString& commandLinePath);
    static QString defaultPath();

    // Opens (an SQLite file is created when absent) and migrates. path is a file or a
    // postgresql:// URL (see Location). On failure error says what is wrong in words a person can
    // act on, and an existing database has not been changed.
    bool open(const QString& path, QString* error);
    void close();

    // For the store's own classes: QtSql links privately to careu_core, so above core (ui, print)
    // this is an incomplete type and no SQL can be written there.
    QSqlDatabase connection() const;

    // The rows of a read through a statement the connection keeps prepared. The statement is
    // finished (its read transaction ended) when the Rows go out of scope.
    class Rows
    {
    public:
        ~Rows();
        Rows(const Rows&) = delete;
        Rows& operator=(const Rows&) = delete;

        explicit operator bool() const { return m_ok; }
        bool next();
        const QSqlQuery& row() const { return *m_query; }

    private:
        friend class Database;
        Rows(QSqlQuery* query, std::unique_ptr<QSqlQuery> own, bool* busy, bool ok);

        QSqlQuery* m_query;
        std::unique_ptr<QSqlQuery> m_own; // when the kept statement was already in use
        bool* m_busy;
        bool m_ok;
    };

    // Statements the app repeats most are prepared once per connection and kept for reuse
    // (parsing them each time took a quarter of seed-demo). write() runs one that returns no rows.
    bool write(const QString& sql, std::initializer_list<QVariant> values, QString* error) const;
    Rows read(const QString& sql, std::initializer_list<QVariant> values, QString* error) const;
    const QString& path() const { return m_path; }

    // SQLite (a file) or PostgreSQL (a server), for the few statements that differ.
    Dialect dialect() const;
    const Location& location() const { return m_location; }
    int schemaVersion() const { return m_version; }

private:
    bool connect(QString* error); // reads the schema version into m_version
    bool connectPostgres(QString* error);
    static bool sessionSettings(const QSqlDatabase& db, QString* error);
    bool readVersion(int* version, QString* error) const;
    bool notNewer(int version, QString* error) const;
    bool applyPragmas(QString* error);
    bool backUpBeforeUpgrade(QString* error);
    bool migrate(QString* error);
    QString backupPathBeforeMigration(int fromVersion) const;
    struct Statement; // a kept QSqlQuery, and whether a Rows is reading it
    Statement* statement(const QString& sql, QString* error) const;

    QString m_connectionName;
    QString m_path;
    Location m_location;
    int m_version = 0;
    mutable QHash<QString, std::shared_ptr<Statement>> m_statements;
    friend class ReadSnapshot;
    friend class StreamSet;
    mutable QString m_exportedSnapshot; // PostgreSQL: the open ReadSnapshot's, for StreamSets
};

// A read transaction: everything read through the database while it lives sees one snapshot,
// whatever other connections write meanwhile (a report read twice gives the same rows twice).
// On PostgreSQL the snapshot is exported, so that the streams of a StreamSet read it too.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    const Database& m_db;
    bool m_open;
};

// Forward-only queries read side by side, a row at a time, from one snapshot. SQLite streams any
// number of them on the database's own connection. PostgreSQL's driver streams one result per
// connection (it drops the rest of one when another query runs), so each query gets a connection
// of its own, all on one exported snapshot: the ReadSnapshot's if one is open, else the first
// stream's.
class StreamSet
{
public:
    explicit StreamSet(const Database& db);
    ~StreamSet();
    StreamSet(const StreamSet&) = delete;
    StreamSet& operator=(const StreamSet&) = delete;

    // query runs sql (values bound in order) forward-only, on a stream of its own.
    bool start(QSqlQuery* query, const QString& sql, std::initializer_list<QVariant> values, QString* error);

private:
    const Database& m_db;
    QStringList m_connections; // PostgreSQL: the streams' own, closed with the set
    QString m_snapshot;
};

} // namespace careu
