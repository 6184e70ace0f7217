#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace careu {

class Database;

// A whole organization copied from an SQLite file into another database that holds none yet (a
// shop moving onto the business's PostgreSQL server): every table, row for row, with the same ids,
// in one transaction, so the copy is whole or not there. The source is read in one read
// transaction (the app may have it open meanwhile); its record chain must be intact, and the copy's
// must be the same chain, or nothing is kept.
class OrganizationCopy
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationCopy)

public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    struct Result
    {
        QVector<Table> tables; // in the order they were copied
        qint64 chainRecords = 0;
        QString chainHead;
    };

    // from is an SQLite database, to an empty one of the same schema version (either backend).
    static bool run(const Database& from, const Database& to, Result* result, QString* error);
};

} // namespace careu
