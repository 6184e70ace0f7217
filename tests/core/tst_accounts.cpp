#include "TestDatabase.h"
#include "people/Accounts.h"
#include "people/Passwords.h"
#include "store/Database.h"
#include "store/PeopleStore.h"
#include "store/RecordChain.h"

#include <QSqlQuery>
#include <QtTest>
#include <sodium.h>

using namespace careu;

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void hashIsArgon2idAtInteractiveLimitsOrAbove()
    {
        const auto hash = Passwords::hash(QStringLiteral("a long enough secret"));
        QVERIFY(hash);
        QVERIFY2(hash->startsWith(QStringLiteral("$argon2id$")), qPrintable(*hash));
        // m = memory in KiB, t = passes: what crypto_pwhash_str encodes for the INTERACTIVE limits.
        QVERIFY(hash->contains(QStringLiteral("m=%1,").arg(crypto_pwhash_MEMLIMIT_INTERACTIVE / 1024)));
        QVERIFY(hash->contains(QStringLiteral("t=%1,").arg(crypto_pwhash_OPSLIMIT_INTERACTIVE)));
        QVERIFY(!hash->contains(QStringLiteral("secret")));
        QVERIFY(Passwords::verify(*hash, QStringLiteral("a long enough secret")));
        QVERIFY(!Passwords::verify(*hash, QStringLiteral("a long enough secreT")));
        QVERIFY(!Passwords::needsRehash(*hash));
        QVERIFY(Passwords::hash(QStringLiteral("a long enough secret")) != hash); // salted
    }

    void weakerHashIsRehashedAtSignIn()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        PeopleStore people(db, clock);
        const qint64 id = people.create(QStringLiteral("Mo"), &error)->id;
        // The demo's public password is hashed at the minimal cost.
        const QString weak = *Passwords::hash(QStringLiteral("correct horse"), Passwords::Cost::Minimal);
        QVERIFY(weak.contains(QStringLiteral("m=%1,").arg(crypto_pwhash_MEMLIMIT_MIN / 1024)));
        QVERIFY(people.saveCredentials(id, {weak, 0, {}}, &error));
        QVERIFY(Passwords::needsRehash(weak));
        RecordChain chain(db);
        Accounts accounts(people, chain, clock);
        QVERIFY2(accounts.verify(id, QStringLiteral("correct horse"), &error), qPrintable(error));
        const QString stored = people.credentials(id, &error)->passwordHash;
        QVERIFY(stored != weak);
        QVERIFY(!Passwords::needsRehash(stored));
    }

    void repeatedFailuresWaitLongerAndLonger()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        PeopleStore people(db, clock);
        RecordChain chain(db);
        Accounts accounts(people, chain, clock);
        const qint64 id = people.create(QStringLiteral("Mo"), &error)->id;
        QVERIFY(!accounts.setPassword(id, QStringLiteral("short"), &error));
        QVERIFY(error.contains(QStringLiteral("at least 8")));
        QVERIFY(accounts.setPassword(id, QStringLiteral("right password"), &error));

        for (int i = 0; i < Accounts::FreeTries - 1; ++i)
            QVERIFY(!accounts.verify(id, QStringLiteral("wrong"), &error));
        QCOMPARE(error, QStringLiteral("That password is not right."));
        QVERIFY(!accounts.verify(id, QStringLiteral("wrong"), &error));
        QVERIFY2(error.contains(QStringLiteral("wait 5 seconds")), qPrintable(error));
        // Even the right password waits, and the wait survives a restart (it is stored).
        QVERIFY(!accounts.verify(id, QStringLiteral("right password"), &error));
        QVERIFY(error.contains(QStringLiteral("Too many wrong passwords")));
        QCOMPARE(people.credentials(id, &error)->failedSignIns, Accounts::FreeTries);
        clock.advanceSeconds(5);
        QVERIFY(!accounts.verify(id, QStringLiteral("wrong again"), &error));
        QVERIFY2(error.contains(QStringLiteral("wait 10 seconds")), qPrintable(error));
        clock.advanceSeconds(10);
        QVERIFY2(accounts.verify(id, QStringLiteral("right password"), &error), qPrintable(error));
        QCOMPARE(people.credentials(id, &error)->failedSignIns, 0);

        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT password_hash FROM people")) && query.next());
        QVERIFY(!query.value(0).toString().contains(QStringLiteral("right password")));
    }

    void lockGrowsAndIsCapped()
    {
        QCOMPARE(Accounts::lockSeconds(0), 0);
        QCOMPARE(Accounts::lockSeconds(Accounts::FreeTries - 1), 0);
        QCOMPARE(Accounts::lockSeconds(Accounts::FreeTries), 5);
        QCOMPARE(Accounts::lockSeconds(Accounts::FreeTries + 1), 10);
        QCOMPARE(Accounts::lockSeconds(100), Accounts::MaxLockSeconds);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
