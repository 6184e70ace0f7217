#include "Mentoring.h"

#include "people/Accounts.h"
#include "people/Roles.h"
#include "store/PeopleStore.h"

namespace careu {

namespace {
const QString Text = QStringLiteral("text");
const QString Date = QStringLiteral("date");
const QString WentWell = QStringLiteral("wentWell");
const QString WorkOn = QStringLiteral("workOn");
const QString NextStep = QStringLiteral("nextStep");
} // namespace

Mentoring::Mentoring(RecordChain& chain, Accounts& accounts, const Clock& clock)
    : m_chain(chain), m_accounts(accounts), m_clock(clock)
{
}

bool Mentoring::fits(const QString& text, QString* error)
{
    if (text.size() > MaxTextLength) {
        *error = tr("Please keep it under %1 characters.").arg(MaxTextLength);
        return false;
    }
    return true;
}

bool Mentoring::recognize(const Person& by, const Person& learner, const QString& text, QString* error)
{
    if (!Permissions::allows(by.asActor(), Action::Recognize, learner.asSubject(), error))
        return false;
    if (text.trimmed().isEmpty()) {
        *error = tr("Say what %1 did: recognition works when it is specific.").arg(learner.name);
        return false;
    }
    const SigningKey* signer = fits(text, error) ? m_accounts.endorsedSigner(by.id, error) : nullptr;
    return signer && m_chain.append(RecordKind::Recognition, learner.id, *signer, QString(), QString(),
                                    {{Text, text.trimmed()}}, m_clock.now(), error);
}

bool Mentoring::logHuddle(const Person& by, const Person& learner, const Huddle& huddle, QString* error)
{
    if (!Permissions::allows(by.asActor(), Action::LogHuddle, learner.asSubject(), error))
        return false;
    if (!huddle.date.isValid() || huddle.nextStep.trimmed().isEmpty()) {
        *error = tr("A huddle needs its date and a next step.");
        return false;
    }
    const QJsonObject body{{Date, huddle.date.toString(Qt::ISODate)},
                           {WentWell, huddle.wentWell.trimmed()},
                           {WorkOn, huddle.workOn.trimmed()},
                           {NextStep, huddle.nextStep.trimmed()}};
    const SigningKey* signer = fits(huddle.wentWell + huddle.workOn + huddle.nextStep, error)
                                   ? m_accounts.endorsedSigner(by.id, error)
                                   : nullptr;
    return signer && m_chain.append(RecordKind::Huddle, learner.id, *signer, QString(), QString(), body,
                                    m_clock.now(), error);
}

QVector<Recognition> Mentoring::recognitions(qint64 learnerId, QString* error) const
{
    QVector<Recognition> result;
    for (const Record& record : m_chain.about(learnerId, error)) {
        if (record.kind == RecordKind::Recognition)
            result.append({record.createdAt, record.actorId, record.body.value(Text).toString()});
    }
    return result;
}

QVector<Huddle> Mentoring::huddles(qint64 learnerId, QString* error) const
{
    QVector<Huddle> result;
    for (const Record& record : m_chain.about(learnerId, error)) {
        if (record.kind != RecordKind::Huddle)
            continue;
        result.append({QDate::fromString(record.body.value(Date).toString(), Qt::ISODate), record.actorId,
                       record.body.value(WentWell).toString(), record.body.value(WorkOn).toString(),
                       record.body.value(NextStep).toString()});
    }
    return result;
}

} // namespace careu
