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
        test::Outcome outcome = careu({QStringLiteral("certificates"), QStringLiteral("--out"), dir});
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
        test::Outcome outcome = careu(
            {QStringLiteral("certificates"), QStringLiteral("--person"), uid, QStringLiteral("--out"), dir});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out, QStringLiteral("1 certificate written to %1.\n").arg(dir));
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 1);
        outcome = careu({QStringLiteral("certificates"), QStringLiteral("--person=nobody@example.com"),
                         QStringLiteral("--out"), dir});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(
            outcome.err.contains(QStringLiteral("There is no one with the id or email nobody@example.com")),
            qPrintable(outcome.err));
    }

    void aTamperedDatabaseFailsVerification()
    {
        const QString dir = m_dir.filePath(QStringLiteral("before-tampering"));
        QCOMPARE(careu({QStringLiteral("certificates"), QStringLiteral("--out"), dir}).exitCode, 0);
        const QString first = QDir(dir).filePath(QDir(dir).entryList(QDir::Files, QDir::Name).first());
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

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestPrintCommands)
#include "tst_printcommands.moc"
