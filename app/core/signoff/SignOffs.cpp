#include "SignOffs.h"

#include "ChainAudit.h"
#include "people/Accounts.h"
#include "store/AttemptStore.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"

#include <QJsonArray>

namespace careu {

namespace {
// The evidence digest the learner's request froze, which the mentor's answer carries.
QString requestEvidence(const RecordChain& chain, qint64 learnerId, qint64 requestId, QString* error)
{
    for (const Record& record : chain.about(learnerId, error)) {
        if (record.id == requestId)
            return record.body.value(QStringLiteral("evidence")).toString();
    }
    return {};
}
} // namespace

SignOffs::SignOffs(RecordChain& chain, ProgressStore& progress, AttemptStore& attempts, Accounts& accounts,
                   const Clock& clock)
    : m_chain(chain), m_progress(progress), m_attempts(attempts), m_accounts(accounts), m_clock(clock)
{
}

PracticeStatus SignOffs::statusFrom(const QVector<Record>& records, const QString& courseId,
                                    const QString& lessonId)
{
    PracticeStatus status;
    for (const Record& record : records) {
        if (record.courseId != courseId || record.lessonId != lessonId)
            continue;
        switch (record.kind) {
        case RecordKind::SignOffRequest:
            status = {PracticeState::Requested, record.createdAt, record.actorId, {}, record.id};
            break;
        case RecordKind::SignOff:
            status = {PracticeState::SignedOff, record.createdAt, record.actorId, {}, record.id};
            break;
        case RecordKind::SendBack:
            status = {PracticeState::SentBack, record.createdAt, record.actorId,
                      record.body.value(QStringLiteral("feedback")).toString(), record.id};
            break;
        case RecordKind::Revocation:
            status = {PracticeState::NotRequested, record.createdAt, record.actorId, {}, record.id};
            break;
        default:
            break;
        }
    }
    return status;
}

QString SignOffs::practiceKey(const QString& courseId, const QString& lessonId)
{
    return courseId + QLatin1Char('/') + lessonId;
}

QHash<QString, PracticeStatus> SignOffs::statuses(qint64 learnerId, QString* error) const
{
    QHash<QString, PracticeStatus> result;
    const QVector<Record> records = m_chain.about(learnerId, error);
    for (const Record& record : records) {
        const QString key = practiceKey(record.courseId, record.lessonId);
        if (!record.lessonId.isEmpty() && !result.contains(key))
            result.insert(key, statusFrom(records, record.courseId, record.lessonId));
    }
    return result;
}

PracticeStatus SignOffs::status(qint64 learnerId, const QString& courseId, const QString& lessonId,
                                QString* error) const
{
    return statusFrom(m_chain.about(learnerId, error), courseId, lessonId);
}

bool SignOffs::request(const Person& learner, const Course& course, const Lesson& lesson, QString* error)
{
    const auto progress = m_progress.load({learner.id, course.id, lesson.id}, error);
    if (!progress)
        return false;
    if (!progress->completedAt.isValid()) {
        *error = tr("Finish the lesson first: pass the Check and write your reflection.");
        return false;
    }
    QString readError;
    const PracticeStatus current = status(learner.id, course.id, lesson.id, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (current.state == PracticeState::Requested || current.state == PracticeState::SignedOff) {
        *error = current.state == PracticeState::Requested
                     ? tr("You have already asked; your mentor will review it.")
                     : tr("This Practice is already signed off.");
        return false;
    }
    if (!learner.mentorId) {
        *error = tr("You have no mentor yet; ask a manager to assign one.");
        return false;
    }
    // Which role-play attempts the learner brings to the review.
    QJsonArray attempts;
    QVector<Attempt> brought;
    for (const QString& scenarioId : lesson.roleplays) {
        for (const Attempt& attempt : m_attempts.finished(learner.id, scenarioId, error)) {
            attempts.append(QString::number(attempt.id));
            brought.append(attempt);
        }
    }
    // Frozen as it is now: what the mentor reviews is what the request holds.
    const QDateTime now = fromStoredTime(toStoredTime(m_clock.now()));
    const QJsonObject body{{QStringLiteral("contentHash"), lesson.contentHash},
                           {QStringLiteral("attempts"), attempts},
                           {QStringLiteral("evidence"), ChainAudit::evidenceDigest(*progress, now, brought)}};
    const SigningKey* signer = m_accounts.signer(learner.id, error);
    return signer && m_chain.append(RecordKind::SignOffRequest, learner.id, *signer, course.id, lesson.id,
                                    body, now, error);
}

bool SignOffs::mayAct(const Person& mentor, const Person& learner, Action action, QString* error)
{
    return Permissions::allows(mentor.asActor(), action, learner.asSubject(), error);
}

std::optional<PracticeStatus> SignOffs::checkSignOff(const Person& mentor, const Person& learner,
                                                     const Course& course, const Lesson& lesson,
                                                     const QVector<Observation>& checklist,
                                                     QString* error) const
{
    if (!mayAct(mentor, learner, Action::SignOffPractice, error))
        return std::nullopt;
    const PracticeStatus current = status(learner.id, course.id, lesson.id, error);
    if (current.state != PracticeState::Requested) {
        *error = tr("%1 has not asked for this Practice to be signed off.").arg(learner.name);
        return std::nullopt;
    }
    if (checklist.size() != lesson.practice.checklist.size() ||
        std::any_of(checklist.cbegin(), checklist.cend(), [](const Observation& o) { return !o.observed; })) {
        *error =
            tr("Sign off only what you have seen: tick every behavior you observed, or send it back with "
               "feedback on what to practice.");
        return std::nullopt;
    }
    return current;
}

bool SignOffs::signOff(const Person& mentor, const QString& password, const Person& learner,
                       const Course& course, const Lesson& lesson, const QVector<Observation>& checklist,
                       const QString& comment, QString* error)
{
    // Check everything else first, so a mistake there does not count as a wrong password.
    if (!checkSignOff(mentor, learner, course, lesson, checklist, error))
        return false;
    const auto confirmation = m_accounts.confirm(mentor.id, password, error);
    return confirmation && signOff(mentor, *confirmation, learner, course, lesson, checklist, comment, error);
}

bool SignOffs::signOff(const Person& mentor, const PasswordConfirmation& confirmation, const Person& learner,
                       const Course& course, const Lesson& lesson, const QVector<Observation>& checklist,
                       const QString& comment, QString* error)
{
    const qint64 age = confirmation.at().secsTo(m_clock.now());
    if (confirmation.personId() != mentor.id || age < 0 || age > ConfirmationSeconds) {
        *error = tr("Type your password again to sign.");
        return false;
    }
    const auto request = checkSignOff(mentor, learner, course, lesson, checklist, error);
    if (!request)
        return false;
    QJsonArray items;
    for (int i = 0; i < checklist.size(); ++i)
        items.append(QJsonObject{{QStringLiteral("behaviour"), lesson.practice.checklist.at(i)},
                                 {QStringLiteral("observed"), checklist.at(i).observed},
                                 {QStringLiteral("note"), checklist.at(i).note.trimmed()}});
    const QJsonObject body{
        {QStringLiteral("request"), QString::number(request->recordId)},
        {QStringLiteral("contentHash"), lesson.contentHash},
        {QStringLiteral("checklist"), items},
        {QStringLiteral("comment"), comment.trimmed()},
        {QStringLiteral("evidence"), requestEvidence(m_chain, learner.id, request->recordId, error)}};
    const SigningKey* signer = m_accounts.endorsedSigner(mentor.id, error);
    return signer && m_chain.append(RecordKind::SignOff, learner.id, *signer, course.id, lesson.id, body,
                                    m_clock.now(), error);
}

bool SignOffs::sendBack(const Person& mentor, const Person& learner, const Course& course,
                        const Lesson& lesson, const QString& feedback, QString* error)
{
    if (!mayAct(mentor, learner, Action::SendBack, error))
        return false;
    if (feedback.trimmed().isEmpty()) {
        *error = tr("Say what to practice next: %1 will read it on the lesson.").arg(learner.name);
        return false;
    }
    const PracticeStatus current = status(learner.id, course.id, lesson.id, error);
    if (current.state != PracticeState::Requested) {
        *error = tr("%1 has not asked for this Practice to be signed off.").arg(learner.name);
        return false;
    }
    const QJsonObject body{
        {QStringLiteral("request"), QString::number(current.recordId)},
        {QStringLiteral("feedback"), feedback.trimmed()},
        {QStringLiteral("evidence"), requestEvidence(m_chain, learner.id, current.recordId, error)}};
    const SigningKey* signer = m_accounts.endorsedSigner(mentor.id, error);
    return signer && m_chain.append(RecordKind::SendBack, learner.id, *signer, course.id, lesson.id, body,
                                    m_clock.now(), error);
}

QDateTime SignOffs::courseSignedOffAt(qint64 learnerId, const Course& course, QString* error) const
{
    return courseSignedOffAt(m_chain.about(learnerId, error), course);
}

QDateTime SignOffs::graduatedAt(qint64 learnerId, const QVector<Course>& courses, QString* error) const
{
    return graduatedAt(m_chain.about(learnerId, error), courses);
}

QDateTime SignOffs::courseSignedOffAt(const QVector<Record>& records, const Course& course)
{
    QDateTime latest;
    for (const Lesson& lesson : course.lessons) {
        const PracticeStatus status = statusFrom(records, course.id, lesson.id);
        if (status.state != PracticeState::SignedOff)
            return {};
        if (!latest.isValid() || status.at > latest)
            latest = status.at;
    }
    return latest;
}

QDateTime SignOffs::graduatedAt(const QVector<Record>& records, const QVector<Course>& courses)
{
    const auto record = graduationRecord(records, courses);
    return record ? record->createdAt : QDateTime();
}

std::optional<Record> SignOffs::graduationRecord(qint64 learnerId, const QVector<Course>& courses,
                                                 QString* error) const
{
    return graduationRecord(m_chain.about(learnerId, error), courses);
}

std::optional<Record> SignOffs::graduationRecord(const QVector<Record>& records,
                                                 const QVector<Course>& courses)
{
    std::optional<PracticeStatus> latest;
    for (const Course& course : courses) {
        if (!course.graduation)
            continue;
        for (const Lesson& lesson : course.lessons) {
            const PracticeStatus status = statusFrom(records, course.id, lesson.id);
            if (status.state != PracticeState::SignedOff)
                return std::nullopt;
            if (!latest || status.at > latest->at ||
                (status.at == latest->at && status.recordId > latest->recordId))
                latest = status;
        }
    }
    const auto record = std::find_if(records.cbegin(), records.cend(), [&](const Record& each) {
        return latest && each.id == latest->recordId;
    });
    return record == records.cend() ? std::nullopt : std::optional<Record>(*record);
}

} // namespace careu
