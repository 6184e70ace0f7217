#include "Diagnostic.h"

namespace careu {

QString Diagnostic::toString() const
{
    const QString text = warning ? QStringLiteral("warning: ") + message : message;
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, text);
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(text);
}

} // namespace careu
