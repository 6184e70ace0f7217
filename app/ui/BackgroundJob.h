#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

class QThread;

namespace careu {
class Database;
}

namespace careu::ui {

// Long work (the report for a big team, an export) on a thread of its own with its own
// connection to the database, so the window stays responsive. Progress and the end arrive as
// signals on the window's thread; cancel() asks the work to stop at its next step.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    // The work: reads through db, calls progress(done, total) as it goes and stops when it
    // returns false (the job was cancelled). Returns false with error on failure.
    using Work = std::function<bool(const Database& db, const std::function<bool(int, int)>& progress,
                                    QString* error)>;

    BackgroundJob(QString databasePath, Work work, QObject* parent = nullptr);
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
    Work m_work;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancelled{false};
};

} // namespace careu::ui
