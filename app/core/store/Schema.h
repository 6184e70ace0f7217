#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace careu {

class Database;

namespace sqlite {
class RawConnection;
}

// The tables, indexes and triggers the numbered migrations make, as SQLite keeps them in
// sqlite_master: what a file of a given schema version must hold, no more and no less. A file
// with a table dropped, an index missing or the append-only triggers removed is not whole, even
// when every page of it reads well.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    struct Object
    {
        QString type; // table, index, trigger or view
        QString name;
        QString sql; // its statement, spacing simplified
    };

    // What migrations 1 to version make.
    static QVector<Object> expected(int version);
    // What connection's database holds (SQLite's own objects aside); false with error when it
    // cannot be read.
    static bool read(sqlite::RawConnection& connection, QVector<Object>* objects, QString* error);
    // The same for the PostgreSQL database behind db (names only: PostgreSQL keeps no statements).
    static bool readPostgres(const Database& db, QVector<Object>* objects, QString* error);
    // Each difference in words: a missing, changed or unexpected object. Without sql, only what
    // there is counts, not how it was made.
    static QStringList differences(const QVector<Object>& expected, const QVector<Object>& actual,
                                   bool compareSql = true);
};

} // namespace careu
