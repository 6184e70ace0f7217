#include "Clock.h"
#include "cli/CommandLine.h"

#include <QtTest>

using namespace careu;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parsesOptionsAnywhere()
    {
        cli::Options options;
        QString error;
        QVERIFY(
            cli::parse({QStringLiteral("--db"), QStringLiteral("/tmp/a.sqlite"), QStringLiteral("validate"),
                        QStringLiteral("courses"), QStringLiteral("--content=/srv/extra"),
                        QStringLiteral("more"), QStringLiteral("--strict")},
                       &options, &error));
        QVERIFY(options.strict);
        QCOMPARE(options.dbPath, QStringLiteral("/tmp/a.sqlite"));
        QCOMPARE(options.command, QStringLiteral("validate"));
        QCOMPARE(options.commandArgs, (QStringList{QStringLiteral("courses"), QStringLiteral("more")}));
        QCOMPARE(options.contentDirs, QStringList{QStringLiteral("/srv/extra")});
        QVERIFY(cli::isCommand(options));
    }

    void guiOptionsAreNotACommand()
    {
        cli::Options options;
        QString error;
        QVERIFY(cli::parse({QStringLiteral("--db=x.sqlite"), QStringLiteral("--quit-after-startup")},
                           &options, &error));
        QVERIFY(options.quitAfterStartup);
        QVERIFY(!cli::isCommand(options));
    }

    void usageProblems_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown option") << QStringList{QStringLiteral("--nope")} << "unknown option --nope";
        QTest::addRow("missing value")
            << QStringList{QStringLiteral("--content")} << "--content needs a value";
        QTest::addRow("empty value") << QStringList{QStringLiteral("--db=")} << "--db needs a value";
    }

    void usageProblems()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        cli::Options options;
        QString error;
        QVERIFY(!cli::parse(arguments, &options, &error));
        QCOMPARE(error, message);
    }

    void unknownCommandIsAUsageError()
    {
        cli::Options options;
        options.command = QStringLiteral("dance");
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(cli::run(options, {outStream, errStream, Clock::system()}), int(cli::UsageError));
        QVERIFY(err.contains(QStringLiteral("unknown command \"dance\"")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
