#include "Backups.h"

#include "Database.h"
#include "FileCheck.h"
#include "PeopleStore.h"
#include "PrivateFile.h"
#include "RawSqlite.h"
#include "people/Accounts.h"
#include "people/Passwords.h"
#include "signoff/SignOffs.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryFile>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace careu {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString PartialMark = QStringLiteral(".partial-");

// careu-20261125-173733.sqlite for careu.sqlite: sorts by date, and says what it is a copy of.
QString automaticName(const QString& databasePath, const QDateTime& at)
{
    return QStringLiteral("%1-%2.sqlite")
        .arg(QFileInfo(databasePath).completeBaseName(), at.toUTC().toString(StampFormat));
}

QDateTime automaticStamp(const QString& databasePath, const QString& fileName)
{
    const QString prefix = QFileInfo(databasePath).completeBaseName() + QLatin1Char('-');
    if (!fileName.startsWith(prefix) || !fileName.endsWith(QLatin1String(".sqlite")))
        return {};
    QDateTime at = QDateTime::fromString(fileName.mid(prefix.size(), StampFormat.size()), StampFormat);
    at.setTimeSpec(Qt::UTC);
    return at;
}

// A file made next to target, readable by its owner only from the start, removed unless kept. Its
// name carries this process's id, so a later start can tell a copy left by a killed process
// from one still being written.
bool openPrivateTemporary(QTemporaryFile* file, const QString& target, QString* error)
{
    const QFileInfo info(target);
    if (!makePrivateFolder(info.absolutePath(), error))
        return false;
    file->setFileTemplate(QStringLiteral("%1%2%3-XXXXXX")
                              .arg(info.absoluteFilePath(), PartialMark)
                              .arg(QCoreApplication::applicationPid()));
    if (!file->open()) {
        *error = Backups::tr("Cannot write in %1: %2.").arg(info.absolutePath(), file->errorString());
        return false;
    }
    if (!file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = Backups::tr("Cannot make %1 private to you: %2.").arg(file->fileName(), file->errorString());
        return false;
    }
    return true;
}

QString strerror()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// rename(2) replaces target in one step: it is the old file or the new one, never a mix.
bool replace(const QString& from, const QString& target, QString* error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    *error = Backups::tr("Cannot put %1 in place: %2.").arg(target, strerror());
    return false;
}

int askGoOn(void* goOn)
{
    return (*static_cast<const Backups::GoOn*>(goOn))() ? 0 : 1;
}

// A consistent copy of the database behind source, checked, at target.
bool copyTo(sqlite3* source, const QString& databasePath, const QString& target, QString* error,
            const Backups::GoOn& goOn = {})
{
    if (QFileInfo::exists(target) && !isWritableTarget(target, error))
        return false;
    QTemporaryFile file;
    if (!openPrivateTemporary(&file, target, error))
        return false;
    // VACUUM INTO fills an empty file it is given, keeping the owner-only permissions set above.
    // SQLite asks goOn every few thousand steps and stops the copy when it says no.
    if (goOn)
        sqlite3_progress_handler(source, 10000, &askGoOn, const_cast<Backups::GoOn*>(&goOn));
    const bool copied = sqlite::run(source, QStringLiteral("VACUUM INTO ?"), {file.fileName()}, {}, error);
    if (goOn)
        sqlite3_progress_handler(source, 0, nullptr, nullptr);
    if (!copied) {
        *error = Backups::tr("Could not copy the database to %1: %2").arg(target, *error);
        return false;
    }
    const FileCheck check = FileCheck::inspect(file.fileName(), FileCheck::Depth::Integrity);
    if (check.problem != FileCheck::Problem::None) {
        *error = Backups::tr("The copy of the database failed its check, so it was not kept: %1")
                     .arg(check.message);
        return false;
    }
    if (::fsync(file.handle()) != 0) {
        *error = Backups::tr("Could not write the backup %1 to the disk: %2.").arg(target, strerror());
        return false;
    }
    if (!replace(file.fileName(), target, error))
        return false;
    file.setAutoRemove(false);
    qCInfo(lcStore) << "backed up" << databasePath << "to" << target;
    return true;
}

// The name the current database is kept under before a restore, never that of an earlier one.
QString asideName(const QString& databasePath, const QDateTime& now)
{
    const QString stamped =
        QStringLiteral("%1.before-restore-%2").arg(databasePath, now.toUTC().toString(StampFormat));
    QString aside = stamped;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = QStringLiteral("%1-%2").arg(stamped).arg(n);
    return aside;
}

