#include "TestDatabase.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QtTest>

using namespace careu;

// sql::inWriteTransaction: one transaction, committed whole or not at all; on PostgreSQL, tried
// again when the server could not serialize it with another connection's, a bounded number of
// times, and never continued once a statement in it failed.
class TestWriteTransaction : public QObject
{
    Q_OBJECT

private:
    int count(const QString& key)
    {
        QString error;
        auto rows = m_db->read(QStringLiteral("SELECT count(*) FROM settings WHERE key = ?"), {key}, &error);
        if (!rows || !rows.next()) {
            qWarning() << error;
            return -1;
        }
        return rows.row().value(0).toInt();
    }

    static bool run(const Database& db, const QString& sql, std::initializer_list<QVariant> values)
    {
        QString error;
        if (sql::run(db.connection(), sql, values, &error))
            return true;
        qWarning() << error;
        return false;
    }

    // A write that conflicts with another connection's on its first `conflicts` tries: the app's
    // connection reads at REPEATABLE READ (its snapshot taken when the transaction began), the
    // other one changes the row "contended" and commits, and then the app's changes it too, which
    // PostgreSQL refuses with SQLSTATE 40001. Each try also writes the row "written".
    bool conflictingWrite(int conflicts, int* tries, QString* error)
    {
        const QSqlDatabase connection = m_db->connection();
        return sql::inWriteTransaction(
            connection,
            [&](QString* writeError) {
                ++*tries;
                if (*tries <= conflicts &&
                    !run(*m_other, QStringLiteral("UPDATE settings SET value = ? WHERE key = 'contended'"),
                         {QStringLiteral("other %1").arg(*tries)}))
                    return false;
                return sql::run(
                           connection,
                           QStringLiteral("INSERT INTO settings (key, value) VALUES ('written', 'once')"), {},
                           writeError) &&
                       sql::run(connection,
                                QStringLiteral("UPDATE settings SET value = ? WHERE key = 'contended'"),
                                {QStringLiteral("mine")}, writeError);
            },
            error);
    }

private slots:
    void init()
    {
        m_dir.emplace();
        m_db.emplace();
        QString error;
        const QString location = test::newDatabase(*m_dir, QStringLiteral("careu.sqlite"));
        QVERIFY2(m_db->open(location, &error), qPrintable(error));
        QVERIFY(run(*m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('contended', 'first')"),
                    {}));
        if (!test::onPostgres())
            return;
        m_other.emplace();
        QVERIFY2(m_other->open(location, &error), qPrintable(error));
        QVERIFY(
            run(*m_db,
                QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
                {}));
    }

    void cleanup()
    {
        m_other.reset();
        m_db.reset();
        m_dir.reset();
    }

    void commitsOnceOrNothing()
    {
        int tries = 0;
        QString error;
        const auto write = [&](const QString& key, bool succeed) {
            return sql::inWriteTransaction(
                m_db->connection(),
                [&](QString* writeError) {
                    ++tries;
                    return sql::run(m_db->connection(),
                                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"),
                                    {key}, writeError) &&
                           (succeed || sql::run(m_db->connection(), QStringLiteral("SELECT * FROM nowhere"),
                                                {}, writeError));
                },
                &error);
        };
        QVERIFY2(write(QStringLiteral("kept"), true), qPrintable(error));
        QVERIFY(!write(QStringLiteral("undone"), false));
        QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));
        QCOMPARE(tries, 2); // a failure that is not a serialization failure is not tried again
        QCOMPARE(count(QStringLiteral("kept")), 1);
        QCOMPARE(count(QStringLiteral("undone")), 0);
    }

    void aSerializationFailureIsTriedAgain()
    {
        if (!test::onPostgres())
            QSKIP("SQLite takes its write lock at BEGIN IMMEDIATE: no transaction fails to serialize");
        int tries = 0;
        QString error;
        QVERIFY2(conflictingWrite(1, &tries, &error), qPrintable(error));
        QCOMPARE(tries, 2);
        QCOMPARE(count(QStringLiteral("written")), 1);
        auto rows =
            m_db->read(QStringLiteral("SELECT value FROM settings WHERE key = 'contended'"), {}, &error);
        QVERIFY(rows && rows.next());
        QCOMPARE(rows.row().value(0).toString(), QStringLiteral("mine"));
    }

    void serializationFailuresAreTriedABoundedNumberOfTimes()
    {
        if (!test::onPostgres())
            QSKIP("SQLite takes its write lock at BEGIN IMMEDIATE: no transaction fails to serialize");
        int tries = 0;
        QString error;
        QVERIFY(!conflictingWrite(sql::MaxWriteAttempts, &tries, &error));
        QCOMPARE(tries, sql::MaxWriteAttempts);
        QVERIFY2(error.contains(QStringLiteral("turned this one away 5 times")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("none of it was saved")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("written")), 0);
        // The next try, with nobody in the way, goes through.
        tries = 0;
        QVERIFY2(conflictingWrite(0, &tries, &error), qPrintable(error));
        QCOMPARE(tries, 1);
        QCOMPARE(count(QStringLiteral("written")), 1);
    }

    void anAbortedTransactionIsNeverContinued()
    {
        if (!test::onPostgres())
            QSKIP("a failed statement aborts the whole transaction on PostgreSQL only");
        int tries = 0;
        QString error;
        const QSqlDatabase connection = m_db->connection();
        // work that ignores a failed statement and goes on: the server refuses the rest (25P02),
        // nothing is saved, nothing is tried again, and error names what failed first.
        QVERIFY(!sql::inWriteTransaction(
            connection,
            [&](QString* writeError) {
                ++tries;
                QString ignored;
                sql::run(connection, QStringLiteral("SELECT * FROM nowhere"), {}, &ignored);
                return sql::run(connection,
                                QStringLiteral("INSERT INTO settings (key, value) VALUES ('after', 'x')"), {},
                                writeError);
            },
            &error));
        QCOMPARE(tries, 1);
        QVERIFY2(error.contains(QStringLiteral("\"nowhere\" does not exist")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("after")), 0);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::optional<Database> m_other; // PostgreSQL: another connection, as another shop's
};

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
