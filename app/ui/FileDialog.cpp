#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <optional>

namespace careu::ui {

namespace {
std::optional<QString> nextFileName;
} // namespace

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileName = fileName;
}

QString FileDialog::saveFileName(QWidget* parent, const QString& title, const QString& suggestedName,
                                 const QString& filter)
{
    if (nextFileName) {
        const QString answer = *nextFileName;
        nextFileName.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggestedName), filter);
}

} // namespace careu::ui
