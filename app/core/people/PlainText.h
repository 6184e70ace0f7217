#pragma once

#include <QString>
#include <optional>

namespace careu {

// Text that is shown to people as names and labels: no control characters (NUL, BEL, ESC and the
// rest, which terminals obey and lists hide) and no bidirectional overrides, embeddings or
// isolates (which make "Ana" display as something else). Tabs and line breaks count as controls
// too: a name is one line.
class PlainText
{
public:
    // The first character of text that does not belong in plain text, if any.
    static std::optional<char32_t> firstUnsafe(const QString& text);
    // text with each such character written out as \u{XXXX}, safe to print on a terminal.
    static QString printable(const QString& text);
    // "U+0007", for messages.
    static QString codePoint(char32_t c);
};

} // namespace careu
