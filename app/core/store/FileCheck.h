#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace careu {

class Database;

// What is wrong with a database file, found without changing a byte of it: the app's own start,
// a backup about to be restored and a backup just written are all looked at this way.
struct FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(FileCheck)

public:
    enum class Depth
    {
        // The file's kind, owner, size against its header, and schema version: a few reads
        // whatever the size of the file, for every open and the app's start.
        Header,
        // And PRAGMA integrity_check (every page readable, indexes agree with their tables) and
        // the tables, indexes and triggers its schema version must have: backups, restore, check.
        Integrity,
    };

    enum class Problem
    {
        None,
        Empty,       // absent or zero bytes: a new database may be made here
        Unreadable,  // the file cannot be read at all (permissions, a folder, an I/O error)
        NotDatabase, // not an SQLite file
        Truncated,   // shorter than its own header says it is
        Damaged,     // the check found errors
        Newer,       // written by a newer version of the app
        Foreign,     // another program's SQLite database
    };

    static FileCheck inspect(const QString& path, Depth depth);
    // The schema check of a database on a PostgreSQL server (integrity "ok": the server's own).
    static FileCheck ofServer(const Database& db);

    bool ok() const { return problem == Problem::None || problem == Problem::Empty; }

    Problem problem = Problem::None;
    int schemaVersion = 0;
    QString message; // what is wrong, in words a person can act on; empty when ok
    // Integrity depth: everything SQLite's check found ("ok" alone when nothing), and each way the
    // tables, indexes and triggers differ from what the migrations make.
    QStringList integrityFindings;
    QStringList schemaDifferences;
};

} // namespace careu
