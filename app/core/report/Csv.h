#pragma once

#include <QStringList>

namespace careu::csv {

// One RFC 4180 field: quoted when it holds a comma, a quote, a line break or edge spaces.
QString field(const QString& value);
// A field that holds text people typed (names, comments): first made harmless for spreadsheets,
// which would run a cell starting with = + - @ tab CR or LF as a formula, by a leading '.
QString text(const QString& value);
// A record: fields joined by commas, ended by CRLF.
QString record(const QStringList& fields);

} // namespace careu::csv
