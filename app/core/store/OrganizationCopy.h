#pragma once

#include "RecordChain.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <functional>
#include <optional>

namespace careu {

class Database;

// A whole organization copied from an SQLite file into another database that holds none yet (a
// shop moving onto the business's PostgreSQL server): every table, row for row, with the same ids,
// in one transaction, so the copy is whole or not there. The source is read in one read
// transaction (the app may have it open meanwhile); its record chain must stand (hashes, signatures
// and all, as `careu check` proves it), and the copy's must be the same chain and stand too, or
// nothing is kept.
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

    // Proves one database's record chain (ChainAudit::copyCheck): its hashes' verification when the
    // chain stands, nothing with why in error when it does not.
    using ChainCheck =
        std::function<std::optional<RecordChain::Verification>(const Database& db, QString* error)>;

    // from is an SQLite database, to an empty one of the same schema version (either backend).
    static bool run(const Database& from, const Database& to, const ChainCheck& check, Result* result,
                    QString* error);
};

} // namespace careu
