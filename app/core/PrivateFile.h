#pragma once

#include <QIODevice>
#include <QString>
#include <functional>

namespace careu {

// Writes a file the way every export is written: to a temporary name beside it, renamed into
// place only when complete (a failed run leaves no half file and keeps an older one), and
// readable by its owner alone, since reports and certificates name people.
// write() fills the device; false with error stops and leaves nothing behind. Every write is
// checked: a full disk or a file-size limit fails the whole file, whatever the writer noticed.
// The path must be a regular file or a new name: a device, a pipe or a folder is refused.
bool writePrivateFile(const QString& path,
                      const std::function<bool(QIODevice* device, QString* error)>& write, QString* error);

// True when path can be written as a file of our own: a regular file, or nothing yet in a folder
// that exists. Else error says what it is.
bool isWritableTarget(const QString& path, QString* error);

// Makes folder and any missing parents, each new one readable by its owner alone (existing ones
// are left as they are).
bool makePrivateFolder(const QString& folder, QString* error);

// An empty file at path only its owner can read, made in a private folder; false when something
// is already there or it cannot be made.
bool createPrivateFile(const QString& path, QString* error);

} // namespace careu
