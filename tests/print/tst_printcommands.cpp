#include "Poppler.h"
#include "Services.h"
#include "TestSupport.h"
#include "content/Catalog.h"
#include "signoff/Certificates.h"
#include "store/Database.h"

#include <QtTest>

using namespace careu;

// `careu report --format pdf`, `careu certificates` and `careu verify` as a manager or an auditor
// runs them, on a demo team: exit codes, messages, files, and codes read off the printed page.
class TestPrintCommands : public QObject
{
    Q_OBJECT

private:
    test::Outcome careu(const QStringList& arguments, const QString& db = {}) const
    {
        return test::run(QStringLiteral(CAREU_BINARY),
                         QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db} + arguments);
    }

    static bool ownerOnly(const QString& path)
    {
        return !(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                              QFileDevice::WriteGroup | QFileDevice::WriteOther));
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(
            careu({QStringLiteral("seed-demo"), QStringLiteral("--learners"), QStringLiteral("12")}).exitCode,
            0);
        // The manager who issues certificates signs them with the demo's password.
        qputenv("CAREU_PASSWORD", "care-demo");
        const QStringList managers = careu({QStringLiteral("people"), QStringLiteral("list")})
                                         .out.split(QLatin1Char('\n'))
                                         .filter(QStringLiteral("\tmanager"));
        QCOMPARE(managers.size(), 1);
        m_manager = managers.first().section(QLatin1Char('\t'), 0, 0);
    }

    void reportPdfNeedsAFile()
    {
        const test::Outcome outcome = careu({QStringLiteral("report"), QStringLiteral("--format=pdf")});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(QStringLiteral("careu: a PDF report needs --out FILE")),
                 qPrintable(outcome.err));
    }

    void reportPdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        test::Outcome outcome = careu({QStringLiteral("report"), QStringLiteral("--format"),
                                       QStringLiteral("pdf"), QStringLiteral("--out"), path});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.out.isEmpty());
        QVERIFY(ownerOnly(path));
        QVERIFY(test::pdfPages(path) >= 1);
        QString text = test::pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Completion report")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Course: all courses")));
        outcome = careu({QStringLiteral("report"), QStringLiteral("--format=pdf"),
                         QStringLiteral("--course=care-102"), QStringLiteral("--since=2020-01-01"),
                         QStringLiteral("--out=") + path});
        QCOMPARE(outcome.exitCode, 0);
        text = test::pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Course: CARE 102 · Caring for your customers")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("active since 1 Jan 2020")));
        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
        outcome = careu(
            {QStringLiteral("report"), QStringLiteral("--format=pdf"), QStringLiteral("--out=") + nowhere});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("cannot write ") + nowhere), qPrintable(outcome.err));
    }

    void certificatesAndTheirCodes()
    {
        QCOMPARE(careu({QStringLiteral("certificates")}).exitCode, 2);
        const QString dir = m_dir.filePath(QStringLiteral("certificates"));
        test::Outcome outcome = issue({QStringLiteral("--out"), dir});
        QCOMPARE(outcome.exitCode, 0);
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 2);
        QCOMPARE(outcome.out, QStringLiteral("%1 certificates written to %2.\n").arg(files.size()).arg(dir));

        // The code as printed on the first certificate, checked as an auditor would type it.
        const QString first = QDir(dir).filePath(files.first());
        QVERIFY(ownerOnly(first));
        QCOMPARE(test::pdfPages(first), 1);
        const QString text = test::pdfText(first);
        const QRegularExpressionMatch code =
            QRegularExpression(QStringLiteral("careu verify ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})"))
                .match(text);
        QVERIFY2(code.hasMatch(), qPrintable(text));
        outcome = careu({QStringLiteral("verify"), code.captured(1)});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.startsWith(QStringLiteral("Certificate ") + code.captured(1)),
                 qPrintable(outcome.out));
        QVERIFY(outcome.out.contains(QStringLiteral("CARE 101 · Caring for your people, completed ")));
        QVERIFY(outcome.out.contains(QStringLiteral("Valid: the graduation stands")));
        const QString name =
            outcome.out.section(QLatin1Char('\n'), 1, 1).section(QStringLiteral("graduate:"), 1).trimmed();
        QVERIFY2(!name.isEmpty() && text.contains(name), qPrintable(name));

        outcome = careu({QStringLiteral("verify"), code.captured(1).toLower().remove(QLatin1Char('-'))});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.out.contains(QStringLiteral("Valid: ")));

        outcome = careu({QStringLiteral("verify"), QStringLiteral("0000-0000-0000")});
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.err,
                 QStringLiteral("careu: No certificate with the code 0000-0000-0000 was issued from this "
                                "database.\n"));
        QCOMPARE(careu({QStringLiteral("verify")}).exitCode, 2);
    }

    void oneGraduatesCertificate()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_db, &error));
        const Catalog catalog = Catalog::load();
        Services services(db, catalog, Clock::system());
        QString uid;
        QVERIFY(Certificates(services).each(
            {},
            [&](const Certificate& certificate, QString*) {
                uid = certificate.personUid;
                return true;
            },
            {}, &error));
        const QString dir = m_dir.filePath(QStringLiteral("one"));
        test::Outcome outcome = issue({QStringLiteral("--person"), uid, QStringLiteral("--out"), dir});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, QStringLiteral("1 certificate written to %1.\n").arg(dir));
        QCOMPARE(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 1);
        outcome = issue({QStringLiteral("--person=nobody@example.com"), QStringLiteral("--out"), dir});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(
            outcome.err.contains(QStringLiteral("There is no one with the id or email nobody@example.com")),
            qPrintable(outcome.err));
    }

    void aTamperedDatabaseFailsVerification()
    {
        const QString dir = m_dir.filePath(QStringLiteral("before-tampering"));
        QCOMPARE(issue({QStringLiteral("--out"), dir}).exitCode, 0);
        const QString first = QDir(dir).filePath(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name).first());
        const QString code = test::pdfText(first).section(QStringLiteral("careu verify "), 1).left(14);
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.sqlite"));
        QVERIFY(QFile::copy(m_db, tampered));
        QVERIFY(test::runOnFile(tampered, {QStringLiteral("DROP TRIGGER records_append_only_update"),
                                           QStringLiteral("UPDATE records SET created_at = "
                                                          "'2020-01-01T00:00:00.000Z' WHERE id = 1")}));
        const test::Outcome outcome = careu({QStringLiteral("verify"), code}, tampered);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.startsWith(QStringLiteral("Certificate ") + code), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(QStringLiteral("NOT VALID: The records behind this certificate were "
                                                     "changed: record 1 ")),
                 qPrintable(outcome.out));
    }

    void certificatesNeedTheirIssuer()
    {
        const QString dir = m_dir.filePath(QStringLiteral("unsigned"));
        test::Outcome outcome = careu({QStringLiteral("certificates"), QStringLiteral("--out"), dir});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("certificates needs --as NAME")), qPrintable(outcome.err));
        QString mentor;
        for (const QString& line : careu({QStringLiteral("people"), QStringLiteral("list")}).out.split(QLatin1Char('\n'))) {
            if (line.section(QLatin1Char('\t'), 1, 1) == QLatin1String("mentor"))
                mentor = line.section(QLatin1Char('\t'), 0, 0);
        }
        QVERIFY(!mentor.isEmpty());
        outcome = careu({QStringLiteral("certificates"), QStringLiteral("--as"), mentor, QStringLiteral("--out"), dir});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(mentor + QStringLiteral(" cannot issue certificates")),
                 qPrintable(outcome.err));
        qputenv("CAREU_PASSWORD", "not-the-password");
        outcome = issue({QStringLiteral("--out"), dir});
        qputenv("CAREU_PASSWORD", "care-demo");
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(!outcome.err.isEmpty(), "a wrong password must say so");
        QVERIFY2(!QFileInfo::exists(dir) || QDir(dir).isEmpty(), "nothing is written unsigned");
    }

    // What an inspector does with a certificate and no database: the PDF itself, or its QR code
    // scanned, checked against the organization's fingerprint; and what a forger tries.
    void aCertificateChecksOffline()
    {
        const QString dir = m_dir.filePath(QStringLiteral("offline"));
        QCOMPARE(issue({QStringLiteral("--out"), dir}).exitCode, 0);
        const QString pdf = QDir(dir).filePath(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name).first());
        const QString org = fingerprint(m_db);
        QVERIFY(!org.isEmpty());
        const auto verify = [&](const QStringList& arguments) {
            return test::run(QStringLiteral(CAREU_BINARY), QStringList{QStringLiteral("verify")} + arguments);
        };

        test::Outcome outcome = verify({pdf, QStringLiteral("--org"), org});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(QStringLiteral("Valid: signed by a key the organization ") + org),
                 qPrintable(outcome.out));
        const QString name = outcome.out.section(QLatin1Char('\n'), 1, 1).section(QStringLiteral("graduate:"), 1).trimmed();
        QVERIFY2(test::pdfText(pdf).contains(name), qPrintable(name));

        outcome = verify({pdf});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.contains(QStringLiteral("Not checked: it is signed by organization ") + org),
                 qPrintable(outcome.out));

        // Another organization, as a forger with their own copy of the app would make it.
        const QString other = m_dir.filePath(QStringLiteral("other-org.sqlite"));
        QCOMPARE(careu({QStringLiteral("seed-demo"), QStringLiteral("--learners"), QStringLiteral("12"),
                        QStringLiteral("--seed"), QStringLiteral("7")},
                       other)
                     .exitCode,
                 0);
        const QString otherOrg = fingerprint(other);
        QVERIFY(!otherOrg.isEmpty() && otherOrg != org);
        outcome = verify({pdf, QStringLiteral("--org"), otherOrg});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.contains(QStringLiteral("Forged: ")), qPrintable(outcome.out));
        outcome = careu({QStringLiteral("verify"), pdf}, other);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.contains(QStringLiteral("Forged: ")), qPrintable(outcome.out));
        const QString otherDir = m_dir.filePath(QStringLiteral("other-org"));
        QCOMPARE(issue({QStringLiteral("--out"), otherDir}, other).exitCode, 0);
        const QString otherPdf =
            QDir(otherDir).filePath(QDir(otherDir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name).first());
        outcome = verify({otherPdf, QStringLiteral("--org"), org});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.contains(QStringLiteral("Forged: ")), qPrintable(outcome.out));

        // The QR code, read off the printed page by a scanner that is not ours, is the statement.
        const QString statement = statementIn(pdf);
        QVERIFY(statement.startsWith(QStringLiteral("CAREU1.")));
        const QString png = m_dir.filePath(QStringLiteral("scanned"));
        test::poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                                   QStringLiteral("-singlefile"), pdf, png});
        const QString scanned =
            test::poppler(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                                      png + QStringLiteral(".png")})
                .trimmed();
        QCOMPARE(scanned, statement);
        outcome = verify({scanned, QStringLiteral("--org"), org});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(QStringLiteral("Valid: ")), qPrintable(outcome.out));

        // With the organization's database: its own fingerprint, and the graduation still stands.
        outcome = careu({QStringLiteral("verify"), pdf});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(QStringLiteral("the graduation still stands in the database")),
                 qPrintable(outcome.out));

        // One certificate's statement under another's signature; one character of it changed.
        const QString second = QDir(dir).filePath(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name).at(1));
        const QString swapped = statement.section(QLatin1Char('.'), 0, 1) + QLatin1Char('.') +
                                statementIn(second).section(QLatin1Char('.'), 2);
        outcome = verify({swapped, QStringLiteral("--org"), org});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.contains(QStringLiteral("Forged: ")), qPrintable(outcome.out));
        QString edited = statement;
        const int at = edited.indexOf(QLatin1Char('.')) + 40;
        edited[at] = edited.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const QString editedPdf = m_dir.filePath(QStringLiteral("edited.pdf"));
        QVERIFY(writeReplaced(pdf, editedPdf, statement, edited));
        outcome = verify({editedPdf, QStringLiteral("--org"), org});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.contains(QStringLiteral("Forged: ")) || outcome.err.startsWith(QStringLiteral("careu: This is not")),
                 qPrintable(outcome.out + outcome.err));
        QVERIFY(!outcome.out.contains(QStringLiteral("Valid")));

        // A PDF with no statement, and one with two.
        const QString report = m_dir.filePath(QStringLiteral("plain.pdf"));
        QCOMPARE(careu({QStringLiteral("report"), QStringLiteral("--format=pdf"), QStringLiteral("--out"), report})
                     .exitCode,
                 0);
        outcome = verify({report, QStringLiteral("--org"), org});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("holds no signed statement")), qPrintable(outcome.err));
        QFile twice(m_dir.filePath(QStringLiteral("twice.pdf")));
        QVERIFY(QFile::copy(pdf, twice.fileName()) && twice.open(QIODevice::Append));
        twice.write("\n" + statementIn(second).toLatin1() + "\n");
        twice.close();
        outcome = verify({twice.fileName(), QStringLiteral("--org"), org});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("2 different signed statements")), qPrintable(outcome.err));
    }

    // Offline a statement stands for what it said when signed; the database also knows whether the
    // graduation was taken back since.
    void aRevokedGraduationFailsWithTheDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("revoked.sqlite"));
        QVERIFY(QFile::copy(m_db, db));
        const QString dir = m_dir.filePath(QStringLiteral("to-revoke"));
        QCOMPARE(issue({QStringLiteral("--out"), dir}, db).exitCode, 0);
        const QString pdf = QDir(dir).filePath(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name).first());
        const QString name = careu({QStringLiteral("verify"), pdf}, db)
                                 .out.section(QLatin1Char('\n'), 1, 1)
                                 .section(QStringLiteral("graduate:"), 1)
                                 .trimmed();
        const QString mentor = careu({QStringLiteral("verify"), pdf}, db)
                                   .out.section(QStringLiteral("mentor:"), 1)
                                   .section(QLatin1Char('\n'), 0, 0)
                                   .trimmed();
        {
            Database database;
            QString error;
            QVERIFY(database.open(db, &error));
            const Catalog catalog = Catalog::load();
            Services services(database, catalog, Clock::system());
            const auto learner = services.people.findByName(name, &error);
            const auto signer = services.people.findByName(mentor, &error);
            QVERIFY2(learner && signer, qPrintable(name + QLatin1Char('/') + mentor));
            QVERIFY2(services.accounts.confirm(signer->id, QStringLiteral("care-demo"), &error), qPrintable(error));
            const Course& course = *catalog.course(QStringLiteral("care-101"));
            const Lesson& practice = course.lessons.at(2); // every lesson's Practice is signed off
            QVERIFY2(services.chain.append(RecordKind::Revocation, learner->id, *services.accounts.signer(signer->id, &error),
                                           course.id, practice.id,
                                           {{QStringLiteral("reason"), QStringLiteral("signed in error")}},
                                           QDateTime::currentDateTimeUtc(), &error),
                     qPrintable(error));
        }
        test::Outcome outcome = careu({QStringLiteral("verify"), pdf}, db);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.contains(QStringLiteral("NOT VALID: ")) &&
                     outcome.out.contains(QStringLiteral("revoked")),
                 qPrintable(outcome.out));
        outcome = test::run(QStringLiteral(CAREU_BINARY),
                            {QStringLiteral("verify"), pdf, QStringLiteral("--org"), fingerprint(db)});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(QStringLiteral("this does not say whether it was revoked since")),
                 qPrintable(outcome.out));
    }

    // Beside each PDF, its graduation as an Open Badges 3.0 credential, which a verifier that is
    // not ours (did-jwt-vc, the issuer's did:key resolved offline) accepts; edited, it refuses it.
    void openBadgesVerifyWithARealVerifier()
    {
        const QString dir = m_dir.filePath(QStringLiteral("badges"));
        QCOMPARE(issue({QStringLiteral("--out"), dir}).exitCode, 0);
        const QStringList pdfs = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QStringList badges = QDir(dir).entryList({QStringLiteral("*.jwt")}, QDir::Files, QDir::Name);
        QCOMPARE(badges.size(), pdfs.size());
        for (QString& badge : badges) {
            QVERIFY(pdfs.contains(badge.chopped(4) + QStringLiteral(".pdf")));
            badge = QDir(dir).filePath(badge);
            QVERIFY(ownerOnly(badge));
        }
        test::Outcome outcome = verifier(badges);
        QCOMPARE(outcome.exitCode, 0);
        const QStringList lines = outcome.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), badges.size());
        const QString pdf = QDir(dir).filePath(pdfs.first());
        const QString name = test::run(QStringLiteral(CAREU_BINARY), {QStringLiteral("verify"), pdf, QStringLiteral("--org"), fingerprint(m_db)})
                                 .out.section(QLatin1Char('\n'), 1, 1)
                                 .section(QStringLiteral("graduate:"), 1)
                                 .trimmed();
        QVERIFY2(lines.first().startsWith(QStringLiteral("valid ") + badges.first() + QStringLiteral(" issuer=did:key:z6Mk")),
                 qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(QStringLiteral(" name=") + name + QStringLiteral(" achievement=Customer CARE graduate")),
                 qPrintable(lines.first()));

        // The credential's evidence holds the certificate's signed statement, which leads to the
        // organization's fingerprint.
        QFile file(badges.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray jwt = file.readAll();
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(jwt.split('.').at(1), QByteArray::Base64UrlEncoding))
                .object();
        QString statement;
        for (const QJsonValue& evidence : claims.value(QStringLiteral("vc")).toObject().value(QStringLiteral("evidence")).toArray()) {
            if (evidence.toObject().value(QStringLiteral("description")).toString().startsWith(QStringLiteral("CAREU1.")))
                statement = evidence.toObject().value(QStringLiteral("description")).toString();
        }
        QCOMPARE(statement, statementIn(pdf));

        // The name changed in the credential, its signature kept: refused.
        QJsonObject vc = claims.value(QStringLiteral("vc")).toObject();
        QJsonObject subject = vc.value(QStringLiteral("credentialSubject")).toObject();
        subject.insert(QStringLiteral("identifier"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("IdentityObject")},
                                              {QStringLiteral("identityType"), QStringLiteral("name")},
                                              {QStringLiteral("hashed"), false},
                                              {QStringLiteral("identityHash"), QStringLiteral("Someone Else")}}});
        vc.insert(QStringLiteral("credentialSubject"), subject);
        QJsonObject forged = claims;
        forged.insert(QStringLiteral("vc"), vc);
        const QList<QByteArray> parts = jwt.split('.');
        const QString edited = m_dir.filePath(QStringLiteral("edited.jwt"));
        QVERIFY(test::writeFile(edited, parts.at(0) + '.' +
                                            QJsonDocument(forged).toJson(QJsonDocument::Compact).toBase64(
                                                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                                            '.' + parts.at(2)));
        outcome = verifier({edited});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.startsWith(QStringLiteral("invalid ") + edited), qPrintable(outcome.out));
    }

