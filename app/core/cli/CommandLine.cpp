#include "CommandLine.h"

#include "StoreCommands.h"
#include "content/Catalog.h"
#include "content/CheckWarnings.h"
#include "roleplay/EndingWarnings.h"
#include "roleplay/ScenarioAnalysis.h"

#include <QCoreApplication>
#include <algorithm>
#include <tuple>

namespace careu::cli {

namespace {

const char* const TranslationContext = "careu::cli";

QString tr(const char* text)
{
    return QCoreApplication::translate(TranslationContext, text);
}

// Author warnings on what loaded: Check questions a learner could pass without knowing, and
// role-play endings whose kind contradicts the scores that reach them.
Diagnostics authorWarnings(const Catalog& catalog)
{
    Diagnostics warnings;
    for (const Course& course : catalog.courses())
        CheckWarnings::check(course, &warnings);
    for (const Scenario& scenario : catalog.scenarios())
        EndingWarnings::check(scenario, catalog.course(scenario.courseId)->pillarIds(), &warnings);
    // In the order of the files, as an author reads them.
    std::stable_sort(warnings.begin(), warnings.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    return warnings;
}

int validate(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    const Catalog catalog = options.commandArgs.isEmpty() ? Catalog::load(options.contentDirs)
                                                          : Catalog::loadFolders(options.commandArgs);
    const Diagnostics warnings = authorWarnings(catalog);
    for (const Diagnostic& diagnostic : catalog.diagnostics() + warnings)
        err << diagnostic.toString() << Qt::endl;
    const auto count = catalog.diagnostics().size();
    if (count > 0) {
        err << (count == 1 ? tr("1 problem found.") : tr("%1 problems found.").arg(count)) << Qt::endl;
        return Failure;
    }
    if (!warnings.isEmpty()) {
        const QString found = warnings.size() == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings.size());
        err << (options.strict ? tr("%1; --strict fails on warnings.").arg(found)
                               : tr("%1 (--strict would fail on them).").arg(found))
            << Qt::endl;
        if (options.strict)
            return Failure;
    }
    int lessons = 0;
    int questions = 0;
    for (const Course& course : catalog.courses()) {
        lessons += static_cast<int>(course.lessons.size());
        for (const Lesson& lesson : course.lessons)
            questions += static_cast<int>(lesson.check.size());
    }
    out << tr("Content is valid: %1 courses, %2 lessons, %3 Check questions, %4 role-plays.")
               .arg(catalog.courses().size())
               .arg(lessons)
               .arg(questions)
               .arg(catalog.scenarios().size())
        << Qt::endl;
    return Success;
}

// careu scenario stats ID: the shape of a role-play, for its author.
int scenario(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    if (options.commandArgs.size() != 2 || options.commandArgs.first() != QLatin1String("stats")) {
        err << tr("careu: use \"careu scenario stats ID\"") << Qt::endl << usage();
        return UsageError;
    }
    const Catalog catalog = Catalog::load(options.contentDirs);
    const QString id = options.commandArgs.at(1);
    const Scenario* scenario = catalog.scenario(id);
    if (!scenario) {
        QStringList known;
        for (const Scenario& each : catalog.scenarios())
            known.append(each.id);
        err << tr("careu: there is no valid role-play \"%1\" (known: %2); run \"careu validate\" to see "
                  "problems.")
                   .arg(id, known.join(QLatin1String(", ")))
            << Qt::endl;
        return Failure;
    }
    const Course* course = catalog.course(scenario->courseId);
    const QStringList pillars = course->pillarIds();
    const ScenarioStats stats = ScenarioAnalysis::analyse(*scenario, pillars);
    QStringList kinds;
    for (const ScenarioNode& node : scenario->nodes) {
        if (node.ending && !kinds.contains(node.ending->kind))
            kinds.append(node.ending->kind);
    }
    const auto row = [&out](const QString& label, const QString& value) {
        out << QStringLiteral("  %1 %2").arg(label + QLatin1Char(':'), -22).arg(value) << Qt::endl;
    };
    out << QStringLiteral("%1 (%2, %3)").arg(scenario->title, scenario->id, course->id) << Qt::endl;
    row(tr("nodes"), QString::number(stats.nodes));
    row(tr("decision points"), QString::number(stats.decisionPoints));
    row(tr("endings"), QStringLiteral("%1 (%2)").arg(stats.endings).arg(kinds.join(QLatin1String(", "))));
    row(tr("distinct paths"),
        stats.truncated ? tr("more than %1").arg(ScenarioAnalysis::MaxPaths) : QString::number(stats.paths));
    row(tr("best path"), tr("%1 decisions, %2 points, ends at \"%3\"")
                             .arg(stats.bestPathDecisions)
                             .arg(stats.best.total)
                             .arg(stats.best.endingId));
    out << QStringLiteral("  ") << tr("total per pillar over all paths (min to max):") << Qt::endl;
    for (const QString& pillar : pillars) {
        const auto range = stats.pillarRange.value(pillar);
        out << QStringLiteral("    %1 %2 to %3").arg(pillar, -14).arg(range.first, 3).arg(range.second, 3)
            << Qt::endl;
    }
    out << QStringLiteral("  ") << tr("each ending, its kind and the totals of the paths that reach it:")
        << Qt::endl;
    for (const ScenarioNode& node : scenario->nodes) {
        if (!node.ending)
            continue;
        const EndingTotals totals = stats.endingTotals.value(node.id);
        const QString reach =
            totals.paths == 0 ? tr("never reached")
                              : QStringLiteral("%1 to %2  (%3)")
                                    .arg(totals.min, 3)
                                    .arg(totals.max, 3)
                                    .arg(totals.paths == 1 ? tr("1 path") : tr("%1 paths").arg(totals.paths));
        out << QStringLiteral("    %1 %2 %3").arg(node.id, -22).arg(node.ending->kind, -9).arg(reach)
            << Qt::endl;
    }
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

// The string option an argument names (--format, --course, --since, --out), or nothing.
QString* textOption(const QString& argument, Options* options)
{
    const QString name = argument.section(QLatin1Char('='), 0, 0);
    if (name == QLatin1String("--format"))
        return &options->format;
    if (name == QLatin1String("--course"))
        return &options->course;
    if (name == QLatin1String("--since"))
        return &options->since;
    if (name == QLatin1String("--out"))
        return &options->out;
    if (name == QLatin1String("--home-page"))
        return &options->homePage;
    if (name == QLatin1String("--person"))
        return &options->person;
    if (name == QLatin1String("--org"))
        return &options->org;
    if (name == QLatin1String("--head"))
        return &options->head;
    if (name == QLatin1String("--as"))
        return &options->as;
    return nullptr;
}

} // namespace

QString usage()
{
    return tr(
        "Usage:\n"
        "  careu [--db PATH] [--content DIR]...   start the app\n"
        "  careu --version                        print the version\n"
        "  careu validate [--strict] [PATH...]    check course content (the shipped content and any\n"
        "                                         --content folders when no PATH is given); author\n"
        "                                         warnings are printed, and fail only with --strict\n"
        "  careu scenario stats ID                a role-play's shape: nodes, decisions, endings, paths,\n"
        "                                         the best path, each pillar's range of totals and each\n"
        "                                         ending's kind and range of totals\n"
        "  careu [--db PATH] check [--org FINGERPRINT] [--head N:HASH]\n"
        "                                         SQLite's integrity check, the schema, and the record\n"
        "                                         chain: hashes, every signature and endorsement, what\n"
        "                                         each record means, the people tables against it, and\n"
        "                                         the head the newest backup (or --head) saw; --org holds\n"
        "                                         it against the organization's fingerprint\n"
        "  careu [--db PATH] people list          everyone, with roles and mentor\n"
        "  careu [--db PATH] people import FILE --as MANAGER\n"
        "                                         add people from CSV: name,email,staff_id,roles,mentor,\n"
        "                                         location (a header line names the columns used); the\n"
        "                                         manager (name or email) signs each one into the record\n"
        "                                         chain: their password is read from $CAREU_PASSWORD, else\n"
        "                                         asked for at the terminal\n"
        "  careu [--db PATH] report --format csv|pdf|xapi [--course ID] [--since YYYY-MM-DD]\n"
        "                         [--out FILE] [--home-page URL]\n"
        "                                         the completion report: CSV (a row per person per course),\n"
        "                                         PDF (figures, charts and the table; needs --out) or xAPI\n"
        "                                         statements for a Learning Record Store, whose actors are\n"
        "                                         accounts on --home-page (default https://careu.example)\n"
        "  careu [--db PATH] certificates --out DIR --as MANAGER [--person UID-or-email]\n"
        "                                         a PDF certificate for each graduate (or the one person),\n"
        "                                         with a QR code of a statement the manager signs (their\n"
        "                                         password as for people import), and beside it an Open\n"
        "                                         Badges 3.0 credential (NAME-UID.jwt, a VC-JWT) to import\n"
        "                                         into a learning platform or wallet\n"
        "  careu [--db PATH] verify CODE          whose certificate a verification code is, and whether\n"
        "                                         the sign-offs behind it still stand\n"
        "  careu [--db PATH|--offline] verify FILE.pdf|STATEMENT [--org FINGERPRINT]\n"
        "                                         check a certificate's signed statement (its QR code's\n"
        "                                         text) against the organization's fingerprint, without\n"
        "                                         the database; with one, also that it was not revoked\n"
        "  careu [--db PATH] seed-demo --learners N [--seed S]\n"
        "                                         fill an empty database with a demo organization\n"
        "  careu [--db PATH] backup --out FILE    a consistent, checked copy of the database, also while\n"
        "                                         the app is running\n"
        "  careu [--db PATH] restore FILE         put a checked backup's content into the database, also\n"
        "                                         while the app has it open; what it held is kept beside\n"
        "                                         it as a checked copy first\n"
        "  careu --db postgresql://... copy-from FILE.sqlite\n"
        "                                         copy a whole organization from an SQLite file into an\n"
        "                                         empty PostgreSQL database, in one transaction\n"
        "\n"
        "Options:\n"
        "  --db PATH             the database file (default: $CAREU_DB, else the per-user data folder)\n"
        "  --content DIR         a folder of courses that adds to or overrides the shipped ones\n"
        "  --strict              (validate) fail on author warnings as well as on errors\n"
        "  --offline             (verify) check a statement without opening any database\n"
        "  --allow-unverified    (report, certificates) export even when the record chain does not\n"
        "                        verify; the output says so on its first line or page\n"
        "  --quit-after-startup  exit as soon as the main window has painted (for benchmarks)\n"
        "  -style NAME, -platform NAME, -reverse, ...\n"
        "                        Qt's own options for the app window (see the Qt documentation)\n"
        "\n"
        "Exit codes: 0 success, 1 the operation failed, 2 usage error.\n");
}

QString outputFailed(const QString& why)
{
    return why.isEmpty() ? tr("careu: the output could not be written (is the disk full?); it is incomplete")
                         : tr("careu: the output could not be written (%1); it is incomplete").arg(why);
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
        } else if (argument == QLatin1String("--learners") ||
                   argument.startsWith(QLatin1String("--learners=")) || argument == QLatin1String("--seed") ||
                   argument.startsWith(QLatin1String("--seed="))) {
            const QString name = argument.section(QLatin1Char('='), 0, 0);
            if (!optionValue(arguments, &i, name, &value, error))
                return false;
            bool ok = false;
            const uint number = value.toUInt(&ok);
            if (!ok || (name == QLatin1String("--learners") && (number < 1 || number > 100000))) {
                *error = name == QLatin1String("--learners")
                             ? tr("--learners needs a whole number from 1 to 100000")
                             : tr("--seed needs a whole number");
                return false;
            }
            if (name == QLatin1String("--learners"))
                options->learners = static_cast<int>(number);
            else
                options->seed = number;
        } else if (QString* target = textOption(argument, options)) {
            if (!optionValue(arguments, &i, argument.section(QLatin1Char('='), 0, 0), &value, error))
                return false;
            *target = value;
        } else if (argument == QLatin1String("--strict")) {
            options->strict = true;
        } else if (argument == QLatin1String("--allow-unverified")) {
            options->allowUnverified = true;
        } else if (argument == QLatin1String("--offline")) {
            options->offline = true;
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

bool needsPrinter(const Options& options)
{
    return !options.help && !options.version &&
           ((options.command == QLatin1String("report") && options.format == QLatin1String("pdf")) ||
            options.command == QLatin1String("certificates"));
}

int run(const Options& options, const Context& context)
{
    if (options.help) {
        context.out << usage();
        return Success;
    }
    if (options.version) {
        context.out << QStringLiteral("careu %1").arg(QLatin1String(CAREU_VERSION)) << Qt::endl;
        return Success;
    }
    if (options.command == QLatin1String("validate"))
        return validate(options, context);
    if (options.command == QLatin1String("scenario"))
        return scenario(options, context);
    if (options.command == QLatin1String("check") && options.commandArgs.isEmpty())
        return check(options, context);
    if (options.command == QLatin1String("people"))
        return people(options, context);
    if (options.command == QLatin1String("seed-demo") && options.commandArgs.isEmpty())
        return seedDemo(options, context);
    if (options.command == QLatin1String("report") && options.commandArgs.isEmpty())
        return report(options, context);
    if (options.command == QLatin1String("certificates") && options.commandArgs.isEmpty())
        return certificates(options, context);
    if (options.command == QLatin1String("verify"))
        return verify(options, context);
    if (options.command == QLatin1String("backup") && options.commandArgs.isEmpty())
        return backup(options, context);
    if (options.command == QLatin1String("restore"))
        return restore(options, context);
    if (options.command == QLatin1String("copy-from"))
        return copyFrom(options, context);
    context.err << tr("careu: unknown command \"%1\"").arg(options.command) << Qt::endl << usage();
    return UsageError;
}

} // namespace careu::cli
