#include "FileCheck.h"

#include "Database.h"
#include "RawSqlite.h"
#include "Schema.h"

#include <QFileInfo>
#include <QtEndian>
#include <sqlite3.h>

namespace careu {

namespace {

constexpr int HeaderSize = 100;

FileCheck failed(FileCheck::Problem problem, const QString& message, int version = 0)
{
    FileCheck check;
    check.problem = problem;
    check.message = message;
    check.schemaVersion = version;
    return check;
}

// Commits may be waiting in the log, not yet copied into the file itself.
bool hasWriteAheadLog(const QString& path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

// The size the header promises (page size times page count), or 0 when the header does not
// say: a count that is not valid for the last change, or a write-ahead log that may still
// hold pages the main file has not received yet.
qint64 promisedSize(const QByteArray& header, const QString& path)
{
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint32 pageSize =
        qFromBigEndian<quint16>(bytes + 16) == 1 ? 65536 : qFromBigEndian<quint16>(bytes + 16);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (!countValid || hasWriteAheadLog(path))
        return 0;
    return qint64(pageSize) * pageCount;
}

} // namespace

FileCheck FileCheck::ofServer(const Database& db)
{
    FileCheck check;
    check.schemaVersion = db.schemaVersion();
    check.integrityFindings = QStringList{QStringLiteral("ok")};
    QVector<Schema::Object> found;
    QString error;
    check.schemaDifferences = Schema::readPostgres(db, &found, &error)
                                  ? Schema::differences(Schema::expected(check.schemaVersion), found, false)
                                  : QStringList{tr("its tables cannot be listed (%1)").arg(error)};
    if (!check.schemaDifferences.isEmpty()) {
        check.problem = Problem::Damaged;
        check.message = tr("%1 is not whole: %2").arg(db.location().displayName(),
                                                      check.schemaDifferences.join(QLatin1String("; ")));
    }
    return check;
}

FileCheck FileCheck::inspect(const QString& path, Depth depth)
{
    // Only stat(2) and SQLite touch the file. Opening and closing it any other way would drop the
    // locks this process's connections hold on it, and another process would then take itself
    // for the last one and delete the write-ahead log under them.
    const QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return failed(Problem::Empty, QString());
    if (!info.isFile())
        return failed(Problem::Unreadable,
                      tr("%1 is not a file (it is a folder or a device). The file was not changed.").arg(path));
    // Without a write-ahead log there is nothing to recover, and "immutable" keeps SQLite from
    // making one (or its index) beside the file; with one, it is read as the app would.
    sqlite::RawConnection probe;
    QString readError;
    if (!probe.open(path, hasWriteAheadLog(path) ? sqlite::RawConnection::Mode::ReadOnly
                                                 : sqlite::RawConnection::Mode::Immutable,
                    &readError))
        return failed(Problem::Unreadable,
                      tr("%1 cannot be read: %2. The file was not changed.").arg(path, readError));
    QByteArray header(HeaderSize, '\0');
    qint64 size = 0;
    if (!probe.readHeader(&header, &size, &readError))
        return failed(Problem::Unreadable,
                      tr("%1 cannot be read: %2. The file was not changed.").arg(path, readError));
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        return failed(Problem::NotDatabase,
                      tr("%1 is not a Customer CARE University database (it is not an SQLite file). "
                         "The file was not changed.")
                          .arg(path));
    }
    const qint64 promised = size >= HeaderSize ? promisedSize(header, path) : HeaderSize;
    if (size < promised) {
        return failed(Problem::Truncated,
                      tr("%1 is cut short: it holds %2 bytes of the %3 it should. Part of it was lost, "
                         "perhaps in a copy that did not finish. The file was not changed.")
                          .arg(path)
                          .arg(size)
                          .arg(promised));
    }

    // A read-only connection cannot change the file: nothing is written (not even the journal
    // mode) until the file is known to be ours, whole and not too new.
    int version = 0;
    int applicationId = 0;
    int objects = 0;
    if (!probe.run(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                                  "(SELECT application_id FROM pragma_application_id), "
                                  "(SELECT count(*) FROM sqlite_master)"),
                   {},
                   [&](sqlite3_stmt* row) {
                       version = sqlite3_column_int(row, 0);
                       applicationId = sqlite3_column_int(row, 1);
                       objects = sqlite3_column_int(row, 2);
                   },
                   &readError)) {
        return failed(
            Problem::Damaged,
            tr("%1 is damaged and cannot be read (%2). The file was not changed.").arg(path, readError));
    }
    if (version > Database::SchemaVersion) {
        return failed(Problem::Newer,
                      tr("%1 was written by a newer version of Customer CARE University (schema %2; this app "
                         "understands up to %3). Update the app to open it. The file was not changed.")
                          .arg(path)
                          .arg(version)
                          .arg(Database::SchemaVersion),
                      version);
    }
    // Files from before application_id was set carry 0; anything else must be ours.
    const bool ours =
        (applicationId == Database::ApplicationId || applicationId == 0) && (version > 0 || objects == 0);
    if (!ours) {
        return failed(Problem::Foreign,
                      tr("%1 is another program's SQLite database, not Customer CARE University's. "
                         "The file was not changed.")
                          .arg(path),
                      version);
    }
    FileCheck check;
    check.schemaVersion = version;
    if (depth == Depth::Header)
        return check;
    if (!probe.run(
            QStringLiteral("PRAGMA integrity_check"), {},
            [&](sqlite3_stmt* row) { check.integrityFindings.append(sqlite::RawConnection::text(row, 0)); },
            &readError))
        check.integrityFindings = QStringList{readError};
    QVector<Schema::Object> found;
    if (Schema::read(probe, &found, &readError))
        check.schemaDifferences = Schema::differences(Schema::expected(version), found);
    else
        check.schemaDifferences = QStringList{tr("its tables cannot be listed (%1)").arg(readError)};
    if (check.integrityFindings != QStringList{QStringLiteral("ok")}) {
        check.problem = Problem::Damaged;
        check.message = tr("%1 is damaged: SQLite's check found %n problem(s), the first: %2. "
                           "The file was not changed.",
                           "", static_cast<int>(check.integrityFindings.size()))
                            .arg(path, check.integrityFindings.value(0));
    } else if (!check.schemaDifferences.isEmpty()) {
        check.problem = Problem::Damaged;
        check.message = tr("%1 is not whole: %2 (schema %3). The file was not changed.")
                            .arg(path, check.schemaDifferences.join(QLatin1String("; ")))
                            .arg(version);
    }
    return check;
}

} // namespace careu
