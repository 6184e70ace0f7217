#include "RawSqlite.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QUrl>
#include <sqlite3.h>

namespace careu::sqlite {

sqlite3* handleOf(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

bool run(sqlite3* db, const QString& sql, const QVariantList& values, const std::function<void(sqlite3_stmt*)>& row,
         QString* error, int* code)
{
    const auto failed = [&] {
        if (code)
            *code = sqlite3_extended_errcode(db) & 0xff;
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    };
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return failed();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else {
            const QByteArray bytes = value.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
        }
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (row)
            row(statement);
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE || failed();
}

RawConnection::~RawConnection()
{
    sqlite3_close_v2(m_db);
}

bool RawConnection::failed(QString* error)
{
    m_code = m_db ? sqlite3_extended_errcode(m_db) & 0xff : SQLITE_NOMEM;
    *error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(m_code));
    return false;
}

bool RawConnection::open(const QString& path, Mode mode, QString* error)
{
    QUrl uri = path.isEmpty() ? QUrl(QStringLiteral("file::memory:")) : QUrl::fromLocalFile(path);
    if (mode == Mode::Immutable)
        uri.setQuery(QStringLiteral("immutable=1"));
    const int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX |
                      (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY);
    if (sqlite3_open_v2(uri.toString(QUrl::FullyEncoded).toUtf8().constData(), &m_db, flags, nullptr) !=
        SQLITE_OK)
        return failed(error);
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

bool RawConnection::readHeader(QByteArray* header, qint64* fileSize, QString* error)
{
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods) {
        *error = QStringLiteral("the file is not open");
        m_code = SQLITE_CANTOPEN;
        return false;
    }
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK) {
        *error = QStringLiteral("its size cannot be read");
        m_code = SQLITE_IOERR;
        return false;
    }
    *fileSize = size;
    header->fill('\0', static_cast<int>(std::min<sqlite3_int64>(size, header->size())));
    // A short read fills the rest with zeros and says so; the caller compares with the size.
    const int rc = file->pMethods->xRead(file, header->data(), static_cast<int>(header->size()), 0);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        m_code = rc & 0xff;
        return false;
    }
    return true;
}

QString RawConnection::text(sqlite3_stmt* statement, int column)
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(statement, column)) : QString();
}

} // namespace careu::sqlite
