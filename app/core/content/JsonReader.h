#pragma once

#include "Diagnostic.h"
#include "JsonLocator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace careu {

// Reads one JSON content file against the shape the app expects and reports every deviation
// as a located Diagnostic, instead of stopping at the first. Accessors return an empty value
// after reporting, so a caller can keep reading and collect all the problems in one pass.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    // Content files larger than this are refused before parsing: no course needs more,
    // and it keeps a hostile file from eating memory.
    static constexpr qint64 MaxFileBytes = 2 * 1024 * 1024;

    JsonReader(QString file, Diagnostics* out);

    // Reads and parses the file; reports unreadable files and invalid JSON. The root must be an object.
    std::optional<QJsonObject> open();
    // The same for the file's bytes, already read.
    std::optional<QJsonObject> parse(const QByteArray& data);

    void error(const QString& pointer, const QString& message);
    // Advice for the author at pointer: reported like an error, without counting as one.
    void warning(const QString& pointer, const QString& message);
    // Where pointer is in the file, as a diagnostic with message, without counting it as an error
    // (for references that can only be checked once other files are loaded).
    Diagnostic locate(const QString& pointer, const QString& message) const;

    // Reports keys that are not in required or optional, and required keys that are absent.
    // Returns false when a required key is missing.
    bool checkKeys(const QJsonObject& object, const QString& pointer, const QStringList& required,
                   const QStringList& optional = {});

    QString string(const QJsonObject& object, const QString& pointer, const QString& key);
    int integer(const QJsonObject& object, const QString& pointer, const QString& key, int min, int max);
    // false when absent.
    bool boolean(const QJsonObject& object, const QString& pointer, const QString& key);
    QJsonObject object(const QJsonObject& object, const QString& pointer, const QString& key);
    QJsonArray array(const QJsonObject& object, const QString& pointer, const QString& key, int minCount,
                     int maxCount);
    // An array of non-empty strings.
    QStringList strings(const QJsonObject& object, const QString& pointer, const QString& key, int minCount,
                        int maxCount);
    // The object's "id": lowercase letters, digits and single dashes, since ids end up in
    // file names, progress records and reports.
    QString identifier(const QJsonObject& object, const QString& pointer);

    // Reads each object of the list at key with read(object, pointer) -> Item, and reports an
    // Item id already used by an earlier one; what names the kind of item ("lesson").
    template <typename Item, typename Read>
    QVector<Item> objects(const QJsonObject& parent, const QString& pointer, const QString& key, int minCount,
                          int maxCount, const QString& what, Read read)
    {
        const QJsonArray items = array(parent, pointer, key, minCount, maxCount);
        QVector<Item> result;
        QHash<QString, int> seen;
        for (int i = 0; i < items.size(); ++i) {
            const QString itemPointer = member(pointer, key) + QLatin1Char('/') + QString::number(i);
            if (!items.at(i).isObject()) {
                error(itemPointer, tr("each item must be an object"));
                continue;
            }
            Item item = read(items.at(i).toObject(), itemPointer);
            if (!item.id.isEmpty() && seen.contains(item.id))
                error(member(itemPointer, QStringLiteral("id")),
                      tr("duplicate %1 id \"%2\" (already used by %1 %3)")
                          .arg(what, item.id)
                          .arg(seen.value(item.id) + 1));
            else if (!item.id.isEmpty())
                seen.insert(item.id, static_cast<int>(result.size()));
            result.append(std::move(item));
        }
        return result;
    }

    const QString& file() const { return m_file; }
    bool hasErrors() const { return m_errors > 0; }

    static QString member(const QString& pointer, const QString& key);

private:
    static QString tooLarge(qint64 bytes);
    // A problem with the file as a whole, located at no line.
    void fileError(const QString& message);

    QString m_file;
    Diagnostics* m_out;
    std::optional<JsonLocator> m_locator;
    int m_errors = 0;
};

} // namespace careu
