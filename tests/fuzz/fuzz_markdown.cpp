// A lesson body as the Learn step shows it: read as UTF-8 like the loader does, formatted by
// the same lessonDocument() the lesson page uses, and laid out at a page's width. QtGui only, on
// the offscreen platform: no widgets, no display.
#include "FuzzSupport.h"
#include "LessonDocument.h"
#include "content/LessonImages.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QGuiApplication>
#include <QTextDocument>
#include <memory>

using namespace careu;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Lives as long as the process: fonts and text layout need a GUI application.
    new QGuiApplication(fuzz::qtArgc(), fuzz::qtArgv());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString markdown = QString::fromUtf8(fuzz::bytes(data, size));
    // Every picture the lesson would ask for is found, at a place inside the text.
    QHash<QString, QByteArray> images;
    for (const LessonImages::Reference& reference : LessonImages::references(markdown)) {
        FUZZ_CHECK(reference.line >= 1 && reference.column >= 1 &&
                   reference.line <= markdown.count(QLatin1Char('\n')) + 1);
        images.insert(reference.target, QByteArray());
    }
    // Shown with nothing but (empty) pictures it was given: it loads no file, whatever it says.
    const std::unique_ptr<QTextDocument> document(ui::lessonDocument(markdown, images, QFont(), nullptr));
    document->setTextWidth(640);
    FUZZ_CHECK(document->documentLayout()->documentSize().height() > 0);
    return 0;
}
