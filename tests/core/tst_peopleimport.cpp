#include "TestDatabase.h"
#include "TestOrg.h"
#include "people/Csv.h"
#include "people/PeopleImport.h"
#include "people/PlainText.h"
#include "signoff/ChainAudit.h"
#include "store/Database.h"
#include "store/PeopleStore.h"

#include <QtTest>

using namespace careu;

class TestPeopleImport : public QObject
{
    Q_OBJECT

private:
    // The organization's admin imports the file.
    static bool run(test::TestOrg& org, const QByteArray& csv, PeopleImport::Report* report, QString* error)
    {
        const auto admin = org.admin(error);
        return admin && PeopleImport::run(csv, org.people(), org.services().team, *admin, report, error);
    }

    const Catalog m_catalog;

    static QList<QStringList> table(std::initializer_list<std::initializer_list<const char*>> rows)
    {
        QList<QStringList> result;
        for (const auto& row : rows) {
            QStringList fields;
            for (const char* field : row)
                fields.append(QString::fromUtf8(field));
            result.append(fields);
        }
        return result;
    }

private slots:
    void csvFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::addRow("plain") << "a,b\nc,d\n" << table({{"a", "b"}, {"c", "d"}}) << QList<int>{1, 2};
        QTest::addRow("CRLF, no final newline")
            << "a,b\r\nc,d" << table({{"a", "b"}, {"c", "d"}}) << QList<int>{1, 2};
        QTest::addRow("quotes, commas, line breaks")
            << "\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row"
            << table({{"x, y", "say \"hi\""}, {"two\nlines", "z"}, {"last", "row"}}) << QList<int>{1, 2, 4};
        QTest::addRow("empty fields and blank lines")
            << "a,,c\n\n,\n"
            << table({{"a", "", "c"}, {"", ""}}) << QList<int>{1, 3};
        QTest::addRow("byte order mark")
            << QStringLiteral("\uFEFFname\n") << table({{"name"}}) << QList<int>{1};
    }

    void csvFields()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        QVector<Csv::Row> parsed;
        QString error;
        QVERIFY2(Csv::parse(text, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(parsed.at(i).fields, rows.at(i));
            QCOMPARE(parsed.at(i).line, lines.at(i));
        }
    }

    void malformedCsv_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("unclosed quote") << "a\n\"never closed,b\n"
                                        << "line 2: a quoted field is never closed";
        QTest::addRow("text after quote") << "\"a\"b,c"
                                          << "line 1: text after a closing quote";
    }

    void malformedCsv()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QVector<Csv::Row> parsed;
        QString error;
        QVERIFY(!Csv::parse(text, &parsed, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void importReportsEachRejectedLine()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        test::TestOrg org(db, m_catalog, QDateTime::currentDateTimeUtc());
        QVERIFY2(org.admin(&error), qPrintable(error));
        PeopleStore& people = org.people();
        const QString csv = QStringLiteral("name,email,staff_id,roles,mentor\n"
                                           "Maria Lopez,maria@example.com,S1,mentor;coach,\n"
                                           "\"Ben \"\"the kid\"\" Ortiz\",,S2,learner,Maria Lopez\n"
                                           "No Role,,,,\n"
                                           "Anna,,,learner,Nobody\n"
                                           "Zed,,,learner|wizard,\n"
                                           "\"=HYPERLINK(\"\"x\"\")\",,,learner,maria@example.com\n"
                                           "Maria  lopez,,,learner,\n"
                                           "Short,row\n");
        PeopleImport::Report report;
        QVERIFY2(run(org, csv.toUtf8(), &report, &error), qPrintable(error));
        QCOMPARE(report.added, 0);                 // a file with bad lines adds nobody
        QCOMPARE(people.active(&error).size(), 1); // the admin
        QCOMPARE(report.rejected.size(), 5);
        QCOMPARE(report.rejected.at(0).line, 4);
        QVERIFY(report.rejected.at(0).why.contains(QStringLiteral("needs at least one role")));
        QCOMPARE(report.rejected.at(1).line, 5);
        QVERIFY(report.rejected.at(1).why.contains(QStringLiteral("no mentor called \"Nobody\"")));
        QVERIFY(report.rejected.at(2).why.contains(QStringLiteral("unknown role \"wizard\"")));
        QVERIFY2(report.rejected.at(3).why.contains(QStringLiteral("Maria lopez is on line 2 too")),
                 qPrintable(report.rejected.at(3).why));
        QVERIFY(report.rejected.at(4).why.contains(QStringLiteral("2 fields where the header has 5")));

        // Fixed, the same file adds everyone on it, mentors named by name or email.
        QStringList lines = csv.split(QLatin1Char('\n'));
        for (const int bad : {8, 7, 5, 4, 3})
            lines.removeAt(bad);
        report = {};
        QVERIFY2(run(org, lines.join(QLatin1Char('\n')).toUtf8(), &report, &error), qPrintable(error));
        QVERIFY(report.rejected.isEmpty());
        QCOMPARE(report.added, 3);

        const auto ben = people.findByName(QStringLiteral("Ben \"the kid\" Ortiz"), &error);
        QVERIFY(ben);
        const auto maria = people.findByName(QStringLiteral("maria lopez"), &error);
        QCOMPARE(ben->mentorId, maria->id);
        QCOMPARE(maria->roles, (Roles{Role::Mentor, Role::Coach}));
        QCOMPARE(maria->email, QStringLiteral("maria@example.com"));
        QCOMPARE(people.findByName(QStringLiteral("=HYPERLINK(\"x\")"), &error)->mentorId, maria->id);

        // Each of them joined in the chain, signed by the admin: careu check finds nothing wrong.
        const ChainAudit::Result audit = ChainAudit(org.services()).run(&error);
        QVERIFY2(error.isEmpty() && audit.ok(), qPrintable(error + audit.describe().join(QLatin1Char('\n'))));
    }

    // Only a manager adds people, and only with their key open: a mentor's import, or one by a
    // manager who has not given their password, adds nobody.
    void onlyASignedInManagerImports()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        test::TestOrg org(db, m_catalog, QDateTime::currentDateTimeUtc());
        const auto maria = org.mentor(QStringLiteral("Maria"), &error);
        QVERIFY2(maria, qPrintable(error));
        const QByteArray csv = "name,roles\nBen,learner\n";
        PeopleImport::Report report;
        QVERIFY(!PeopleImport::run(csv, org.people(), org.services().team, *maria, &report, &error));
        QVERIFY2(!error.isEmpty(), "a mentor's import was let through");
        NewPerson manager;
        manager.name = QStringLiteral("Mona");
        manager.roles = {Role::Manager};
        const auto mona = org.add(manager, QStringLiteral("Mona's own password"), &error);
        QVERIFY2(mona, qPrintable(error));
        org.services().accounts.signOut(mona->id);
        error.clear();
        QVERIFY(!PeopleImport::run(csv, org.people(), org.services().team, *mona, &report, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(report.added, 0);
        QVERIFY(!org.people().findByName(QStringLiteral("Ben"), &error));
    }

    void anOptionalLocationColumn()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        test::TestOrg org(db, m_catalog, QDateTime::currentDateTimeUtc());
        QVERIFY2(org.admin(&error), qPrintable(error));
        PeopleStore& people = org.people();
        const QString csv = QStringLiteral("location,name,roles\n"
                                           "  Harbour   Street ,Maria Lopez,mentor\n"
                                           ",Ben Ortiz,learner\n") +
                            QString(PeopleStore::MaxLocationLength + 1, QLatin1Char('x')) +
                            QStringLiteral(",Long Way,learner\n");
        PeopleImport::Report report;
        QVERIFY2(run(org, csv.toUtf8(), &report, &error), qPrintable(error));
        QCOMPARE(report.added, 0);
        QCOMPARE(report.rejected.size(), 1);
        QVERIFY2(
            report.rejected.first().why.contains(QStringLiteral("location of Long Way is 101 characters")),
            qPrintable(report.rejected.first().why));
        report = {};
        QVERIFY(run(org, csv.section(QLatin1Char('\n'), 0, 2).toUtf8(), &report, &error));
        QCOMPARE(report.added, 2);
        QCOMPARE(people.findByName(QStringLiteral("Maria Lopez"), &error)->location,
                 QStringLiteral("Harbour Street"));
        QCOMPARE(people.findByName(QStringLiteral("Ben Ortiz"), &error)->location, QString());
    }

    void overlongFieldsAreRejectedClearly()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        test::TestOrg org(db, m_catalog, QDateTime::currentDateTimeUtc());
        QVERIFY2(org.admin(&error), qPrintable(error));
        const QString huge(100000, QLatin1Char('x'));
        const QString csv =
            QStringLiteral("name,email,staff_id,roles,mentor\n") + huge + QStringLiteral(",,,learner,\n") +
            QStringLiteral("Ana,") + huge + QStringLiteral("@example.com,,learner,\n") +
            QStringLiteral("Ben,,") + huge + QStringLiteral(",learner,\n") + QStringLiteral("Cy,,,learner;") +
            huge + QStringLiteral(",\n") + QStringLiteral("Di,,,learner,") + huge + QStringLiteral("\n");
        PeopleImport::Report report;
        QVERIFY2(run(org, csv.toUtf8(), &report, &error), qPrintable(error));
        QCOMPARE(report.added, 0);
        const QStringList expected = {
            QStringLiteral("That name is 100000 characters long; please keep it to 80."),
            QStringLiteral("The email address of Ana is 100012 characters long; an address has at most 254."),
            QStringLiteral("The staff id of Ben is 100000 characters long; please keep it to 64."),
            QStringLiteral("unknown role \"%1…\"").arg(QString(40, QLatin1Char('x'))),
            QStringLiteral("no mentor called \"%1…\"").arg(QString(40, QLatin1Char('x')))};
        QCOMPARE(report.rejected.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(report.rejected.at(i).line, i + 2);
            QVERIFY2(report.rejected.at(i).why.startsWith(expected.at(i)),
                     qPrintable(report.rejected.at(i).why));
        }

        QVERIFY(!run(org, (QStringLiteral("name,roles,") + huge + QStringLiteral("\n")).toUtf8(), &report,
                     &error));
        QVERIFY2(error.size() < 200, qPrintable(error));
    }

    void badHeaderRejectsTheFile()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        test::TestOrg org(db, m_catalog, QDateTime::currentDateTimeUtc());
        QVERIFY2(org.admin(&error), qPrintable(error));
        PeopleStore& people = org.people();
        PeopleImport::Report report;
        QVERIFY(!run(org, "name,role\nAna,learner\n", &report, &error));
        QVERIFY2(error.contains(QStringLiteral("unknown column \"role\"")), qPrintable(error));
        QVERIFY(!run(org, "name,email\nAna,a@b.c\n", &report, &error));
        QVERIFY(error.contains(QStringLiteral("\"roles\" is missing")));
        QCOMPARE(people.active(&error).size(), 1); // the admin
    }

    // Input a careless export or an attacker would hand over: each is refused with its line, and
    // nobody at all is added.
    void badInputIsRefusedByLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line"); // 0: the whole file is refused
        QTest::addColumn<QString>("message");
        const QByteArray header = "name,email,roles\n";
        QTest::addRow("email twice in the file")
            << header + "Ana,ana@example.com,learner\nBen,ANA@example.com,learner\n"
            << 3 << "the email address ANA@example.com is on line 2 too";
        QTest::addRow("email of someone in the team")
            << header + "Ben,team@example.com,learner\n"
            << 2 << "the email address team@example.com belongs to someone in the team already";
        QTest::addRow("name of someone in the team") << header + "Tess  TEAM,,learner\n"
                                                     << 2 << "Tess TEAM is in the team already";
        QTest::addRow("not an email") << header + "Ana,ana at example,learner\n"
                                      << 2 << "\"ana at example\" is not an email address";
        QTest::addRow("NUL") << header + QByteArray("An\0a,,learner\n", 14) << 2 << "(U+0000)";
        QTest::addRow("BEL") << header + "Ana\a,,learner\n" << 2 << "(U+0007)";
        QTest::addRow("ESC") << header + "Ana\x1b[2J,,learner\n" << 2 << "(U+001B)";
        QTest::addRow("a line break in a name") << header + "\"Ana\nLopez\",,learner\n" << 2 << "(U+000A)";
        QTest::addRow("right-to-left override") << header + "Ana \xe2\x80\xae"
                                                            "xelA,,learner\n"
                                                << 2 << "(U+202E)";
        QTest::addRow("not UTF-8") << header + "Ana,,learner\nJos\xe9,,learner\n"
                                   << 0 << "line 3: this is not UTF-8 text";
        QTest::addRow("a column named twice") << QByteArray("name,roles,Name\nAna,learner,Ana\n") << 0
                                              << "line 1: the column \"name\" is named twice";
        QByteArray many = "name,roles";
        for (int i = 0; i < 100000; ++i)
            many += ",name";
        QTest::addRow("100,000 columns") << many + "\nAna,learner\n"
                                         << 0 << "line 1: the column \"name\" is named twice";
    }

    void badInputIsRefusedByLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        test::TestOrg org(db, m_catalog, QDateTime::currentDateTimeUtc());
        QVERIFY2(org.admin(&error), qPrintable(error));
        PeopleStore& people = org.people();
        NewPerson tess;
        tess.name = QStringLiteral("Tess Team");
        tess.email = QStringLiteral("Team@Example.com");
        QVERIFY(people.create(tess, &error));
        PeopleImport::Report report;
        const bool read = run(org, csv, &report, &error);
        if (line == 0) {
            QVERIFY(!read);
            QVERIFY2(error.contains(message), qPrintable(error));
        } else {
            QVERIFY2(read, qPrintable(error));
            QCOMPARE(report.rejected.size(), 1);
            QCOMPARE(report.rejected.first().line, line);
            QVERIFY2(report.rejected.first().why.contains(message), qPrintable(report.rejected.first().why));
            // Quoted back safely: no raw control character in the message either.
            QVERIFY(!PlainText::firstUnsafe(report.rejected.first().why));
        }
        QCOMPARE(report.added, 0);
        QCOMPARE(people.active(&error).size(), 2); // the admin and Tess
    }
};

QTEST_GUILESS_MAIN(TestPeopleImport)
#include "tst_peopleimport.moc"
