#include "Services.h"
#include "TestDatabase.h"
#include "TestOrg.h"
#include "people/Keys.h"
#include "signoff/Certificates.h"
#include "signoff/ChainAudit.h"
#include "signoff/GraduationStatement.h"
#include "store/SettingsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace careu;

// Certificates of graduation: who gets one, what it says, the files they are written to, and
// verification codes that find the certificate again and tell whether it still stands.
class TestCertificates : public QObject
{
    Q_OBJECT

private:
    QVector<Certificate> all(const QString& person = {})
    {
        QVector<Certificate> found;
        QString error;
        const auto keep = [&](const Certificate& certificate, QString*) {
            found.append(certificate);
            return true;
        };
        if (!Certificates(*m_services).each(person, keep, {}, &error))
            qWarning() << error;
        return found;
    }

    CertificateCheck check(const QString& code)
    {
        QString error;
        const CertificateCheck result = Certificates(*m_services).check(code, &error);
        if (!error.isEmpty())
            qWarning() << error;
        return result;
    }

    // Ana's certificate's statement, as issued by the person (signed in on m_org) given.
    QString statementBy(const Person& issuer)
    {
        QString error;
        const SigningKey* key = m_org->services().accounts.signer(issuer.id, &error);
        if (!key) {
            qWarning() << error;
            return {};
        }
        QString statement;
        const auto keep = [&](const Certificate& certificate, QIODevice* out, QString*) {
            statement = certificate.statement;
            return out->write("pdf") == 3;
        };
        if (Certificates(m_org->services())
                .write(m_dir->filePath(QStringLiteral("issued")), m_ana->uid, keep, {}, nullptr, &error,
                       false, key) != 1)
            qWarning() << error;
        return statement;
    }

    QString fingerprint()
    {
        QString error;
        return ChainAudit::organizationFingerprint(*m_services, &error);
    }

    // Why a statement does not stand against the organization, or empty when it does.
    static QString whyNot(const QString& text, const QString& org)
    {
        QString why;
        const auto content = GraduationStatement::read(text, &why);
        if (content && GraduationStatement::verify(*content, org, &why))
            return {};
        return why;
    }

    // A statement as an attacker writes one: what they want it to say, signed by a key of theirs.
    static QString forged(const QJsonObject& statement, const SigningKey& key)
    {
        const QByteArray payload = QJsonDocument(statement).toJson(QJsonDocument::Compact);
        return QStringLiteral("CAREU1.") + Keys::base64(qCompress(payload)) + QLatin1Char('.') +
               *key.sign(QByteArrayLiteral("careu-statement-v1\n") + payload);
    }

    static QJsonObject json(const QString& text)
    {
        QString error;
        const auto content = GraduationStatement::read(text, &error);
        return content ? QJsonDocument::fromJson(content->payload).object() : QJsonObject();
    }

    // The statement with its JSON changed and its signature kept.
    static QString edited(const QString& text, const QJsonObject& statement)
    {
        const QByteArray payload = QJsonDocument(statement).toJson(QJsonDocument::Compact);
        return QStringLiteral("CAREU1.") + Keys::base64(qCompress(payload)) + QLatin1Char('.') +
               text.section(QLatin1Char('.'), 2);
    }

