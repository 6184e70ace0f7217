#pragma once

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

// The backend a test's databases live on: SQLite files in the test's own folder, or (when ctest
// runs the test as <name>_postgresql) new databases on the private cluster of tests/pg/cluster.sh.
namespace careu::test {

inline bool onPostgres()
{
    return qEnvironmentVariable("CAREU_TEST_BACKEND") == QLatin1String("postgresql");
}

// Where a new, empty database can be made: dir's file name, or a new PostgreSQL database (its
// name made of the test's pid, a counter and name). Empty (with a warning) when the cluster is
// not there.
inline QString newDatabase(const QTemporaryDir& dir, const QString& name)
{
    if (!onPostgres())
        return dir.filePath(name);
    QFile file(qEnvironmentVariable("CAREU_TEST_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("no PostgreSQL test cluster: %s", qPrintable(file.fileName()));
        return {};
    }
    QUrl url(QString::fromUtf8(file.readAll()).trimmed());
    static QAtomicInt counter;
    QString database = QStringLiteral("careu_%1_%2_%3")
                           .arg(QCoreApplication::applicationPid())
                           .arg(counter.fetchAndAddRelaxed(1))
                           .arg(name.section(QLatin1Char('.'), 0, 0).toLower());
    database.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    bool made = false;
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("careu-test-admin"));
        admin.setHostName(url.host());
        admin.setPort(url.port());
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        QSqlQuery query(admin);
        made = admin.open() && query.exec(QStringLiteral("CREATE DATABASE %1").arg(database));
        if (!made)
            qWarning("cannot make a test database: %s %s", qPrintable(admin.lastError().text()),
                     qPrintable(query.lastError().text()));
        query.finish();
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("careu-test-admin"));
    if (!made)
        return {};
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace careu::test