// Copies every page of the file at backup into dest in one write transaction of dest's: SQLite
// takes dest's write lock, so other connections wait, then see the whole new database.
bool copyPages(const QString& backup, sqlite3* dest, QString* error)
{
    sqlite::RawConnection source;
    if (!source.open(backup, sqlite::RawConnection::Mode::Immutable, error))
        return false;
    sqlite3_backup* copy = sqlite3_backup_init(dest, "main", source.handle(), "main");
    if (!copy) {
        *error = QString::fromUtf8(sqlite3_errmsg(dest));
        return false;
    }
    int rc = SQLITE_OK;
    // Busy while another connection writes: wait for it, as the app's busy timeout does.
    for (int tries = 0; (rc = sqlite3_backup_step(copy, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED; ++tries) {
        if (tries == 200)
            break;
        QThread::msleep(50);
    }
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE) {
        *error = rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                     ? Backups::tr("the database stayed busy with another program's changes for ten seconds")
                     : QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

// For a file SQLite cannot read: a copy of backup beside it, fsynced, then swapped with it in one
// step (renameat2's exchange), so the name always holds a whole file. The old one, with its
// write-ahead log, ends up under aside.
bool swapIn(const QString& backup, const QString& databasePath, const QString& aside, QString* error)
{
    if (QFileInfo::exists(databasePath + QStringLiteral("-wal")) &&
        !replace(databasePath + QStringLiteral("-wal"), aside + QStringLiteral("-wal"), error))
        return false;
    QFile::remove(databasePath + QStringLiteral("-shm"));
    QFile source(backup);
    QFile copy(aside);
    if (!source.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = Backups::tr("Cannot copy %1 to %2: %3").arg(backup, aside, copy.errorString());
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size()) {
            copy.remove();
            *error = Backups::tr("Could not copy %1 (is the disk full?)").arg(backup);
            return false;
        }
    }
    if (!copy.flush() || ::fsync(copy.handle()) != 0) {
        copy.remove();
        *error = Backups::tr("Could not copy %1 (is the disk full?)").arg(backup);
        return false;
    }
    copy.close();
    if (::renameat2(AT_FDCWD, QFile::encodeName(aside).constData(), AT_FDCWD,
                    QFile::encodeName(databasePath).constData(), RENAME_EXCHANGE) != 0) {
        *error = Backups::tr("Cannot put the backup in place of %1: %2").arg(databasePath, strerror());
        QFile::remove(aside);
        return false;
    }
    return true;
}

// Whether another connection has the database open. Every connection to a database in WAL mode
// holds a shared lock on its file for as long as it is open, so an exclusive lock is refused
// exactly while one is. Nothing is written: the transaction is empty.
bool inUse(const QString& path)
{
    sqlite::RawConnection probe;
    QString error;
    if (!probe.open(path, sqlite::RawConnection::Mode::ReadOnly, &error))
        return false;
    sqlite3_busy_timeout(probe.handle(), 1000);
    const bool busy = probe.run(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), &error) &&
                      !probe.run(QStringLiteral("BEGIN EXCLUSIVE"), &error) && probe.code() == SQLITE_BUSY;
    if (!busy)
        probe.run(QStringLiteral("COMMIT"), &error);
    return busy;
}

bool processIsRunning(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH);
}

} // namespace

QString Backups::keepSetting()
{
    return QStringLiteral("backups/keep");
}

int Backups::keepFrom(const QString& setting)
{
    bool ok = false;
    const int keep = setting.toInt(&ok);
    return ok && keep >= 1 ? keep : DefaultKeep;
}

QString Backups::folderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

bool Backups::write(const Database& db, const QString& target, QString* error, const GoOn& goOn)
{
    return copyTo(sqlite::handleOf(db.connection()), db.path(), target, error, goOn);
}

QStringList Backups::automatic(const QString& databasePath)
{
    QStringList found;
    const QDir folder(folderFor(databasePath));
    const QString base = QFileInfo(databasePath).completeBaseName();
    for (const QString& name :
         folder.entryList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed)) {
        if (automaticStamp(databasePath, name).isValid())
            found.append(folder.filePath(name));
    }
    return found;
}

QString Backups::newestGood(const QString& databasePath)
{
    for (const QString& backup : automatic(databasePath)) {
        if (FileCheck::inspect(backup, FileCheck::Depth::Integrity).problem == FileCheck::Problem::None)
            return backup;
    }
    return {};
}

