#include "FileCheck.h"

#include "Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

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

FileCheck FileCheck::inspect(const QString& path, Depth depth)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return failed(Problem::Empty, QString());
    if (!file.open(QIODevice::ReadOnly))
        return failed(Problem::Unreadable,
                      tr("%1 cannot be read: %2. The file was not changed.").arg(path, file.errorString()));
    const QByteArray header = file.read(HeaderSize);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        return failed(Problem::NotDatabase,
                      tr("%1 is not a Customer CARE University database (it is not an SQLite file). "
                         "The file was not changed.")
                          .arg(path));
    }
    const qint64 promised = header.size() == HeaderSize ? promisedSize(header, path) : HeaderSize;
    if (file.size() < promised) {
        return failed(Problem::Truncated,
                      tr("%1 is cut short: it holds %2 bytes of the %3 it should. Part of it was lost, "
                         "perhaps in a copy that did not finish. The file was not changed.")
                          .arg(path)
                          .arg(file.size())
                          .arg(promised));
    }
    file.close();

    // A read-only connection cannot change the file: nothing is written (not even the journal
    // mode) until the file is known to be ours, whole and not too new.
    const QString name = QStringLiteral("careu-check-") + QUuid::createUuid().toString(QUuid::Id128);
    QString readError;
    int version = 0;
    int applicationId = 0;
    int objects = 0;
    QStringList findings;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Without a write-ahead log there is nothing to recover, and "immutable" keeps SQLite from
        // making one (or its index) beside the file; with one, it is read as the app would.
        QUrl uri = QUrl::fromLocalFile(path);
        if (!hasWriteAheadLog(path))
            uri.setQuery(QStringLiteral("immutable=1"));
        probe.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        probe.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery query(probe);
        if (!probe.open()) {
            readError = probe.lastError().text();
        } else if (!query.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                                              "(SELECT application_id FROM pragma_application_id), "
                                              "(SELECT count(*) FROM sqlite_master)")) ||
                   !query.next()) {
            readError = query.lastError().text();
        } else {
            version = query.value(0).toInt();
            applicationId = query.value(1).toInt();
            objects = query.value(2).toInt();
            if (depth != Depth::Header && version <= Database::SchemaVersion) {
                if (query.exec(depth == Depth::Quick ? QStringLiteral("PRAGMA quick_check")
                                                     : QStringLiteral("PRAGMA integrity_check"))) {
                    while (query.next())
                        findings.append(query.value(0).toString());
                } else {
                    findings.append(query.lastError().text());
                }
            }
        }
        query.finish();
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!readError.isEmpty()) {
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
    if (depth != Depth::Header && findings != QStringList{QStringLiteral("ok")}) {
        return failed(Problem::Damaged,
                      tr("%1 is damaged: SQLite's check found %2 problem(s), the first: %3. "
                         "The file was not changed.")
                          .arg(path)
                          .arg(findings.size())
                          .arg(findings.value(0)),
                      version);
    }
    FileCheck check;
    check.schemaVersion = version;
    return check;
}

} // namespace careu
