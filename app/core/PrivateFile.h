#pragma once

#include <QIODevice>
#include <QString>
#include <functional>

namespace careu {

// Writes a file the way every export is written: to a temporary name beside it, renamed into
// place only when complete (a failed run leaves no half file and keeps an older one), and
// readable by its owner alone, since reports and certificates name people.
// write() fills the device; false with error stops and leaves nothing behind.
bool writePrivateFile(const QString& path,
                      const std::function<bool(QIODevice* device, QString* error)>& write, QString* error);

} // namespace careu
