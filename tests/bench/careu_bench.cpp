// Prints the figures ./dev.sh bench reports:
//   careu_bench PATH_TO_CAREU [LEARNERS...]
//   (CAREU_BENCH_PG_URL: a PostgreSQL server, e.g. tests/pg/cluster.sh's, to compare the backends on)
// - startup: wall time from launching `careu --quit-after-startup` until it exits, which it
//   does right after the main window's first paint (first run creates the database), on an empty
//   database and on each team below, with the ratio of the two;
// - people import: `careu people import` of 10,000 and 100,000 lines;
// - content: loading and validating all shipped content in-process;
// - chain scale, for each team size (default 1,000 and 10,000 learners): `careu seed-demo`, the
//   CSV and xAPI exports, each a child process whose wall time and peak memory (wait4's
//   ru_maxrss) are printed with rows per second; and, as the floor the CSV export is compared
//   against, `sqlite3 -csv` printing the same rows from the same tables in one statement (the
//   export and the floor run five times each, in turns, and are compared by medians); the PDF
//   report (for teams up to 1,000: it is made to be printed); and the manager's dashboard opened
//   on that database (careu_dashboard_bench): until it paints, and until its table is filled;
// - both backends side by side, on the last (largest) team, when CAREU_BENCH_PG_URL names a server: the
//   same seed-demo, CSV (against `psql -c "\copy (...) to stdout csv"` of the same rows as its
//   floor) and xAPI exports and dashboard on a new PostgreSQL database, copy-from of the SQLite
//   file into another, and a table of both backends' times and peak memory (the careu process's;
//   the server's own is not counted) with the ratios the PostgreSQL CSV export is held to.
#include "content/Catalog.h"
#include "demo/DemoSeeder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <algorithm>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QTextStream out(stdout);

struct Stats
{
    double min = 0;
    double median = 0;
    double max = 0;
};

Stats summarise(QVector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.first(), samples.at(samples.size() / 2), samples.last()};
}

void print(const QString& what, const Stats& stats, int runs)
{
    out << QStringLiteral("%1: median %2 ms (min %3, max %4, %5 runs)")
               .arg(what, -44)
               .arg(stats.median, 0, 'f', 2)
               .arg(stats.min, 0, 'f', 2)
               .arg(stats.max, 0, 'f', 2)
               .arg(runs)
        << Qt::endl;
}

bool startup(const QString& careu, const QString& db, double* ms)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(careu, {QStringLiteral("--db"), db, QStringLiteral("--quit-after-startup")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        QTextStream(stderr) << "careu_bench: startup run failed: " << process.readAllStandardError()
                            << Qt::endl;
        return false;
    }
    *ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return true;
}

// One child process: its wall time and peak resident memory, stdout into a file.
struct Run
{
    double ms = 0;
    long peakKb = 0;
};

bool measure(const QStringList& command, const QString& stdoutPath, Run* run)
{
    QVector<QByteArray> arguments;
    for (const QString& argument : command)
        arguments.append(argument.toLocal8Bit());
    QVector<char*> argv;
    for (QByteArray& argument : arguments)
        argv.append(argument.data());
    argv.append(nullptr);
    const QByteArray outPath = stdoutPath.toLocal8Bit();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
            _exit(127);
        execvp(argv.first(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        QTextStream(stderr) << "careu_bench: failed: " << command.join(QLatin1Char(' ')) << Qt::endl;
        return false;
    }
    run->ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    run->peakKb = usage.ru_maxrss;
    return true;
}

// The run with the median time, with the highest peak memory of all: what a comparison of two
// commands uses, since one run on a busy machine can be a tenth off either way.
Run median(QVector<Run> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.ms < b.ms; });
    Run middle = runs.at(runs.size() / 2);
    for (const Run& run : runs)
        middle.peakKb = std::max(middle.peakKb, run.peakKb);
    return middle;
}

