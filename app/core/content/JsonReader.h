#pragma once

#include "Diagnostic.h"
#include "JsonLocator.h"

#include <QCoreApplication>
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

    void error(const QString& pointer, const QString& message);

    // Reports keys that are not in required or optional, and required keys that are absent.
    // Returns false when a required key is missing.
    bool checkKeys(const QJsonObject& object, const QString& pointer, const QStringList& required,
                   const QStringList& optional = {});

    QString string(const QJsonObject& object, const QString& pointer, const QString& key);
    int integer(const QJsonObject& object, const QString& pointer, const QString& key, int min, int max);
    QJsonObject object(const QJsonObject& object, const QString& pointer, const QString& key);
    QJsonArray array(const QJsonObject& object, const QString& pointer, const QString& key, int minCount,
                     int maxCount);
    // An array of non-empty strings.
    QStringList strings(const QJsonObject& object, const QString& pointer, const QString& key, int minCount,
                        int maxCount);
    // Checks that an array element is an object, reporting it otherwise.
    QJsonObject element(const QJsonArray& array, int index, const QString& arrayPointer);

    const QString& file() const { return m_file; }
    bool hasErrors() const { return m_errors > 0; }

    static QString member(const QString& pointer, const QString& key);

private:
    QString m_file;
    Diagnostics* m_out;
    std::optional<JsonLocator> m_locator;
    int m_errors = 0;
};

} // namespace careu
