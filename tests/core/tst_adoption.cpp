#include "TestOrg.h"
#include "TestSupport.h"
#include "signoff/Adoption.h"
#include "signoff/Certificates.h"
#include "signoff/ChainAudit.h"
#include "signoff/SignOffs.h"
#include "store/Backups.h"

#include <QtTest>

using namespace careu;

// A database made before records were signed, as a user upgrading brings it: legacy/v6-demo.sqlite
// was made by the last version without signatures (careu seed-demo --learners 2, schema 6): Mona Reyes
// (admin, manager), Ana Okafor (mentor), Zoë Haddad (coach) and two learners, all with the password
// care-demo, 47 unsigned records. Its first admin signing in adopts it; nobody else can, and what is
// appended after is held to every rule.
class TestAdoption : public QObject
{
    Q_OBJECT

private:
    static QString password() { return QStringLiteral("care-demo"); }

    Person person(const QString& name)
    {
        QString error;
        const auto found = m_org->people().findByName(name, &error);
        if (!found)
            qWarning() << name << error;
        return found.value_or(Person());
    }

    Person signIn(const QString& name)
    {
        const Person who = person(name);
        QString error;
        if (!m_org->services().accounts.confirm(who.id, password(), &error))
            qWarning() << name << error;
        return who;
    }

    ChainAudit::Result audit()
    {
        QString error;
        const ChainAudit::Result result = ChainAudit(m_org->services()).run(&error);
        if (!error.isEmpty())
            qWarning() << error;
        return result;
    }

    static QString all(const ChainAudit::Result& result) { return result.describe().join(QLatin1Char('\n')); }

    qint64 records()
    {
        QString error;
        auto count = m_db->read(QStringLiteral("SELECT count(*) FROM records"), {}, &error);
        return count && count.next() ? count.row().value(0).toLongLong() : -1;
    }

    std::optional<qint64> adopt(const Person& who)
    {
        QString error;
        const auto adopted = Adoption::adoptIfNeeded(m_org->services(), who, &error);
        if (!adopted)
            qWarning() << error;
        return adopted;
    }

    // How many certificates Mona can issue (her statement signed), or -1 with why.
    int certificates(QString* error)
    {
        const Person mona = person(QStringLiteral("Mona Reyes"));
        const SigningKey* key = m_org->services().accounts.signer(mona.id, error);
        const auto render = [](const Certificate&, QIODevice* out, QString*) {
            return out->write("pdf") == 3;
        };
        return key ? Certificates(m_org->services())
                         .write(m_dir->filePath(QStringLiteral("certificates")), {}, render, {}, nullptr,
                                error, false, key)
                   : -1;
    }

    qint64 forge(RecordKind kind, qint64 subject, qint64 actor, const QJsonObject& body,
                 const SigningKey* key)
    {
        return m_org->forge(kind, subject, actor, {}, {}, body, key);
    }

    QString headHash()
    {
        QString error;
        auto head =
            m_db->read(QStringLiteral("SELECT hash FROM records ORDER BY id DESC LIMIT 1"), {}, &error);
        return head && head.next() ? head.row().value(0).toString() : QString();
    }

private slots:
    void initTestCase() { m_catalog = Catalog::load(); }

