#include "CommandLine.h"

#include "content/Catalog.h"

#include <QCoreApplication>

namespace careu::cli {

namespace {

const char* const Context = "careu::cli";

QString tr(const char* text)
{
    return QCoreApplication::translate(Context, text);
}

int validate(const Options& options, QTextStream& out, QTextStream& err)
{
    const Catalog catalog = options.commandArgs.isEmpty() ? Catalog::load(options.contentDirs)
                                                          : Catalog::loadFolders(options.commandArgs);
    for (const Diagnostic& diagnostic : catalog.diagnostics())
        err << diagnostic.toString() << Qt::endl;
    if (!catalog.diagnostics().isEmpty()) {
        const auto count = catalog.diagnostics().size();
        err << (count == 1 ? tr("1 problem found.") : tr("%1 problems found.").arg(count)) << Qt::endl;
        return Failure;
    }
    int lessons = 0;
    int questions = 0;
    for (const Course& course : catalog.courses()) {
        lessons += static_cast<int>(course.lessons.size());
        for (const Lesson& lesson : course.lessons)
            questions += static_cast<int>(lesson.check.size());
    }
    out << tr("Content is valid: %1 courses, %2 lessons, %3 Check questions.")
               .arg(catalog.courses().size())
               .arg(lessons)
               .arg(questions)
        << Qt::endl;
    return Success;
}

// Reads the value of an option given as "--name VALUE" or "--name=VALUE".
bool optionValue(const QStringList& arguments, int* index, const QString& name, QString* value,
                 QString* error)
{
    const QString& argument = arguments.at(*index);
    if (argument.startsWith(name + QLatin1Char('='))) {
        *value = argument.mid(name.size() + 1);
    } else if (*index + 1 < arguments.size()) {
        *value = arguments.at(++*index);
    } else {
        *error = tr("%1 needs a value").arg(name);
        return false;
    }
    if (value->isEmpty()) {
        *error = tr("%1 needs a value").arg(name);
        return false;
    }
    return true;
}

} // namespace

QString usage()
{
    return tr(
        "Usage:\n"
        "  careu [--db PATH] [--content DIR]...   start the app\n"
        "  careu --version                        print the version\n"
        "  careu validate [PATH...]               check course content (the shipped content and any\n"
        "                                         --content folders when no PATH is given)\n"
        "\n"
        "Options:\n"
        "  --db PATH             the database file (default: $CAREU_DB, else the per-user data folder)\n"
        "  --content DIR         a folder of courses that adds to or overrides the shipped ones\n"
        "  --quit-after-startup  exit as soon as the main window has painted (for benchmarks)\n"
        "\n"
        "Exit codes: 0 success, 1 the operation failed, 2 usage error.\n");
}

bool parse(const QStringList& arguments, Options* options, QString* error)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        QString value;
        if (argument == QLatin1String("--db") || argument.startsWith(QLatin1String("--db="))) {
            if (!optionValue(arguments, &i, QStringLiteral("--db"), &value, error))
                return false;
            options->dbPath = value;
        } else if (argument == QLatin1String("--content") ||
                   argument.startsWith(QLatin1String("--content="))) {
            if (!optionValue(arguments, &i, QStringLiteral("--content"), &value, error))
                return false;
            options->contentDirs.append(value);
        } else if (argument == QLatin1String("--quit-after-startup")) {
            options->quitAfterStartup = true;
        } else if (argument == QLatin1String("--version")) {
            options->version = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            options->help = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            *error = tr("unknown option %1").arg(argument);
            return false;
        } else if (options->command.isEmpty()) {
            options->command = argument;
        } else {
            options->commandArgs.append(argument);
        }
    }
    return true;
}

bool isCommand(const Options& options)
{
    return options.version || options.help || !options.command.isEmpty();
}

int run(const Options& options, QTextStream& out, QTextStream& err)
{
    if (options.help) {
        out << usage();
        return Success;
    }
    if (options.version) {
        out << QStringLiteral("careu %1").arg(QLatin1String(CAREU_VERSION)) << Qt::endl;
        return Success;
    }
    if (options.command == QLatin1String("validate"))
        return validate(options, out, err);
    err << tr("careu: unknown command \"%1\"").arg(options.command) << Qt::endl << usage();
    return UsageError;
}

} // namespace careu::cli
