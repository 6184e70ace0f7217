#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
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

// How many times a write transaction is tried in all before a serialization failure is reported.
constexpr int MaxWriteAttempts = 5;

// Runs work in one WriteTransaction and commits it. On PostgreSQL, a transaction the server ended
// because it could not be serialized with another one (SQLSTATE 40001) or to break a deadlock
// (40P01) is rolled back and run again from the start, after a short random wait, up to
// MaxWriteAttempts times in all; then error says so. Any other failure is reported as it is, and
// nothing runs after a failed statement: an aborted transaction (25P02) is never continued, and
// error names the statement that failed first. Joined to an open WriteTransaction, work runs once
// (the outermost transaction is the one that can be tried again). As work may run more than once,
// it starts from what the database holds each time.
bool inWriteTransaction(const QSqlDatabase& db, const std::function<bool(QString* error)>& work,
                        QString* error);

} // namespace careu::sql
