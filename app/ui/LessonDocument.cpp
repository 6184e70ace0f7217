#include "LessonDocument.h"

#include <QColor>
#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace careu::ui {

QTextDocument* lessonDocument(const QString& markdown, const QFont& font, QObject* parent)
{
    auto* document = new QTextDocument(parent);
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
            heading.setForeground(QColor(0x1d, 0x3c, 0x40));
            cursor.mergeCharFormat(heading);
            cursor.clearSelection();
        }
        cursor.setBlockFormat(format);
    }
    return document;
}

} // namespace careu::ui
