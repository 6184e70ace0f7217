#pragma once

#include <QString>

class QWidget;

namespace careu::ui {

// The one way the app asks for a file name. Tests set the next answer so that no dialog ever
// blocks a headless run.
class FileDialog
{
public:
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedName,
                                const QString& filter);
    // An existing file to read, starting in folder; empty when the person cancelled.
    static QString openFileName(QWidget* parent, const QString& title, const QString& folder,
                                const QString& filter);
    // An existing folder to write into; empty when the person cancelled.
    static QString folder(QWidget* parent, const QString& title);
    static void setNextFileName(const QString& fileName);
};

} // namespace careu::ui