void printRun(const QString& what, const Run& run, qint64 rows, const QString& unit)
{
    out << QStringLiteral("%1: %2 ms, %3 %4/s, peak %5 MB")
               .arg(what, -44)
               .arg(run.ms, 0, 'f', 0)
               .arg(rows * 1000.0 / run.ms, 0, 'f', 0)
               .arg(unit)
               .arg(run.peakKb / 1024.0, 0, 'f', 1)
        << Qt::endl;
}

qint64 countLines(const QString& path, const QByteArray& marker)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().count(marker);
}

// The report's rows (one per active learner per course) read from the same tables, in one
// statement: lessons completed and what their Checks had right at the first try (both from
// lesson_progress, as the report reads them), best role-play, Practices signed off and when. In
// SQL both backends take; ordered by name as the report orders it (PostgreSQL by code point).
QString floorQuery(bool postgres)
{
    return QStringLiteral(
               "WITH learner AS (SELECT p.* FROM people p WHERE p.active = 1 AND EXISTS (SELECT 1 FROM "
               "person_roles r "
               "WHERE r.person_id = p.id AND r.role = 'learner')), course(id) AS (VALUES ('care-101'), "
               "('care-102')) "
               "SELECT l.uid, l.name, l.email, l.staff_id, l.location, m.name, c.id, "
               "(SELECT count(*) FROM lesson_progress g WHERE g.person_id = l.id AND g.course_id = c.id AND "
               "g.completed_at IS NOT NULL), "
               "(SELECT coalesce(sum(length(g.first_try_right)), 0) FROM lesson_progress g WHERE g.person_id "
               "= l.id AND "
               "g.course_id = c.id AND g.completed_at IS NOT NULL), "
               "(SELECT max(t.total) FROM roleplay_attempts t WHERE t.person_id = l.id AND t.finished_at IS "
               "NOT NULL), "
               "(SELECT count(*) FROM records s WHERE s.subject_id = l.id AND s.course_id = c.id AND s.kind "
               "= "
               "'signoff'), "
               "(SELECT max(s.created_at) FROM records s WHERE s.subject_id = l.id AND s.course_id = c.id "
               "AND "
               "s.kind = 'signoff') "
               "FROM learner l CROSS JOIN course c LEFT JOIN people m ON m.id = l.mentor_id ORDER BY "
               "l.name_key%1, c.id")
        .arg(postgres ? QStringLiteral(" COLLATE \"C\"") : QString());
}

// The median of runs starts of the app on db.
bool startupMedian(const QString& careu, const QString& db, int runs, Stats* stats)
{
    QVector<double> samples;
    for (int i = 0; i < runs; ++i) {
        double ms = 0;
        if (!startup(careu, db, &ms))
            return false;
        samples.append(ms);
    }
    *stats = summarise(samples);
    return true;
}

// `careu people import` of a file of lines people (and one mentor they all have), into a new
// organisation: wall time, people per second and peak memory.
bool peopleImport(const QString& careu, const QString& dir, int lines)
{
    const QString db = QStringLiteral("%1/import-%2.sqlite").arg(dir).arg(lines);
    const QString csv = QStringLiteral("%1/import-%2.csv").arg(dir).arg(lines);
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream text(&file);
    text << "name,email,staff_id,roles,mentor,location\nMaria Lopez,maria@example.com,M-1,mentor,,North\n";
    for (int i = 1; i < lines; ++i)
        text << "Person " << i << ",person." << i << "@example.com,S-" << i << ",learner,Maria Lopez,North\n";
    text.flush();
    file.close();
    // The demo's manager signs everyone in, with the demo password.
    qputenv("CAREU_PASSWORD", careu::DemoSeeder::password().toUtf8());
    Run run;
    if (!measure({careu, QStringLiteral("--db"), db, QStringLiteral("seed-demo"),
                  QStringLiteral("--learners"), QStringLiteral("1")},
                 dir + QStringLiteral("/out"), &run) ||
        !measure({careu, QStringLiteral("--db"), db, QStringLiteral("people"), QStringLiteral("import"), csv,
                  QStringLiteral("--as"), QStringLiteral("Mona Reyes")},
                 dir + QStringLiteral("/out"), &run))
        return false;
    printRun(QStringLiteral("people import, %1 lines").arg(lines), run, lines, QStringLiteral("people"));
    return true;
}

