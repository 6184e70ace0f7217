#include "Csv.h"

namespace careu {

bool Csv::parse(const QString& input, QVector<Row>* rows, QString* error)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    int line = 1;
    Row row{line, {}};
    QString field;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field has just closed
    bool fieldStarted = false;
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty()))
            rows->append(row);
        row = Row{line, {}};
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRow();
        } else if (afterQuote) {
            *error = tr("line %1: text after a closing quote; a quote inside a field is written as two "
                        "quotes (\"\")")
                         .arg(line);
            return false;
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = tr("line %1: a quoted field is never closed").arg(row.line);
        return false;
    }
    endRow();
    return true;
}

} // namespace careu
