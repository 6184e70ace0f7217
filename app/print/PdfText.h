#pragma once

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <memory>

namespace careu::print {

// Both documents are laid out in millimetres on A4 and drawn at this many dots per inch.
constexpr int Resolution = 300;
constexpr qreal mm(qreal millimetres)
{
    return millimetres * Resolution / 25.4;
}

// The colours both documents share: a dark teal for headings, greys for the rest.
inline const QColor Ink(0x1f, 0x2a, 0x2e);
inline const QColor Accent(0x1f, 0x5f, 0x5b);
inline const QColor Muted(0x5b, 0x66, 0x6a);
inline const QColor Tint(0xee, 0xf3, 0xf2);
inline const QColor Rule(0xc4, 0xcf, 0xcd);
inline const QColor Warning(0xa8, 0x32, 0x1e);

// Fonts and painting need a QGuiApplication (careu starts one for the commands that print):
// false with error without one.
bool canPaint(QString* error);

// A PDF on out: A4 in this orientation, no margins (the layouts keep their own), Resolution.
std::unique_ptr<QPdfWriter> pdfWriter(QIODevice* out, QPageLayout::Orientation orientation,
                                      const QString& title);

// Drawing on a page in millimetres, text measured on the PDF device itself. Without a painter
// it only measures: a first pass lays a document out to count its pages, a second draws it.
class Canvas
{
public:
    Canvas(const QPaintDevice& device, QPainter* painter) : m_device(device), m_painter(painter) {}

    qreal lineHeight(const QFont& font) const;
    QString elided(const QString& text, const QFont& font, qreal width) const;
    // Text broken at word boundaries (or anywhere, for a word too long) into lines no wider than
    // width; a line break in the text starts a new line. At most maxLines: the last one is
    // elided when text is left over.
    QStringList wrap(const QString& text, const QFont& font, qreal width, int maxLines) const;

    // One line of text in a box, centred vertically.
    void draw(qreal x, qreal y, qreal width, qreal height, const QFont& font, const QColor& colour,
              const QString& line, Qt::Alignment align = Qt::AlignLeft) const;
    // Wrapped text from (x, y), at most maxLines; returns the height it takes.
    qreal text(qreal x, qreal y, qreal width, const QFont& font, const QColor& colour, const QString& text,
               int maxLines, Qt::Alignment align = Qt::AlignLeft) const;
    void fill(qreal x, qreal y, qreal width, qreal height, const QColor& colour) const;
    void line(qreal x1, qreal y1, qreal x2, qreal y2, const QColor& colour, qreal width) const;
    void frame(qreal x, qreal y, qreal width, qreal height, const QColor& colour, qreal lineWidth) const;

private:
    const QPaintDevice& m_device;
    QPainter* m_painter;
};

// Dates as printed, in UTC so that a report reads the same wherever it is made: "7 Apr 2026".
QString dateText(const QDateTime& when);
QString dateText(const QDate& day);

} // namespace careu::print
