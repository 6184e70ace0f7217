#include "LessonDocument.h"

#include "Theme.h"

#include <QFont>
#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

namespace careu::ui {

namespace {
class Document : public QTextDocument
{
public:
    Document(QHash<QString, QByteArray> images, QObject* parent)
        : QTextDocument(parent), m_images(std::move(images))
    {
    }

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        const auto picture = m_images.constFind(name.toString());
        if (type != QTextDocument::ImageResource || picture == m_images.cend())
            return {};
        return QImage::fromData(*picture);
    }

private:
    QHash<QString, QByteArray> m_images;
};
} // namespace

QTextDocument* lessonDocument(const QString& markdown, const QHash<QString, QByteArray>& images,
                              const QFont& font, QObject* parent)
{
    auto* document = new Document(images, parent);
    document->setDefaultFont(font);
    document->setMarkdown(markdown);
    document->setDocumentMargin(28);
    const qreal base = font.pointSizeF();
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        cursor.setPosition(block.position());
        QTextBlockFormat format = block.blockFormat();
        format.setLineHeight(145, QTextBlockFormat::ProportionalHeight);
        format.setBottomMargin(block.textList() ? 4 : 12);
        const int level = format.headingLevel();
        if (level > 0) {
            format.setTopMargin(14);
            format.setBottomMargin(6);
            cursor.select(QTextCursor::BlockUnderCursor);
            QTextCharFormat heading;
            heading.setFontPointSize(base * (level <= 2 ? 1.3 : 1.1));
            heading.setFontWeight(QFont::DemiBold);
            heading.setForeground(Theme::current().heading);
            cursor.mergeCharFormat(heading);
            cursor.clearSelection();
        }
        cursor.setBlockFormat(format);
    }
    return document;
}

} // namespace careu::ui
