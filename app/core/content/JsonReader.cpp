#include "JsonReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <cmath>

namespace careu {

JsonReader::JsonReader(QString file, Diagnostics* out) : m_file(std::move(file)), m_out(out) {}

QString JsonReader::member(const QString& pointer, const QString& key)
{
    return pointer + QLatin1Char('/') + JsonLocator::escapeToken(key);
}

std::optional<QJsonObject> JsonReader::open()
{
    QFile file(m_file);
    // Content is plain files: a device or a pipe has no honest size, and may never end.
    if (file.exists() && !QFileInfo(m_file).isFile()) {
        fileError(tr("not a regular file"));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fileError(tr("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        fileError(tooLarge(file.size()));
        return std::nullopt;
    }
    return parse(file.readAll());
}

std::optional<QJsonObject> JsonReader::parse(const QByteArray& data)
{
    if (data.size() > MaxFileBytes) {
        fileError(tooLarge(data.size()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the offending character; point at the character itself.
        const auto where = JsonLocator::positionOfByteOffset(data, std::max(0, parseError.offset - 1));
        m_out->append(
            {m_file, where.line, where.column, tr("invalid JSON: %1").arg(parseError.errorString())});
        ++m_errors;
        return std::nullopt;
    }
    m_locator.emplace(QString::fromUtf8(data));
    if (!document.isObject()) {
        error(QString(), tr("expected a JSON object at the top of the file"));
        return std::nullopt;
    }
    return document.object();
}

QString JsonReader::tooLarge(qint64 bytes)
{
    return tr("the file is %1 KiB; content files may be at most %2 KiB")
        .arg(bytes / 1024)
        .arg(MaxFileBytes / 1024);
}

void JsonReader::fileError(const QString& message)
{
    m_out->append({m_file, 0, 0, message});
    ++m_errors;
}

Diagnostic JsonReader::locate(const QString& pointer, const QString& message) const
{
    const JsonLocator::Position where = m_locator ? m_locator->find(pointer) : JsonLocator::Position{};
    return {m_file, where.line, where.column, message};
}

void JsonReader::error(const QString& pointer, const QString& message)
{
    m_out->append(locate(pointer, message));
    ++m_errors;
}

void JsonReader::warning(const QString& pointer, const QString& message)
{
    Diagnostic diagnostic = locate(pointer, message);
    diagnostic.warning = true;
    m_out->append(diagnostic);
}

bool JsonReader::checkKeys(const QJsonObject& object, const QString& pointer, const QStringList& required,
                           const QStringList& optional)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!required.contains(it.key()) && !optional.contains(it.key())) {
            const QStringList known = required + optional;
            error(member(pointer, it.key()), tr("unknown key \"%1\" (expected one of: %2)")
                                                 .arg(it.key(), known.join(QLatin1String(", "))));
        }
    }
    bool complete = true;
    for (const QString& key : required) {
        if (!object.contains(key)) {
            error(pointer, tr("missing key \"%1\"").arg(key));
            complete = false;
        }
    }
    return complete;
}

QString JsonReader::string(const QJsonObject& object, const QString& pointer, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        error(member(pointer, key), tr("\"%1\" must be text").arg(key));
        return {};
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        error(member(pointer, key), tr("\"%1\" must not be empty").arg(key));
    return text;
}

int JsonReader::integer(const QJsonObject& object, const QString& pointer, const QString& key, int min,
                        int max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return 0;
    // Checked as a double: a number beyond int has no int to compare with.
    const double number = value.toDouble();
    if (!value.isDouble() || !(number >= min && number <= max) || std::trunc(number) != number) {
        error(member(pointer, key),
              tr("\"%1\" must be a whole number from %2 to %3").arg(key).arg(min).arg(max));
        return 0;
    }
    return static_cast<int>(number);
}

bool JsonReader::boolean(const QJsonObject& object, const QString& pointer, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        error(member(pointer, key), tr("\"%1\" must be true or false").arg(key));
    return value.toBool();
}

QJsonObject JsonReader::object(const QJsonObject& object, const QString& pointer, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        error(member(pointer, key), tr("\"%1\" must be an object").arg(key));
    return value.toObject();
}

QJsonArray JsonReader::array(const QJsonObject& object, const QString& pointer, const QString& key,
                             int minCount, int maxCount)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        error(member(pointer, key), tr("\"%1\" must be a list").arg(key));
        return {};
    }
    const QJsonArray items = value.toArray();
    if (items.size() < minCount || items.size() > maxCount) {
        const QString range =
            minCount == maxCount ? QString::number(minCount) : tr("%1 to %2").arg(minCount).arg(maxCount);
        error(member(pointer, key),
              tr("\"%1\" has %2 items; it needs %3").arg(key).arg(items.size()).arg(range));
    }
    return items;
}

QStringList JsonReader::strings(const QJsonObject& object, const QString& pointer, const QString& key,
                                int minCount, int maxCount)
{
    const QJsonArray items = array(object, pointer, key, minCount, maxCount);
    QStringList texts;
    for (int i = 0; i < items.size(); ++i) {
        const QString text = items.at(i).toString().trimmed();
        if (!items.at(i).isString() || text.isEmpty())
            error(member(pointer, key) + QLatin1Char('/') + QString::number(i),
                  tr("each item of \"%1\" must be non-empty text").arg(key));
        else
            texts.append(text);
    }
    return texts;
}

QString JsonReader::identifier(const QJsonObject& object, const QString& pointer)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    const QString id = string(object, pointer, QStringLiteral("id"));
    if (!id.isEmpty() && !pattern.match(id).hasMatch())
        error(member(pointer, QStringLiteral("id")),
              tr("id \"%1\" may hold only lowercase letters, digits and single dashes").arg(id));
    return id;
}

} // namespace careu
