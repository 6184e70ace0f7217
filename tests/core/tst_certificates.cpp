#include "Services.h"
#include "TestDatabase.h"
#include "TestOrg.h"
#include "signoff/Certificates.h"
#include "store/SettingsStore.h"

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
