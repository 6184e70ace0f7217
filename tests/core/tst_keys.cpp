#include "TestDatabase.h"
#include "TestOrg.h"
#include "people/Keys.h"
#include "signoff/ChainAudit.h"

#include <QtTest>
#include <sodium.h>

using namespace careu;

// Signing keys: sealed under the password, opened only by it, sealed again when it changes, made
// anew (and endorsed) when a manager resets it, while what the old key signed stays verifiable.
class TestKeys : public QObject
{
    Q_OBJECT

private slots:
    void sealedUnderThePasswordOnly()
    {
        const QString password = QStringLiteral("a long enough password");
        const auto key = Keys::generate(password, Passwords::Cost::Minimal);
        QVERIFY(key);
        QVERIFY(key->sealed.startsWith(QStringLiteral("$careu-key$v=1$t=%1,m=%2$")
                                           .arg(crypto_pwhash_OPSLIMIT_MIN)
                                           .arg(crypto_pwhash_MEMLIMIT_MIN)));
        QVERIFY(Keys::needsReseal(*key));
        QString error;
        QVERIFY(!Keys::open(1, *key, QStringLiteral("not the password"), &error));
        QCOMPARE(error, QStringLiteral("That password does not open this account's signing key."));
        const auto opened = Keys::open(1, *key, password, &error);
        QVERIFY2(opened, qPrintable(error));
        const auto signature = opened->sign("hello");
        QVERIFY(signature && Keys::verify(key->publicKey, "hello", *signature));
        QVERIFY(!Keys::verify(key->publicKey, "hello!", *signature));
        // Another public key beside the sealed secret: refused, not used.
        SealedKey swapped = *key;
        swapped.publicKey = Keys::generate(password, Passwords::Cost::Minimal)->publicKey;
        QVERIFY(!Keys::open(1, swapped, password, &error));
        QVERIFY(error.contains(QStringLiteral("does not match its public key")));
        // Each seal has its own salt: the same password seals the same key differently.
        const auto again = Keys::reseal(*key, password, password, Passwords::Cost::Minimal, &error);
        QVERIFY(again && again->sealed != key->sealed && again->publicKey == key->publicKey);
    }

    void fingerprintsAreShortAndReadable()
    {
        const QString key = Keys::base64(QByteArray(32, '\x01'));
        const QString fingerprint = Keys::fingerprint(key);
        QCOMPARE(fingerprint.size(), 19);
        QCOMPARE(fingerprint, Keys::fingerprint(key));
        QCOMPARE(Keys::normalisedFingerprint(fingerprint.toLower().remove(QLatin1Char('-'))),
                 Keys::normalisedFingerprint(fingerprint));
    }

    void aPasswordChangeResealsAResetMakesANewKey()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        const Catalog catalog = Catalog::load();
        test::TestOrg org(db, catalog, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        Services& services = org.services();
        const auto admin = org.admin(&error);
        const auto maria = org.mentor(QStringLiteral("Maria"), &error);
        const auto leo = maria ? org.learner(QStringLiteral("Leo"), *maria, &error) : std::nullopt;
        QVERIFY2(leo, qPrintable(error));
        QVERIFY(services.mentoring.recognize(*maria, *leo, QStringLiteral("Thank you"), &error));
        const QString first = services.people.sealedKey(maria->id, &error)->publicKey;

        // Her own change: the same key, sealed under the new password, which alone opens it now.
        const QString changed = QStringLiteral("maria's new password");
        QVERIFY2(
            services.accounts.changePassword(maria->id, test::TestOrg::mentorPassword(), changed, &error),
            qPrintable(error));
        QCOMPARE(services.people.sealedKey(maria->id, &error)->publicKey, first);
        QVERIFY(!services.accounts.verify(maria->id, test::TestOrg::mentorPassword(), &error));
        QVERIFY2(services.accounts.verify(maria->id, changed, &error), qPrintable(error));
        QVERIFY(!Keys::needsReseal(*services.people.sealedKey(maria->id, &error))); // raised at sign-in

        // She forgot it: the admin resets it, which issues a key pair the admin endorses.
        const QString reset = QStringLiteral("a password from the admin");
        QVERIFY(!services.team.resetPassword(*maria, *maria, reset, &error));
        QVERIFY2(services.team.resetPassword(*admin, *maria, reset, &error), qPrintable(error));
        const QString second = services.people.sealedKey(maria->id, &error)->publicKey;
        QVERIFY(second != first);
        QVERIFY(!services.accounts.signer(maria->id, &error)); // nobody signs as her until she signs in
        QVERIFY(services.accounts.verify(maria->id, reset, &error));
        QVERIFY(services.mentoring.recognize(*maria, *leo, QStringLiteral("Thank you again"), &error));

        // What the old key signed still verifies; so does the new; the tables agree with the chain.
        QString auditError;
        const ChainAudit::Result result = ChainAudit(services).run(&auditError);
        QVERIFY2(result.ok(), qPrintable(result.describe().join(QLatin1Char('\n'))));
        QCOMPARE(result.rootFingerprint(), Keys::fingerprint(admin->publicKey));
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
