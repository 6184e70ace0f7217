#pragma once

#include "Diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace careu {

// The pictures a lesson's Markdown shows. Each must be a regular file inside the lesson's own
// course folder (or its compiled-in resources), of a kind a picture can be, and not too large; it
// is read once, with the course, and the lesson page shows only what was read here. Nothing
// else is ever loaded: not an absolute path, not another folder, not a URL, not a device.
class LessonImages
{
    Q_DECLARE_TR_FUNCTIONS(LessonImages)

public:
    static constexpr qint64 MaxImageBytes = 2 * 1024 * 1024;
    static constexpr int MaxImages = 20;

    // A picture the Markdown asks for, and where: line and column are 1-based, of the target.
    struct Reference
    {
        QString target;
        int line = 0;
        int column = 0;
    };
    // ![alt](target), ![alt][label] with its [label]: target, and <img src="target">.
    static QVector<Reference> references(const QString& markdown);

    // Reads each picture of markdown (the file bodyFile of the course folder courseFolder); each
    // one refused is a diagnostic at bodyFile's line and column. Keyed by the target as written.
    static QHash<QString, QByteArray> read(const QString& markdown, const QString& courseFolder,
                                           const QString& bodyFile, Diagnostics* diagnostics);

    // Whether path (a file in folder, as a person wrote it) stays inside folder once links are
    // followed, and is a regular file; else why not.
    static bool insideFolder(const QString& folder, const QString& path, QString* why);
};

} // namespace careu
