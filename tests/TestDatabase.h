#pragma once

#include "TestSupport.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <functional>

// The backend a test's databases live on: SQLite files in the test's own folder, or (when ctest
// runs the test as <name>_postgresql) new databases on the private cluster of tests/pg/cluster.sh.
namespace careu::test {

inline bool onPostgres()
{
    return qEnvironmentVariable("CAREU_TEST_BACKEND") == QLatin1String("postgresql");
}

// What follows DROP TRIGGER name: PostgreSQL also names the table the trigger belongs to.
inline QString triggerTable(const QString& table)
{
    return onPostgres() ? QStringLiteral(" ON ") + table : QString();
}

// The URL of the private cluster of tests/pg/cluster.sh (empty, with a warning, when it is not there).
inline QUrl clusterUrl()
{
    QFile file(qEnvironmentVariable("CAREU_TEST_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("no PostgreSQL test cluster: %s", qPrintable(file.fileName()));
        return {};
    }
    return QUrl(QString::fromUtf8(file.readAll()).trimmed());
}

// Opens a connection of its own to the cluster's database at url and gives work a query on it;
// false (with a warning) when it cannot connect, else what work returns.
inline bool onCluster(const QUrl& url, const std::function<bool(QSqlQuery& query)>& work)
{
    bool ok = false;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("careu-test-raw"));
        raw.setHostName(url.host());
        raw.setPort(url.port());
        raw.setUserName(url.userName());
        raw.setDatabaseName(url.path().mid(1));
        if (raw.open()) {
            QSqlQuery query(raw);
            ok = work(query);
        } else {
            qWarning("cannot connect to %s: %s", qPrintable(url.toString()),
                     qPrintable(raw.lastError().text()));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("careu-test-raw"));
    return ok;
}

// A new database on the cluster, made by statement (CREATE DATABASE name ...), its name made of the
// test's pid, a counter and name; its URL, or empty with a warning.
inline QString createOnCluster(const QString& name, const QString& statement)
{
    QUrl url = clusterUrl();
    if (url.isEmpty())
        return {};
    static QAtomicInt counter;
    QString database = QStringLiteral("careu_%1_%2_%3")
                           .arg(QCoreApplication::applicationPid())
                           .arg(counter.fetchAndAddRelaxed(1))
                           .arg(name.section(QLatin1Char('.'), 0, 0).toLower());
    database.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    const bool made = onCluster(url, [&](QSqlQuery& query) {
        if (query.exec(statement.arg(database)))
            return true;
        qWarning("cannot make a test database: %s", qPrintable(query.lastError().text()));
        return false;
    });
    if (!made)
        return {};
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// Where a new, empty database can be made: dir's file name, or a new PostgreSQL database. Empty
// (with a warning) when the cluster is not there.
inline QString newDatabase(const QTemporaryDir& dir, const QString& name)
{
    return onPostgres() ? createOnCluster(name, QStringLiteral("CREATE DATABASE %1")) : dir.filePath(name);
}

// A copy of the closed database at from (made by newDatabase): a copy of its file in dir, or a new
// PostgreSQL database made from it as a template. Empty (with a warning) when it cannot be made.
inline QString copyDatabase(const QString& from, const QTemporaryDir& dir, const QString& name)
{
    if (onPostgres())
        return createOnCluster(name,
                               QStringLiteral("CREATE DATABASE %1 TEMPLATE ") + QUrl(from).path().mid(1));
    const QString path = dir.filePath(name);
    if (!QFile::copy(from, path)) {
        qWarning("cannot copy %s to %s", qPrintable(from), qPrintable(path));
        return {};
    }
    return path;
}

// Runs statements, in order, on the database at location (made by newDatabase) outside the app's
// own code, on a connection of their own; false (with a warning) at the first that fails.
inline bool runOn(const QString& location, const QStringList& statements)
{
    if (!onPostgres())
        return runOnFile(location, statements);
    return onCluster(QUrl(location), [&](QSqlQuery& query) {
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                return false;
            }
        }
        return true;
    });
}

} // namespace careu::test
