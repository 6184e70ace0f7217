#include "Services.h"
#include "TestDatabase.h"
#include "TestOrg.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "content/Catalog.h"
#include "demo/DemoSeeder.h"
#include "report/ReportWriter.h"
#include "signoff/ChainAudit.h"
#include "store/Database.h"
#include "store/OrganizationCopy.h"
#include "store/PeopleStore.h"
#include "store/RecordChain.h"

#include <QtTest>

using namespace careu;

// A shop's SQLite file copied into the business's database (PostgreSQL when this runs as
// tst_organizationcopy_postgresql): the same organization row for row, ids going on after the
// copied ones, the chain the same; a target that holds anything, or a chain that does not verify
// (hashes or signatures), copies nothing.
class TestOrganizationCopy : public QObject
{
    Q_OBJECT

private:
    // A source file and a target database, opened, and what copying one into the other gave.
    struct Copy
    {
        Database from;
        Database to;
        OrganizationCopy::Result result;
        QString error;

        bool open(const QString& source, const QString& target)
        {
            return from.open(source, &error) && to.open(target, &error);
        }
        bool run(const Catalog& catalog, const Clock& clock)
        {
            return OrganizationCopy::run(from, to, ChainAudit::copyCheck(catalog, clock), &result, &error);
        }
    };

