// Prints the figures ./dev.sh bench reports:
//   careu_bench PATH_TO_CAREU
// - startup: wall time from launching `careu --quit-after-startup` until it exits, which it
//   does right after the main window's first paint (first run creates the database);
// - content: loading and validating all shipped content in-process.
#include "content/Catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: careu_bench PATH_TO_CAREU" << Qt::endl;
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
    QVector<double> samples;
    for (int i = 0; i < startupRuns; ++i) {
        double ms = 0;
        if (!startup(careu, db, &ms))
            return 1;
        samples.append(ms);
    }
    print(QStringLiteral("startup to first painted window"), summarise(samples), startupRuns);

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
    return 0;
}
