#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace careu {

// RFC 4180 CSV: fields separated by commas, optionally quoted; a quoted field may hold commas,
// line breaks and doubled quotes. Each row remembers the line it started on, for error reports.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    struct Row
    {
        int line = 0;
        QStringList fields;
    };

    // Parses text (a leading UTF-8 byte order mark is ignored). On malformed input (a quote
    // that never closes, text after a closing quote) returns false with error naming the line.
    static bool parse(const QString& text, QVector<Row>* rows, QString* error);
};

} // namespace careu
