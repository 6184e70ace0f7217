#include "AppIdentity.h"
#include "Gui.h"
#include "cli/CommandLine.h"

#include <QApplication>

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
    if (careu::cli::isCommand(options)) {
        QCoreApplication app(argc, argv);
        careu::setApplicationIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return careu::cli::run(options, out, err);
    }
    QApplication app(argc, argv);
    careu::setApplicationIdentity();
    return careu::ui::runGui(options);
}