    static std::unique_ptr<SigningKey> attackersKey(qint64 personId)
    {
        QString error;
        const auto sealed = Keys::generate(QStringLiteral("attacker"), Passwords::Cost::Minimal);
        return sealed ? Keys::open(personId, *sealed, QStringLiteral("attacker"), &error) : nullptr;
    }

private slots:
    // The team is made once (graduating takes many writes) and each test gets its own copy.
    void initTestCase()
    {
        m_catalog = Catalog::load();
        Database db;
        QString error;
        m_templatePath = test::newDatabase(m_template, QStringLiteral("careu.sqlite"));
        QVERIFY(db.open(m_templatePath, &error));
        test::TestOrg org(db, m_catalog, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        m_mentor = org.mentor(QStringLiteral("Maria Gomez"), &error);
        QVERIFY2(m_mentor, qPrintable(error));
        m_ana = org.learner(QStringLiteral("Ana Lopez"), *m_mentor, &error);
        m_hostile = org.learner(QStringLiteral("=HYPERLINK(\"x\") ../x"), *m_mentor, &error);
        m_ben = org.learner(QStringLiteral("Ben"), *m_mentor, &error);
        QVERIFY2(m_ana && m_hostile && m_ben, qPrintable(error));
        QVERIFY2(org.graduate(*m_ana, *m_mentor, &error), qPrintable(error));
        org.clock().set(QDateTime(QDate(2026, 4, 7), QTime(15, 30), Qt::UTC));
        QVERIFY2(org.graduate(*m_hostile, *m_mentor, &error), qPrintable(error));
        QVERIFY(org.completeLesson(*m_ben, QStringLiteral("care-101"), 0, false, &error));
    }

    void init()
    {
        m_dir.emplace();
        const QString path = test::copyDatabase(m_templatePath, *m_dir, QStringLiteral("careu.sqlite"));
        QVERIFY(!path.isEmpty());
        m_db.emplace();
        QString error;
        QVERIFY(m_db->open(path, &error));
        m_services.emplace(*m_db, m_catalog, Clock::system());
        m_org.emplace(*m_db, m_catalog, QDateTime(QDate(2026, 4, 7), QTime(16, 0), Qt::UTC));
    }

    void cleanup()
    {
        m_org.reset();
        m_services.reset();
        m_db.reset();
        m_dir.reset();
    }

    void codesAreShortStableAndTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::addRow("as printed") << "K7QF-3M9X-2DPA"
                                    << "K7QF-3M9X-2DPA";
        QTest::addRow("lower case, no dashes") << "k7qf3m9x2dpa"
                                               << "K7QF-3M9X-2DPA";
        QTest::addRow("spaces") << " k7qf 3m9x 2dpa "
                                << "K7QF-3M9X-2DPA";
        QTest::addRow("O and I, L misread") << "K7QF-OM9X-IDPL"
                                            << "K7QF-0M9X-1DP1";
        QTest::addRow("too short") << "K7QF-3M9X"
                                   << "";
        QTest::addRow("too long") << "K7QF-3M9X-2DPA-A"
                                  << "";
        QTest::addRow("not base32") << "K7QF-3M9X-2DPU"
                                    << "";
        QTest::addRow("empty") << ""
                               << "";
    }

