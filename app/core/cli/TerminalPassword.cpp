#include "TerminalPassword.h"

#include <QtGlobal>
#include <sodium.h>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <termios.h>
#endif

namespace careu::cli {

QString askAtTerminal(const QString& prompt)
{
#ifdef Q_OS_UNIX
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios before{};
    const bool quiet = tcgetattr(fileno(tty), &before) == 0;
    if (quiet) {
        termios silent = before;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &silent);
    }
    char line[1024];
    const bool read = std::fgets(line, sizeof line, tty) != nullptr;
    if (quiet)
        tcsetattr(fileno(tty), TCSAFLUSH, &before);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read)
        return {};
    QString password = QString::fromLocal8Bit(line);
    sodium_memzero(line, sizeof line);
    if (password.endsWith(QLatin1Char('\n')))
        password.chop(1);
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
#else
    Q_UNUSED(prompt);
    return {};
#endif
}

} // namespace careu::cli
