#pragma once

#include <QCoreApplication>
#include <QString>

namespace careu {

// Where the database is: an SQLite file (a shop's own), or a PostgreSQL database (several shops
// of one organisation), named in libpq's URI form:
//   postgresql://user[:password]@host[:port]/dbname[?sslmode=require&connect_timeout=10]
// A password may also come from PGPASSWORD or ~/.pgpass, as for psql.
struct Location
{
    Q_DECLARE_TR_FUNCTIONS(Location)

public:
    enum class Kind
    {
        SQLite,
        PostgreSQL
    };

    // text: --db or $CAREU_DB. Something that looks like a URL but is not a PostgreSQL one (or
    // is not a whole one) is an error, never a file name: a typo must not make folders called
    // "postgresql:".
    static bool parse(const QString& text, Location* location, QString* error);

    Kind kind = Kind::SQLite;
    QString path; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; // libpq keywords from the URI's query, "key=value;key=value" as QPSQL takes them

    // For messages and logs: the path, or the URL without its password.
    QString displayName() const;
};

} // namespace careu
