#include "Schema.h"

#include "Migrations.h"
#include "Database.h"
#include "RawSqlite.h"
#include "Sql.h"

#include <QHash>
#include <sqlite3.h>

namespace careu {

namespace {
const QString ObjectsQuery = QStringLiteral(
    "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
}

QVector<Schema::Object> Schema::expected(int version)
{
    QVector<Object> objects;
    sqlite::RawConnection memory;
    QString error;
    if (!memory.open(QString(), sqlite::RawConnection::Mode::ReadWrite, &error))
        return objects;
    const auto& all = migrations();
    for (int v = 0; v < version && v < all.size(); ++v) {
        for (const QString& statement : all.at(v)) {
            if (!memory.run(statement, &error))
                qFatal("migration %d does not run on an empty database: %s", v + 1, qPrintable(error));
        }
    }
    read(memory, &objects, &error);
    return objects;
}

bool Schema::read(sqlite::RawConnection& connection, QVector<Object>* objects, QString* error)
{
    return connection.run(
        ObjectsQuery, {},
        [objects](sqlite3_stmt* row) {
            objects->append({sqlite::RawConnection::text(row, 0), sqlite::RawConnection::text(row, 1),
                             sqlite::RawConnection::text(row, 2).simplified()});
        },
        error);
}

bool Schema::readPostgres(const Database& db, QVector<Object>* objects, QString* error)
{
    // Indexes that back a primary key or a unique constraint are PostgreSQL's, as SQLite's
    // sqlite_autoindex_ ones are SQLite's; the version table is the dialect's.
    QSqlQuery query(db.connection());
    if (!sql::run(&query,
                  QStringLiteral("SELECT 'table', table_name FROM information_schema.tables WHERE table_schema = "
                                 "current_schema() AND table_name <> 'careu_schema' "
                                 "UNION SELECT 'index', indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                 "AND indexname NOT IN (SELECT conname FROM pg_constraint) "
                                 "UNION SELECT 'trigger', trigger_name FROM information_schema.triggers WHERE "
                                 "trigger_schema = current_schema()"),
                  {}, error))
        return false;
    while (query.next())
        objects->append({query.value(0).toString(), query.value(1).toString(), QString()});
    return true;
}

QStringList Schema::differences(const QVector<Object>& expected, const QVector<Object>& actual, bool compareSql)
{
    QHash<QString, const Object*> found;
    for (const Object& object : actual)
        found.insert(object.name, &object);
    QStringList problems;
    for (const Object& wanted : expected) {
        const Object* there = found.take(wanted.name);
        if (!there)
            problems.append(tr("the %1 %2 is missing").arg(wanted.type, wanted.name));
        else if (there->type != wanted.type || (compareSql && there->sql != wanted.sql))
            problems.append(tr("the %1 %2 was changed").arg(wanted.type, wanted.name));
    }
    for (const Object& extra : actual) {
        if (found.contains(extra.name))
            problems.append(tr("there is an unexpected %1 %2").arg(extra.type, extra.name));
    }
    return problems;
}

} // namespace careu
