#include "OrganizationCopy.h"

#include "Database.h"
#include "Sql.h"

#include <QSet>

namespace careu {

namespace {

// Rows per INSERT: one statement carries many rows, as one round trip to a server.
constexpr int RowsPerInsert = 200;

struct Column
{
    QString name;
    bool selfReference = false; // points at another row of its own table (a person's mentor)
};

struct TableShape
{
    QString name;
    QVector<Column> columns;
    QString primaryKey;       // its one primary key column, when it has one
    bool rowIdKey = false;    // that key is an INTEGER PRIMARY KEY (an identity on PostgreSQL)
    QStringList dependencies; // the tables its foreign keys point at, itself aside
};

// Identifiers come from the source's own schema, which the schema check held against the
// migrations; quoted all the same.
QString quoted(const QString& identifier)
{
    QString text = identifier;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

bool readShapes(const Database& from, QVector<TableShape>* shapes, QString* error)
{
    QSqlQuery tables(from.connection());
    if (!sql::run(&tables,
                  QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                 "'sqlite_%' ORDER BY name"),
                  {}, error))
        return false;
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString& name : names) {
        TableShape shape;
        shape.name = name;
        QSqlQuery info(from.connection());
        if (!sql::run(&info, QStringLiteral("SELECT name, pk, upper(type) FROM pragma_table_info(?) ORDER BY cid"), {name},
                      error))
            return false;
        QStringList primaryKey;
        bool integerKey = false;
        while (info.next()) {
            shape.columns.append({info.value(0).toString(), false});
            if (info.value(1).toInt() > 0) {
                primaryKey.append(info.value(0).toString());
                integerKey = info.value(2).toString() == QLatin1String("INTEGER");
            }
        }
        if (primaryKey.size() == 1) {
            shape.primaryKey = primaryKey.first();
            shape.rowIdKey = integerKey;
        }
        QSqlQuery keys(from.connection());
        if (!sql::run(&keys, QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)"), {name},
                      error))
            return false;
        while (keys.next()) {
            const QString target = keys.value(0).toString();
            if (target != name) {
                shape.dependencies.append(target);
                continue;
            }
            for (Column& column : shape.columns)
                column.selfReference = column.selfReference || column.name == keys.value(1).toString();
        }
        shapes->append(shape);
    }
    return true;
}

// Tables in an order where every table comes after those its rows point at.
bool ordered(const QVector<TableShape>& shapes, QVector<TableShape>* order, QString* error)
{
    QSet<QString> placed;
    QVector<TableShape> waiting = shapes;
    while (!waiting.isEmpty()) {
        const int before = waiting.size();
        for (auto it = waiting.begin(); it != waiting.end();) {
            const bool ready = std::all_of(it->dependencies.cbegin(), it->dependencies.cend(),
                                           [&](const QString& table) { return placed.contains(table); });
            if (!ready) {
                ++it;
                continue;
            }
            placed.insert(it->name);
            order->append(*it);
            it = waiting.erase(it);
        }
        if (waiting.size() == before) {
            *error = OrganizationCopy::tr("The tables' foreign keys point at each other in a circle (%1), so "
                                          "they cannot be copied one after another.")
                         .arg(waiting.first().name);
            return false;
        }
    }
    return true;
}

bool isEmpty(const Database& to, const QVector<TableShape>& shapes, QString* error)
{
    for (const TableShape& shape : shapes) {
        QSqlQuery query(to.connection());
        if (!sql::run(&query, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(shape.name)), {}, error))
            return false;
        if (query.next() && query.value(0).toLongLong() > 0) {
            *error = OrganizationCopy::tr("%1 is not empty (its table %2 has rows), and copy-from only fills a "
                                          "database that holds no organization yet. Give it a new, empty "
                                          "database.")
                         .arg(to.location().displayName(), shape.name);
            return false;
        }
    }
    return true;
}

QString insertStatement(const TableShape& shape, int rows)
{
    QStringList names;
    for (const Column& column : shape.columns)
        names.append(quoted(column.name));
    const QString row = QLatin1Char('(') + QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quoted(shape.name), names.join(QLatin1Char(',')), QStringList(rows, row).join(QLatin1Char(',')));
}

