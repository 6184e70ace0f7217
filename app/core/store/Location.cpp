#include "Location.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace careu {

namespace {
// The libpq keywords a URI may carry that this app passes on; anything else is a mistake to report.
const QStringList PassedOn = {QStringLiteral("sslmode"),
                              QStringLiteral("sslrootcert"),
                              QStringLiteral("sslcert"),
                              QStringLiteral("sslkey"),
                              QStringLiteral("connect_timeout"),
                              QStringLiteral("application_name"),
                              QStringLiteral("target_session_attrs")};
} // namespace

bool Location::parse(const QString& text, Location* location, QString* error)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:")); // "C:/" is a drive
    const bool postgres = text.startsWith(QLatin1String("postgresql:"), Qt::CaseInsensitive) ||
                          text.startsWith(QLatin1String("postgres:"), Qt::CaseInsensitive);
    if (!postgres) {
        if (scheme.match(text).hasMatch() && text.contains(QLatin1String(":/"))) {
            *error = tr("\"%1\" is neither a database file nor a PostgreSQL address "
                        "(postgresql://user@host:port/dbname)")
                         .arg(text.left(100));
            return false;
        }
        *location = Location();
        location->path = text;
        return true;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString dbname = url.path().mid(1);
    if (!url.isValid() || !text.contains(QLatin1String("://")) || url.host().isEmpty() || dbname.isEmpty() ||
        dbname.contains(QLatin1Char('/'))) {
        *error =
            tr("\"%1\" is not a whole PostgreSQL address; write it as postgresql://user@host:port/dbname")
                .arg(QUrl(text).toString(QUrl::RemovePassword).left(100));
        return false;
    }
    Location parsed;
    parsed.kind = Kind::PostgreSQL;
    parsed.host = url.host();
    parsed.port = url.port(5432);
    parsed.user = url.userName();
    parsed.password = url.password();
    parsed.database = dbname;
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!PassedOn.contains(key)) {
            *error = tr("\"%1\" in the PostgreSQL address is not an option this app passes on (it takes %2)")
                         .arg(key.left(40), PassedOn.join(QLatin1String(", ")));
            return false;
        }
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('='))) {
            *error = tr("the value of %1 in the PostgreSQL address cannot hold \";\" or \"=\"").arg(key);
            return false;
        }
        options.append(key + QLatin1Char('=') + value);
    }
    parsed.options = options.join(QLatin1Char(';'));
    *location = parsed;
    return true;
}

QString Location::displayName() const
{
    if (kind == Kind::SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace careu
