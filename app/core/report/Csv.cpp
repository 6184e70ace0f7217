#include "Csv.h"

namespace careu::csv {

QString field(const QString& value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString text(const QString& value)
{
    static const QString risky = QStringLiteral("=+-@\t\r\n");
    const bool formula = !value.isEmpty() && risky.contains(value.front());
    return field(formula ? QLatin1Char('\'') + value : value);
}

QString record(const QStringList& fields)
{
    qsizetype size = fields.size() + 1; // the commas and CRLF
    for (const QString& field : fields)
        size += field.size();
    QString line;
    line.reserve(size);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += fields.at(i);
    }
    line += QLatin1String("\r\n");
    return line;
}

} // namespace careu::csv
