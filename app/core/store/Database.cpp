#include "Database.h"

#include "Migrations.h"
#include "Sql.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace careu {

Q_LOGGING_CATEGORY(lcStore, "careu.store", QtWarningMsg)

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("careu-%1").arg(counter.fetchAndAddRelaxed(1));
}

static_assert(Database::SchemaVersion >= 1, "the schema starts at version 1");
} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/careu.sqlite");
}

QString Database::resolvePath(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("CAREU_DB");
    return fromEnvironment.isEmpty() ? defaultPath() : fromEnvironment;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    m_statements.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::write(const QString& sql, std::initializer_list<QVariant> values, QString* error) const
{
    auto statement = m_statements.find(sql);
    if (statement == m_statements.end()) {
        QSqlQuery query(connection());
        if (!query.prepare(sql)) {
            *error = sql::describe(query.lastError());
            return false;
        }
        statement = m_statements.insert(sql, query);
    }
    const bool ok = sql::exec(&*statement, values, error);
    statement->finish();
    return ok;
}

bool Database::refuseForeignFile(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2.").arg(path, file.errorString());
        return true;
    }
    if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
        *error = tr("%1 is not a Customer CARE University database (it is not an SQLite file). "
                    "The file was not changed; choose another file with --db.")
                     .arg(path);
        return true;
    }
    file.close();
    // Look before touching: a read-only connection cannot change the file, and nothing is
    // written (not even the journal mode) until the file is known to be ours and not too new.
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    int version = 0;
    int applicationId = 0;
    int objects = 0;
    bool readable = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (probe.open()) {
            QSqlQuery query(probe);
            readable = query.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                                                 "(SELECT application_id FROM pragma_application_id), "
                                                 "(SELECT count(*) FROM sqlite_master)")) &&
                       query.next();
            if (readable) {
                version = query.value(0).toInt();
                applicationId = query.value(1).toInt();
                objects = query.value(2).toInt();
            } else {
                *error = query.lastError().text();
            }
        } else {
            *error = probe.lastError().text();
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    if (!readable) {
        *error = tr("Cannot read the database %1 (%2). The file was not changed.").arg(path, *error);
        return true;
    }
    if (version > SchemaVersion) {
        *error = tr("%1 was written by a newer version of Customer CARE University (schema %2; this app "
                    "understands up to %3). Update the app to open it. The file was not changed.")
                     .arg(path)
                     .arg(version)
                     .arg(SchemaVersion);
        return true;
    }
    // Files from before application_id was set carry 0; anything else must be ours.
    const bool ours = (applicationId == ApplicationId || applicationId == 0) && (version > 0 || objects == 0);
    if (!ours) {
        *error = tr("%1 is another program's SQLite database, not Customer CARE University's. "
                    "The file was not changed; choose another file with --db.")
                     .arg(path);
        return true;
    }
    return false;
}

bool Database::open(const QString& path, QString* error)
{
    close();
    m_path = path;
    if (refuseForeignFile(path, error))
        return false;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1 for the database.").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
        close();
        return false;
    }
    QSqlQuery query(db);
    if (!sql::run(&query, QStringLiteral("PRAGMA user_version"), {}, error) || !query.next()) {
        *error = tr("Cannot read the database %1: %2").arg(path, *error);
        close();
        return false;
    }
    const int version = query.value(0).toInt();
    query.finish();
    // Checked again on the writing connection: another process may have upgraded it meanwhile.
    if (version > SchemaVersion) {
        *error = tr("%1 was just upgraded by a newer version of Customer CARE University; update this app.")
                     .arg(path);
        close();
        return false;
    }
    if (!applyPragmas(error) || !migrate(version, error)) {
        close();
        return false;
    }
    return true;
}

bool Database::applyPragmas(QString* error)
{
    const QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!sql::run(&query, QStringLiteral("PRAGMA journal_mode=WAL"), {}, error))
        return false;
    if (query.next() && query.value(0).toString() != QLatin1String("wal"))
        qCWarning(lcStore) << "journal_mode is" << query.value(0).toString() << "not wal for" << m_path;
    query.finish();
    return sql::run(db, QStringLiteral("PRAGMA foreign_keys=ON"), {}, error) &&
           sql::run(db, QStringLiteral("PRAGMA synchronous=FULL"), {}, error);
}

QString Database::backupPathBeforeMigration(int fromVersion) const
{
    return QStringLiteral("%1.schema%2-%3.bak")
        .arg(m_path)
        .arg(fromVersion)
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

bool Database::migrate(int from, QString* error)
{
    const QSqlDatabase db = connection();
    const auto& all = migrations();
    // Upgrading a database that holds people's records: keep a consistent copy of it first.
    if (from > 0 && from < SchemaVersion) {
        const QString backup = backupPathBeforeMigration(from);
        if (!sql::run(db, QStringLiteral("VACUUM INTO ?"), {backup}, error)) {
            *error = tr("Could not back up %1 before upgrading it, so it was left as it was: %2")
                         .arg(m_path, *error);
            return false;
        }
        qCInfo(lcStore) << "backed up" << m_path << "to" << backup << "before migrating";
    }
    for (int version = from + 1; version <= SchemaVersion; ++version) {
        sql::WriteTransaction transaction(db);
        if (!transaction.begin(error))
            return false;
        // Marks the file as ours, so that another program's database is never mistaken for it.
        if (version == 1 &&
            !sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), {}, error))
            return false;
        for (const QString& statement : all.at(version - 1)) {
            if (!sql::run(db, statement, {}, error)) {
                *error = tr("Could not upgrade the database to version %1: %2").arg(version).arg(*error);
                return false;
            }
        }
        // PRAGMA takes no bound parameters; version is an integer from this build, not input.
        if (!sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), {}, error) ||
            !transaction.commit(error))
            return false;
        qCInfo(lcStore) << "database" << m_path << "migrated to schema" << version;
    }
    return true;
}

} // namespace careu
