#pragma once

#include "Clock.h"
#include "RolePlay.h"
#include "store/AttemptStore.h"

#include <QCoreApplication>
#include <memory>

namespace careu {

// One person playing one scenario, stored as they go: an unfinished attempt resumes where it
// was left, choice by choice. A choice is on disk before the call returns.
class RolePlaySession
{
    Q_DECLARE_TR_FUNCTIONS(RolePlaySession)

public:
    RolePlaySession(AttemptStore& store, const Clock& clock, qint64 personId, const Scenario& scenario);

    // Resumes the unfinished attempt, if there is one that still fits the scenario, or starts a
    // new attempt. assessment: no feedback after each choice (ignored when resuming).
    bool open(bool assessment, QString* error);
    // Gives up the current attempt (kept in the history) and starts a fresh one.
    bool restart(bool assessment, QString* error);

    bool hasAttempt() const { return m_play != nullptr; }
    const RolePlay& play() const { return *m_play; }
    bool assessment() const { return m_assessment; }
    bool resumed() const { return m_resumed; }
    // Set when an unfinished attempt could not be resumed because the scenario has changed.
    const QString& notice() const { return m_notice; }

    // The choices offered now, in the order to show them: shuffled, so that the best answer is
    // not always in the same place, yet the same for the whole attempt, so that a resumed scene
    // looks as it did.
    QVector<const ScenarioChoice*> presentedChoices() const;

    const ScenarioChoice* choose(const QString& choiceId, QString* error);

private:
    bool startNew(bool assessment, QString* error);

    AttemptStore& m_store;
    const Clock& m_clock;
    qint64 m_personId;
    const Scenario& m_scenario;
    std::unique_ptr<RolePlay> m_play;
    qint64 m_attemptId = 0;
    bool m_assessment = false;
    bool m_resumed = false;
    QString m_notice;
};

} // namespace careu
