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
    void value(const QString& pointer);
    void object(const QString& pointer);
    void array(const QString& pointer);
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