    QTemporaryDir m_dir;
    Catalog m_catalog = Catalog::load();
    ManualClock m_clock{QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC)};

    QString seeded(const QString& name, int learners)
    {
        const QString path = m_dir.filePath(name);
        Database db;
        QString error;
        if (!db.open(path, &error))
            qWarning() << error;
        const Services services(db, m_catalog, m_clock);
        DemoSeeder::Summary summary;
        if (!DemoSeeder(services, 7).run(learners, &summary, &error))
            qWarning() << error;
        return path;
    }

    QString csv(const Database& db)
    {
        const Services services(db, m_catalog, m_clock);
        QString text;
        QTextStream out(&text);
        QString error;
        if (ReportWriter(services, databaseKeeper(), QStringLiteral("https://careu.example"))
                .write(ReportWriter::Format::Csv, {}, out, &error) < 0)
            qWarning() << error;
        out.flush();
        return text;
    }

    static qint64 rows(const Database& db, const QString& table)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private slots:
    void copiesTheWholeOrganization()
    {
        const QString source = seeded(QStringLiteral("shop.sqlite"), 20);
        Copy copy;
        QVERIFY2(copy.open(source, test::newDatabase(m_dir, QStringLiteral("all.sqlite"))), qPrintable(copy.error));
        QVERIFY2(copy.run(m_catalog, m_clock), qPrintable(copy.error));
        const Database& from = copy.from;
        const Database& to = copy.to;
        const OrganizationCopy::Result& result = copy.result;
        QString error;

        QStringList tables;
        for (const OrganizationCopy::Table& table : result.tables) {
            tables.append(table.name);
            QCOMPARE(rows(to, table.name), rows(from, table.name));
            QCOMPARE(table.rows, rows(from, table.name));
        }
        // People before what points at them.
        QVERIFY(tables.indexOf(QStringLiteral("people")) < tables.indexOf(QStringLiteral("records")));
        QVERIFY(tables.indexOf(QStringLiteral("lesson_progress")) < tables.indexOf(QStringLiteral("check_answers")));
        QVERIFY(rows(to, QStringLiteral("records")) > 0);

        const RecordChain::Verification chain = RecordChain(to).verify(&error);
        QVERIFY(chain.intact);
        QCOMPARE(chain.headHash, RecordChain(from).verify(&error).headHash);
        QCOMPARE(result.chainHead, chain.headHash);
        const QString report = csv(to);
        QVERIFY(report.count(QLatin1Char('\n')) > 20);
        QCOMPARE(report, csv(from));

        // The next person gets an id after the copied ones (PostgreSQL's identity was moved on).
        PeopleStore people(to, m_clock);
        const auto added = people.create(QStringLiteral("Newly Hired"), &error);
        QVERIFY2(added, qPrintable(error));
        QCOMPARE(added->id, rows(from, QStringLiteral("people")) + 1);
    }

    // A mentor added after their learner has a higher id than the learner who points at them.
    void aMentorAddedLaterIsCopied()
    {
        const QString source = m_dir.filePath(QStringLiteral("later.sqlite"));
        QString error;
        qint64 learnerId = 0;
        {
            Database db;
            QVERIFY2(db.open(source, &error), qPrintable(error));
            test::TestOrg org(db, m_catalog, m_clock.now());
            NewPerson ana;
            ana.name = QStringLiteral("Ana Lopez");
            const auto admin = org.admin(&error);
            const auto learner =
                admin ? org.add(ana, test::TestOrg::learnerPassword(), &error) : std::nullopt;
            const auto made = learner ? org.mentor(QStringLiteral("Mo Mentor"), &error) : std::nullopt;
            QVERIFY2(made, qPrintable(error));
            QVERIFY2(org.services().team.assignMentor(*admin, *learner, made->id, &error), qPrintable(error));
            learnerId = learner->id;
        }
        Copy copy;
        QVERIFY2(copy.open(source, test::newDatabase(m_dir, QStringLiteral("later-to.sqlite"))), qPrintable(copy.error));
        QVERIFY2(copy.run(m_catalog, m_clock), qPrintable(copy.error));
        const auto copied = PeopleStore(copy.to, m_clock).find(learnerId, &error);
        QVERIFY2(copied, qPrintable(error));
        QCOMPARE(copied->mentorId, learnerId + 1);
    }

    void aTargetThatHoldsAnythingIsRefused()
    {
        const QString source = seeded(QStringLiteral("refused.sqlite"), 2);
        Copy copy;
        QVERIFY2(copy.open(source, test::newDatabase(m_dir, QStringLiteral("taken.sqlite"))), qPrintable(copy.error));
        QVERIFY2(PeopleStore(copy.to, m_clock).create(QStringLiteral("Already Here"), &copy.error), qPrintable(copy.error));
        QVERIFY(!copy.run(m_catalog, m_clock));
        QVERIFY2(copy.error.contains(QStringLiteral("is not empty")), qPrintable(copy.error));
        QCOMPARE(rows(copy.to, QStringLiteral("people")), 1);
        QCOMPARE(rows(copy.to, QStringLiteral("records")), 0);
    }

    // A record edited behind the app's back (its trigger dropped first) is not carried over.
    void aBrokenChainCopiesNothing()
    {
        const QString source = seeded(QStringLiteral("broken.sqlite"), 3);
        Copy copy;
        QVERIFY2(copy.open(source, test::newDatabase(m_dir, QStringLiteral("clean.sqlite"))), qPrintable(copy.error));
        QSqlQuery tamper(copy.from.connection());
        QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER records_append_only_update")));
        QVERIFY(tamper.exec(QStringLiteral("UPDATE records SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = 2")));
        QVERIFY(!copy.run(m_catalog, m_clock));
        QVERIFY2(copy.error.contains(QStringLiteral("is broken at record")), qPrintable(copy.error));
        QCOMPARE(rows(copy.to, QStringLiteral("people")), 0);
    }

    // The hashes link up, but a record's signature was taken off: the audit copy-from runs names it.
    void anUnsignedRecordCopiesNothing()
    {
        const QString source = seeded(QStringLiteral("unsigned.sqlite"), 3);
        Copy copy;
        QVERIFY2(copy.open(source, test::newDatabase(m_dir, QStringLiteral("unsigned-to.sqlite"))),
                 qPrintable(copy.error));
        QSqlQuery tamper(copy.from.connection());
        QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER records_append_only_update")));
        QVERIFY(tamper.exec(QStringLiteral("UPDATE records SET signature = '' WHERE id = 2")));
        QVERIFY(!copy.run(m_catalog, m_clock));
        QVERIFY2(copy.error.contains(QStringLiteral("does not verify")), qPrintable(copy.error));
        QVERIFY2(copy.error.contains(QStringLiteral("record 2 ")), qPrintable(copy.error));
        QVERIFY2(copy.error.contains(QStringLiteral("it is not signed")), qPrintable(copy.error));
        QCOMPARE(rows(copy.to, QStringLiteral("people")), 0);
    }

    void theCommandPrintsTheCounts()
    {
        if (!test::onPostgres())
            QSKIP("copy-from fills a PostgreSQL database; the command runs in tst_organizationcopy_postgresql");
        const QString source = seeded(QStringLiteral("command.sqlite"), 4);
        cli::Options options;
        QString error;
        const QString target = test::newDatabase(m_dir, QStringLiteral("command-to.sqlite"));
        QVERIFY2(cli::parse({QStringLiteral("--db"), target, QStringLiteral("copy-from"), source}, &options, &error),
                 qPrintable(error));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const cli::Context context{outStream, errStream, m_clock, nullptr};
        QCOMPARE(cli::run(options, context), int(cli::Success));
        QVERIFY2(out.contains(QStringLiteral("in one transaction")), qPrintable(out));
        QVERIFY2(QRegularExpression(QStringLiteral("people: +\\d+")).match(out).hasMatch(), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Record chain: verified on both sides")), qPrintable(out));

        // Again into the same database: refused, and it says why.
        QCOMPARE(cli::run(options, context), int(cli::Failure));
        QVERIFY2(err.contains(QStringLiteral("is not empty")), qPrintable(err));
    }

    void aFileTargetIsAUsageError()
    {
        cli::Options options;
        QString error;
        QVERIFY(cli::parse({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("copy-from"),
                            m_dir.filePath(QStringLiteral("y.sqlite"))},
                           &options, &error));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(cli::run(options, {outStream, errStream, m_clock, nullptr}), int(cli::UsageError));
        QVERIFY2(err.contains(QStringLiteral("fills a PostgreSQL database")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationCopy)
#include "tst_organizationcopy.moc"
