#pragma once

#include <QCryptographicHash>
#include <QFile>
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

} // namespace careu::test
