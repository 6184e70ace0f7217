#pragma once

#include "Clock.h"
#include "store/RecordChain.h"

#include <QCoreApplication>
#include <QDate>

namespace careu {

class Accounts;
struct Person;

struct Recognition
{
    QDateTime at;
    qint64 byId = 0;
    QString text;
};

// A short check-in between mentor and learner.
struct Huddle
{
    QDate date;
    qint64 byId = 0;
    QString wentWell;
    QString workOn;
    QString nextStep;
};

// Recognition (CARE 101's Recognize pillar: an accolade the learner sees) and the huddle log.
// Both go into the record chain, so neither can be quietly rewritten later.
class Mentoring
{
    Q_DECLARE_TR_FUNCTIONS(Mentoring)

public:
    static constexpr int MaxTextLength = 2000;

    Mentoring(RecordChain& chain, Accounts& accounts, const Clock& clock);

    bool recognize(const Person& by, const Person& learner, const QString& text, QString* error);
    bool logHuddle(const Person& by, const Person& learner, const Huddle& huddle, QString* error);

    QVector<Recognition> recognitions(qint64 learnerId, QString* error) const;
    QVector<Huddle> huddles(qint64 learnerId, QString* error) const;

private:
    static bool fits(const QString& text, QString* error);

    RecordChain& m_chain;
    Accounts& m_accounts;
    const Clock& m_clock;
};

} // namespace careu
