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

namespace {
std::optional<QString> takeNextFileName()
{
    std::optional<QString> answer;
    answer.swap(nextFileName);
    return answer;
}
} // namespace

QString FileDialog::saveFileName(QWidget* parent, const QString& title, const QString& suggestedName,
                                 const QString& filter)
{
    if (const auto answer = takeNextFileName())
        return *answer;
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggestedName), filter);
}

QString FileDialog::openFileName(QWidget* parent, const QString& title, const QString& folder,
                                 const QString& filter)
{
    if (const auto answer = takeNextFileName())
        return *answer;
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString FileDialog::folder(QWidget* parent, const QString& title)
{
    if (const auto answer = takeNextFileName())
        return *answer;
    return QFileDialog::getExistingDirectory(parent, title, QDir::homePath());
}

} // namespace careu::ui
