#pragma once

#include <QFont>

namespace careu::print {

// The bundled DejaVu Sans, registered with the application's font database on first use (any
// thread; a QGuiApplication must exist), at this size in points.
QFont font(qreal pointSize, bool bold = false);

} // namespace careu::print
