#include "content/Catalog.h"

#include <QtTest>

using namespace careu;

// Every kind of bad content the validator must catch, one fixture folder each, with the exact
// place it must point at.
class TestCatalog : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString& name)
    {
        return QStringLiteral(CAREU_TEST_DATA "/fixtures/") + name;
    }

private slots:
    void goodFixtureLoads()
    {
        const Catalog catalog = Catalog::loadFolders({fixture(QStringLiteral("good"))});
        QVERIFY2(catalog.diagnostics().isEmpty(), qPrintable(catalog.diagnostics().value(0).toString()));
        QCOMPARE(catalog.courses().size(), 1);
        const Course* course = catalog.course(QStringLiteral("fixture"));
        QVERIFY(course);
        QCOMPARE(course->lessons.size(), 2);
        const Lesson& first = course->lessons.at(0);
        QCOMPARE(first.pillar, QStringLiteral("communicate"));
        QCOMPARE(first.body, QStringLiteral("Say **hello** first.\n"));
        QCOMPARE(first.check.at(0).answer, QStringLiteral("b"));
        QCOMPARE(first.check.at(0).choice(QStringLiteral("a"))->feedback,
                 QStringLiteral("An order, not a greeting."));
        QCOMPARE(first.practice.checklist.size(), 2);
        QCOMPARE(first.contentHash.size(), 64);
        QVERIFY(first.contentHash != course->lessons.at(1).contentHash);
    }

    void badContentIsLocated_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        const QString json = QStringLiteral("course.json");
        QTest::addRow("invalid JSON") << "invalid-json" << json << 22 << 20 << "invalid JSON";
        QTest::addRow("unknown key") << "unknown-key" << json << 88 << 7 << "unknown key \"colour\"";
        QTest::addRow("missing key") << "missing-key" << json << 54 << 5 << "missing key \"reflect\"";
        QTest::addRow("missing Markdown")
            << "missing-markdown" << json << 59 << 7 << "lesson body file not found: lessons/missing.md";
        QTest::addRow("empty Markdown")
            << "empty-markdown" << json << 59 << 7 << "lesson body lessons/second.md is empty";
        QTest::addRow("duplicate lesson id") << "duplicate-lesson-id" << json << 55 << 7
                                             << "duplicate lesson id \"first\" (already used by lesson 1)";
        QTest::addRow("duplicate choice id")
            << "duplicate-choice-id" << json << 35 << 15 << "duplicate choice id \"b\"";
        QTest::addRow("answer not a choice") << "answer-not-a-choice" << json << 76 << 11
                                             << "answer \"c\" is not one of this question's choices";
        QTest::addRow("pillar not the course's") << "pillar-not-in-course" << json << 57 << 7
                                                 << "pillar \"enrich\" is not one of this course's pillars "
                                                    "(communicate, respond)";
        QTest::addRow("checklist too short")
            << "checklist-too-short" << json << 83 << 9 << "\"checklist\" has 1 items; it needs 2 to 5";
        QTest::addRow("wrong type") << "wrong-type" << json << 58 << 7
                                    << "\"minutes\" must be a whole number";
        // Beyond int: compared as an int, the number was undefined behaviour (UBSan).
        QTest::addRow("number out of range") << "minutes-out-of-range" << json << 58 << 7
                                             << "\"minutes\" must be a whole number from 1 to 240";
        QTest::addRow("unknown role-play")
            << "unknown-roleplay" << json << 89 << 9 << "unknown role-play \"the-salon\"";
        QTest::addRow("duplicate course id")
            << "duplicate-course-id"
            << "two/course.json" << 2 << 3 << "duplicate course id \"fixture\"";
    }

    void badContentIsLocated()
    {
        QFETCH(QString, folder);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);

        const Catalog catalog = Catalog::loadFolders({fixture(folder)});
        QCOMPARE(catalog.diagnostics().size(), 1);
        const Diagnostic& diagnostic = catalog.diagnostics().first();
        QCOMPARE(diagnostic.file, fixture(folder) + QLatin1Char('/') + file);
        QVERIFY2(diagnostic.message.contains(message), qPrintable(diagnostic.message));
        QCOMPARE(diagnostic.line, line);
        QCOMPARE(diagnostic.column, column);
        QVERIFY(diagnostic.toString().startsWith(
            QStringLiteral("%1:%2:%3: ").arg(diagnostic.file).arg(line).arg(column)));
    }

    void badCourseIsLeftOutButOthersLoad()
    {
        const Catalog catalog =
            Catalog::loadFolders({fixture(QStringLiteral("good")), fixture(QStringLiteral("wrong-type"))});
        QCOMPARE(catalog.diagnostics().size(), 1);
        QCOMPARE(catalog.courses().size(), 1);
    }

    void missingFolderIsReported()
    {
        const Catalog catalog = Catalog::loadFolders({fixture(QStringLiteral("no-such-folder"))});
        QCOMPARE(catalog.diagnostics().size(), 1);
        QCOMPARE(catalog.diagnostics().first().toString(),
                 fixture(QStringLiteral("no-such-folder")) + QStringLiteral(": content folder not found"));
    }

    void overlayReplacesCourseWithSameId()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(QStringLiteral("override"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/lessons")));
        QFile source(fixture(QStringLiteral("good/course.json")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray json = source.readAll();
        json.replace("Fixture course", "Our own course");
        QFile target(root + QStringLiteral("/course.json"));
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(json);
        target.close();
        for (const QString& name : {QStringLiteral("first.md"), QStringLiteral("second.md")})
            QVERIFY(QFile::copy(fixture(QStringLiteral("good/lessons/")) + name,
                                root + QStringLiteral("/lessons/") + name));

        const Catalog catalog = Catalog::loadFolders({fixture(QStringLiteral("good")), root});
        QVERIFY(catalog.diagnostics().isEmpty());
        QCOMPARE(catalog.courses().size(), 1);
        QCOMPARE(catalog.course(QStringLiteral("fixture"))->title, QStringLiteral("Our own course"));
    }

    void hostileJsonIsReportedCheaply()
    {
        // Deep nesting and a long list in a file under the size limit: reported, quickly, with
        // the positions kept for it bounded (no timing is asserted; the test would hang or run
        // out of memory otherwise).
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("course.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\": " + QByteArray(500, '[') + QByteArray(500, ']') + ", \"x\": [");
        for (int i = 0; i < 200000; ++i)
            file.write(i ? ",0" : "0");
        file.write("]}");
        file.close();
        const Catalog catalog = Catalog::loadFolders({dir.path()});
        QVERIFY(!catalog.diagnostics().isEmpty());
        QVERIFY(catalog.diagnostics().size() < 20);
        QVERIFY(catalog.courses().isEmpty());
    }

    void oversizedFileIsRefused()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("course.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(3 * 1024 * 1024, ' '));
        file.close();
        const Catalog catalog = Catalog::loadFolders({dir.path()});
        QCOMPARE(catalog.diagnostics().size(), 1);
        QVERIFY(catalog.diagnostics().first().message.contains(QStringLiteral("at most 2048 KiB")));
    }

    void devicesAreRefused()
    {
        // A device has no size to check and never ends: reading one whole ran out of memory.
        const QString device = QStringLiteral("/dev/zero");
        if (!QFileInfo::exists(device))
            QSKIP("no /dev/zero here");
        QTemporaryDir dir;
        const QString course = dir.filePath(QStringLiteral("course"));
        QVERIFY(QDir().mkpath(course + QStringLiteral("/lessons")));
        QVERIFY(QFile::copy(fixture(QStringLiteral("good/course.json")),
                            course + QStringLiteral("/course.json")));
        QVERIFY(QFile::copy(fixture(QStringLiteral("good/lessons/second.md")),
                            course + QStringLiteral("/lessons/second.md")));
        QVERIFY(QFile::link(device, course + QStringLiteral("/lessons/first.md")));
        const QString deviceCourse = dir.filePath(QStringLiteral("device"));
        QVERIFY(QDir().mkpath(deviceCourse));
        QVERIFY(QFile::link(device, deviceCourse + QStringLiteral("/course.json")));

        const Catalog catalog = Catalog::loadFolders({course, deviceCourse});
        QCOMPARE(catalog.diagnostics().size(), 2);
        QVERIFY2(catalog.diagnostics().at(0).message.contains(
                     QStringLiteral("lesson body lessons/first.md is not a regular file")),
                 qPrintable(catalog.diagnostics().at(0).toString()));
        QCOMPARE(catalog.diagnostics().at(1).toString(),
                 deviceCourse + QStringLiteral("/course.json: not a regular file"));
        QVERIFY(catalog.courses().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