private:
    // careu certificates, issued and signed by the demo's manager.
    test::Outcome issue(const QStringList& arguments, const QString& db = {}) const
    {
        return careu(QStringList{QStringLiteral("certificates"), QStringLiteral("--as"), m_manager} + arguments,
                     db);
    }

    // The Open Badges verifier from the npm registry, on files.
    static test::Outcome verifier(const QStringList& files)
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString verify = QStringLiteral(CAREU_OPENBADGE_VERIFIER);
        if (node.isEmpty() || !QFileInfo::exists(QFileInfo(verify).dir().filePath(QStringLiteral("node_modules"))))
            qWarning("the Open Badges verifier is not installed: ./dev.sh test installs it (npm ci in tests/openbadge)");
        return test::run(node, QStringList{verify} + files);
    }

    // The organization's fingerprint, as careu check prints it.
    QString fingerprint(const QString& db) const
    {
        return careu({QStringLiteral("check")}, db)
            .out.section(QStringLiteral("Organization: fingerprint "), 1)
            .section(QLatin1Char(' '), 0, 0);
    }

    // The signed statement a certificate PDF holds in its metadata.
    static QString statementIn(const QString& pdf)
    {
        const QStringList found = test::poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf})
                                      .split(QRegularExpression(QStringLiteral("[<>]")))
                                      .filter(QRegularExpression(QStringLiteral("^CAREU1\\.")));
        return found.size() == 1 ? found.first() : QString();
    }

    // A copy of the file with before replaced by after, byte for byte, as a forger edits a PDF.
    static bool writeReplaced(const QString& from, const QString& to, const QString& before, const QString& after)
    {
        QFile in(from);
        QFile out(to);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        QByteArray bytes = in.readAll();
        if (!bytes.contains(before.toLatin1()))
            return false;
        return out.write(bytes.replace(before.toLatin1(), after.toLatin1())) > 0;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_manager;
};

QTEST_MAIN(TestPrintCommands)
#include "tst_printcommands.moc"
