#include "Sql.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

namespace careu::sql {

namespace {
// SQLite's primary result codes for the failures a person can do something about.
constexpr int SqliteReadOnly = 8;
constexpr int SqliteFull = 13;
} // namespace

QString describe(const QSqlError& error, const QSqlDriver* driver)
{
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        // SQLSTATE classes: 08 the connection, 53 out of resources, 25006 a read-only transaction.
        const QString state = error.nativeErrorCode();
        if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
            (!driver->isOpen() && state.isEmpty()))
            return QCoreApplication::translate(
                "careu::sql", "The database server cannot be reached, so nothing could be saved. Check the "
                              "network (or ask whoever runs the server), then try again.");
        if (state.startsWith(QLatin1String("53")))
            return QCoreApplication::translate(
                "careu::sql",
                "The database server is out of disk space or memory, so nothing could be saved. "
                "Ask whoever runs the server, then try again.");
        if (state == QLatin1String("25006"))
            return QCoreApplication::translate(
                "careu::sql", "The database server only lets this account read, so nothing can be saved.");
        return error.text().trimmed();
    }
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SqliteReadOnly:
        return QCoreApplication::translate(
            "careu::sql", "The database file is read-only, so nothing can be saved. Ask whoever looks after "
                          "this computer to let you change the file, then try again.");
    case SqliteFull:
        return QCoreApplication::translate(
            "careu::sql", "The disk is full, so nothing could be saved. Free some space (empty the trash, "
                          "move large files elsewhere), then try again.");
    default:
        return error.text();
    }
}

namespace {
// The first statement that failed since the outermost WriteTransaction began: its SQLSTATE and
// message, kept on the connection's driver.
const char* const FirstFailureState = "careu_first_failure_state";
const char* const FirstFailureText = "careu_first_failure_text";
const QLatin1String AbortedTransaction("25P02");

// A PostgreSQL connection the server dropped is closed here, so that the next Database::connection()
// opens it again: the app goes on once the server is back.
QString failure(QSqlQuery* query)
{
    const QSqlError lastError = query->lastError();
    QString text = describe(lastError, query->driver());
    auto* driver = const_cast<QSqlDriver*>(query->driver());
    const QString state = lastError.nativeErrorCode();
    if (driver) {
        // "Current transaction is aborted" says nothing a person can act on: what failed first does.
        if (state == AbortedTransaction && !driver->property(FirstFailureText).toString().isEmpty())
            text = driver->property(FirstFailureText).toString();
        if (driver->property(FirstFailureState).toString().isEmpty()) {
            driver->setProperty(FirstFailureState, state);
            driver->setProperty(FirstFailureText, text);
        }
    }
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL &&
        (lastError.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
         state.startsWith(QLatin1String("57P"))))
        driver->close();
    return text;
}
} // namespace

bool run(QSqlQuery* query, const QString& sql, std::initializer_list<QVariant> values, QString* error)
{
    // With nothing to bind, run as it is: PostgreSQL prepares only queries, not SET, BEGIN or DDL.
    if (values.size() == 0) {
        if (query->exec(sql))
            return true;
        *error = failure(query);
        return false;
    }
    if (!query->prepare(sql)) {
        *error = failure(query);
        return false;
    }
    return exec(query, values, error);
}

namespace {
template <typename Values> bool bindAndExec(QSqlQuery* query, const Values& values, QString* error)
{
    for (const QVariant& value : values) {
        // A null QString binds as SQL NULL; text columns want '' for "no text". NULL is asked
        // for explicitly with an empty QVariant().
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query->addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query->exec()) {
        *error = failure(query);
        return false;
    }
    return true;
}
} // namespace

bool exec(QSqlQuery* query, std::initializer_list<QVariant> values, QString* error)
{
    return bindAndExec(query, values, error);
}

bool exec(QSqlQuery* query, const QVariantList& values, QString* error)
{
    return bindAndExec(query, values, error);
}

bool run(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values, QString* error)
{
    QSqlQuery query(db);
    return run(&query, sql, values, error);
}

namespace {
// How many WriteTransactions are open on a connection, and whether an inner one failed; kept on
// its driver (one per connection).
const char* const DepthProperty = "careu_write_depth";
const char* const FailedProperty = "careu_write_failed";
} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    if (m_level == 0) {
        QString ignored;
        run(m_db, QStringLiteral("ROLLBACK"), {}, &ignored);
    } else {
        m_db.driver()->setProperty(FailedProperty, true);
    }
    setDepth(m_level);
}

int WriteTransaction::depth() const
{
    return m_db.driver()->property(DepthProperty).toInt();
}

void WriteTransaction::setDepth(int depth)
{
    m_db.driver()->setProperty(DepthProperty, depth);
}

bool WriteTransaction::begin(QString* error)
{
    m_level = depth();
    if (m_level == 0) {
        m_db.driver()->setProperty(FirstFailureState, QString());
        m_db.driver()->setProperty(FirstFailureText, QString());
        // PostgreSQL: one writer at a time, as SQLite's write lock has it, so that the record
        // chain stays one line: a transaction-level advisory lock, let go at COMMIT or ROLLBACK.
        const bool postgres = m_db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
        if (!run(m_db, postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), {}, error))
            return false;
        if (postgres &&
            !run(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey), {}, error)) {
            QString ignored;
            run(m_db, QStringLiteral("ROLLBACK"), {}, &ignored);
            return false;
        }
        m_db.driver()->setProperty(FailedProperty, false);
    }
    m_open = true;
    setDepth(m_level + 1);
    return true;
}

bool WriteTransaction::commit(QString* error)
{
    if (m_level == 0 && m_db.driver()->property(FailedProperty).toBool()) {
        *error = QCoreApplication::translate("WriteTransaction",
                                             "A step of this change failed, so none of it was saved.");
        return false; // the destructor rolls back
    }
    if (m_level == 0 && !run(m_db, QStringLiteral("COMMIT"), {}, error))
        return false;
    m_open = false;
    setDepth(m_level);
    return true;
}

bool inWriteTransaction(const QSqlDatabase& db, const std::function<bool(QString* error)>& work,
                        QString* error)
{
    const bool outermost = db.driver()->property(DepthProperty).toInt() == 0;
    for (int attempt = 1;; ++attempt) {
        {
            WriteTransaction transaction(db);
            if (transaction.begin(error) && work(error) && transaction.commit(error))
                return true;
        } // rolled back here
        // 40001: could not serialize with another transaction; 40P01: chosen to break a deadlock.
        const QString state = db.driver()->property(FirstFailureState).toString();
        const bool retryable = state == QLatin1String("40001") || state == QLatin1String("40P01");
        if (!outermost || !retryable)
            return false;
        if (attempt == MaxWriteAttempts) {
            *error = QCoreApplication::translate(
                "careu::sql",
                "Other changes were being saved at the same moment, and the database server turned this "
                "one away %n times, so none of it was saved. Try again in a moment.",
                "", MaxWriteAttempts);
            return false;
        }
        // A short wait, longer each time, at random so that two writers do not meet again.
        QThread::msleep(QRandomGenerator::global()->bounded(5, 25) * attempt);
    }
}

} // namespace careu::sql