QString Backups::backUpIfDue(const Database& db, const QDateTime& now, int keep, QString* error,
                             const GoOn& goOn)
{
    const QStringList existing = automatic(db.path());
    if (!existing.isEmpty() &&
        automaticStamp(db.path(), QFileInfo(existing.first()).fileName()).secsTo(now) < 24 * 60 * 60)
        return {};
    const QString target = QDir(folderFor(db.path())).filePath(automaticName(db.path(), now));
    if (!write(db, target, error, goOn))
        return {};
    const QStringList all = automatic(db.path());
    for (const QString& old : all.mid(keep)) {
        if (!QFile::remove(old))
            qCWarning(lcStore) << "could not remove the old backup" << old;
    }
    return target;
}

QStringList Backups::earlierCopies(const QString& databasePath)
{
    QStringList found = automatic(databasePath);
    const QFileInfo database(databasePath);
    const QDir folder = database.absoluteDir();
    for (const QString& name : folder.entryList({database.fileName() + QStringLiteral(".schema*.bak"),
                                                 database.fileName() + QStringLiteral(".before-restore-*"),
                                                 database.fileName() + QStringLiteral("-wal")},
                                                QDir::Files | QDir::Hidden, QDir::Name))
        found.append(folder.filePath(name));
    return found;
}

int Backups::removeStale(const QString& databasePath)
{
    // careu.sqlite.partial-4711-Ab3xYz, and from before the process id was in the name,
    // careu.sqlite.partial-Ab3xYz (removed once it is an hour old).
    static const QRegularExpression partial(
        QStringLiteral("\\.partial-(?:(\\d+)-)?[A-Za-z0-9]{6}(?:-wal|-shm|-journal)?$"));
    int removed = 0;
    for (const QString& folder : {QFileInfo(databasePath).absolutePath(), folderFor(databasePath)}) {
        const QDir dir(folder);
        for (const QFileInfo& file : dir.entryInfoList(
                 {QStringLiteral("*") + PartialMark + QStringLiteral("*")}, QDir::Files | QDir::Hidden)) {
            const QRegularExpressionMatch match = partial.match(file.fileName());
            if (!match.hasMatch())
                continue;
            const bool stale = match.captured(1).isEmpty()
                                   ? file.lastModified().secsTo(QDateTime::currentDateTime()) > 3600
                                   : !processIsRunning(match.captured(1).toLongLong());
            if (stale && QFile::remove(file.absoluteFilePath())) {
                qCInfo(lcStore) << "removed" << file.absoluteFilePath() << "left by a process that stopped";
                ++removed;
            }
        }
    }
    return removed;
}

bool Backups::openPartial(QTemporaryFile* file, const QString& target, QString* error)
{
    if (!openPrivateTemporary(file, target, error))
        return false;
    file->close();
    return true;
}

bool Backups::moveInto(const QString& finished, const QString& databasePath, QString* error)
{
    if (!QFileInfo::exists(databasePath)) {
        // In one step, and never over something that appeared there meanwhile.
        if (::renameat2(AT_FDCWD, QFile::encodeName(finished).constData(), AT_FDCWD,
                        QFile::encodeName(databasePath).constData(), RENAME_NOREPLACE) != 0) {
            *error = tr("Cannot put %1 in place: %2.").arg(databasePath, strerror());
            return false;
        }
        return true;
    }
    sqlite::RawConnection live;
    if (!live.open(databasePath, sqlite::RawConnection::Mode::ReadWrite, error) ||
        !copyPages(finished, live.handle(), error))
        return false;
    return QFile::remove(finished);
}

bool Backups::check(const QString& backup, QString* error)
{
    const FileCheck check = FileCheck::inspect(backup, FileCheck::Depth::Integrity);
    if (check.problem == FileCheck::Problem::Empty) {
        *error = tr("%1 is not a backup: it is empty or does not exist. Nothing was changed.").arg(backup);
        return false;
    }
    if (!check.ok()) {
        *error = tr("%1 cannot be restored. %2 Nothing was changed.").arg(backup, check.message);
        return false;
    }
    if (QFileInfo(backup + QStringLiteral("-wal")).size() > 0) {
        *error = tr("%1 is a database in use, not a finished backup (it has a write-ahead log beside "
                    "it). Make a backup of it with \"careu backup\" and restore that. Nothing was changed.")
                     .arg(backup);
        return false;
    }
    return true;
}

