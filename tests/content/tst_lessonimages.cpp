#include "content/Catalog.h"
#include "content/LessonImages.h"

#include <QtTest>
#include <sys/stat.h>

using namespace careu;

// A lesson shows pictures from its own course folder and nothing else: a device, a file
// elsewhere, a link out of the folder or a web address is refused when the content is loaded,
// at the Markdown's line and column, so that `careu validate` reports it and the app never
// opens it.
class TestLessonImages : public QObject
{
    Q_OBJECT

private:
    // The good fixture course copied to dir, its first lesson's body replaced by markdown.
    static QString courseWith(const QTemporaryDir& dir, const QByteArray& markdown)
    {
        const QString from = QStringLiteral(CAREU_TEST_DATA "/fixtures/good");
        const QString to = dir.filePath(QStringLiteral("course"));
        QDir().mkpath(to + QStringLiteral("/lessons"));
        for (const QString& name : {QStringLiteral("course.json"), QStringLiteral("lessons/second.md")})
            QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name);
        QFile body(to + QStringLiteral("/lessons/first.md"));
        body.open(QIODevice::WriteOnly);
        body.write(markdown);
        return to;
    }

    static bool sized(const QString& path, qint64 bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.resize(bytes);
    }

    static QByteArray png()
    {
        // The smallest PNG: one transparent pixel.
        return QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    }

private slots:
    void picturesInTheCourseFolderAreRead()
    {
        QTemporaryDir dir;
        const QString course =
            courseWith(dir, "Say hello.\n\n![A smile](smile.png)\n\n![Again][s]\n\n[s]: smile.png\n");
        QFile picture(course + QStringLiteral("/lessons/smile.png"));
        QVERIFY(picture.open(QIODevice::WriteOnly) && picture.write(png()) > 0);
        picture.close();
        const Catalog catalog = Catalog::loadFolders({course});
        QVERIFY2(catalog.diagnostics().isEmpty(), qPrintable(catalog.diagnostics().value(0).toString()));
        const Lesson& lesson = catalog.courses().first().lessons.first();
        QCOMPARE(lesson.images.keys(), QStringList{QStringLiteral("smile.png")});
        QCOMPARE(lesson.images.value(QStringLiteral("smile.png")), png());
    }

    void anythingElseIsRefusedWhereItIsWritten_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("make"); // what to put in the lessons folder first
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addRow("a device") << QByteArray("Hi.\n\n![z](/dev/zero)\n") << "" << 3 << 6
                                  << "must be a file inside the course folder";
        QTest::addRow("a file URL") << QByteArray("![z](file:///etc/passwd)") << "" << 1 << 6
                                    << "is a web address or another place";
        QTest::addRow("a web address") << QByteArray("![z](https://example.com/x.png)") << "" << 1 << 6
                                       << "is a web address or another place";
        QTest::addRow("another folder") << QByteArray("![z](../../secret.png)") << "" << 1 << 6
                                        << "must be a file inside the course folder";
        QTest::addRow("HTML") << QByteArray("Hi <img src=\"/etc/passwd\"> there") << "" << 1 << 14
                              << "must be a file inside the course folder";
        QTest::addRow("by label") << QByteArray("![z][p]\n\n[p]: /dev/zero\n") << "" << 3 << 6
                                  << "must be a file inside the course folder";
        QTest::addRow("a pipe") << QByteArray("![z](pipe.png)") << "fifo" << 1 << 6
                                << "is not a regular file";
        QTest::addRow("a link out") << QByteArray("![z](out.png)") << "link" << 1 << 6
                                    << "leads outside the course folder";
        QTest::addRow("too large") << QByteArray("![z](huge.png)") << "huge" << 1 << 6
                                   << "is larger than 2 MiB";
        QTest::addRow("not a picture")
            << QByteArray("![z](notes.txt)") << "text" << 1 << 6 << "is not a picture";
    }

    void anythingElseIsRefusedWhereItIsWritten()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, make);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString course = courseWith(dir, markdown);
        const QString lessons = course + QStringLiteral("/lessons/");
        if (make == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(lessons + QStringLiteral("pipe.png")).constData(), 0600), 0);
        else if (make == QLatin1String("link"))
            QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), lessons + QStringLiteral("out.png")));
        else if (make == QLatin1String("huge"))
            QVERIFY(sized(lessons + QStringLiteral("huge.png"), 3 * 1024 * 1024));
        else if (make == QLatin1String("text"))
            QVERIFY(sized(lessons + QStringLiteral("notes.txt"), 10));
        const Catalog catalog = Catalog::loadFolders({course});
        QVERIFY(!catalog.diagnostics().isEmpty());
        const Diagnostic& first = catalog.diagnostics().first();
        QCOMPARE(first.file, lessons + QStringLiteral("first.md"));
        QCOMPARE(first.line, line);
        QCOMPARE(first.column, column);
        QVERIFY2(first.message.contains(message), qPrintable(first.toString()));
        QVERIFY(catalog.courses().isEmpty()); // the course is left out, so nothing of it is shown
    }

    void aLessonBodyLinkedOutOfTheFolderIsRefused()
    {
        QTemporaryDir dir;
        const QString course = courseWith(dir, "Hi.\n");
        const QString body = course + QStringLiteral("/lessons/first.md");
        QVERIFY(QFile::remove(body));
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), body));
        const Catalog catalog = Catalog::loadFolders({course});
        QCOMPARE(catalog.diagnostics().size(), 1);
        QVERIFY2(
            catalog.diagnostics().first().message.contains(QStringLiteral("leads outside the course folder")),
            qPrintable(catalog.diagnostics().first().toString()));
        QVERIFY(catalog.courses().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLessonImages)
#include "tst_lessonimages.moc"
