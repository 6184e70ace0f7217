#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace careu {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("careu", text);
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Passes writes to the file and remembers any that did not go through whole. QTextStream drops
// what a short write left over and QSaveFile does not notice, so without this a full disk gave a
// truncated report that was renamed into place as if it were complete.
class CheckedDevice : public QIODevice
{
public:
    explicit CheckedDevice(QSaveFile* file) : m_file(file) { open(QIODevice::WriteOnly); }

    bool failed() const { return m_failed; }
    QString problem() const { return m_problem; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        if (m_failed)
            return -1;
        const int before = errno;
        errno = 0;
        if (m_file->write(data, length) == length)
            return length;
        m_failed = true;
        m_problem = errno ? QString::fromLocal8Bit(std::strerror(errno)) : m_file->errorString();
        errno = before;
        return -1;
    }

private:
    QSaveFile* m_file;
    bool m_failed = false;
    QString m_problem;
};

} // namespace

bool isWritableTarget(const QString& path, QString* error)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) == 0) {
        if (S_ISREG(info.st_mode))
            return true;
        *error = S_ISDIR(info.st_mode)
                     ? tr("%1 is a folder; give the name of a file to write").arg(path)
                     : tr("%1 is not a regular file (it is a device, a pipe or a socket); give the name of a "
                          "file to write")
                           .arg(path);
        return false;
    }
    if (errno != ENOENT) {
        *error = tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        *error = tr("cannot write %1: the folder %2 does not exist").arg(path, folder);
        return false;
    }
    return true;
}

bool writePrivateFile(const QString& path,
                      const std::function<bool(QIODevice* device, QString* error)>& write, QString* error)
{
    if (!isWritableTarget(path, error))
        return false;
    QSaveFile file(path);
    const auto failed = [&](const QString& why) {
        file.cancelWriting();
        *error = tr("cannot write %1: %2").arg(path, why);
        return false;
    };
    // Owner-only from the start: the temporary file holds the same names while it is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly))
        return failed(file.errorString());
    CheckedDevice checked(&file);
    const bool written = write(&checked, error);
    if (checked.failed())
        return failed(tr("%1; nothing was written").arg(checked.problem()));
    if (!written) {
        file.cancelWriting();
        return false;
    }
    return file.commit() || failed(file.errorString());
}

bool makePrivateFolder(const QString& folder, QString* error)
{
    QStringList missing;
    for (QFileInfo at(QDir::cleanPath(QDir(folder).absolutePath())); !at.exists();
         at = QFileInfo(at.absolutePath())) {
        missing.prepend(at.absoluteFilePath());
        if (at.isRoot())
            break;
    }
    for (const QString& each : std::as_const(missing)) {
        if (!QDir().mkdir(each, OwnerOnly | QFileDevice::ExeOwner) && !QFileInfo(each).isDir()) {
            *error = tr("Cannot create the folder %1.").arg(each);
            return false;
        }
    }
    return true;
}

bool createPrivateFile(const QString& path, QString* error)
{
    if (!makePrivateFolder(QFileInfo(path).absolutePath(), error))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !file.setPermissions(OwnerOnly)) {
        *error = tr("Cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace careu
