#include "PlainText.h"

#include <QList>

namespace careu {

namespace {
bool unsafe(char32_t c)
{
    const bool control = c < 0x20 || (c >= 0x7f && c < 0xa0);
    const bool bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
                      c == 0x200f || c == 0x061c;
    const bool separator = c == 0x2028 || c == 0x2029;
    return control || bidi || separator;
}
QString hex(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}
} // namespace

std::optional<char32_t> PlainText::firstUnsafe(const QString& text)
{
    for (const char32_t c : text.toUcs4()) {
        if (unsafe(c))
            return c;
    }
    return std::nullopt;
}

QString PlainText::printable(const QString& text)
{
    if (!firstUnsafe(text))
        return text;
    QString shown;
    for (const char32_t c : text.toUcs4())
        shown += unsafe(c) ? QStringLiteral("\\u{%1}").arg(hex(c)) : QString::fromUcs4(&c, 1);
    return shown;
}

QString PlainText::codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(hex(c));
}

} // namespace careu
