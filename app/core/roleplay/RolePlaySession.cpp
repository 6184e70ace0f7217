#include "RolePlaySession.h"

#include <QCryptographicHash>
#include <algorithm>

namespace careu {

RolePlaySession::RolePlaySession(AttemptStore& store, const Clock& clock, qint64 personId,
                                 const Scenario& scenario)
    : m_store(store), m_clock(clock), m_personId(personId), m_scenario(scenario)
{
}

bool RolePlaySession::open(bool assessment, QString* error)
{
    m_notice.clear();
    QString readError;
    const auto attempt = m_store.unfinished(m_personId, m_scenario.id, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (!attempt)
        return startNew(assessment, error);
    auto play = std::make_unique<RolePlay>(m_scenario);
    bool fits = true;
    for (const AttemptChoice& choice : attempt->choices) {
        QString ignored;
        if (play->current().id != choice.nodeId || !play->choose(choice.choiceId, &ignored)) {
            fits = false;
            break;
        }
    }
    if (!fits) {
        m_notice =
            tr("This role-play has changed since you started it, so it starts again from the beginning.");
        return m_store.abandon(attempt->id, m_clock.now(), error) && startNew(assessment, error);
    }
    m_play = std::move(play);
    m_attemptId = attempt->id;
    m_assessment = attempt->assessment;
    m_resumed = !attempt->choices.isEmpty();
    return true;
}

bool RolePlaySession::restart(bool assessment, QString* error)
{
    if (m_attemptId && !m_play->finished() && !m_store.abandon(m_attemptId, m_clock.now(), error))
        return false;
    m_notice.clear();
    return startNew(assessment, error);
}

bool RolePlaySession::startNew(bool assessment, QString* error)
{
    const auto id =
        m_store.start(m_personId, m_scenario.id, m_scenario.contentHash, assessment, m_clock.now(), error);
    if (!id)
        return false;
    m_play = std::make_unique<RolePlay>(m_scenario);
    m_attemptId = *id;
    m_assessment = assessment;
    m_resumed = false;
    return true;
}

QVector<const ScenarioChoice*> RolePlaySession::presentedChoices() const
{
    const auto key = [this](const ScenarioChoice* choice) {
        return QCryptographicHash::hash(
            QStringLiteral("%1|%2|%3").arg(m_attemptId).arg(m_play->current().id, choice->id).toUtf8(),
            QCryptographicHash::Sha1);
    };
    QVector<const ScenarioChoice*> choices = m_play->choices();
    std::sort(choices.begin(), choices.end(),
              [&](const ScenarioChoice* a, const ScenarioChoice* b) { return key(a) < key(b); });
    return choices;
}

const ScenarioChoice* RolePlaySession::choose(const QString& choiceId, QString* error)
{
    RolePlay next = *m_play;
    const QString nodeId = next.current().id;
    const ScenarioChoice* choice = next.choose(choiceId, error);
    if (!choice)
        return nullptr;
    const QString endingId = next.finished() ? next.current().id : QString();
    if (!m_store.addChoice(m_attemptId, static_cast<int>(next.path().size()),
                           {nodeId, choiceId, m_clock.now()}, endingId, next.scores(), error))
        return nullptr;
    *m_play = next;
    return choice;
}

} // namespace careu
