#pragma once

#include <QStringList>

namespace careu {

// Where the SQL of the two backends differs, in one place. Everything else the store runs is
// written once, in SQL both SQLite and PostgreSQL take: ? placeholders, INSERT ... RETURNING
// instead of the last insert id, ON CONFLICT, booleans as 0 and 1.
enum class Dialect
{
    SQLite,
    PostgreSQL
};

namespace dialect {

// A migration's statement as PostgreSQL takes it. Migrations are written for SQLite (their text is
// what SQLite keeps, and what the schema check compares with, so it never changes); here INTEGER
// becomes BIGINT (ids of a large organisation), an INTEGER PRIMARY KEY an identity column,
// group_concat string_agg, and an append-only trigger a trigger calling careu_refuse(). Empty
// for what PostgreSQL has no use for (PRAGMA).
QStringList postgres(const QString& sqliteStatement);

// What PostgreSQL needs before the first migration: the schema version (SQLite keeps it in
// PRAGMA user_version) and the function the append-only triggers call.
QStringList postgresPreamble();

// An aggregate of text joined with separator: group_concat / string_agg.
QString joined(Dialect dialect, const QString& expression, const QString& separator);
// column in an order that is the same on both backends: by code point (PostgreSQL would sort by
// its database's locale, and the same team would list in another order).
QString byCodePoint(Dialect dialect, const QString& column);
// A text column read as its UTF-8 bytes (the report reads ids that way on SQLite, where it
// saves a conversion per value; PostgreSQL sends text as UTF-8 anyway).
QString utf8Bytes(Dialect dialect, const QString& column);

} // namespace dialect
} // namespace careu
