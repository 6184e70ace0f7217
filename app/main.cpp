#include "AppIdentity.h"
#include "Clock.h"
#include "Gui.h"
#include "PdfPrinter.h"
#include "cli/CommandLine.h"
#include "cli/TerminalPassword.h"

#include <QApplication>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <malloc.h>

namespace {

int command(const careu::cli::Options& options, const careu::cli::Printer* printer)
{
    careu::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code =
        careu::cli::run(options, {out, err, careu::Clock::system(), printer, careu::cli::askAtTerminal});
    // What went to standard output counts only once it is all written: a full disk or a closed
    // pipe fails the command, however well the rest went.
    out.flush();
    const int before = errno;
    errno = 0;
    if (out.status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout))
        return code;
    err << careu::cli::outputFailed(errno ? QString::fromLocal8Bit(std::strerror(errno)) : QString())
        << Qt::endl;
    errno = before;
    return careu::cli::Failure;
}

// Qt's own options (-style, -platform, -reverse, ...) start with one dash; ours with two, or are -h.
bool namesQtOptions(const QStringList& arguments)
{
    return std::any_of(arguments.begin(), arguments.end(), [](const QString& argument) {
        return argument.size() > 1 && argument.startsWith(QLatin1Char('-')) &&
               !argument.startsWith(QLatin1String("--")) && argument != QLatin1String("-h");
    });
}

// True when the person chose a widget style (-style NAME, or QT_STYLE_OVERRIDE): it is kept.
bool styleChosen(const QStringList& arguments)
{
    return qEnvironmentVariableIsSet("QT_STYLE_OVERRIDE") ||
           std::any_of(arguments.begin(), arguments.end(), [](const QString& argument) {
               return argument == QLatin1String("-style") || argument.startsWith(QLatin1String("-style="));
           });
}

int usageError(const QString& error)
{
    QTextStream err(stderr);
    err << QStringLiteral("careu: ") << error << Qt::endl << careu::cli::usage();
    return careu::cli::UsageError;
}

} // namespace

int main(int argc, char* argv[])
{
    // glibc hands freed memory at the top of the heap back to the system once it passes
    // 128 KiB. SQLite frees about that much after every insert into a table with a CHECK list,
    // so seeding a demo spent a third of its time growing and shrinking the heap.
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    careu::cli::Options options;
    QString error;
    // Commands need no display, so they are told apart before any window system is opened.
    if (!namesQtOptions(arguments)) {
        if (!careu::cli::parse(arguments, &options, &error))
            return usageError(error);
        // Commands that make a PDF paint, which takes a QGuiApplication; the rest need no display.
        if (careu::cli::needsPrinter(options)) {
            careu::print::useOffscreenWithoutDisplay();
            QGuiApplication app(argc, argv);
            const careu::print::PdfPrinter printer;
            return command(options, &printer);
        }
        if (careu::cli::isCommand(options)) {
            QCoreApplication app(argc, argv);
            return command(options, nullptr);
        }
    }
    // QApplication takes Qt's own options out of argv; what is left is ours.
    const bool keepStyle = styleChosen(arguments);
    QApplication app(argc, argv);
    options = {};
    if (!careu::cli::parse(QCoreApplication::arguments().mid(1), &options, &error))
        return usageError(error);
    if (careu::cli::isCommand(options)) {
        const careu::print::PdfPrinter printer;
        return command(options, &printer);
    }
    careu::setApplicationIdentity();
    return careu::ui::runGui(options, keepStyle ? careu::ui::Style::AsChosen : careu::ui::Style::Fusion);
}
