#include "CertificatePdf.h"
#include "PdfPrinter.h"
#include "Poppler.h"
#include "ReportPdf.h"
#include "Services.h"
#include "TestOrg.h"
#include "signoff/GraduationStatement.h"
#include "store/SettingsStore.h"

#include <QImage>
#include <QtTest>

using namespace careu;

// The completion report and a certificate rendered headless, then read back with poppler:
// pages, the repeated table header, "Page N of M", hostile names and the chain's head hash.
class TestReportPdf : public QObject
{
    Q_OBJECT

private:
    QString render(const CompletionReport::Filter& filter, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || !print::ReportPdf(*m_services, databaseKeeper()).write(filter, &file, &error))
            qWarning() << "the report was not written:" << error;
        return path;
    }

private slots:
    void initTestCase()
    {
        m_catalog = Catalog::load();
        m_db.emplace();
        QString error;
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("careu.sqlite")), &error));
        m_services.emplace(*m_db, m_catalog, Clock::system());
        QVERIFY(SettingsStore(*m_db).setValue(SettingsStore::organisationNameKey(),
                                              QStringLiteral("Salon Lumière & Co"), &error));
        test::TestOrg org(*m_db, m_catalog, QDateTime(QDate(2026, 9, 8), QTime(14, 0), Qt::UTC));
        const auto mentor = org.mentor(QStringLiteral("Maria Gomez"), &error);
        QVERIFY2(mentor, qPrintable(error));
        for (const QString& name : m_hostile) {
            const auto learner =
                org.learner(name, *mentor, &error, name == m_hostile.first() ? Harbour : QString());
            QVERIFY2(learner, qPrintable(error));
        }
        // Enough learners for three pages of rows.
        for (int i = 1; i <= 40; ++i)
            QVERIFY(
                org.learner(QStringLiteral("Learner %1").arg(i, 2, 10, QLatin1Char('0')), *mentor, &error));
        m_graduate = org.people().findByName(m_hostile.first(), &error);
        QVERIFY2(org.graduate(*m_graduate, *mentor, &error), qPrintable(error));
    }

    void reportReadsBack()
    {
        const QString path = render({}, QStringLiteral("report.pdf"));
        const int pages = test::pdfPages(path);
        QCOMPARE(pages, 3);
        QString error;
        const RecordChain::Verification chain = RecordChain(*m_db).verify(&error);
        // Who joined (the admin, the mentor, 44 learners), 44 coaches given, the graduate's ten requests and
        // sign-offs.
        QCOMPARE(chain.records, 110);
        const QString chainLine =
            QStringLiteral("Record chain: verified, 110 records, head 110:") + chain.headHash;
        for (int page = 1; page <= pages; ++page) {
            const QString text = test::pdfText(path, page);
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Best role-plays")), qPrintable(text)); // the header, again
            QVERIFY(text.contains(chainLine));
        }
        const QString text = test::pdfText(path);
        for (const QString& expected :
             {QStringLiteral("Completion report"), QStringLiteral("Salon Lumière & Co"),
              QStringLiteral("Course: all courses"), QStringLiteral("Completion by pillar"),
              QStringLiteral("Lessons completed per month"), QStringLiteral("Learner 40"),
              QStringLiteral("Checking this report"), QStringLiteral("2026-09-08")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        for (const QString& name : m_hostile)
            QCOMPARE(text.count(name), 2); // a row per course
        QVERIFY(!text.contains(QStringLiteral("No one matches")));
    }

    void filtersAreNamedAndAnEmptyReportSaysSo()
    {
        CompletionReport::Filter filter;
        filter.courseId = QStringLiteral("care-102");
        filter.activeFrom = QDate(2099, 1, 1);
        const QString path = render(filter, QStringLiteral("empty.pdf"));
        QCOMPARE(test::pdfPages(path), 1);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Course: CARE 102 · Caring for your customers")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("active since 1 Jan 2099")));
        QVERIFY(text.contains(QStringLiteral("No one matches these filters.")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    }

    // What the dashboard shows is what is printed, and the report says which filters chose it.
    void printsOnlyWhatTheFiltersKeep()
    {
        CompletionReport::Filter filter;
        filter.location = Harbour;
        filter.status = ReportRow::Status::Graduated;
        filter.mentor = QStringLiteral("Maria Gomez");
        const QString path = render(filter, QStringLiteral("filtered.pdf"));
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("People: Harbour Street, graduated, mentored by Maria Gomez")),
                 qPrintable(text));
        QCOMPARE(text.count(m_hostile.first()), 2); // a row per course
        QVERIFY(!text.contains(QStringLiteral("Learner 01")));
    }

    void certificateReadsBack()
    {
        QVector<Certificate> certificates;
        QString error;
        QVERIFY(Certificates(*m_services)
                    .each(
                        {},
                        [&](const Certificate& certificate, QString*) {
                            certificates.append(certificate);
                            return true;
                        },
                        {}, &error));
        QCOMPARE(certificates.size(), 1);
        const Certificate& certificate = certificates.first();
        const QString path = m_dir.filePath(Certificates::fileName(certificate));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY2(print::CertificatePdf::write(certificate, &file, &error), qPrintable(error));
        file.close();
        QCOMPARE(test::pdfPages(path), 1);
        const QString text = test::pdfText(path);
        for (const QString& expected :
             {QStringLiteral("Salon Lumière & Co"), QStringLiteral("Certificate of Graduation"),
              m_hostile.first(), QStringLiteral("graduated on September 8, 2026"),
              QStringLiteral("CARE 101 · Caring for your people"),
              QStringLiteral("CARE 102 · Caring for your customers"), QStringLiteral("Maria Gomez"),
              QStringLiteral("Mentor"), QStringLiteral("Coach"), certificate.code,
              QStringLiteral("careu verify ") + certificate.code})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + text));
        // Plain words on its face: no record hash for a graduate to puzzle over.
        QVERIFY(!text.contains(certificate.recordHash));
        QVERIFY2(!text.contains(QStringLiteral("hash"), Qt::CaseInsensitive), qPrintable(text));
    }

    // The QR code drawn on the page is the statement's, module for module, and the PDF's metadata
    // holds the same statement for careu verify to read back; the face shows no record hash.
    void certificateCarriesItsStatement()
    {
        QString error;
        const auto admin = m_services->people.findByName(QStringLiteral("Ada Admin"), &error);
        QVERIFY2(admin && m_services->accounts.confirm(admin->id, test::TestOrg::adminPassword(), &error),
                 qPrintable(error));
        const QString dir = m_dir.filePath(QStringLiteral("signed"));
        QCOMPARE(print::writeCertificates(*m_services, dir, {}, *m_services->accounts.signer(admin->id, &error),
                                          {}, nullptr, &error),
                 1);
        const QString path = QDir(dir).filePath(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files).first());
        const QStringList statements = test::poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path})
                                           .split(QRegularExpression(QStringLiteral("[<>]")))
                                           .filter(QRegularExpression(QStringLiteral("^CAREU1\\.")));
        QCOMPARE(statements.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(GraduationStatement::find(file.readAll()), statements);
        const QString text = test::pdfText(path);
        QVERIFY2(!text.contains(QStringLiteral("hash")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the text its QR code reads")), qPrintable(text));

        const auto qr = print::QrCode::encode(statements.first(), &error);
        QVERIFY2(qr, qPrintable(error));
        constexpr int Dpi = 300;
        test::poppler(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-r"), QString::number(Dpi), QStringLiteral("-gray"), QStringLiteral("-png"),
                       QStringLiteral("-singlefile"), path, m_dir.filePath(QStringLiteral("page"))});
        const QImage page(m_dir.filePath(QStringLiteral("page.png")));
        QVERIFY(!page.isNull());
        const QRectF area = print::CertificatePdf::qrArea();
        const qreal module = area.width() / (qr->size() + 8);
        QVERIFY2(module >= 0.3, qPrintable(QString::number(module))); // millimetres: a phone reads it
        const auto pixel = [&](qreal mm) { return static_cast<int>(mm * Dpi / 25.4); };
        int differ = 0;
        for (int row = -4; row < qr->size() + 4; ++row) {
            for (int column = -4; column < qr->size() + 4; ++column) {
                const bool inside = row >= 0 && column >= 0 && row < qr->size() && column < qr->size();
                const int x = pixel(area.x() + (column + 4.5) * module);
                const int y = pixel(area.y() + (row + 4.5) * module);
                const bool dark = qGray(page.pixel(x, y)) < 128;
                differ += dark != (inside && qr->dark(column, row));
            }
        }
        QCOMPARE(differ, 0);
    }

    void certificatesFromAWorkerThread()
    {
        // As the app runs it: off the GUI thread, on its own connection, with progress and a cancel,
        // signed by the manager signed in on the GUI thread.
        QString signInError;
        const auto admin = m_services->people.findByName(QStringLiteral("Ada Admin"), &signInError);
        QVERIFY2(admin &&
                     m_services->accounts.confirm(admin->id, test::TestOrg::adminPassword(), &signInError),
                 qPrintable(signInError));
        const SigningKey* issuer = m_services->accounts.signer(admin->id, &signInError);
        QVERIFY2(issuer, qPrintable(signInError));
        const auto run = [&](const QString& dir, const std::atomic_bool* cancel, QVector<int>* seen,
                             QString* error) {
            int written = -2;
            const auto progress = [seen](int done, int total) {
                seen->append(done);
                return done <= total;
            };
            const std::unique_ptr<QThread> worker(QThread::create([&] {
                Database db;
                if (!db.open(m_db->path(), error))
                    return;
                Services services(db, m_catalog, Clock::system());
                written = print::writeCertificates(services, dir, {}, *issuer, progress, cancel, error);
            }));
            worker->start();
            worker->wait();
            return written;
        };
        QVector<int> seen;
        QString error;
        const QString dir = m_dir.filePath(QStringLiteral("certificates"));
        QCOMPARE(run(dir, nullptr, &seen, &error), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen.size(), 46); // every active person: the admin, the mentor and 44 learners
        QCOMPARE(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 1);
        QCOMPARE(test::pdfPages(QDir(dir).filePath(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files).first())), 1);

        seen.clear();
        const std::atomic_bool cancel{true};
        // It stops after the first person by name, "../x", who has not graduated.
        QCOMPARE(run(m_dir.filePath(QStringLiteral("cancelled")), &cancel, &seen, &error), 0);
        QCOMPARE(seen, QVector<int>{1});
    }

private:
    // A formula, a path, accents and a script DejaVu Sans lacks (the bundled fallback has it).
    const QString Harbour = QStringLiteral("Harbour Street"); // where the graduate works
    const QStringList m_hostile = {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("../x"),
                                   QStringLiteral("Zoë Ørsted"), QStringLiteral("李 小龍")};
    QTemporaryDir m_dir;
    Catalog m_catalog;
    std::optional<Database> m_db;
    std::optional<Services> m_services;
    std::optional<Person> m_graduate;
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
