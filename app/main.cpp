#include "AppIdentity.h"
#include "Clock.h"
#include "Gui.h"
#include "PdfPrinter.h"
#include "cli/CommandLine.h"

#include <QApplication>
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
    const int code = careu::cli::run(options, {out, err, careu::Clock::system(), printer});
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
    if (!careu::cli::parse(arguments, &options, &error)) {
        QTextStream err(stderr);
        err << QStringLiteral("careu: ") << error << Qt::endl << careu::cli::usage();
        return careu::cli::UsageError;
    }
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
    QApplication app(argc, argv);
    careu::setApplicationIdentity();
    return careu::ui::runGui(options);
}
