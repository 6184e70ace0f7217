#include "people/Csv.h"
#include "people/PeopleImport.h"
#include "store/Database.h"
#include "store/PeopleStore.h"

#include <QtTest>

using namespace careu;

class TestPeopleImport : public QObject
{
    Q_OBJECT

private:
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
        QVERIFY(db.open(dir.filePath(QStringLiteral("careu.sqlite")), &error));
        PeopleStore people(db, Clock::system());
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
        QVERIFY2(PeopleImport::run(csv, people, &report, &error), qPrintable(error));
        QCOMPARE(report.added, 3);
        QCOMPARE(report.rejected.size(), 5);
        QCOMPARE(report.rejected.at(0).line, 4);
        QVERIFY(report.rejected.at(0).why.contains(QStringLiteral("needs at least one role")));
        QCOMPARE(report.rejected.at(1).line, 5);
        QVERIFY(report.rejected.at(1).why.contains(QStringLiteral("no mentor called \"Nobody\"")));
        QVERIFY(report.rejected.at(2).why.contains(QStringLiteral("unknown role \"wizard\"")));
        QVERIFY(report.rejected.at(3).why.contains(QStringLiteral("already a profile called Maria Lopez")));
        QVERIFY(report.rejected.at(4).why.contains(QStringLiteral("2 fields where the header has 5")));

        const auto ben = people.findByName(QStringLiteral("Ben \"the kid\" Ortiz"), &error);
        QVERIFY(ben);
        const auto maria = people.findByName(QStringLiteral("maria lopez"), &error);
        QCOMPARE(ben->mentorId, maria->id);
        QCOMPARE(maria->roles, (Roles{Role::Mentor, Role::Coach}));
        QCOMPARE(maria->email, QStringLiteral("maria@example.com"));
        QCOMPARE(people.findByName(QStringLiteral("=HYPERLINK(\"x\")"), &error)->mentorId, maria->id);
    }

    void anOptionalLocationColumn()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("careu.sqlite")), &error));
        PeopleStore people(db, Clock::system());
        const QString csv = QStringLiteral("location,name,roles\n"
                                           "  Harbour   Street ,Maria Lopez,mentor\n"
                                           ",Ben Ortiz,learner\n") +
                            QString(PeopleStore::MaxLocationLength + 1, QLatin1Char('x')) +
                            QStringLiteral(",Long Way,learner\n");
        PeopleImport::Report report;
        QVERIFY2(PeopleImport::run(csv, people, &report, &error), qPrintable(error));
        QCOMPARE(report.added, 2);
        QCOMPARE(report.rejected.size(), 1);
        QVERIFY2(
            report.rejected.first().why.contains(QStringLiteral("location of Long Way is 101 characters")),
            qPrintable(report.rejected.first().why));
        QCOMPARE(people.findByName(QStringLiteral("Maria Lopez"), &error)->location,
                 QStringLiteral("Harbour Street"));
        QCOMPARE(people.findByName(QStringLiteral("Ben Ortiz"), &error)->location, QString());
    }

    void overlongFieldsAreRejectedClearly()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("careu.sqlite")), &error));
        PeopleStore people(db, Clock::system());
        const QString huge(100000, QLatin1Char('x'));
        const QString csv =
            QStringLiteral("name,email,staff_id,roles,mentor\n") + huge + QStringLiteral(",,,learner,\n") +
            QStringLiteral("Ana,") + huge + QStringLiteral("@example.com,,learner,\n") +
            QStringLiteral("Ben,,") + huge + QStringLiteral(",learner,\n") + QStringLiteral("Cy,,,learner;") +
            huge + QStringLiteral(",\n") + QStringLiteral("Di,,,learner,") + huge + QStringLiteral("\n");
        PeopleImport::Report report;
        QVERIFY2(PeopleImport::run(csv, people, &report, &error), qPrintable(error));
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

        QVERIFY(!PeopleImport::run(QStringLiteral("name,roles,") + huge + QStringLiteral("\n"), people,
                                   &report, &error));
        QVERIFY2(error.size() < 200, qPrintable(error));
    }

    void badHeaderRejectsTheFile()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("careu.sqlite")), &error));
        PeopleStore people(db, Clock::system());
        PeopleImport::Report report;
        QVERIFY(!PeopleImport::run(QStringLiteral("name,role\nAna,learner\n"), people, &report, &error));
        QVERIFY2(error.contains(QStringLiteral("unknown column \"role\"")), qPrintable(error));
        QVERIFY(!PeopleImport::run(QStringLiteral("name,email\nAna,a@b.c\n"), people, &report, &error));
        QVERIFY(error.contains(QStringLiteral("\"roles\" is missing")));
        QCOMPARE(people.active(&error).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPeopleImport)
#include "tst_peopleimport.moc"
