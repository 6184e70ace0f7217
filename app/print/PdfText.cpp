#include "PdfText.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QTextLayout>

namespace careu::print {

bool canPaint(QString* error)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return true;
    *error = QCoreApplication::translate("careu", "making a PDF needs a QGuiApplication");
    return false;
}

std::unique_ptr<QPdfWriter> pdfWriter(QIODevice* out, QPageLayout::Orientation orientation,
                                      const QString& title)
{
    auto writer = std::make_unique<QPdfWriter>(out);
    writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer->setResolution(Resolution);
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("careu %1").arg(QLatin1String(CAREU_VERSION)));
    return writer;
}

qreal Canvas::lineHeight(const QFont& font) const
{
    return QFontMetricsF(font, &m_device).lineSpacing() * 25.4 / Resolution;
}

QString Canvas::elided(const QString& text, const QFont& font, qreal width) const
{
    return QFontMetricsF(font, &m_device).elidedText(text, Qt::ElideRight, mm(width));
}

QStringList Canvas::wrap(const QString& text, const QFont& font, qreal width, int maxLines) const
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        QTextLayout layout(paragraph, font, &m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(mm(width));
            if (lines.size() == maxLines - 1) {
                // Whatever is left goes on the last line allowed, cut short with an ellipsis.
                QString rest = paragraph.mid(line.textStart());
                if (&paragraph != &paragraphs.last())
                    rest += QChar(0x2026);
                lines.append(elided(rest, font, width));
                layout.endLayout();
                return lines;
            }
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return lines;
}

void Canvas::draw(qreal x, qreal y, qreal width, qreal height, const QFont& font, const QColor& colour,
                  const QString& line, Qt::Alignment align) const
{
    if (!m_painter)
        return;
    m_painter->setFont(font);
    m_painter->setPen(colour);
    m_painter->drawText(QRectF(mm(x), mm(y), mm(width), mm(height)), int(align | Qt::AlignVCenter), line);
}

qreal Canvas::text(qreal x, qreal y, qreal width, const QFont& font, const QColor& colour,
                   const QString& text, int maxLines, Qt::Alignment align) const
{
    const QStringList lines = wrap(text, font, width, maxLines);
    const qreal height = lineHeight(font);
    for (int i = 0; i < lines.size(); ++i)
        draw(x, y + i * height, width, height, font, colour, lines.at(i), align);
    return lines.size() * height;
}

void Canvas::fill(qreal x, qreal y, qreal width, qreal height, const QColor& colour) const
{
    if (m_painter)
        m_painter->fillRect(QRectF(mm(x), mm(y), mm(width), mm(height)), colour);
}

void Canvas::line(qreal x1, qreal y1, qreal x2, qreal y2, const QColor& colour, qreal width) const
{
    if (!m_painter)
        return;
    m_painter->setPen(QPen(colour, mm(width)));
    m_painter->drawLine(QPointF(mm(x1), mm(y1)), QPointF(mm(x2), mm(y2)));
}

void Canvas::frame(qreal x, qreal y, qreal width, qreal height, const QColor& colour, qreal lineWidth) const
{
    if (!m_painter)
        return;
    m_painter->setPen(QPen(colour, mm(lineWidth)));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(QRectF(mm(x), mm(y), mm(width), mm(height)));
}

QString dateText(const QDateTime& when)
{
    return dateText(when.toUTC().date());
}

QString dateText(const QDate& day)
{
    return QLocale::c().toString(day, QStringLiteral("d MMM yyyy"));
}

} // namespace careu::print
