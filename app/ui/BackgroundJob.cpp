#include "BackgroundJob.h"

#include "Services.h"
#include "store/Database.h"

#include <QThread>

namespace careu::ui {

BackgroundJob::BackgroundJob(QString databasePath, const Catalog& catalog, const Clock& clock, Work work,
                             QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_catalog(catalog), m_clock(clock),
      m_work(std::move(work))
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
    delete m_thread;
}

bool BackgroundJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundJob::cancel()
{
    m_cancelled = true;
}

void BackgroundJob::start()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled = false;
    m_thread = QThread::create([this] {
        QString error;
        bool ok = false;
        {
            Database db; // one connection per thread
            int lastPercent = -1;
            const auto progress = [this, &lastPercent](int done, int total) {
                const int percent = total > 0 ? done * 100 / total : 100;
                if (percent != lastPercent) { // a signal per percent, not per learner
                    lastPercent = percent;
                    // Emitted on the job's own thread, like finished(), so that no receiver
                    // runs on this one, however it is connected.
                    QMetaObject::invokeMethod(
                        this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
                }
                return !m_cancelled.load();
            };
            if (db.open(m_databasePath, &error)) {
                Services services(db, m_catalog, m_clock);
                ok = m_work(services, progress, &error);
            }
        }
        const bool cancelled = !ok && m_cancelled.load();
        QMetaObject::invokeMethod(
            this, [this, ok, error, cancelled] { emit finished(ok, error, cancelled); },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace careu::ui
