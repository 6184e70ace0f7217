#include "Database.h"

#include "Backups.h"
#include "Dialect.h"
#include "FileCheck.h"
#include "Migrations.h"
#include "PrivateFile.h"
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
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // The server went away and the connection was closed (sql::run does that): try it again, with
    // statements prepared anew. While it stays away, every step fails saying so.
    if (dialect() == Dialect::PostgreSQL && db.isValid() && !db.isOpen()) {
        m_statements.clear();
        QString error;
        if (db.open() && sessionSettings(db, &error))
            qCInfo(lcStore) << "reconnected to" << m_location.displayName();
    }
    return db;
}

bool Database::sessionSettings(const QSqlDatabase& db, QString* error)
{
    // Times are stored as UTC text on both backends; the server's notices (a table that is there
    // already) are not news on stderr.
    return sql::run(db, QStringLiteral("SET TIME ZONE 'UTC'"), {}, error) &&
           sql::run(db, QStringLiteral("SET client_min_messages TO warning"), {}, error);
}

void Database::close()
{
    m_statements.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

struct Database::Statement
{
    QSqlQuery query;
    bool busy = false;
};

Database::Statement* Database::statement(const QString& sql, QString* error) const
{
    auto kept = m_statements.find(sql);
    if (kept == m_statements.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            *error = sql::describe(query.lastError(), query.driver());
            return nullptr;
        }
        kept = m_statements.insert(sql, std::make_shared<Statement>(Statement{std::move(query)}));
    }
    return kept->get();
}

bool Database::write(const QString& sql, std::initializer_list<QVariant> values, QString* error) const
{
    Statement* kept = statement(sql, error);
    if (!kept)
        return false;
    const bool ok = sql::exec(&kept->query, values, error);
    kept->query.finish();
    return ok;
}

Database::Rows Database::read(const QString& sql, std::initializer_list<QVariant> values,
                              QString* error) const
{
    Statement* kept = statement(sql, error);
    if (!kept)
        return Rows(nullptr, std::make_unique<QSqlQuery>(), nullptr, false);
    if (kept->busy) { // read again while its rows are still being read: a statement of its own
        auto own = std::make_unique<QSqlQuery>(connection());
        own->setForwardOnly(true);
        const bool ok = sql::run(own.get(), sql, values, error);
        QSqlQuery* query = own.get();
        return Rows(query, std::move(own), nullptr, ok);
    }
    kept->busy = true;
    return Rows(&kept->query, nullptr, &kept->busy, sql::exec(&kept->query, values, error));
}

Database::Rows::Rows(QSqlQuery* query, std::unique_ptr<QSqlQuery> own, bool* busy, bool ok)
    : m_query(query ? query : own.get()), m_own(std::move(own)), m_busy(busy), m_ok(ok)
{
}

bool Database::Rows::next()
{
    return m_query->next();
}

Database::Rows::~Rows()
{
    m_query->finish();
    if (m_busy)
        *m_busy = false;
}

bool Database::open(const QString& path, QString* error)
{
    close();
    m_path = path;
    if (!Location::parse(path, &m_location, error))
        return false;
    if (m_location.kind == Location::Kind::PostgreSQL) {
        if (!connectPostgres(error) || !migrate(error)) {
            close();
            return false;
        }
        return true;
    }
    const FileCheck check = FileCheck::inspect(path, FileCheck::Depth::Header);
    if (!check.ok()) {
        *error = check.message;
        return false;
    }
    // A new database starts as an empty file only its owner can read, in a folder only they can
    // open; SQLite gives its write-ahead log and shared-memory files the same permissions.
    if (check.problem == FileCheck::Problem::Empty && !QFileInfo::exists(path) &&
        !createPrivateFile(path, error))
        return false;
    if (!connect(error) || !applyPragmas(error) || !backUpBeforeUpgrade(error) || !migrate(error)) {
        close();
        return false;
    }
    return true;
}

bool Database::connect(QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    return readVersion(&m_version, error) && notNewer(m_version, error);
}

bool Database::connectPostgres(QString* error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error =
            tr("This installation cannot reach PostgreSQL: Qt's PostgreSQL driver is missing (on Debian, "
               "the package libqt6sql6-psql).");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setUserName(m_location.user);
    db.setPassword(m_location.password);
    db.setDatabaseName(m_location.database);
    db.setConnectOptions(m_location.options);
    if (!db.open()) {
        *error = tr("Cannot reach the database %1: %2")
                     .arg(m_location.displayName(), db.lastError().text().trimmed());
        return false;
    }
    return sessionSettings(db, error);
}

bool Database::readVersion(int* version, QString* error) const
{
    QSqlQuery query(connection());
    const QString sql = dialect() == Dialect::SQLite
                            ? QStringLiteral("PRAGMA user_version")
                            : QStringLiteral("SELECT coalesce(max(version), 0) FROM careu_schema");
    if (!sql::run(&query, sql, {}, error) || !query.next()) {
        *error = tr("Cannot read the database %1: %2").arg(m_location.displayName(), *error);
        return false;
    }
    *version = query.value(0).toInt();
    return true;
}

bool Database::notNewer(int version, QString* error) const
{
    if (version <= SchemaVersion)
        return true;
    *error =
        tr("%1 was upgraded by a newer version of Customer CARE University (schema %2; this app understands "
           "up to %3); update this app.")
            .arg(m_location.displayName())
            .arg(version)
            .arg(SchemaVersion);
    return false;
}

