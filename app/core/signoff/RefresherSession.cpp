#include "RefresherSession.h"

#include "store/AttemptStore.h"
#include "store/RefresherStore.h"

namespace careu {

RefresherSession::RefresherSession(Coaching coaching, RefresherStore& store, AttemptStore& attempts,
                                   const Clock& clock, Person graduate, QDateTime graduatedAt, int number)
    : m_coaching(std::move(coaching)), m_store(store), m_attempts(attempts), m_clock(clock),
      m_graduate(std::move(graduate)), m_graduatedAt(std::move(graduatedAt)), m_number(number)
{
}

bool RefresherSession::reload(QString* error)
{
    QString readError;
    const QVector<Refresher> all = m_coaching.refreshers(m_graduate.id, m_graduatedAt, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (!m_graduatedAt.isValid()) {
        *error = tr("%1 has not graduated yet: refreshers start after graduation.").arg(m_graduate.name);
        return false;
    }
    if (m_number < 1 || m_number > all.size()) {
        *error = tr("There is no refresher %1.").arg(m_number);
        return false;
    }
    m_refresher = all.at(m_number - 1);
    if (m_refresher.started())
        return true;
    if (m_refresher.due > m_clock.now()) {
        *error = tr("Refresher %1 is not due until %2.")
                     .arg(m_number)
                     .arg(m_refresher.due.date().toString(Qt::ISODate));
        return false;
    }
    for (int i = 0; i < m_number - 1; ++i) {
        if (!all.at(i).taken() && !all.at(i).done) {
            *error = tr("Take refresher %1 first: refreshers go in order.").arg(i + 1);
            return false;
        }
    }
    return true;
}

bool RefresherSession::open(QString* error)
{
    if (!reload(error))
        return false;
    if (m_refresher.started())
        return settle(error);
    StoredRefresher started = m_refresher.progress;
    started.number = m_number;
    started.startedAt = m_clock.now();
    return m_store.start(m_graduate.id, started, error) && reload(error);
}

const Lesson* RefresherSession::lesson(int index) const
{
    if (index < 0 || index >= m_refresher.progress.questions.size())
        return nullptr;
    return course().lesson(m_refresher.progress.questions.at(index).lessonId);
}

const Question* RefresherSession::question(int index) const
{
    const Lesson* in = lesson(index);
    return in ? in->question(m_refresher.progress.questions.at(index).questionId) : nullptr;
}

const Choice* RefresherSession::answer(int index, const QString& choiceId, QString* error)
{
    const Question* asked = question(index);
    const Choice* choice = asked ? asked->choice(choiceId) : nullptr;
    if (!m_refresher.started() || !choice) {
        *error = tr("This is not one of the refresher's questions and answers.");
        return nullptr;
    }
    if (m_refresher.progress.questions.at(index).answered()) {
        *error = tr("You have answered this question already: at a refresher, the first answer counts.");
        return nullptr;
    }
    if (!m_store.answer(m_graduate.id, m_number, index, choiceId, choiceId == asked->answer, m_clock.now(),
                        error) ||
        !reload(error) || !settle(error))
        return nullptr;
    return choice;
}

bool RefresherSession::allAnswered() const
{
    for (int i = 0; i < m_refresher.progress.questions.size(); ++i) {
        if (question(i) && !m_refresher.progress.questions.at(i).answered())
            return false;
    }
    return true;
}

bool RefresherSession::takeReplay(QString* error)
{
    return reload(error) && settle(error);
}

bool RefresherSession::settle(QString* error)
{
    StoredRefresher& progress = m_refresher.progress;
    if (!m_refresher.started() || m_refresher.taken())
        return true;
    qint64 attemptId = progress.attemptId;
    if (attemptId == 0 && !progress.scenarioId.isEmpty()) {
        QString readError;
        const QVector<Attempt> finished = m_attempts.finished(m_graduate.id, progress.scenarioId, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        if (!finished.isEmpty() && finished.first().finishedAt >= progress.startedAt)
            attemptId = finished.first().id;
    }
    const bool replayDone = attemptId != 0 || progress.scenarioId.isEmpty();
    const QDateTime taken = replayDone && allAnswered() ? m_clock.now() : QDateTime();
    if (attemptId == progress.attemptId && !taken.isValid())
        return true;
    return m_store.update(m_graduate.id, m_number, attemptId, taken, error) && reload(error);
}

} // namespace careu