bool Backups::restore(const QString& backup, const QString& databasePath, const QDateTime& now,
                      QString* keptAside, QString* error)
{
    if (!check(backup, error))
        return false;
    keptAside->clear();
    const FileCheck current = FileCheck::inspect(databasePath, FileCheck::Depth::Header);
    if (current.problem == FileCheck::Problem::Unreadable && QFileInfo(databasePath).isDir()) {
        *error = tr("%1 is a folder, not a database. Nothing was changed.").arg(databasePath);
        return false;
    }
    const QString aside = asideName(databasePath, now);
    if (!current.ok()) {
        if (inUse(databasePath)) {
            *error =
                tr("%1 is open in another program. Close it first. Nothing was changed.").arg(databasePath);
            return false;
        }
        if (!swapIn(backup, databasePath, aside, error))
            return false;
        *keptAside = aside;
        qCInfo(lcStore) << "restored" << databasePath << "from" << backup << "keeping the old file as"
                        << aside;
        return true;
    }
    if (!QFileInfo::exists(databasePath) && !createPrivateFile(databasePath, error))
        return false;
    sqlite::RawConnection live;
    if (!live.open(databasePath, sqlite::RawConnection::Mode::ReadWrite, error)) {
        *error = tr("Cannot open %1: %2. Nothing was changed.").arg(databasePath, *error);
        return false;
    }
    if (current.problem == FileCheck::Problem::None) {
        if (!copyTo(live.handle(), databasePath, aside, error)) {
            *error = tr("The database could not be kept aside first, so the backup was not restored: %1")
                         .arg(*error);
            return false;
        }
        *keptAside = aside;
    }
    if (!copyPages(backup, live.handle(), error)) {
        *error = tr("The backup could not be put in place (%1). Nothing was changed.").arg(*error);
        return false;
    }
    qCInfo(lcStore) << "restored" << databasePath << "from" << backup << "keeping the old content as"
                    << *keptAside;
    return true;
}

bool Backups::restoreOpen(Database& db, const Person& admin, const PasswordConfirmation& confirmation,
                          const QString& backup, const QDateTime& now, QString* keptAside, QString* error)
{
    QString why;
    if (!Permissions::allows(admin.asActor(), Action::RestoreBackup, admin.asSubject(), &why) ||
        !confirmation.isFor(admin.id, now, SignOffs::ConfirmationSeconds)) {
        *error = why.isEmpty() ? tr("Type your password again to restore a backup.")
                               : tr("Only an admin can restore a backup. %1").arg(why);
        return false;
    }
    if (db.dialect() == Dialect::PostgreSQL) {
        *error = tr("This organization's database is on a PostgreSQL server; restore it with pg_restore.");
        return false;
    }
    const QString path = db.path();
    if (!restore(backup, path, now, keptAside, error))
        return false;
    QString reopenError;
    if (!db.open(path, &reopenError)) {
        *error = tr("The backup was put in place but cannot be opened: %1").arg(reopenError);
        return false;
    }
    return true;
}

namespace {
// The password hashes of the active admins in backup, those called name only unless name is null.
bool adminHashes(const QString& backup, const QString& name, QStringList* hashes, QString* error)
{
    sqlite::RawConnection copy;
    if (!copy.open(backup, sqlite::RawConnection::Mode::Immutable, error))
        return false;
    return copy.run(
        QStringLiteral("SELECT p.password_hash FROM people p JOIN person_roles r ON r.person_id = p.id "
                       "WHERE r.role = 'admin' AND p.active = 1 AND p.password_hash IS NOT NULL "
                       "AND (? = '' OR p.name_key = ?)"),
        {PeopleStore::nameKey(name), PeopleStore::nameKey(name)},
        [&](sqlite3_stmt* row) { hashes->append(sqlite::RawConnection::text(row, 0)); }, error);
}
} // namespace

bool Backups::head(const QString& backup, qint64* position, QString* hash, QString* error)
{
    sqlite::RawConnection copy;
    *position = 0;
    hash->clear();
    return copy.open(backup, sqlite::RawConnection::Mode::Immutable, error) &&
           copy.run(
               QStringLiteral("SELECT id, hash FROM records ORDER BY id DESC LIMIT 1"), {},
               [&](sqlite3_stmt* row) {
                   *position = sqlite::RawConnection::text(row, 0).toLongLong();
                   *hash = sqlite::RawConnection::text(row, 1);
               },
               error);
}

bool Backups::hasAdmin(const QString& backup)
{
    QStringList hashes;
    QString error;
    // A copy that cannot be read cannot be restored either; check() says why.
    return !adminHashes(backup, QString(), &hashes, &error) || !hashes.isEmpty();
}

bool Backups::adminConfirms(const QString& backup, const QString& name, const QString& password,
                            QString* error)
{
    if (!check(backup, error))
        return false;
    QStringList hashes;
    if (name.trimmed().isEmpty() || !adminHashes(backup, name, &hashes, error))
        hashes.clear();
    if (hashes.isEmpty() || !Passwords::verify(hashes.first(), password)) {
        *error = tr("That is not the name and password of an admin in this backup.");
        return false;
    }
    return true;
}

} // namespace careu
