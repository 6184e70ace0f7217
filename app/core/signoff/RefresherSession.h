#pragma once

#include "Coaching.h"
#include "store/PeopleStore.h"

#include <QCoreApplication>

namespace careu {

class AttemptStore;
class RefresherStore;

// A graduate taking one refresher, and the rules of what their actions mean:
// - it opens once it is due and every earlier refresher is taken; its questions are chosen
//   (RefresherPlan) and fixed the first time it opens;
// - each question is answered once: retrieval, not the Check's retry until right;
// - the role-play replay is the graduate's newest finished attempt at the refresher's role-play
//   since the refresher started;
// - the refresher is taken once every question is answered and the role-play replayed; then
//   the coach can check in and close it.
// Every change is saved before the call returns.
class RefresherSession
{
    Q_DECLARE_TR_FUNCTIONS(RefresherSession)

public:
    RefresherSession(Coaching coaching, RefresherStore& store, AttemptStore& attempts, const Clock& clock,
                     Person graduate, QDateTime graduatedAt, int number);

    bool open(QString* error);

    const Refresher& refresher() const { return m_refresher; }
    const Course& course() const { return *m_refresher.course; }
    const Person& graduate() const { return m_graduate; }
    // The lesson and question of the refresher's question index; null for one the course no
    // longer has (it does not count).
    const Lesson* lesson(int index) const;
    const Question* question(int index) const;

    // Records the answer to question index and returns the chosen choice (its feedback says why).
    const Choice* answer(int index, const QString& choiceId, QString* error);
    bool allAnswered() const;
    bool replayed() const
    {
        return m_refresher.progress.attemptId != 0 || m_refresher.progress.scenarioId.isEmpty();
    }
    // Looks for the replay (after the graduate played the role-play) and takes the refresher
    // when everything is done. False only when that could not be read or saved.
    bool takeReplay(QString* error);
    bool taken() const { return m_refresher.taken(); }

private:
    bool reload(QString* error);
    bool settle(QString* error);

    Coaching m_coaching;
    RefresherStore& m_store;
    AttemptStore& m_attempts;
    const Clock& m_clock;
    Person m_graduate;
    QDateTime m_graduatedAt;
    int m_number;
    Refresher m_refresher;
};

} // namespace careu
