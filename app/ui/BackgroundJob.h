#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

class QThread;

namespace careu {
class Catalog;
class Clock;
class Services;
} // namespace careu

namespace careu::ui {

// Long work (the report for a big team, an export) on a thread of its own with its own
// connection to the database, so the window stays responsive. Progress and the end arrive as
// signals on the window's thread; cancel() asks the work to stop at its next step.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    // The work: reads through services (built on the thread's own connection), calls
    // progress(done, total) as it goes and stops when it returns false (the job was cancelled).
    // Returns false with error on failure.
    using Work = std::function<bool(Services& services, const std::function<bool(int, int)>& progress,
                                    QString* error)>;

    // The thread opens the database at databasePath and works on catalog and clock.
    BackgroundJob(QString databasePath, const Catalog& catalog, const Clock& clock, Work work,
                  QObject* parent = nullptr);
    ~BackgroundJob() override; // cancels and waits for the thread

    void start();
    void cancel();
    bool isRunning() const;

signals:
    void progressed(int done, int total);
    // Exactly once per start(); cancelled: it stopped because cancel() asked it to.
    void finished(bool ok, const QString& error, bool cancelled);

private:
    QString m_databasePath;
    const Catalog& m_catalog;
    const Clock& m_clock;
    Work m_work;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancelled{false};
};

} // namespace careu::ui