Dialect Database::dialect() const
{
    return m_location.kind == Location::Kind::PostgreSQL ? Dialect::PostgreSQL : Dialect::SQLite;
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

bool Database::backUpBeforeUpgrade(QString* error)
{
    // Upgrading a database that holds people's records: keep a consistent copy of it first.
    if (m_version == 0 || m_version >= SchemaVersion)
        return true;
    if (Backups::write(*this, backupPathBeforeMigration(m_version), error))
        return true;
    *error = tr("Could not back up %1 before upgrading it, so it was left as it was: %2").arg(m_path, *error);
    return false;
}

bool Database::migrate(QString* error)
{
    const QSqlDatabase db = connection();
    const auto& all = migrations();
    // Read first without writing: an up-to-date database (every start) takes no write lock.
    if (dialect() == Dialect::PostgreSQL) {
        QString absent;
        if (!readVersion(&m_version, &absent))
            m_version = 0; // a new database: no version table yet
    }
    for (int version = m_version + 1; version <= SchemaVersion; ++version) {
        // The version is read again inside the write transaction: another process may be
        // upgrading the same database, and only one of them runs each step.
        sql::WriteTransaction transaction(db);
        if (!transaction.begin(error))
            return false;
        QStringList statements;
        if (dialect() == Dialect::PostgreSQL)
            statements = dialect::postgresPreamble();
        for (const QString& statement : std::as_const(statements)) {
            if (!sql::run(db, statement, {}, error))
                return false;
        }
        int current = 0;
        if (!readVersion(&current, error) || !notNewer(current, error))
            return false;
        if (current >= version) {
            if (!transaction.commit(error))
                return false;
            continue;
        }
        statements.clear();
        for (const QString& statement : all.at(version - 1))
            statements +=
                dialect() == Dialect::SQLite ? QStringList{statement} : dialect::postgres(statement);
        // Marks the file as ours, so that another program's database is never mistaken for it.
        if (version == 1 && dialect() == Dialect::SQLite)
            statements.prepend(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        // The version is an integer from this build, not input (PRAGMA takes no bound parameters).
        statements +=
            dialect() == Dialect::SQLite
                ? QStringList{QStringLiteral("PRAGMA user_version = %1").arg(version)}
                : QStringList{QStringLiteral("DELETE FROM careu_schema"),
                              QStringLiteral("INSERT INTO careu_schema (version) VALUES (%1)").arg(version)};
        for (const QString& statement : std::as_const(statements)) {
            if (!sql::run(db, statement, {}, error)) {
                *error = tr("Could not upgrade the database to version %1: %2").arg(version).arg(*error);
                return false;
            }
        }
        if (!transaction.commit(error))
            return false;
        m_version = version;
        qCInfo(lcStore) << "database" << m_location.displayName() << "migrated to schema" << version;
    }
    return true;
}

ReadSnapshot::ReadSnapshot(const Database& db) : m_db(db), m_open(false)
{
    QSqlDatabase connection = db.connection();
    if (db.dialect() == Dialect::SQLite) {
        m_open = connection.transaction();
        return;
    }
    QSqlQuery query(connection);
    m_open = query.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")) &&
             query.exec(QStringLiteral("SELECT pg_export_snapshot()")) && query.next();
    if (m_open)
        db.m_exportedSnapshot = query.value(0).toString();
}

ReadSnapshot::~ReadSnapshot()
{
    m_db.m_exportedSnapshot.clear();
    if (m_open)
        m_db.connection().rollback();
}

StreamSet::StreamSet(const Database& db) : m_db(db), m_snapshot(db.m_exportedSnapshot) {}

StreamSet::~StreamSet()
{
    // The first stream exported the snapshot the others read: it goes last.
    for (auto name = m_connections.crbegin(); name != m_connections.crend(); ++name) {
        QSqlDatabase::database(*name, false).close();
        QSqlDatabase::removeDatabase(*name);
    }
}

bool StreamSet::start(QSqlQuery* query, const QString& sql, std::initializer_list<QVariant> values,
                      QString* error)
{
    if (m_db.dialect() == Dialect::SQLite) {
        *query = QSqlQuery(m_db.connection());
        query->setForwardOnly(true);
        return sql::run(query, sql, values, error);
    }
    const QString name = QStringLiteral("%1-stream-%2").arg(m_db.m_connectionName).arg(m_connections.size());
    QSqlDatabase stream = QSqlDatabase::cloneDatabase(m_db.connection(), name);
    m_connections.append(name);
    if (!stream.open()) {
        *error = sql::describe(stream.lastError(), stream.driver());
        return false;
    }
    QSqlQuery setUp(stream);
    if (!sql::run(&setUp, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), {}, error))
        return false;
    if (m_snapshot.isEmpty()) {
        if (!sql::run(&setUp, QStringLiteral("SELECT pg_export_snapshot()"), {}, error) || !setUp.next())
            return false;
        m_snapshot = setUp.value(0).toString();
    } else if (!sql::run(&setUp, QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(m_snapshot), {},
                         error)) {
        return false; // the id is PostgreSQL's own (hex and dashes), not input
    }
    setUp.finish();
    *query = QSqlQuery(stream);
    query->setForwardOnly(true);
    return sql::run(query, sql, values, error);
}

} // namespace careu
