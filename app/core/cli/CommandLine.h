#pragma once

#include <QStringList>
#include <QTextStream>
#include <functional>

namespace careu {
class Clock;
}

namespace careu::cli {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

// What the command line asked for. The same parse serves the GUI and the subcommands.
struct Options
{
    QString dbPath;          // --db PATH
    QStringList contentDirs; // --content DIR, repeatable: folders that add or override courses
    bool quitAfterStartup = false;
    bool version = false;
    bool help = false;
    bool strict = false;  // --strict (validate): author warnings fail too
    QString format;       // --format (report)
    QString course;       // --course ID (report)
    QString since;        // --since DATE (report)
    QString out;          // --out FILE (report)
    QString homePage;     // --home-page URL (report --format xapi)
    QString person;       // --person UID-or-email (certificates)
    QString org;          // --org FINGERPRINT (check, verify): the organization's root key it must have
    QString head;         // --head N:HASH (check): a head an earlier report printed
    QString as;           // --as NAME-or-email (people import, certificates): the manager who signs
    bool offline = false; // --offline (verify): check a statement without any database
    bool allowUnverified = false; // --allow-unverified (report, certificates): export a chain that fails
    int learners = 0;             // --learners N (seed-demo)
    quint32 seed = 1;             // --seed S (seed-demo)
    QString command;              // first positional argument, e.g. "validate"
    QStringList commandArgs;      // positional arguments after it
};

// Parses arguments (argv without argv[0]); on a usage problem returns false with error set.
bool parse(const QStringList& arguments, Options* options, QString* error);

// True when the options ask for a headless command rather than the app window.
bool isCommand(const Options& options);

class Printer;

// True when the command makes a PDF: it needs a Printer, and so a QGuiApplication.
bool needsPrinter(const Options& options);

// Asks the person at the terminal for a password, shown the prompt; a null string when nobody can
// be asked (no terminal) or they gave up.
using PasswordPrompt = std::function<QString(const QString& prompt)>;

// Where a command writes, what time it is, what makes PDFs (none: a command that prints fails
// with a message) and who is asked for a password ($CAREU_PASSWORD is read first).
struct Context
{
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    const Printer* printer = nullptr;
    PasswordPrompt askPassword = {};
};

// Runs a headless command and returns the process exit code.
int run(const Options& options, const Context& context);

QString usage();
// What careu says when its standard output could not be written (why: the system's reason, if any).
QString outputFailed(const QString& why);

} // namespace careu::cli