    void init()
    {
        m_dir.emplace();
        const QString path = m_dir->filePath(QStringLiteral("careu.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CAREU_TEST_DATA "/legacy/v6-demo.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        m_db.emplace();
        QString error;
        QVERIFY2(m_db->open(path, &error), qPrintable(error));
        m_org.emplace(*m_db, m_catalog, QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
        m_before = records();
        QCOMPARE(m_before, 47);
    }

    void cleanup()
    {
        m_org.reset();
        m_db.reset();
        m_dir.reset();
    }

    // Before anyone signs in: no root, nothing stands, exports are refused, and check says why.
    void beforeAdoptionNothingVerifies()
    {
        const ChainAudit::Result result = audit();
        QVERIFY(result.chain.intact);
        QVERIFY(result.rootKey.isEmpty());
        QVERIFY(!result.ok());
        QVERIFY2(all(result).contains(QStringLiteral("it is not signed")), qPrintable(all(result)));
        QString error;
        QVERIFY(Adoption::needed(m_org->services(), &error));
        signIn(QStringLiteral("Mona Reyes"));
        QCOMPARE(certificates(&error), -1);
        QVERIFY2(!error.isEmpty(), "a refusal says why");
    }

    // A learner, a mentor and a coach signing in first adopt nothing; the admin after them does.
    void onlyTheFirstAdminAdopts()
    {
        for (const QString& name :
             {QStringLiteral("Rosa Haddad"), QStringLiteral("Zoë Haddad"), QStringLiteral("Ana Okafor")}) {
            QCOMPARE(adopt(signIn(name)), std::optional<qint64>(0));
            QString error;
            QVERIFY(Adoption::needed(m_org->services(), &error));
        }
        // Their first sign-in declared a key of their own each.
        QCOMPARE(records(), m_before + 3);
        const Person mona = signIn(QStringLiteral("Mona Reyes"));
        // Hers too: everything up to it is what she vouches for.
        QCOMPARE(adopt(mona), std::optional<qint64>(m_before + 4));
        const ChainAudit::Result result = audit();
        QVERIFY2(result.ok(), qPrintable(all(result)));
        QCOMPARE(result.adoptedThrough, m_before + 4);
        QCOMPARE(result.adoptionRecordId, m_before + 6);
        QCOMPARE(result.rootRecordId, m_before + 5);
        QVERIFY(!result.rootKey.isEmpty());
        QString error;
        QVERIFY(!Adoption::needed(m_org->services(), &error));
        // Once only.
        const qint64 after = records();
        QCOMPARE(adopt(mona), std::optional<qint64>(0));
        QCOMPARE(records(), after);
        // The team the chain now holds is the people table's: the mentor's key (declared before) is
        // endorsed by the root, so her sign-offs from here on stand.
        QVERIFY(result.team.value(person(QStringLiteral("Ana Okafor")).id).endorsed);
        QVERIFY(result.team.value(person(QStringLiteral("Zoë Haddad")).id).endorsed);
    }

    // The graduations the legacy records hold stand, and certificates can be issued on them.
    void graduationsStandAfterAdoption()
    {
        const Person mona = signIn(QStringLiteral("Mona Reyes"));
        QVERIFY(adopt(mona).value_or(0) > 0);
        QString error;
        const int issued = certificates(&error);
        QVERIFY2(issued >= 1, qPrintable(error));
    }

    // A manager who is not an admin cannot adopt, nor can an admin who has left, nor one who may not
    // manage people (she could not sign the team's records): as the people table says they are.
    void onlyAnActiveAdminWhoManagesAdopts()
    {
        QString error;
        const Person ana = signIn(QStringLiteral("Ana Okafor"));
        QVERIFY(m_org->people().setRole(ana.id, Role::Manager, true, &error));
        QCOMPARE(adopt(person(QStringLiteral("Ana Okafor"))), std::optional<qint64>(0));
        const Person mona = signIn(QStringLiteral("Mona Reyes"));
        QVERIFY(m_org->people().setRole(mona.id, Role::Manager, false, &error));
        QCOMPARE(adopt(person(QStringLiteral("Mona Reyes"))), std::optional<qint64>(0));
        QVERIFY(m_org->people().setRole(mona.id, Role::Manager, true, &error));
        QVERIFY(m_org->people().deactivate(mona.id, &error));
        QCOMPARE(adopt(*m_org->people().find(mona.id, &error)), std::optional<qint64>(0));
        QVERIFY(Adoption::needed(m_org->services(), &error));
    }

    // A file changed behind the app's back is not adopted, and nothing is written: a record signed
    // by a key that does not verify it (as when a signed chain had its root cut out and its hashes
    // recomputed), or records removed since the newest backup.
    void aTamperedFileIsNotAdopted_data()
    {
        QTest::addColumn<bool>("truncated");
        QTest::newRow("a signature that does not verify") << false;
        QTest::newRow("records removed since the backup") << true;
    }

    void aTamperedFileIsNotAdopted()
    {
        QFETCH(bool, truncated);
        const Person mona = signIn(QStringLiteral("Mona Reyes"));
        QString error;
        if (truncated) {
            QVERIFY2(!Backups::backUpIfDue(*m_db, m_org->clock().now(), 7, &error).isEmpty(),
                     qPrintable(error));
            QVERIFY(test::runOnFile(m_db->path(), {QStringLiteral("DROP TRIGGER records_append_only_delete"),
                                                   QStringLiteral("DELETE FROM records WHERE id > 40")}));
        } else {
            const Person ana = person(QStringLiteral("Ana Okafor"));
            const std::unique_ptr<SigningKey> other = test::signingKey(ana.id);
            forge(RecordKind::Recognition, person(QStringLiteral("Rosa Haddad")).id, ana.id,
                  {{QStringLiteral("text"), QStringLiteral("well done")}}, nullptr);
            QVERIFY(test::runOnFile(m_db->path(),
                                    {QStringLiteral("DROP TRIGGER records_append_only_update"),
                                     QStringLiteral("UPDATE records SET signature = '%1' WHERE id = %2")
                                         .arg(*other->sign("something else"))
                                         .arg(records())}));
        }
        const qint64 before = records();
        QVERIFY(!Adoption::adoptIfNeeded(m_org->services(), mona, &error));
        QVERIFY2(error.contains(QStringLiteral("changed outside the app")), qPrintable(error));
        QCOMPARE(records(), before);
        error.clear();
        QVERIFY(Adoption::needed(m_org->services(), &error));
    }

    // A mentor who first signs in after the adoption declares a key of her own. Until a manager
    // endorses it (typing the fingerprint she reads out) she cannot sign off: what she signed would
    // not stand. A wrong fingerprint endorses nothing; then her sign-off of a request made before
    // signing stands.
    void aMentorSigningInLaterIsEndorsedByHerFingerprint()
    {
        const Person mona = signIn(QStringLiteral("Mona Reyes"));
        QVERIFY(adopt(mona).value_or(0) > 0);
        signIn(QStringLiteral("Ana Okafor"));
        const Person ana = person(QStringLiteral("Ana Okafor"));
        QVERIFY(!ana.publicKey.isEmpty());
        QString error;
        QVERIFY(m_org->services().accounts.onlyDeclared(ana.id, ana.publicKey, &error));
        const Person uma = person(QStringLiteral("Uma Yilmaz"));
        const QVector<Record> about = m_org->chain().about(uma.id, &error);
        const auto asked = std::find_if(about.crbegin(), about.crend(), [](const Record& record) {
            return record.kind == RecordKind::SignOffRequest;
        });
        QVERIFY(asked != about.crend());
        const Course& course = *m_catalog.course(asked->courseId);
        const Lesson& lesson = *course.lesson(asked->lessonId);
        const auto signOff = [&](QString* why) {
            return m_org->signOffs().signOff(
                ana, password(), uma, course, lesson,
                QVector<Observation>(lesson.practice.checklist.size(), {true, {}}), QString(), why);
        };
        QVERIFY(!signOff(&error));
        QVERIFY2(error.contains(QStringLiteral("not endorsed yet")), qPrintable(error));

        error.clear();
        QVERIFY(!m_org->services().team.endorseKey(mona, ana, QStringLiteral("AAAA-BBBB-CCCC-DDDD"), &error));
        QVERIFY2(error.contains(QStringLiteral("not the fingerprint")), qPrintable(error));
        error.clear();
        QVERIFY(!m_org->services().team.endorseKey(ana, ana, Keys::fingerprint(ana.publicKey), &error));
        // Nor can a learner, even with the right fingerprint.
        QVERIFY(!m_org->services().team.endorseKey(signIn(QStringLiteral("Rosa Haddad")), ana,
                                                   Keys::fingerprint(ana.publicKey), &error));
        QVERIFY(m_org->services().accounts.onlyDeclared(ana.id, ana.publicKey, &error));
        error.clear();
        const QString typed = Keys::fingerprint(ana.publicKey).toLower().remove(QLatin1Char('-'));
        QVERIFY2(m_org->services().team.endorseKey(mona, ana, typed, &error), qPrintable(error));
        QVERIFY(!m_org->services().accounts.onlyDeclared(ana.id, ana.publicKey, &error));
        QVERIFY2(signOff(&error), qPrintable(error));
        const ChainAudit::Result result = audit();
        QVERIFY2(result.ok(), qPrintable(all(result)));
        QVERIFY(result.team.value(ana.id).endorsed);
    }

    // After adoption every record is held to the rules: an unsigned one appended is named.
    void anUnsignedRecordAfterAdoptionIsNamed()
    {
        const Person mona = signIn(QStringLiteral("Mona Reyes"));
        QVERIFY(adopt(mona).value_or(0) > 0);
        const Person learner = person(QStringLiteral("Rosa Haddad"));
        const qint64 id = forge(RecordKind::Recognition, learner.id, person(QStringLiteral("Ana Okafor")).id,
                                {{QStringLiteral("note"), QStringLiteral("well done")}}, nullptr);
        const ChainAudit::Result result = audit();
        QVERIFY(!result.ok());
        QVERIFY2(all(result).contains(QStringLiteral("record %1 ").arg(id)), qPrintable(all(result)));
        QVERIFY2(all(result).contains(QStringLiteral("it is not signed")), qPrintable(all(result)));
    }

    // Adoptions forged by hand: by someone who is not the root, not right after the root's joining,
    // counting fewer records or naming another head, or a second one. Each is named, and the records
    // before signing stay unvouched for.
    void forgedAdoptions_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("by someone the root endorsed") << "learner";
        QTest::newRow("fewer records") << "fewer";
        QTest::newRow("another head") << "head";
        QTest::newRow("not right after the root") << "late";
    }

    void forgedAdoptions()
    {
        QFETCH(QString, how);
        const Person mona = signIn(QStringLiteral("Mona Reyes"));
        const Person learner = person(QStringLiteral("Rosa Haddad"));
        QString error;
        const SigningKey* key = m_org->services().accounts.signer(mona.id, &error);
        QVERIFY2(key, qPrintable(error));
        const QString before = headHash();
        const qint64 root =
            forge(RecordKind::Join, mona.id, mona.id, Team::joinBody(mona, key->publicKey()), key);
        QCOMPARE(root, m_before + 2); // after her own key's declaration
        // Someone the root endorsed, with a key of their own: signed, but not the root.
        const std::unique_ptr<SigningKey> learnerKey = test::signingKey(learner.id);
        if (how == QLatin1String("learner"))
            forge(RecordKind::Join, learner.id, mona.id, Team::joinBody(learner, learnerKey->publicKey()),
                  key);
        if (how == QLatin1String("late"))
            forge(RecordKind::Recognition, learner.id, mona.id,
                  {{QStringLiteral("note"), QStringLiteral("hi")}}, key);
        const qint64 through = root - 1 - (how == QLatin1String("fewer") ? 5 : 0);
        const qint64 id = forge(
            RecordKind::Adoption, how == QLatin1String("learner") ? learner.id : mona.id,
            how == QLatin1String("learner") ? learner.id : mona.id,
            {{QStringLiteral("records"), QString::number(through)},
             {QStringLiteral("head"), how == QLatin1String("head") ? RecordChain::genesisHash() : before}},
            how == QLatin1String("learner") ? learnerKey.get() : key);
        const ChainAudit::Result result = audit();
        QVERIFY(!result.ok());
        QCOMPARE(result.adoptedThrough, 0);
        QVERIFY2(all(result).contains(QStringLiteral("record %1 (adoption").arg(id)),
                 qPrintable(all(result)));
        QVERIFY2(all(result).contains(QStringLiteral("record 1 ")), qPrintable(all(result)));
    }

    void aSecondAdoptionIsNamed()
    {
        const Person mona = signIn(QStringLiteral("Mona Reyes"));
        QVERIFY(adopt(mona).value_or(0) > 0);
        QString error;
        const SigningKey* key = m_org->services().accounts.signer(mona.id, &error);
        const qint64 id = forge(
            RecordKind::Adoption, mona.id, mona.id,
            {{QStringLiteral("records"), QString::number(records())}, {QStringLiteral("head"), headHash()}},
            key);
        const ChainAudit::Result result = audit();
        QVERIFY2(all(result).contains(QStringLiteral("record %1 (adoption").arg(id)),
                 qPrintable(all(result)));
        QCOMPARE(result.adoptedThrough, m_before + 1);
    }

    // A record before signing rewritten after adoption (the triggers dropped, every hash after it
    // recomputed): the root's own signatures no longer hold.
    void aLegacyRecordRewrittenAfterAdoption()
    {
        const Person mona = signIn(QStringLiteral("Mona Reyes"));
        QVERIFY(adopt(mona).value_or(0) > 0);
        const qint64 root = audit().rootRecordId;
        QVERIFY(test::runOnFile(
            m_db->path(),
            {QStringLiteral("DROP TRIGGER records_append_only_update"),
             QStringLiteral("UPDATE records SET body = '{\"note\":\"forged\"}' WHERE id = 3")}));
        QString error;
        QVector<Record> chain;
        QVERIFY2(m_org->chain().each(
                     [&](const Record& record) {
                         chain.append(record);
                         return true;
                     },
                     &error),
                 qPrintable(error));
        QString prev = RecordChain::genesisHash();
        QStringList rewrite;
        for (Record& record : chain) {
            record.prevHash = prev;
            prev = RecordChain::hashOf(record);
            rewrite << QStringLiteral("UPDATE records SET prev_hash = '%1', hash = '%2' WHERE id = %3")
                           .arg(record.prevHash, prev)
                           .arg(record.id);
        }
        QVERIFY(test::runOnFile(m_db->path(), rewrite));
        const ChainAudit::Result result = audit();
        QVERIFY(result.chain.intact);
        QVERIFY(!result.ok());
        QVERIFY2(all(result).contains(QStringLiteral("record %1 (join").arg(root)), qPrintable(all(result)));
    }

    // On the command line: check says what waits; a mentor's --as adopts nothing; the admin's does,
    // and says so; then check passes and names what was vouched for.
    void theCommandLineAdopts()
    {
        const QString path = m_dir->filePath(QStringLiteral("cli.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CAREU_TEST_DATA "/legacy/v6-demo.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const auto careu = [&](const QStringList& arguments) {
            return test::run(QStringLiteral(CAREU_BINARY),
                             QStringList{QStringLiteral("--db"), path} + arguments);
        };
        test::Outcome outcome = careu({QStringLiteral("check")});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.contains(QStringLiteral("Record chain: no admin has adopted these records yet")),
                 qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(
                     QStringLiteral("Organization: no root key yet: these records were made before "
                                    "records were signed. An admin who is also a manager adopts them")),
                 qPrintable(outcome.out));

        qputenv("CAREU_PASSWORD", password().toUtf8());
        const QString out = m_dir->filePath(QStringLiteral("certificates"));
        const QStringList certificates{QStringLiteral("certificates"), QStringLiteral("--out"), out,
                                       QStringLiteral("--as")};
        outcome = careu(certificates + QStringList{QStringLiteral("Ana Okafor")});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(!outcome.err.contains(QStringLiteral("vouched")), qPrintable(outcome.err));
        outcome = careu(certificates + QStringList{QStringLiteral("Mona Reyes")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(QStringLiteral("vouched for the records made before (48 in all)")),
                 qPrintable(outcome.err));
        QVERIFY2(outcome.out.contains(QStringLiteral("2 certificates written")), qPrintable(outcome.out));

        outcome = careu({QStringLiteral("check")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.out));
        QVERIFY2(
            outcome.out.contains(QStringLiteral("Record chain: records 1 to 48 were made before records were "
                                                "signed; the first admin vouched for them")),
            qPrintable(outcome.out));
        QVERIFY(!outcome.out.contains(QStringLiteral("no admin has adopted")));
    }

private:
    Catalog m_catalog;
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::optional<test::TestOrg> m_org;
    qint64 m_before = 0;
};

QTEST_GUILESS_MAIN(TestAdoption)
#include "tst_adoption.moc"
