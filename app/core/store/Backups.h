#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <functional>

class QTemporaryFile;

namespace careu {

class Database;
class PasswordConfirmation;
struct Person;

// Copies of the database a person can go back to. Every copy is consistent (VACUUM INTO reads one
// snapshot, so the app or another process may go on writing), checked after it was written (every
// page, and the tables, indexes and triggers of its schema), readable by its owner only, and
// appears under its name only when complete.
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

    // goOn, if given, is asked now and then while the copy is made; when it returns false the copy
    // stops and nothing is left (the app quitting while its daily backup runs).
    using GoOn = std::function<bool()>;
    static bool write(const Database& db, const QString& target, QString* error, const GoOn& goOn = {});

    // The automatic backups of the database at databasePath, newest first.
    static QStringList automatic(const QString& databasePath);
    // The newest automatic backup that passes the check; empty when there is none.
    static QString newestGood(const QString& databasePath);
    // The last record a backup holds (its position and hash), read without opening it as a
    // database: a witness of how far the chain had come. False (with why) when it cannot be read;
    // position 0 when it holds no record.
    static bool head(const QString& backup, qint64* position, QString* hash, QString* error);
    // A new automatic backup when the newest is a day old or there is none, then all but the
    // newest keep removed. The backup written, or empty when none was due or it failed (error set).
    static QString backUpIfDue(const Database& db, const QDateTime& now, int keep, QString* error,
                               const GoOn& goOn = {});
    // Signs that an organisation lived at databasePath: automatic backups, the copy kept before an
    // upgrade or a restore, a write-ahead log. Empty for a true first start.
    static QStringList earlierCopies(const QString& databasePath);
    // Half-written copies (".partial-") that a killed backup, upgrade or restore left beside the
    // database or in backups/, by processes that are no longer running. Returns how many went.
    static int removeStale(const QString& databasePath);

    // A new empty file beside target, private, that later starts take for this process's until it
    // stops (and removeStale() then removes). Closed: SQLite alone opens it from here on.
    static bool openPartial(QTemporaryFile* file, const QString& target, QString* error);
    // Puts the finished database at finished (closed) where databasePath is: renamed into place when
    // nothing is there, else copied in through SQLite as restore() does (and finished removed).
    static bool moveInto(const QString& finished, const QString& databasePath, QString* error);

    // True when backup is a finished backup this app can open; else error says why not.
    static bool check(const QString& backup, QString* error);
    // Puts the content of backup into the database at databasePath through SQLite's online backup
    // API, inside SQLite's own locking: every connection (the app, another careu) sees the old
    // database or the new one, never a mix, and goes on writing to the same file. The current
    // content is first kept aside as a checked copy, *keptAside (empty when there was none). A
    // file too damaged to copy through SQLite is swapped out whole instead (it is kept as
    // *keptAside). A kill at any moment leaves a whole database, old or new. On failure nothing
    // has changed.
    static bool restore(const QString& backup, const QString& databasePath, const QDateTime& now,
                        QString* keptAside, QString* error);
    // The same for the database the app has open, by an admin who has just typed their password
    // again (Permissions decides, not the menu); the database is opened again afterwards, so an
    // older backup is brought up to date.
    static bool restoreOpen(Database& db, const Person& admin, const PasswordConfirmation& confirmation,
                            const QString& backup, const QDateTime& now, QString* keptAside, QString* error);
    // Restoring at a start where the database cannot be opened asks an admin of the copy that is
    // about to come back. Whether backup has an active admin with a password (a new organisation's
    // may have none, and then holds nothing to protect), and whether name and password are theirs.
    static bool hasAdmin(const QString& backup);
    static bool adminConfirms(const QString& backup, const QString& name, const QString& password,
                              QString* error);
};

} // namespace careu
