#pragma once

#include "store/PeopleStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

namespace careu {

class Services;
struct Course;
struct Lesson;

// A Practice a mentee has asked their mentor to sign off, still waiting.
struct WaitingReview
{
    Person learner;
    const Course* course = nullptr;
    const Lesson* lesson = nullptr;
    QDateTime askedAt;
};

// Something a mentor did for a learner that the learner has not been shown yet.
struct Notice
{
    enum class Kind
    {
        SignedOff,  // a Practice signed off
        SentBack,   // a Practice sent back; text is the coaching
        Recognized  // an accolade; text is what the mentor wrote
    };
    Kind kind = Kind::SignedOff;
    QDateTime at;
    QString by;                         // the mentor's name
    const Course* course = nullptr;     // a Practice's; none for a recognition
    const Lesson* lesson = nullptr;
    QString text;
};

// What is waiting for each person when they come in: a mentor's review queue (the Mentoring tab's
// badge counts it) and, for a learner, what happened since their last visit.
class Inbox
{
    Q_DECLARE_TR_FUNCTIONS(Inbox)

public:
    explicit Inbox(Services& services);

    // Every Practice the mentor's active mentees have asked for and nobody has answered, oldest first.
    QVector<WaitingReview> waitingFor(qint64 mentorId, QString* error) const;

    // Starts a visit: the time the person's previous visit started (invalid on their first), and
    // now stored as this one's. Called once per sign-in.
    QDateTime startVisit(qint64 personId, QString* error);

    // Sign-offs, send-backs and recognitions for the learner after since, oldest first; nothing when
    // since is invalid (a first visit has nothing to catch up on).
    QVector<Notice> since(qint64 learnerId, const QDateTime& since, QString* error) const;

    static QString lastVisitKey(qint64 personId);

private:
    Services& m_services;
};

} // namespace careu
