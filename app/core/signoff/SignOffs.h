#pragma once

#include "Clock.h"
#include "content/Content.h"
#include "people/Roles.h"
#include "store/RecordChain.h"

#include <QCoreApplication>

namespace careu {

class Accounts;
class PasswordConfirmation;
class AttemptStore;
class ProgressStore;
struct Person;

enum class PracticeState
{
    NotRequested,
    Requested,
    SentBack,
    SignedOff
};

struct PracticeStatus
{
    PracticeState state = PracticeState::NotRequested;
    QDateTime at;     // when it entered this state
    qint64 byId = 0;  // who moved it there
    QString feedback; // the coaching feedback, when sent back
    qint64 recordId = 0;
};

// What the mentor saw for one behaviour of a Practice checklist.
struct Observation
{
    bool observed = false;
    QString note;
};

// The sign-off of a lesson's Practice, as a state machine over the record chain:
// not requested -> requested (the learner, once the lesson is complete) -> signed off, or sent
// back with feedback -> requested again. Signing needs the learner's own mentor, their password
// typed again at that moment, and every behaviour of the checklist observed.
class SignOffs
{
    Q_DECLARE_TR_FUNCTIONS(SignOffs)

public:
    SignOffs(RecordChain& chain, ProgressStore& progress, AttemptStore& attempts, Accounts& accounts,
             const Clock& clock);

    PracticeStatus status(qint64 learnerId, const QString& courseId, const QString& lessonId,
                          QString* error) const;
    // Every Practice of the learner at once (one read), keyed by practiceKey(); a lesson never
    // asked about is absent.
    QHash<QString, PracticeStatus> statuses(qint64 learnerId, QString* error) const;
    static QString practiceKey(const QString& courseId, const QString& lessonId);

    bool request(const Person& learner, const Course& course, const Lesson& lesson, QString* error);
    // A confirmation counts for this long after the password was typed.
    static constexpr qint64 ConfirmationSeconds = 120;

    bool signOff(const Person& mentor, const QString& password, const Person& learner, const Course& course,
                 const Lesson& lesson, const QVector<Observation>& checklist, const QString& comment,
                 QString* error);
    // The same with the password already confirmed (the demo seeder signs many Practices per confirmation).
    bool signOff(const Person& mentor, const PasswordConfirmation& confirmation, const Person& learner,
                 const Course& course, const Lesson& lesson, const QVector<Observation>& checklist,
                 const QString& comment, QString* error);
    bool sendBack(const Person& mentor, const Person& learner, const Course& course, const Lesson& lesson,
                  const QString& feedback, QString* error);

    // When every Practice of the course was signed off (the latest sign-off), or invalid.
    QDateTime courseSignedOffAt(qint64 learnerId, const Course& course, QString* error) const;
    // When the learner graduated: every Practice of each graduation course among courses (the
    // catalog's) signed off; invalid if not yet.
    QDateTime graduatedAt(qint64 learnerId, const QVector<Course>& courses, QString* error) const;
    // The sign-off that made the learner a graduate: the latest of the Practice sign-offs that
    // stand for the graduation courses (a revocation takes one away); nothing if not graduated.
    std::optional<Record> graduationRecord(qint64 learnerId, const QVector<Course>& courses,
                                           QString* error) const;

    // The same rules over a learner's records already read (the report reads everyone's at once).
    static PracticeStatus statusFrom(const QVector<Record>& records, const QString& courseId,
                                     const QString& lessonId);
    static QDateTime courseSignedOffAt(const QVector<Record>& records, const Course& course);
    static QDateTime graduatedAt(const QVector<Record>& records, const QVector<Course>& courses);
    static std::optional<Record> graduationRecord(const QVector<Record>& records,
                                                  const QVector<Course>& courses);

private:
    static bool mayAct(const Person& mentor, const Person& learner, Action action, QString* error);
    // Everything but the password: who, what state, which behaviours were seen. The request on success.
    std::optional<PracticeStatus> checkSignOff(const Person& mentor, const Person& learner,
                                               const Course& course, const Lesson& lesson,
                                               const QVector<Observation>& checklist, QString* error) const;

    RecordChain& m_chain;
    ProgressStore& m_progress;
    AttemptStore& m_attempts;
    Accounts& m_accounts;
    const Clock& m_clock;
};

} // namespace careu