// One backend's figures at one team size, for the side-by-side table.
struct Figures
{
    Run seed;
    Run csv;
    Run floor;
    Run xapi;
    Run dashboard;
    bool dashboardOpened = false;
    double painted = 0; // ms until the dashboard first painted
    double filled = 0;  // ms until its table was filled
    qint64 rows = 0;
};

// The CSV export against its floor (floor prints the same rows), five times each in turns so
// that whatever else the machine does weighs on both alike, each its median run; then the xAPI
// export.
bool exports(const QString& careu, const QString& dir, const QString& db, const QStringList& floor,
             const QString& floorName, const QString& team, Figures* figures)
{
    const QString output = dir + QStringLiteral("/out");
    Run run;
    QVector<Run> csvRuns;
    QVector<Run> floorRuns;
    for (int i = 0; i < 5; ++i) {
        if (!measure({careu, QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--format"),
                      QStringLiteral("csv")},
                     output, &run))
            return false;
        csvRuns.append(run);
        if (!measure(floor, dir + QStringLiteral("/floor"), &run))
            return false;
        floorRuns.append(run);
    }
    figures->rows = countLines(output, "\n") - 1; // less the header (no demo name has a line break)
    figures->csv = median(csvRuns);
    figures->floor = median(floorRuns);
    printRun(QStringLiteral("CSV export, %1").arg(team), figures->csv, figures->rows, QStringLiteral("rows"));
    printRun(QStringLiteral("floor: %1, the same rows").arg(floorName), figures->floor, figures->rows,
             QStringLiteral("rows"));
    out << QStringLiteral("%1: %2x the floor (medians of 5)")
               .arg(QStringLiteral("CSV export vs floor, %1").arg(team), -44)
               .arg(figures->csv.ms / figures->floor.ms, 0, 'f', 2)
        << Qt::endl;

    if (!measure({careu, QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--format"),
                  QStringLiteral("xapi")},
                 output, &figures->xapi))
        return false;
    printRun(QStringLiteral("xAPI export, %1").arg(team), figures->xapi, countLines(output, "\"actor\""),
             QStringLiteral("statements"));
    return true;
}

// The manager's dashboard opened on db (careu_dashboard_bench): until it paints, until it is filled.
// When it does not open, that is said and the other figures go on (the bench then exits 1).
void dashboard(const QString& dir, const QString& db, const QString& team, Figures* figures)
{
    const QString output = dir + QStringLiteral("/out");
    const QString bench = QCoreApplication::applicationDirPath() + QStringLiteral("/careu_dashboard_bench");
    QFile times(output);
    const QList<QByteArray> values =
        measure({bench, db}, output, &figures->dashboard) && times.open(QIODevice::ReadOnly)
            ? times.readAll().split(' ')
            : QList<QByteArray>();
    figures->dashboardOpened = values.size() == 2;
    if (!figures->dashboardOpened) {
        out << QStringLiteral("%1: FAILED, careu_dashboard_bench did not finish")
                   .arg(QStringLiteral("dashboard, %1").arg(team), -44)
            << Qt::endl;
        return;
    }
    figures->painted = values.at(0).trimmed().toDouble();
    figures->filled = values.at(1).trimmed().toDouble();
    out << QStringLiteral("%1: painted after %2 ms, %3 rows shown after %4 ms, peak %5 MB")
               .arg(QStringLiteral("dashboard, %1").arg(team), -44)
               .arg(figures->painted, 0, 'f', 0)
               .arg(figures->rows)
               .arg(figures->filled, 0, 'f', 0)
               .arg(figures->dashboard.peakKb / 1024.0, 0, 'f', 1)
        << Qt::endl;
}

bool seed(const QString& careu, const QString& dir, const QString& db, int learners, const QString& team,
          Figures* figures)
{
    if (!measure({careu, QStringLiteral("--db"), db, QStringLiteral("seed-demo"),
                  QStringLiteral("--learners"), QString::number(learners)},
                 dir + QStringLiteral("/out"), &figures->seed))
        return false;
    printRun(QStringLiteral("seed-demo, %1").arg(team), figures->seed, learners, QStringLiteral("learners"));
    return true;
}