// Copies one table's rows; columns pointing at the same table are filled in by a second pass, once
// every row they may point at is there.
bool copyTable(const Database& from, const Database& to, const TableShape& shape, qint64* copied, QString* error)
{
    QStringList names;
    for (const Column& column : shape.columns)
        names.append(quoted(column.name));
    QSqlQuery source(from.connection());
    source.setForwardOnly(true);
    if (!sql::run(&source,
                  QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(names.join(QLatin1Char(',')), quoted(shape.name)),
                  {}, error))
        return false;
    QSqlQuery fullBatch(to.connection());
    if (!fullBatch.prepare(insertStatement(shape, RowsPerInsert))) {
        *error = sql::describe(fullBatch.lastError(), fullBatch.driver());
        return false;
    }
    QVariantList batch;
    int batchRows = 0;
    QVector<QVariantList> laterUpdates; // self-references: [value, primary key] per column and row
    const auto flush = [&] {
        if (batchRows == 0)
            return true;
        QSqlQuery lastBatch(to.connection());
        QSqlQuery* insert = &fullBatch;
        if (batchRows < RowsPerInsert) {
            if (!lastBatch.prepare(insertStatement(shape, batchRows))) {
                *error = sql::describe(lastBatch.lastError(), lastBatch.driver());
                return false;
            }
            insert = &lastBatch;
        }
        if (!sql::exec(insert, batch, error))
            return false;
        batch.clear();
        batchRows = 0;
        return true;
    };
    const int primaryKey = [&] {
        for (int i = 0; i < shape.columns.size(); ++i) {
            if (shape.columns.at(i).name == shape.primaryKey)
                return i;
        }
        return -1;
    }();
    while (source.next()) {
        for (int i = 0; i < shape.columns.size(); ++i) {
            // NULL stays NULL; text stays text even when empty (a null QString would bind as '').
            QVariant value = source.isNull(i) ? QVariant() : source.value(i);
            if (shape.columns.at(i).selfReference && !value.isNull()) {
                if (primaryKey < 0) {
                    *error = OrganizationCopy::tr("The table %1 points at itself but has no single primary key.").arg(shape.name);
                    return false;
                }
                laterUpdates.append({i, value, source.value(primaryKey)});
                value = QVariant();
            }
            batch.append(value);
        }
        ++*copied;
        if (++batchRows == RowsPerInsert && !flush())
            return false;
    }
    if (source.lastError().isValid()) {
        *error = sql::describe(source.lastError(), source.driver());
        return false;
    }
    if (!flush())
        return false;
    for (const QVariantList& update : laterUpdates) {
        const QString column = quoted(shape.columns.at(update.at(0).toInt()).name);
        QSqlQuery query(to.connection());
        if (!sql::run(&query,
                      QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                          .arg(quoted(shape.name), column, quoted(shape.primaryKey)),
                      {update.at(1), update.at(2)}, error))
            return false;
    }
    return true;
}

bool counted(const Database& db, const QString& table, qint64* rows, QString* error)
{
    QSqlQuery query(db.connection());
    if (!sql::run(&query, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)), {}, error) || !query.next())
        return false;
    *rows = query.value(0).toLongLong();
    return true;
}

// PostgreSQL hands out ids from a sequence that does not know about ids copied in: start it after
// the highest one, or the next person added would be given an id already taken.
bool continueIdentities(const Database& to, const TableShape& shape, QString* error)
{
    if (to.dialect() != Dialect::PostgreSQL || !shape.rowIdKey)
        return true;
    QSqlQuery query(to.connection());
    return sql::run(&query,
                    QStringLiteral("SELECT setval(CAST(pg_get_serial_sequence(?, ?) AS regclass), max(%1)) FROM %2")
                        .arg(quoted(shape.primaryKey), quoted(shape.name)),
                    {shape.name, shape.primaryKey}, error);
}

} // namespace

bool OrganizationCopy::run(const Database& from, const Database& to, const ChainCheck& check, Result* result,
                           QString* error)
{
    if (from.dialect() != Dialect::SQLite) {
        *error = tr("copy-from copies from an SQLite file; %1 is not one.").arg(from.location().displayName());
        return false;
    }
    if (from.schemaVersion() != to.schemaVersion()) {
        *error = tr("%1 is at schema version %2 and %3 at version %4; both must be opened by this version of "
                    "careu first.")
                     .arg(from.location().displayName())
                     .arg(from.schemaVersion())
                     .arg(to.location().displayName())
                     .arg(to.schemaVersion());
        return false;
    }
    // One read transaction on the source: every table as it was at one moment, also while the app
    // or another careu writes to it.
    if (!sql::run(from.connection(), QStringLiteral("BEGIN"), {}, error))
        return false;
    struct EndRead
    {
        const Database& db;
        ~EndRead()
        {
            QString ignored;
            sql::run(db.connection(), QStringLiteral("ROLLBACK"), {}, &ignored);
        }
    } endRead{from};

    QVector<TableShape> shapes;
    QVector<TableShape> order;
    if (!readShapes(from, &shapes, error) || !ordered(shapes, &order, error))
        return false;
    const auto sourceChain = check(from, error);
    if (!sourceChain)
        return false;

    sql::WriteTransaction transaction(to.connection());
    if (!transaction.begin(error) || !isEmpty(to, order, error))
        return false;
    Result copy;
    for (const TableShape& shape : order) {
        Table table{shape.name, 0};
        qint64 there = 0;
        if (!copyTable(from, to, shape, &table.rows, error) || !counted(to, shape.name, &there, error) ||
            !continueIdentities(to, shape, error))
            return false;
        if (there != table.rows) {
            *error = tr("%1 rows of %2 were read but %3 are in the copy; nothing was kept.")
                         .arg(table.rows)
                         .arg(shape.name)
                         .arg(there);
            return false;
        }
        copy.tables.append(table);
    }
    const auto copiedChain = check(to, error);
    if (!copiedChain)
        return false;
    if (copiedChain->records != sourceChain->records || copiedChain->headHash != sourceChain->headHash) {
        *error =
            tr("The copied record chain (%1 records, head %2) is not the original's (%3 records, head %4); "
               "nothing was kept.")
                .arg(copiedChain->records)
                .arg(copiedChain->headHash)
                .arg(sourceChain->records)
                .arg(sourceChain->headHash);
        return false;
    }
    if (!transaction.commit(error))
        return false;
    copy.chainRecords = copiedChain->records;
    copy.chainHead = copiedChain->headHash;
    *result = copy;
    return true;
}

} // namespace careu
