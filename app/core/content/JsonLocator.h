#pragma once

#include <QHash>
#include <QString>

namespace careu {

// Finds where things are in a JSON text, so that content errors can say file:line:column.
// QJsonDocument parses but forgets positions; this scanner walks the same (already valid) text
// and remembers where each member key and array element starts, by JSON Pointer ("/lessons/0/id").
class JsonLocator
{
public:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    explicit JsonLocator(const QString& text);

    // The position of the value at pointer; for a pointer that was not found (a missing key),
    // the nearest enclosing value that was.
    Position find(const QString& pointer) const;

    // Line and column of a byte offset into UTF-8 text (QJsonParseError reports byte offsets).
    static Position positionOfByteOffset(const QByteArray& utf8, int offset);

    static QString escapeToken(const QString& key);

private:
    // Content files are shallow and small; a hostile one could be neither. Positions deeper or
    // beyond these limits are not kept: errors there point at the nearest kept ancestor.
    static constexpr int MaxKeptDepth = 12;
    static constexpr int MaxKeptPositions = 100000;

    void value(const QString& pointer, int depth);
    void object(const QString& pointer, int depth);
    void array(const QString& pointer, int depth);
    void keep(const QString& pointer, int depth, Position position);
    QString string();
    void skipScalar();
    void skipSpace();
    Position here() const;

    const QString m_text;
    int m_pos = 0;
    int m_line = 1;
    int m_lineStart = 0;
    QHash<QString, Position> m_positions;
};

} // namespace careu
