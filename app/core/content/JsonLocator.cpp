#include "JsonLocator.h"

namespace careu {

JsonLocator::JsonLocator(const QString& text) : m_text(text)
{
    skipSpace();
    m_positions.insert(QString(), here());
    value(QString(), 0);
}

JsonLocator::Position JsonLocator::find(const QString& pointer) const
{
    QString path = pointer;
    while (true) {
        auto it = m_positions.constFind(path);
        if (it != m_positions.cend())
            return *it;
        if (path.isEmpty())
            return {};
        path.truncate(path.lastIndexOf(QLatin1Char('/')));
    }
}

JsonLocator::Position JsonLocator::positionOfByteOffset(const QByteArray& utf8, int offset)
{
    const QByteArray before = utf8.left(offset);
    const int lineStart = before.lastIndexOf('\n') + 1;
    return {static_cast<int>(before.count('\n')) + 1,
            static_cast<int>(QString::fromUtf8(before.mid(lineStart)).size()) + 1};
}

QString JsonLocator::escapeToken(const QString& key)
{
    QString token = key;
    token.replace(QLatin1Char('~'), QLatin1String("~0"));
    token.replace(QLatin1Char('/'), QLatin1String("~1"));
    return token;
}

JsonLocator::Position JsonLocator::here() const
{
    return {m_line, m_pos - m_lineStart + 1};
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('\n')) {
            ++m_line;
            m_lineStart = m_pos + 1;
        } else if (!c.isSpace()) {
            return;
        }
        ++m_pos;
    }
}

void JsonLocator::keep(const QString& pointer, int depth, Position position)
{
    if (depth <= MaxKeptDepth && m_positions.size() < MaxKeptPositions)
        m_positions.insert(pointer, position);
}

void JsonLocator::value(const QString& pointer, int depth)
{
    if (m_pos >= m_text.size())
        return;
    const QChar c = m_text.at(m_pos);
    if (c == QLatin1Char('{'))
        object(pointer, depth + 1);
    else if (c == QLatin1Char('['))
        array(pointer, depth + 1);
    else if (c == QLatin1Char('"'))
        string();
    else
        skipScalar();
}

void JsonLocator::object(const QString& pointer, int depth)
{
    ++m_pos; // '{'
    skipSpace();
    while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('}')) {
        const Position keyPosition = here();
        const QString member = pointer + QLatin1Char('/') + escapeToken(string());
        keep(member, depth, keyPosition);
        skipSpace();
        ++m_pos; // ':'
        skipSpace();
        value(member, depth);
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(',')) {
            ++m_pos;
            skipSpace();
        }
    }
    ++m_pos; // '}'
}

void JsonLocator::array(const QString& pointer, int depth)
{
    ++m_pos; // '['
    skipSpace();
    int index = 0;
    while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(']')) {
        const QString element = pointer + QLatin1Char('/') + QString::number(index++);
        keep(element, depth, here());
        value(element, depth);
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(',')) {
            ++m_pos;
            skipSpace();
        }
    }
    ++m_pos; // ']'
}

QString JsonLocator::string()
{
    QString decoded;
    ++m_pos; // opening quote
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos++);
        if (c == QLatin1Char('"'))
            break;
        if (c != QLatin1Char('\\')) {
            decoded += c;
            continue;
        }
        if (m_pos >= m_text.size())
            break;
        const QChar escaped = m_text.at(m_pos++);
        switch (escaped.unicode()) {
        case 'n':
            decoded += QLatin1Char('\n');
            break;
        case 't':
            decoded += QLatin1Char('\t');
            break;
        case 'r':
            decoded += QLatin1Char('\r');
            break;
        case 'b':
            decoded += QLatin1Char('\b');
            break;
        case 'f':
            decoded += QLatin1Char('\f');
            break;
        case 'u':
            decoded += QChar(static_cast<char16_t>(m_text.mid(m_pos, 4).toUShort(nullptr, 16)));
            m_pos += 4;
            break;
        default:
            decoded += escaped;
            break;
        }
    }
    return decoded;
}

void JsonLocator::skipScalar()
{
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char(',') || c == QLatin1Char('}') || c == QLatin1Char(']') || c.isSpace())
            return;
        ++m_pos;
    }
}

} // namespace careu
