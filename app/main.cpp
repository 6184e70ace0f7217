#include "AppIdentity.h"
#include "Gui.h"
#include "PdfPrinter.h"
#include "cli/CommandLine.h"

#include <QApplication>

namespace {

int command(const careu::cli::Options& options, const careu::cli::Printer* printer)
{
    careu::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return careu::cli::run(options, out, err, printer);
}

} // namespace

int main(int argc, char* argv[])
{
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
