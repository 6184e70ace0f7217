#include "PrivateFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace careu {

bool writePrivateFile(const QString& path,
                      const std::function<bool(QIODevice* device, QString* error)>& write, QString* error)
{
    QSaveFile file(path);
    const auto failed = [&] {
        *error = QCoreApplication::translate("careu", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    };
    // Owner-only from the start: the temporary file holds the same names while it is written.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed();
    if (!write(&file, error)) {
        file.cancelWriting();
        return false;
    }
    return file.commit() || failed();
}

} // namespace careu