bool chainScale(const QString& careu, const QString& dir, int learners, const Stats& emptyStartup,
                Figures* figures)
{
    const QString db = QStringLiteral("%1/chain-%2.sqlite").arg(dir).arg(learners);
    const QString team = QStringLiteral("%1 learners").arg(learners);
    if (!seed(careu, dir, db, learners, team, figures))
        return false;

    // Start-up checks only what does not grow with the file; the first start makes the daily
    // backup in the background, the later ones find it done.
    Stats started;
    if (!startupMedian(careu, db, 7, &started))
        return false;
    print(QStringLiteral("startup, %1").arg(team), started, 7);
    out << QStringLiteral("%1: %2x the empty database's (medians)")
               .arg(QStringLiteral("startup, %1 vs empty").arg(team), -44)
               .arg(started.median / emptyStartup.median, 0, 'f', 2)
        << Qt::endl;

    if (!exports(careu, dir, db,
                 {QStringLiteral("sqlite3"), QStringLiteral("-csv"), QStringLiteral("-readonly"), db,
                  floorQuery(false)},
                 QStringLiteral("sqlite3 -csv"), team, figures))
        return false;

    if (learners <= 1000) {
        Run run;
        if (!measure({careu, QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--format"),
                      QStringLiteral("pdf"), QStringLiteral("--out"), dir + QStringLiteral("/report.pdf")},
                     dir + QStringLiteral("/out"), &run))
            return false;
        printRun(QStringLiteral("PDF report, %1").arg(team), run, figures->rows, QStringLiteral("rows"));
    }
    dashboard(dir, db, team, figures);
    return true;
}

// A new, empty database on the server at url: its URL.
bool newServerDatabase(const QUrl& url, const QString& name, QString* made)
{
    QUrl database = url;
    database.setPath(QLatin1Char('/') + name);
    Run run;
    if (!measure({QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                  url.toString(), QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(name)},
                 QStringLiteral("/dev/null"), &run))
        return false;
    *made = database.toString();
    return true;
}

void printRow(const QString& what, const Run* sqlite, const Run& postgres)
{
    const auto cell = [](const Run& run) {
        return QStringLiteral("%1 ms %2 MB").arg(run.ms, 9, 'f', 0).arg(run.peakKb / 1024.0, 7, 'f', 1);
    };
    out << QStringLiteral("  %1 %2   %3   %4")
               .arg(what, -34)
               .arg(sqlite ? cell(*sqlite) : QString(), 20)
               .arg(cell(postgres), 20)
               .arg(sqlite ? QStringLiteral("%1x").arg(postgres.ms / sqlite->ms, 0, 'f', 2) : QString(), 9)
        << Qt::endl;
}

