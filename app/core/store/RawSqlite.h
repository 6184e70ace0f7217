#pragma once

#include <QString>
#include <QVariant>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace careu::sqlite {

// The SQLite connection behind a Qt connection (Debian's Qt uses the system SQLite, which core
// links too), for what QtSql cannot do: the online backup API and interrupting a statement.
sqlite3* handleOf(const QSqlDatabase& connection);

// Runs sql on db with values bound in order (integers as integers, anything else as text); row()
// sees each row. False with SQLite's message in error, and its result code in *code if given.
bool run(sqlite3* db, const QString& sql, const QVariantList& values, const std::function<void(sqlite3_stmt*)>& row,
         QString* error, int* code = nullptr);

// A connection of SQLite's own, for looking at a file without QtSql and without opening it in
// any other way: its header, its schema and its pages are all read through SQLite's VFS, so the
// locks other connections of this process hold on it are never dropped.
class RawConnection
{
public:
    enum class Mode
    {
        ReadOnly,  // changes nothing; a write-ahead log beside the file is read as the app would
        Immutable, // changes nothing and makes nothing beside the file (no log, no index)
        ReadWrite, // creates the file when absent
    };

    RawConnection() = default;
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // An empty path: a new database in memory. On failure error is SQLite's message and code()
    // its result code.
    bool open(const QString& path, Mode mode, QString* error);
    sqlite3* handle() const { return m_db; }
    int code() const { return m_code; }

    // The first bytes of the main file (fewer when it is shorter) and its size in bytes.
    bool readHeader(QByteArray* header, qint64* fileSize, QString* error);

    // Runs sql with values bound in order; row() sees each row.
    bool run(const QString& sql, const QVariantList& values, const std::function<void(sqlite3_stmt*)>& row,
             QString* error)
    {
        return sqlite::run(m_db, sql, values, row, error, &m_code);
    }
    bool run(const QString& sql, QString* error) { return run(sql, {}, {}, error); }

    static QString text(sqlite3_stmt* statement, int column);

private:
    bool failed(QString* error);

    sqlite3* m_db = nullptr;
    int m_code = 0;
};

} // namespace careu::sqlite
