#include "LessonDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextDocument>
#include <QtTest>
#include <memory>

using namespace careu;

// The Learn step's document shows the pictures the course loader read, and never opens anything
// a lesson names: `![z](/dev/zero)` once ran the app out of memory and a pipe hung it.
class TestLessonDocument : public QObject
{
    Q_OBJECT

private slots:
    void showsOnlyThePicturesItWasGiven()
    {
        QImage pixel(2, 2, QImage::Format_ARGB32);
        pixel.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && pixel.save(&buffer, "PNG"));
        const QString markdown =
            QStringLiteral("![ok](smile.png)\n\n![z](/dev/zero)\n\n![p](file:///etc/passwd)\n\n"
                           "![f](/dev/stdin)\n");
        const std::unique_ptr<QTextDocument> document(
            ui::lessonDocument(markdown, {{QStringLiteral("smile.png"), png}}, QFont(), nullptr));
        document->setTextWidth(640);
        QVERIFY(document->documentLayout()->documentSize().height() > 0); // laid out, did not hang
        const QImage shown =
            document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("smile.png")))
                .value<QImage>();
        QCOMPARE(shown.size(), QSize(2, 2));
        for (const char* other : {"/dev/zero", "file:///etc/passwd", "/dev/stdin", "/etc/hostname"})
            QVERIFY2(
                !document->resource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(other))).isValid(),
                other);
    }
};

QTEST_MAIN(TestLessonDocument)
#include "tst_lessondocument.moc"
