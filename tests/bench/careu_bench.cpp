// Prints the figures ./dev.sh bench reports:
//   careu_bench PATH_TO_CAREU [LEARNERS...]
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
//   on that database (careu_dashboard_bench): until it paints, and until its table is filled.
#include "content/Catalog.h"
#include "demo/DemoSeeder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
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
// lesson_progress, as the report reads them), best role-play, Practices signed off and when.
const QString FloorQuery = QStringLiteral(
    "WITH learner AS (SELECT p.* FROM people p WHERE p.active = 1 AND EXISTS (SELECT 1 FROM person_roles r "
    "WHERE r.person_id = p.id AND r.role = 'learner')), course(id) AS (VALUES ('care-101'), ('care-102')) "
    "SELECT l.uid, l.name, l.email, l.staff_id, l.location, m.name, c.id, "
    "(SELECT count(*) FROM lesson_progress g WHERE g.person_id = l.id AND g.course_id = c.id AND "
    "g.completed_at IS NOT NULL), "
    "(SELECT total(length(g.first_try_right)) FROM lesson_progress g WHERE g.person_id = l.id AND "
    "g.course_id = c.id AND g.completed_at IS NOT NULL), "
    "(SELECT max(t.total) FROM roleplay_attempts t WHERE t.person_id = l.id AND t.finished_at IS NOT NULL), "
    "(SELECT count(*) FROM records s WHERE s.subject_id = l.id AND s.course_id = c.id AND s.kind = "
    "'signoff'), "
    "(SELECT max(s.created_at) FROM records s WHERE s.subject_id = l.id AND s.course_id = c.id AND "
    "s.kind = 'signoff') "
    "FROM learner l CROSS JOIN course c LEFT JOIN people m ON m.id = l.mentor_id ORDER BY l.name_key, c.id");

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

bool chainScale(const QString& careu, const QString& dir, int learners, const Stats& emptyStartup)
{
    const QString db = QStringLiteral("%1/chain-%2.sqlite").arg(dir).arg(learners);
    const QString output = dir + QStringLiteral("/out");
    const QString team = QStringLiteral("%1 learners").arg(learners);
    Run run;
    if (!measure({careu, QStringLiteral("--db"), db, QStringLiteral("seed-demo"),
                  QStringLiteral("--learners"), QString::number(learners)},
                 output, &run))
        return false;
    printRun(QStringLiteral("seed-demo, %1").arg(team), run, learners, QStringLiteral("learners"));

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

    // The export and its floor take turns, five times each, so that whatever else the machine
    // does weighs on both alike; each is its median run.
    QVector<Run> exports;
    QVector<Run> floors;
    for (int i = 0; i < 5; ++i) {
        if (!measure({careu, QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--format"),
                      QStringLiteral("csv")},
                     output, &run))
            return false;
        exports.append(run);
        if (!measure({QStringLiteral("sqlite3"), QStringLiteral("-csv"), QStringLiteral("-readonly"), db,
                      FloorQuery},
                     dir + QStringLiteral("/floor"), &run))
            return false;
        floors.append(run);
    }
    const qint64 rows = countLines(output, "\n") - 1; // less the header (no demo name has a line break)
    const Run csv = median(exports);
    const Run floor = median(floors);
    printRun(QStringLiteral("CSV export, %1").arg(team), csv, rows, QStringLiteral("rows"));
    printRun(QStringLiteral("floor: sqlite3 -csv, the same rows"), floor, rows, QStringLiteral("rows"));
    out << QStringLiteral("%1: %2x the floor (medians of 5)")
               .arg(QStringLiteral("CSV export vs floor, %1").arg(team), -44)
               .arg(csv.ms / floor.ms, 0, 'f', 2)
        << Qt::endl;

    if (!measure({careu, QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--format"),
                  QStringLiteral("xapi")},
                 output, &run))
        return false;
    printRun(QStringLiteral("xAPI export, %1").arg(team), run, countLines(output, "\"actor\""),
             QStringLiteral("statements"));

    if (learners <= 1000) {
        if (!measure({careu, QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--format"),
                      QStringLiteral("pdf"), QStringLiteral("--out"), dir + QStringLiteral("/report.pdf")},
                     output, &run))
            return false;
        printRun(QStringLiteral("PDF report, %1").arg(team), run, rows, QStringLiteral("rows"));
    }

    const QString dashboard =
        QCoreApplication::applicationDirPath() + QStringLiteral("/careu_dashboard_bench");
    if (!measure({dashboard, db}, output, &run))
        return false;
    QFile times(output);
    const QList<QByteArray> figures =
        times.open(QIODevice::ReadOnly) ? times.readAll().split(' ') : QList<QByteArray>();
    if (figures.size() != 2)
        return false;
    out << QStringLiteral("%1: painted after %2 ms, %3 rows shown after %4 ms, peak %5 MB")
               .arg(QStringLiteral("dashboard, %1").arg(team), -44)
               .arg(QString::fromLatin1(figures.at(0).trimmed()))
               .arg(rows)
               .arg(QString::fromLatin1(figures.at(1).trimmed()))
               .arg(run.peakKb / 1024.0, 0, 'f', 1)
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
    for (const int learners : teams) {
        if (learners < 1 || !chainScale(careu, dir.path(), learners, emptyStartup))
            return 1;
    }
    return 0;
}
