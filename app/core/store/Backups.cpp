#include "Backups.h"

#include "Database.h"
#include "FileCheck.h"
#include "Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace careu {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");

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

// A file made next to target, readable by its owner only from the start, removed unless kept.
bool openPrivateTemporary(QTemporaryFile* file, const QString& target, QString* error)
{
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = Backups::tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    file->setFileTemplate(info.absoluteFilePath() + QStringLiteral(".partial-XXXXXX"));
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

// rename(2) replaces target in one step: it is the old file or the new one, never a mix.
bool replace(const QString& from, const QString& target, QString* error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    *error =
        Backups::tr("Cannot put %1 in place: %2.").arg(target, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

bool moveIfThere(const QString& from, const QString& to, QString* error)
{
    return !QFile::exists(from) || replace(from, to, error);
}

// Whether another connection has the database open. Every connection to a database in WAL mode
// holds a shared lock on its file for as long as it is open, so an exclusive lock is refused
// exactly while one is. Nothing is written: the transaction is empty.
bool inUse(const QString& path)
{
    const QString name = QStringLiteral("careu-in-use-") + QUuid::createUuid().toString(QUuid::Id128);
    bool busy = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        QSqlQuery query(probe);
        constexpr int SqliteBusy = 5;
        busy = probe.open() && query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) &&
               !query.exec(QStringLiteral("BEGIN EXCLUSIVE")) &&
               query.lastError().nativeErrorCode().toInt() == SqliteBusy;
        if (!busy)
            query.exec(QStringLiteral("COMMIT"));
        query.finish();
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return busy;
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

bool Backups::write(const Database& db, const QString& target, QString* error)
{
    QTemporaryFile file;
    if (!openPrivateTemporary(&file, target, error))
        return false;
    // VACUUM INTO fills an empty file it is given, keeping the owner-only permissions set above.
    if (!sql::run(db.connection(), QStringLiteral("VACUUM INTO ?"), {file.fileName()}, error)) {
        *error = tr("Could not copy the database to %1: %2").arg(target, *error);
        return false;
    }
    const FileCheck check = FileCheck::inspect(file.fileName(), FileCheck::Depth::Integrity);
    if (check.problem != FileCheck::Problem::None) {
        *error = tr("The copy of the database failed its check, so it was not kept: %1").arg(check.message);
        return false;
    }
    if (::fsync(file.handle()) != 0) {
        *error = tr("Could not write the backup %1 to the disk: %2.")
                     .arg(target, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (!replace(file.fileName(), target, error))
        return false;
    file.setAutoRemove(false);
    qCInfo(lcStore) << "backed up" << db.path() << "to" << target;
    return true;
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

QString Backups::backUpIfDue(const Database& db, const QDateTime& now, int keep, QString* error)
{
    const QStringList existing = automatic(db.path());
    if (!existing.isEmpty() &&
        automaticStamp(db.path(), QFileInfo(existing.first()).fileName()).secsTo(now) < 24 * 60 * 60)
        return {};
    const QString target = QDir(folderFor(db.path())).filePath(automaticName(db.path(), now));
    if (!write(db, target, error))
        return {};
    const QStringList all = automatic(db.path());
    for (const QString& old : all.mid(keep)) {
        if (!QFile::remove(old))
            qCWarning(lcStore) << "could not remove the old backup" << old;
    }
    return target;
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
    if (QFile::exists(databasePath) && inUse(databasePath)) {
        *error = tr("%1 is open in the app (or another program). Close it first, or restore from the app's "
                    "File menu. Nothing was changed.")
                     .arg(databasePath);
        return false;
    }
    QFile source(backup);
    QTemporaryFile copy;
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2. Nothing was changed.").arg(backup, source.errorString());
        return false;
    }
    if (!openPrivateTemporary(&copy, databasePath, error))
        return false;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size()) {
            *error = tr("Could not copy %1: %2. Nothing was changed.")
                         .arg(backup, chunk.isEmpty() ? source.errorString() : copy.errorString());
            return false;
        }
    }
    if (!copy.flush() || ::fsync(copy.handle()) != 0) {
        *error = tr("Could not copy %1 (is the disk full?). Nothing was changed.").arg(backup);
        return false;
    }
    // The current file goes aside with its write-ahead log, which may hold its latest commits;
    // the shared-memory index is rebuilt by whoever opens either file.
    const QString stamped =
        QStringLiteral("%1.before-restore-%2").arg(databasePath, now.toUTC().toString(StampFormat));
    QString aside = stamped;
    for (int n = 2; QFile::exists(aside); ++n) // never over an earlier one
        aside = QStringLiteral("%1-%2").arg(stamped).arg(n);
    const QString wal = QStringLiteral("-wal");
    const bool hadFile = QFile::exists(databasePath);
    if (!moveIfThere(databasePath, aside, error))
        return false;
    if (!moveIfThere(databasePath + wal, aside + wal, error)) {
        QString ignored;
        moveIfThere(aside, databasePath, &ignored);
        return false;
    }
    QFile::remove(databasePath + QStringLiteral("-shm"));
    if (!replace(copy.fileName(), databasePath, error)) {
        QString ignored;
        moveIfThere(aside + wal, databasePath + wal, &ignored);
        moveIfThere(aside, databasePath, &ignored);
        return false;
    }
    copy.setAutoRemove(false);
    *keptAside = hadFile ? aside : QString();
    qCInfo(lcStore) << "restored" << databasePath << "from" << backup << "keeping the old file as" << aside;
    return true;
}

bool Backups::restoreOpen(Database& db, const QString& backup, const QDateTime& now, QString* keptAside,
                          QString* error)
{
    const QString path = db.path();
    if (!check(backup, error))
        return false;
    db.close();
    const bool restored = restore(backup, path, now, keptAside, error);
    QString reopenError;
    if (!db.open(path, &reopenError)) {
        *error = restored ? tr("The backup was put in place but cannot be opened: %1").arg(reopenError)
                          : *error + QLatin1Char(' ') + reopenError;
        return false;
    }
    return restored;
}

} // namespace careu