// The same team on PostgreSQL (a new database on the server at url), beside SQLite's figures, and
// copy-from of the SQLite file into another new database.
bool backends(const QString& careu, const QString& dir, int learners, const QUrl& url, const Figures& sqlite)
{
    const QString team = QStringLiteral("%1 learners, PostgreSQL").arg(learners);
    QString db;
    QString copy;
    if (!newServerDatabase(url, QStringLiteral("careu_bench_%1").arg(learners), &db) ||
        !newServerDatabase(url, QStringLiteral("careu_bench_copy_%1").arg(learners), &copy))
        return false;
    Figures postgres;
    if (!seed(careu, dir, db, learners, team, &postgres) ||
        !exports(careu, dir, db,
                 {QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                  db, QStringLiteral("-c"),
                  QStringLiteral("\\copy (%1) to stdout csv").arg(floorQuery(true))},
                 QStringLiteral("psql \\copy"), team, &postgres))
        return false;
    dashboard(dir, db, team, &postgres);
    Run copied;
    if (!measure({careu, QStringLiteral("--db"), copy, QStringLiteral("copy-from"),
                  QStringLiteral("%1/chain-%2.sqlite").arg(dir).arg(learners)},
                 dir + QStringLiteral("/out"), &copied))
        return false;
    printRun(QStringLiteral("copy-from, %1").arg(team), copied, learners, QStringLiteral("learners"));

    out << Qt::endl
        << QStringLiteral("SQLite and PostgreSQL, %1 learners (%2 report rows); peak memory is careu's")
               .arg(learners)
               .arg(postgres.rows)
        << Qt::endl
        << QStringLiteral("  %1 %2   %3   %4")
               .arg(QString(), -34)
               .arg(QStringLiteral("SQLite"), 20)
               .arg(QStringLiteral("PostgreSQL"), 20)
               .arg(QStringLiteral("PG/SQLite"), 9)
        << Qt::endl;
    printRow(QStringLiteral("seed-demo"), &sqlite.seed, postgres.seed);
    printRow(QStringLiteral("CSV export (median of 5)"), &sqlite.csv, postgres.csv);
    printRow(QStringLiteral("floor: sqlite3 -csv / psql \\copy"), &sqlite.floor, postgres.floor);
    printRow(QStringLiteral("xAPI export"), &sqlite.xapi, postgres.xapi);
    if (sqlite.dashboardOpened && postgres.dashboardOpened) {
        const Run sqliteFilled{sqlite.filled, sqlite.dashboard.peakKb};
        printRow(QStringLiteral("dashboard, until filled"), &sqliteFilled,
                 {postgres.filled, postgres.dashboard.peakKb});
    } else {
        out << QStringLiteral("  %1 FAILED (see above)").arg(QStringLiteral("dashboard, until filled"), -34)
            << Qt::endl;
    }
    printRow(QStringLiteral("copy-from the SQLite file"), nullptr, copied);
    out << QStringLiteral("  PostgreSQL CSV / SQLite CSV:  %1x (target at most 2)")
               .arg(postgres.csv.ms / sqlite.csv.ms, 0, 'f', 2)
        << Qt::endl
        << QStringLiteral("  PostgreSQL CSV / psql \\copy:  %1x (target at most 1.5)")
               .arg(postgres.csv.ms / postgres.floor.ms, 0, 'f', 2)
        << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: careu_bench PATH_TO_CAREU [LEARNERS...]" << Qt::endl;
        return 2;
    }
    const QString careu = QString::fromLocal8Bit(argv[1]);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    double first = 0;
    if (!startup(careu, db, &first))
        return 1;
    out << QStringLiteral("%1: %2 ms")
               .arg(QStringLiteral("startup, first run (creates the database)"), -44)
               .arg(first, 0, 'f', 2)
        << Qt::endl;
    const int startupRuns = 15;
    Stats emptyStartup;
    if (!startupMedian(careu, db, startupRuns, &emptyStartup))
        return 1;
    print(QStringLiteral("startup to first painted window, empty"), emptyStartup, startupRuns);
    QVector<double> samples;

    const int loadRuns = 200;
    samples.clear();
    int lessons = 0;
    for (int i = 0; i < loadRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const careu::Catalog catalog = careu::Catalog::load();
        samples.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!catalog.diagnostics().isEmpty())
            return 1;
        lessons = 0;
        for (const careu::Course& course : catalog.courses())
            lessons += static_cast<int>(course.lessons.size());
    }
    print(QStringLiteral("load + validate all content (%1 lessons)").arg(lessons), summarise(samples),
          loadRuns);

    qputenv("QT_QPA_PLATFORM", "offscreen"); // for the children that paint
    QVector<int> teams;
    for (int i = 2; i < argc; ++i)
        teams.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (teams.isEmpty())
        teams = {1000, 10000};
    for (const int lines : {10000, 100000}) {
        if (!peopleImport(careu, dir.path(), lines))
            return 1;
    }
    Figures last;
    for (const int learners : teams) {
        if (learners < 1 || !chainScale(careu, dir.path(), learners, emptyStartup, &last))
            return 1;
    }
    const QUrl server(qEnvironmentVariable("CAREU_BENCH_PG_URL"));
    if (!server.isEmpty() && !backends(careu, dir.path(), teams.last(), server, last))
        return 1;
    return last.dashboardOpened ? 0 : 1;
}
