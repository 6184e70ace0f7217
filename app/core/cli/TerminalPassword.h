#pragma once

#include <QString>

namespace careu::cli {

// Asks for a password on the controlling terminal (/dev/tty, so that standard input may be a
// file or a pipe), without echoing what is typed. A null string when the process has no terminal
// or the line could not be read.
QString askAtTerminal(const QString& prompt);

} // namespace careu::cli
