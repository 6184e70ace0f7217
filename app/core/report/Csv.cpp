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
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace careu::csv
