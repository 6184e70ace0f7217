#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace careu::sql {

// The driver's message, or for a read-only database, a full disk or (PostgreSQL) a server that
// cannot be reached, what happened in plain words.
QString describe(const QSqlError& error, const QSqlDriver* driver);

// The PostgreSQL advisory lock every write transaction holds: "CARE" in ASCII.
constexpr qint64 WriteLockKey = 0x43415245;

// Prepares sql, binds values to its positional placeholders in order, and runs it.
// On failure error holds the driver's message. Values are always bound, never spliced into SQL.
// A QString binds as text even when null; pass QVariant() for SQL NULL.
bool run(QSqlQuery* query, const QString& sql, std::initializer_list<QVariant> values, QString* error);
bool run(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values, QString* error);
// Binds values to an already prepared query and runs it.
bool exec(QSqlQuery* prepared, std::initializer_list<QVariant> values, QString* error);
bool exec(QSqlQuery* prepared, const QVariantList& values, QString* error);

// BEGIN IMMEDIATE takes the write lock up front: a plain deferred BEGIN (what
// QSqlDatabase::transaction() sends) can fail half-way with "database is locked".
// Rolls back on destruction unless committed. Inside another WriteTransaction on the same
// connection it joins that one, so a caller can batch many writes into one commit (seed-demo
// writes thousands of learners a batch at a time). An inner one that is not committed dooms the
// outer one: its commit fails and nothing of the batch is saved. (Savepoints would let the batch
// go on, but made every write 40% slower; no caller wants to go on after a failed step.)
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool begin(QString* error);
    bool commit(QString* error);

private:
    int depth() const;
    void setDepth(int depth);

    QSqlDatabase m_db;
    bool m_open = false;
    int m_level = 0; // 0: the outermost transaction; n: joined n levels deep
};

} // namespace careu::sql