    void codesAreShortStableAndTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QCOMPARE(Certificates::normalised(typed), code);
    }

    void codeDerivationIsFixed()
    {
        // Printed certificates must verify with every later version: the derivation never changes.
        const QString hash = QString(64, QLatin1Char('a'));
        const QString uid = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
        QCOMPARE(Certificates::code(hash, uid), Certificates::code(hash, uid));
        QCOMPARE(Certificates::code(hash, uid), QStringLiteral("PK1E-TM80-PPFG"));
        QVERIFY(Certificates::code(hash, uid) != Certificates::code(hash, QStringLiteral("another")));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$"))
                    .match(Certificates::code(hash, uid))
                    .hasMatch());
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        QTest::addRow("plain") << "Ana Lopez"
                               << "Ana-Lopez-u1.pdf";
        QTest::addRow("formula") << "=HYPERLINK(\"x\")"
                                 << "HYPERLINK-x-u1.pdf";
        QTest::addRow("path") << "../x"
                              << "x-u1.pdf";
        QTest::addRow("slashes and dots") << "/etc/passwd\\..\\.."
                                          << "etc-passwd-u1.pdf";
        QTest::addRow("chinese") << QStringLiteral("李 小龍") << QStringLiteral("李-小龍-u1.pdf");
        QTest::addRow("accents") << QStringLiteral("Zoë Ørsted") << QStringLiteral("Zoë-Ørsted-u1.pdf");
        QTest::addRow("nothing left") << "<>:?*"
                                      << "graduate-u1.pdf";
        QTest::addRow("right-to-left override") << QStringLiteral("a\u202Egp.exe") << "a-gp-exe-u1.pdf";
        QTest::addRow("beyond the BMP")
            << QStringLiteral("\U00020000 x") << QStringLiteral("\U00020000-x-u1.pdf");
        QTest::addRow("long") << QString(300, QLatin1Char('a'))
                              << QString(40, QLatin1Char('a')) + QStringLiteral("-u1.pdf");
    }

    void fileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, file);
        Certificate certificate;
        certificate.name = name;
        certificate.personUid = QStringLiteral("u1");
        QCOMPARE(Certificates::fileName(certificate), file);
    }

    void graduatesGetCertificates()
    {
        QCOMPARE(all().size(), 2); // Ben has not graduated; Maria is not a learner
        const Certificate ana = all(m_ana->uid).first();
        QCOMPARE(ana.name, QStringLiteral("Ana Lopez"));
        QCOMPARE(ana.personUid, m_ana->uid);
        QCOMPARE(ana.mentor, QStringLiteral("Maria Gomez"));
        QCOMPARE(ana.coach, QStringLiteral("Maria Gomez"));
        QCOMPARE(ana.organisation, QStringLiteral("Customer CARE University"));
        QCOMPARE(ana.graduatedAt, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        QCOMPARE(ana.courses.size(), 2);
        QCOMPARE(ana.courses.at(0).title, m_catalog.course(QStringLiteral("care-101"))->title);
        QCOMPARE(ana.courses.at(1).signedOffAt, ana.graduatedAt);
        QCOMPARE(ana.courses.at(1).completedAt, ana.graduatedAt);
        QVERIFY(!ana.recordHash.isEmpty());
        QCOMPARE(ana.code, Certificates::code(ana.recordHash, ana.personUid));
        QVERIFY(ana.code != all(m_hostile->uid).first().code);

        QString error;
        QVERIFY(SettingsStore(*m_db).setValue(SettingsStore::organisationNameKey(),
                                              QStringLiteral("  Salon   Lumière "), &error));
        QCOMPARE(all(m_ana->uid).first().organisation, QStringLiteral("Salon Lumière"));
    }

    void onePerson()
    {
        QCOMPARE(all(m_hostile->uid).size(), 1);
        Certificates certificates(*m_services);
        QString error;
        const auto none = [](const Certificate&, QString*) { return true; };
        QVERIFY(!certificates.each(m_ben->uid, none, {}, &error));
        QCOMPARE(error,
                 QStringLiteral("Ben has not graduated yet: both courses need every Practice signed off."));
        error.clear();
        QVERIFY(!certificates.each(QStringLiteral("nobody@example.com"), none, {}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("There is no one with the id or email nobody@example.com")),
                 qPrintable(error));
    }

    void verifiesAGoodCode()
    {
        const Certificate ana = all(m_ana->uid).first();
        for (const QString& typed : {ana.code, ana.code.toLower().remove(QLatin1Char('-'))}) {
            const CertificateCheck result = check(typed);
            QCOMPARE(result.outcome, CertificateCheck::Outcome::Valid);
            QCOMPARE(result.certificate.name, QStringLiteral("Ana Lopez"));
            QCOMPARE(result.certificate.graduatedAt, ana.graduatedAt);
            QCOMPARE(result.certificate.courses.size(), 2);
            QVERIFY(result.problem.isEmpty());
        }
    }

    void unknownCodes()
    {
        CertificateCheck result = check(QStringLiteral("0000-0000-0000"));
        QCOMPARE(result.outcome, CertificateCheck::Outcome::Unknown);
        QCOMPARE(
            result.problem,
            QStringLiteral("No certificate with the code 0000-0000-0000 was issued from this database."));
        result = check(QStringLiteral("hello"));
        QCOMPARE(result.outcome, CertificateCheck::Outcome::Unknown);
        QVERIFY2(result.problem.contains(QStringLiteral("is not a certificate code")),
                 qPrintable(result.problem));
    }

    void aRevokedSignOffWithdrawsTheCertificate()
    {
        const Certificate ana = all(m_ana->uid).first();
        const Lesson& lesson = m_catalog.course(QStringLiteral("care-101"))->lessons.at(2);
        QString error;
        QVERIFY(m_org->signIn(*m_ana, &error) && m_org->signIn(*m_mentor, &error));
        QVERIFY(m_org->chain().append(
            RecordKind::Revocation, m_ana->id, *m_org->services().accounts.signer(m_mentor->id, &error),
            QStringLiteral("care-101"), lesson.id,
            {{QStringLiteral("reason"), QStringLiteral("signed in error")}}, m_org->clock().now(), &error));
        CertificateCheck result = check(ana.code);
        QCOMPARE(result.outcome, CertificateCheck::Outcome::Withdrawn);
        QCOMPARE(result.problem,
                 QStringLiteral(
                     "A Practice sign-off behind it was revoked: Ana Lopez is not a graduate any more."));
        QCOMPARE(all().size(), 1);

        // Asked for and signed off again: a new graduation, a new certificate; the old code points to it.
        m_org->clock().set(QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
        const Course& course = *m_catalog.course(QStringLiteral("care-101"));
        QVERIFY2(m_org->signOffs().request(*m_ana, course, lesson, &error), qPrintable(error));
        QVERIFY2(m_org->signOff(*m_ana, *m_mentor, course.id, lesson.id, &error), qPrintable(error));
        const Certificate again = all(m_ana->uid).first();
        QVERIFY(again.code != ana.code);
        QCOMPARE(check(again.code).outcome, CertificateCheck::Outcome::Valid);
        result = check(ana.code);
        QCOMPARE(result.outcome, CertificateCheck::Outcome::Withdrawn);
        QVERIFY2(
            result.problem.contains(QStringLiteral("graduated again on 2026-05-04; the newer certificate has "
                                                   "the code ") +
                                    again.code),
            qPrintable(result.problem));
    }

    void aTamperedChainBreaksTheCertificate()
    {
        const Certificate ana = all(m_ana->uid).first();
        const Certificate later = all(m_hostile->uid).first();
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER records_append_only_update") +
                           test::triggerTable(QStringLiteral("records"))));
        // A record of Ana's, before her graduation: her certificate and everyone's after it break.
        QVERIFY(
            query.prepare(QStringLiteral("UPDATE records SET created_at = '2020-01-01T00:00:00.000Z' "
                                         "WHERE id = (SELECT min(id) FROM records WHERE subject_id = ?)")));
        query.addBindValue(m_ana->id);
        QVERIFY(query.exec());
        CertificateCheck result = check(ana.code);
        QCOMPARE(result.outcome, CertificateCheck::Outcome::Broken);
        QVERIFY2(
            result.problem.startsWith(QStringLiteral("The records behind this certificate were changed: ")),
            qPrintable(result.problem));
        QCOMPARE(result.certificate.name, QStringLiteral("Ana Lopez"));
        QCOMPARE(check(later.code).outcome, CertificateCheck::Outcome::Broken);
    }

    void aBreakAfterTheCertificateCouldHideARevocation()
    {
        const Certificate ana = all(m_ana->uid).first();
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER records_append_only_delete") +
                           test::triggerTable(QStringLiteral("records"))));
        QVERIFY(query.prepare(QStringLiteral("DELETE FROM records WHERE id = ?")));
        query.addBindValue(ana.recordId + 1); // the next learner's request
        QVERIFY(query.exec());
        const CertificateCheck result = check(ana.code);
        QCOMPARE(result.outcome, CertificateCheck::Outcome::Broken);
        QVERIFY2(
            result.problem.startsWith(QStringLiteral("The record chain is broken after this certificate's "
                                                     "record, so a later revocation could be hidden")),
            qPrintable(result.problem));
    }

    void writesOneOwnerOnlyFilePerGraduate()
    {
        const QString dir = m_dir->filePath(QStringLiteral("certificates/new"));
        const auto render = [](const Certificate& certificate, QIODevice* out, QString*) {
            return out->write(certificate.name.toUtf8()) > 0;
        };
        QVector<int> seen;
        const auto progress = [&](int done, int total) {
            seen.append(done);
            return total == 5;
        };
        QString error;
        QCOMPARE(Certificates(*m_services).write(dir, {}, render, progress, nullptr, &error), 2);
        QCOMPARE(seen, (QVector<int>{1, 2, 3, 4, 5})); // everyone active was looked at, the admin too
        const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("Ana-Lopez-%1.pdf").arg(m_ana->uid),
                                     QStringLiteral("HYPERLINK-x-x-%1.pdf").arg(m_hostile->uid)}));
        QFile written(QDir(dir).filePath(files.first()));
        QVERIFY(written.permissions() & QFileDevice::ReadOwner);
        QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                          QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        // Cancelled after the first person: one file, no error.
        QDir(dir).removeRecursively();
        std::atomic_bool cancel{true};
        QCOMPARE(Certificates(*m_services).write(dir, {}, render, {}, &cancel, &error), 1);
        QVERIFY(error.isEmpty());

        // A render that fails leaves no file behind.
        QDir(dir).removeRecursively();
        const auto failing = [](const Certificate&, QIODevice*, QString* renderError) {
            *renderError = QStringLiteral("no ink");
            return false;
        };
        QCOMPARE(Certificates(*m_services).write(dir, {}, failing, {}, nullptr, &error), -1);
        QCOMPARE(error, QStringLiteral("no ink"));
        QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty());
    }

    // Issued by the root (the admin) and by a manager the admin endorsed: read back offline, the
    // statement says what the certificate says, and every signature from the fingerprint down holds.
    void statementsVerifyOffline()
    {
        QString error;
        NewPerson person;
        person.name = QStringLiteral("Mia Manager");
        person.roles = {Role::Manager};
        const auto manager = m_org->add(person, QStringLiteral("manager's own password"), &error);
        QVERIFY2(manager, qPrintable(error));
        const auto admin = m_org->admin(&error);
        QVERIFY2(admin, qPrintable(error));
        const Certificate ana = all(m_ana->uid).first();
        for (const Person& issuer : {*admin, *manager}) {
            const QString text = statementBy(issuer);
            QVERIFY2(text.startsWith(QStringLiteral("CAREU1.")), qPrintable(text));
            QVERIFY2(text.size() <= 1500, qPrintable(QString::number(text.size())));
            const auto content = GraduationStatement::read(text, &error);
            QVERIFY2(content, qPrintable(error));
            QCOMPARE(content->path.size(), issuer.id == admin->id ? 0 : 1);
            QCOMPARE(content->certificate.name, ana.name);
            QCOMPARE(content->certificate.personUid, ana.personUid);
            QCOMPARE(content->certificate.mentor, ana.mentor);
            QCOMPARE(content->certificate.coach, ana.coach);
            QCOMPARE(content->certificate.organisation, ana.organisation);
            QCOMPARE(content->certificate.graduatedAt, ana.graduatedAt);
            QCOMPARE(content->certificate.recordHash, ana.recordHash);
            QCOMPARE(content->certificate.code, ana.code);
            QCOMPARE(content->certificate.courses.size(), 2);
            QCOMPARE(content->certificate.courses.at(1).signedOffAt.date(),
                     ana.courses.at(1).signedOffAt.date());
            QCOMPARE(content->certificate.fingerprint, fingerprint());
            QCOMPARE(whyNot(text, fingerprint()), QString());
            QCOMPARE(whyNot(text, fingerprint().toLower().remove(QLatin1Char('-'))), QString());
        }
    }

    void editedStatementsAreForged_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("name") << QStringLiteral("name");
        QTest::addRow("course date") << QStringLiteral("courses");
        QTest::addRow("graduation record") << QStringLiteral("record");
    }

    void editedStatementsAreForged()
    {
        QFETCH(QString, field);
        QString error;
        const QString text = statementBy(*m_org->admin(&error));
        QJsonObject statement = json(text);
        if (field == QLatin1String("courses")) {
            QJsonArray courses = statement.value(field).toArray();
            QJsonObject course = courses.first().toObject();
            course.insert(QStringLiteral("signedOff"), QStringLiteral("2025-01-01"));
            courses.replace(0, course);
            statement.insert(field, courses);
        } else {
            statement.insert(field, QStringLiteral("Mallory"));
        }
        QCOMPARE(whyNot(edited(text, statement), fingerprint()),
                 QStringLiteral("its signature does not match what it says: it was changed after it was "
                                "signed, or signed by a key the organization did not endorse"));
    }

    // An attacker with the database file and a key pair of their own: their key "endorsed" by a
    // Join record they sign themselves, by a record copied from the chain with their key in it, or
    // made the root of an organization of their own.
    void keysTheRootDidNotEndorseAreCaught()
    {
        QString error;
        const QString text = statementBy(*m_org->admin(&error));
        const QJsonObject genuine = json(text);
        const auto attacker = attackersKey(m_ben->id);
        QVERIFY(attacker);

        Record join;
        join.id = 99;
        join.kind = RecordKind::Join;
        join.subjectId = m_ben->id;
        join.actorId = m_mentor->id;
        join.body = {{QStringLiteral("uid"), m_ben->uid},
                     {QStringLiteral("roles"), QJsonArray{QStringLiteral("manager")}},
                     {QStringLiteral("publicKey"), attacker->publicKey()}};
        join.createdAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        join.prevHash = RecordChain::genesisHash();
        join.hash = RecordChain::hashOf(join);
        join.signature = *attacker->sign(RecordChain::signedBytes(join.hash));
        const auto link = [](const Record& record) {
            return QJsonObject{{QStringLiteral("id"), QString::number(record.id)},
                               {QStringLiteral("kind"), recordKindKey(record.kind)},
                               {QStringLiteral("subject"), QString::number(record.subjectId)},
                               {QStringLiteral("actor"), QString::number(record.actorId)},
                               {QStringLiteral("body"), record.body},
                               {QStringLiteral("createdAt"), toStoredTime(record.createdAt)},
                               {QStringLiteral("prev"), record.prevHash},
                               {QStringLiteral("sig"), record.signature}};
        };
        QJsonObject statement = genuine;
        statement.insert(QStringLiteral("name"), QStringLiteral("Ben"));
        statement.insert(QStringLiteral("path"), QJsonArray{link(join)});
        QCOMPARE(whyNot(forged(statement, *attacker), fingerprint()),
                 QStringLiteral("the endorsement of person %1's key (record 99) is not signed by a key the "
                                "organization endorsed, or was changed")
                     .arg(m_ben->id));

        // The mentor's real Join record (signed by the root), its key swapped for the attacker's.
        std::optional<Record> mentorJoin;
        QVERIFY(m_services->chain.each(
            RecordKind::Join,
            [&](const Record& record) {
                if (record.subjectId == m_mentor->id)
                    mentorJoin = record;
                return !mentorJoin;
            },
            &error));
        QVERIFY(mentorJoin);
        mentorJoin->body.insert(QStringLiteral("publicKey"), attacker->publicKey());
        statement.insert(QStringLiteral("path"), QJsonArray{link(*mentorJoin)});
        QVERIFY2(
            whyNot(forged(statement, *attacker), fingerprint())
                .startsWith(QStringLiteral("the endorsement of person %1's key (record %2) is not signed")
                                .arg(m_mentor->id)
                                .arg(mentorJoin->id)),
            qPrintable(whyNot(forged(statement, *attacker), fingerprint())));

        // No path, signed by the attacker as if by the root: the root key is not the organization's.
        statement.insert(QStringLiteral("path"), QJsonArray());
        QVERIFY(
            whyNot(forged(statement, *attacker), fingerprint()).startsWith(QStringLiteral("its signature")));
        statement.insert(QStringLiteral("root"), attacker->publicKey());
        const QString own = forged(statement, *attacker);
        QCOMPARE(whyNot(own, Keys::fingerprint(attacker->publicKey())),
                 QString()); // their own organization's
        QCOMPARE(whyNot(own, fingerprint()),
                 QStringLiteral("it was signed under the organization whose fingerprint is %1, not %2")
                     .arg(Keys::fingerprint(attacker->publicKey()), fingerprint()));
    }

    void wrongFingerprintsAreRefused()
    {
        QString error;
        const QString text = statementBy(*m_org->admin(&error));
        QVERIFY2(
            whyNot(text, QStringLiteral("0000-0000-0000-0000"))
                .startsWith(QStringLiteral("it was signed under the organization whose fingerprint is ")),
            qPrintable(whyNot(text, QStringLiteral("0000-0000-0000-0000"))));
        QVERIFY(!whyNot(text, QString()).isEmpty());
    }

    void truncatedOrGarbledTextIsNotAStatement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::addRow("empty") << QString() << QStringLiteral("it does not begin with CAREU1.");
        QTest::addRow("a code") << QStringLiteral("K7QF-3M9X-2DPA")
                                << QStringLiteral("it does not begin with CAREU1.");
        QTest::addRow("no signature")
            << QStringLiteral("CAREU1.AAAA") << QStringLiteral("it is cut short or garbled");
        QTest::addRow("not base64") << QStringLiteral("CAREU1.%%%.***")
                                    << QStringLiteral("it is cut short or garbled");
        QTest::addRow("not zlib") << QStringLiteral("CAREU1.AAAAAAAA.AAAA")
                                  << QStringLiteral("it is cut short or garbled");
        QTest::addRow("zlib garbled") << QStringLiteral("CAREU1.AAABAGFiY2Q.AAAA")
                                      << QStringLiteral("it is cut short or garbled");
        QTest::addRow("a bomb") << QStringLiteral("CAREU1.f____wAA.AAAA")
                                << QStringLiteral("it says it is larger than any statement careu writes");
        QTest::addRow("too long") << QStringLiteral("CAREU1.") + QString(5000, QLatin1Char('A'))
                                  << QStringLiteral("it is longer than any statement careu writes");
    }

    void truncatedOrGarbledTextIsNotAStatement()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        // Said once, by careu, never by Qt on the terminal as well.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        QString error;
        QVERIFY(!GraduationStatement::read(text, &error));
        QCOMPARE(error, QStringLiteral("This is not a certificate's signed statement: %1.").arg(why));
    }

    void truncatedStatementsAreNotStatements()
    {
        QString error;
        const QString text = statementBy(*m_org->admin(&error));
        for (const qsizetype length : {text.size() / 2, text.indexOf(QLatin1Char('.'), 7), text.size() - 5}) {
            QString why = whyNot(text.left(length), fingerprint());
            QVERIFY2(why.startsWith(QStringLiteral("This is not a certificate's signed statement")) ||
                         why.startsWith(QStringLiteral("its signature does not match")),
                     qPrintable(QStringLiteral("%1: %2").arg(length).arg(why)));
        }
    }

    // A key its owner declared in the chain themselves, which no manager endorsed, signs no statement.
    void anUnendorsedIssuerIsRefused()
    {
        QString error;
        const auto learner = attackersKey(m_ben->id);
        QVERIFY(!GraduationStatement::endorsements(m_services->chain, *learner, QString(), &error));
        QCOMPARE(
            error,
            QStringLiteral(
                "Your signing key is not the one the record chain holds for you; sign out and in again."));
        error.clear();
        QVERIFY2(m_org->signIn(*m_mentor, &error), qPrintable(error));
        const auto mentor = m_org->services().accounts.signer(m_mentor->id, &error);
        QVERIFY2(mentor, qPrintable(error));
        QVERIFY(!GraduationStatement::endorsements(m_services->chain, *mentor, QStringLiteral("not the root"),
                                                   &error));
        QVERIFY2(error.contains(QStringLiteral("was never endorsed by a manager")), qPrintable(error));
    }

    void statementsAreFoundInFiles()
    {
        QCOMPARE(GraduationStatement::find("<x>CAREU1.abc-_9.sig_-</x> CAREU1.abc-_9.sig_- CAREU1.x.y"),
                 (QStringList{QStringLiteral("CAREU1.abc-_9.sig_-"), QStringLiteral("CAREU1.x.y")}));
        QVERIFY(GraduationStatement::find("%PDF-1.4 no statement").isEmpty());
    }

private:
    Catalog m_catalog;
    QTemporaryDir m_template;
    QString m_templatePath;
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::optional<Services> m_services;
    std::optional<test::TestOrg> m_org;
    std::optional<Person> m_mentor;
    std::optional<Person> m_ana;
    std::optional<Person> m_hostile;
    std::optional<Person> m_ben;
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
