#pragma once

#include "people/Keys.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

// Helpers several tests share: files compared byte for byte, and databases made by hand.
namespace careu::test {

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// A signing key of personId's own, not stored anywhere: for tests that write records by hand.
inline std::unique_ptr<SigningKey> signingKey(qint64 personId)
{
    const QString password = QStringLiteral("a test key's password");
    QString error;
    return Keys::open(personId, *Keys::generate(password, Passwords::Cost::Minimal), password, &error);
}

// What a program (the careu binary) printed and returned.
struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to its end (at most two minutes); exit code -1 if it did not finish.
inline Outcome run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Creates (or opens) an SQLite file outside the app's own code and runs statements on it.
inline bool runOnFile(const QString& path, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("careu-test-raw"));
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery query(raw);
        for (const QString& statement : statements)
            ok = ok && query.exec(statement);
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("careu-test-raw"));
    return ok;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A closed app database whose settings hold key, then "key 1", "key 2"... up to rows rows of a few
// hundred bytes each: many rows span many pages.
inline bool makeDatabase(const QString& path, const QString& key, int rows = 1)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        return false;
    sql::WriteTransaction transaction(db.connection());
    bool ok = transaction.begin(&error);
    for (int i = 0; ok && i < rows; ++i)
        ok = sql::run(
            db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
            {i == 0 ? key : QStringLiteral("%1 %2").arg(key).arg(i), QString(300, QLatin1Char('x'))}, &error);
    return ok && transaction.commit(&error);
}

} // namespace careu::test
