#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace careu {

class Database;

// Copies of the database a person can go back to. Every copy is consistent (VACUUM INTO reads one
// snapshot, so the app or another process may go on writing), checked after it was written, readable
// by its owner only, and appears under its name only when complete.
//
// Automatic ones go to backups/ beside the database, one a day while the app is used, the newest
// few kept (the setting backups/keep). Before a schema upgrade Database keeps one beside the file.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int DefaultKeep = 7;
    static QString keepSetting();
    // The setting's value, or DefaultKeep when it is unset or not a whole number of at least 1.
    static int keepFrom(const QString& setting);

    static QString folderFor(const QString& databasePath);

    static bool write(const Database& db, const QString& target, QString* error);

    // The automatic backups of the database at databasePath, newest first.
    static QStringList automatic(const QString& databasePath);
    // The newest automatic backup that passes the check; empty when there is none.
    static QString newestGood(const QString& databasePath);
    // A new automatic backup when the newest is a day old or there is none, then all but the
    // newest keep removed. The backup written, or empty when none was due or it failed (error set).
    static QString backUpIfDue(const Database& db, const QDateTime& now, int keep, QString* error);

    // True when backup is a finished backup this app can open; else error says why not.
    static bool check(const QString& backup, QString* error);
    // Puts a copy of backup where databasePath is, after checking it; the file that was there
    // (with its write-ahead log) is renamed to *keptAside, never changed or deleted. Refused while
    // another connection has the database open. On failure nothing has changed.
    static bool restore(const QString& backup, const QString& databasePath, const QDateTime& now,
                        QString* keptAside, QString* error);
    // The same for an open database: closed, restored, and opened again (on failure, the old one).
    static bool restoreOpen(Database& db, const QString& backup, const QDateTime& now, QString* keptAside,
                            QString* error);
};

} // namespace careu
