#include "ChainAudit.h"

#include "Services.h"
#include "people/Keys.h"
#include "store/Backups.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <unordered_map>

namespace careu {

namespace {

using Member = ChainAudit::Member; // so far as the chain has been read

// Where one learner's Practice stands, and the record that put it there.
struct Practice
{
    PracticeState state = PracticeState::NotRequested;
    qint64 recordId = 0;
    QString evidence; // the request's digest of what the learner brought
    Record request;   // the last request, whose evidence must still be what the tables hold
};

// The digests of what the tables hold now for the requests that froze evidence, by request id.
using EvidenceNow = QHash<qint64, QString>;

Roles rolesFrom(const QJsonValue& value)
{
    Roles roles;
    for (const QJsonValue& key : value.toArray()) {
        if (const auto role = roleFromKey(key.toString()))
            roles.insert(*role);
    }
    return roles;
}

QString roleList(const Roles& roles)
{
    QStringList keys;
    for (Role role : {Role::Learner, Role::Mentor, Role::Coach, Role::Manager, Role::Admin}) {
        if (roles.contains(role))
            keys.append(roleKey(role));
    }
    return keys.isEmpty() ? ChainAudit::tr("none") : keys.join(QLatin1String(", "));
}

class Auditor
{
    Q_DECLARE_TR_FUNCTIONS(ChainAudit)

public:
    Auditor(const Catalog& catalog, ChainAudit::Result* result) : m_catalog(catalog), m_result(*result) {}

    void read(const Record& record)
    {
        m_at = record;
        const bool self = record.actorId == record.subjectId;
        Member& actor = m_team[record.actorId];
        Member& subject = m_team[record.subjectId];
        // The key the record must be signed with: the actor's, or the one a record of one's own declares.
        const QString declared = record.body.value(QStringLiteral("publicKey")).toString();
        const bool declares = self && (record.kind == RecordKind::Join || record.kind == RecordKind::Key);
        const QString key = declares ? declared : actor.key;
        const bool signedOk = !record.signature.isEmpty() && !key.isEmpty() &&
                              Keys::verify(key, RecordChain::signedBytes(record.hash), record.signature);
        if (!record.signature.isEmpty() && !signedOk)
            ++m_result.badSignatures;
        if (record.signature.isEmpty())
            report(tr("it is not signed"));
        else if (key.isEmpty())
            report(tr("it is signed by person %1, of whom the chain holds no key").arg(record.actorId));
        else if (!signedOk)
            report(tr("its signature is not by the key the chain held for person %1 at that time")
                       .arg(record.actorId));
        else if (!declares && !actor.endorsed && record.kind != RecordKind::SignOffRequest)
            report(tr("it is signed by person %1, whose key no manager endorsed").arg(record.actorId));
        switch (record.kind) {
        case RecordKind::Join:
            join(record, self, actor, subject);
            break;
        case RecordKind::Key:
            if (!self)
                allowed(Action::ManagePeople, actor, record.actorId, subject, record.subjectId, true);
            subject.key = declared;
            subject.endorsed = !self && actor.endorsed && signedOk;
            break;
        case RecordKind::RoleGrant:
        case RecordKind::RoleRemoval:
            if (allowed(Action::ManagePeople, actor, record.actorId, subject, record.subjectId, true)) {
                const auto role = roleFromKey(record.body.value(QStringLiteral("role")).toString());
                if (!role)
                    report(tr("it names no role"));
                else if (record.kind == RecordKind::RoleGrant)
                    subject.roles.insert(*role);
                else
                    subject.roles.remove(*role);
            }
            break;
        case RecordKind::MentorChange:
        case RecordKind::CoachChange:
            guide(record, actor, subject);
            break;
        case RecordKind::Deactivation:
            if (allowed(Action::ManagePeople, actor, record.actorId, subject, record.subjectId, true))
                subject.active = false;
            break;
        case RecordKind::Reactivation:
            // As Team does: bringing someone back is the right to add people, and they must have left.
            if (!subject.joined || subject.active)
                report(tr("person %1 had not left").arg(record.subjectId));
            else if (allowed(Action::ManagePeople, actor, record.actorId, Member(), 0, true))
                subject.active = true;
            break;
        case RecordKind::SignOffRequest:
        case RecordKind::SignOff:
        case RecordKind::SendBack:
        case RecordKind::Revocation:
            practice(record, actor, subject);
            break;
        case RecordKind::Recognition:
            allowed(Action::Recognize, actor, record.actorId, subject, record.subjectId, false);
            break;
        case RecordKind::Huddle:
            allowed(Action::LogHuddle, actor, record.actorId, subject, record.subjectId, false);
            break;
        case RecordKind::CoachCheckIn:
            allowed(Action::CoachCheckIn, actor, record.actorId, subject, record.subjectId, false);
            break;
        case RecordKind::Adoption:
            adopt(record, signedOk);
            break;
        }
        if (m_bad == record.id && isPractice(record.kind))
            m_badPractice.insert(record.id);
    }

    // After the last record: the requests whose evidence must still be what the tables hold.
    QVector<Record> frozen() const
    {
        QVector<Record> requests;
        for (const auto& learner : m_practices) {
            for (const Practice& practice : learner) {
                if (practice.state != PracticeState::NotRequested && practice.request.id != 0 &&
                    !practice.evidence.isEmpty())
                    requests.append(practice.request);
            }
        }
        return requests;
    }

    // Then: evidence edited since, graduations, and the tables against the chain.
    void finish(const QVector<Person>& people, const EvidenceNow& evidenceNow)
    {
        for (auto learner = m_practices.cbegin(); learner != m_practices.cend(); ++learner) {
            for (const Practice& practice : *learner) {
                if (practice.state == PracticeState::NotRequested || practice.request.id == 0 ||
                    practice.evidence.isEmpty() ||
                    evidenceNow.value(practice.request.id) == practice.evidence)
                    continue;
                m_at = practice.request;
                report(
                    tr("the Check answers, reflection or role-play attempts it froze were edited after it"));
            }
        }
        m_at = Record();
        const QVector<const Course*> courses = m_catalog.graduationCourses();
        int practices = 0;
        for (const Course* course : courses)
            practices += static_cast<int>(course->lessons.size());
        for (auto learner = m_practices.cbegin(); learner != m_practices.cend(); ++learner) {
            QVector<qint64> behind;
            for (const Course* course : courses) {
                for (const Lesson& lesson : course->lessons) {
                    const Practice practice = learner->value(SignOffs::practiceKey(course->id, lesson.id));
                    if (practice.state == PracticeState::SignedOff)
                        behind.append(practice.recordId);
                }
            }
            if (practices == 0 || behind.size() != practices)
                continue;
            for (qint64 id : behind) {
                if (m_badPractice.contains(id))
                    m_result.findings.append(
                        {id, tr("person %1's graduation rests on record %2, which does not stand")
                                 .arg(learner.key())
                                 .arg(id)});
            }
        }
        for (const Person& person : people)
            agree(person);
        for (const auto& [id, member] : m_team)
            m_result.team.insert(id, member);
    }

private:
    static bool isPractice(RecordKind kind)
    {
        return kind == RecordKind::SignOff || kind == RecordKind::SignOffRequest ||
               kind == RecordKind::SendBack;
    }

    void report(const QString& problem)
    {
        m_bad = m_at.id;
        m_result.findings.append(
            {m_at.id, tr("record %1 (%2, %3): %4")
                          .arg(m_at.id)
                          .arg(recordKindKey(m_at.kind), toStoredTime(m_at.createdAt), problem)});
    }

    // Permissions::allows over what the chain says the two people were at that moment.
    bool allowed(Action action, const Member& actor, qint64 actorId, const Member& subject, qint64 subjectId,
                 bool subjectOptional)
    {
        QString why;
        if (!subjectOptional && !subject.joined) {
            report(tr("it is about person %1, whom the chain never recorded joining").arg(subjectId));
            return false;
        }
        if (!Permissions::allows({actorId, actor.roles, actor.active}, action,
                                 {subjectId, subject.mentorId, subject.coachId, subject.active}, &why)) {
            report(tr("person %1 (roles then: %2) may not do it: %3")
                       .arg(actorId)
                       .arg(roleList(actor.roles), why));
            return false;
        }
        return true;
    }

    void join(const Record& record, bool self, Member& actor, Member& subject)
    {
        if (subject.joined) {
            report(tr("person %1 joined before").arg(record.subjectId));
            return;
        }
        const Roles roles = rolesFrom(record.body.value(QStringLiteral("roles")));
        const bool root = self && m_result.rootKey.isEmpty() && roles.contains(Role::Admin);
        if (self && !root && roles != Roles{Role::Learner})
            report(tr("a profile one makes oneself is a learner's, not %1").arg(roleList(roles)));
        else if (!self)
            allowed(Action::ManagePeople, actor, record.actorId, subject, record.subjectId, true);
        subject.joined = true;
        subject.uid = record.body.value(QStringLiteral("uid")).toString();
        subject.roles = roles;
        subject.mentorId = record.body.value(QStringLiteral("mentor")).toString().toLongLong();
        subject.key = record.body.value(QStringLiteral("publicKey")).toString();
        subject.endorsed = m_bad != record.id && (root || (!self && actor.endorsed));
        if (root && m_bad != record.id) {
            m_result.rootKey = subject.key;
            m_result.rootRecordId = record.id;
            m_root = record;
        }
    }

    // The first admin's word for the records before signing: right after their root Join, the
    // records it counts and the head they saw. What was found wanting in those records is set aside.
    void adopt(const Record& record, bool signedOk)
    {
        const qint64 through = m_root.id - 1;
        if (!signedOk || m_result.adoptionRecordId != 0 || m_root.id == 0 || record.id != m_root.id + 1 ||
            record.actorId != m_root.actorId || record.subjectId != m_root.actorId || through < 1 ||
            record.body.value(QStringLiteral("records")).toString() != QString::number(through) ||
            record.body.value(QStringLiteral("head")).toString() != m_root.prevHash) {
            report(tr("an adoption vouches for the records before signing: it comes only from the "
                      "organization's first admin, right after their joining, and names the head they saw"));
            return;
        }
        const auto before = [through](qint64 id) { return id > 0 && id <= through; };
        m_result.findings.erase(
            std::remove_if(m_result.findings.begin(), m_result.findings.end(),
                           [&](const ChainAudit::Finding& f) { return before(f.recordId); }),
            m_result.findings.end());
        for (auto id = m_badPractice.begin(); id != m_badPractice.end();)
            id = before(*id) ? m_badPractice.erase(id) : std::next(id);
        m_result.adoptedThrough = through;
        m_result.adoptionRecordId = record.id;
    }

    void guide(const Record& record, const Member& actor, Member& subject)
    {
        const bool mentor = record.kind == RecordKind::MentorChange;
        if (!allowed(Action::AssignMentor, actor, record.actorId, subject, record.subjectId, false))
            return;
        const qint64 guideId = record.body.value(mentor ? QStringLiteral("mentor") : QStringLiteral("coach"))
                                   .toString()
                                   .toLongLong();
        const Member guide = member(guideId);
        if (!guide.active || !guide.roles.contains(mentor ? Role::Mentor : Role::Coach)) {
            report(tr("person %1 was not an active %2 then")
                       .arg(guideId)
                       .arg(mentor ? roleName(Role::Mentor).toLower() : roleName(Role::Coach).toLower()));
            return;
        }
        (mentor ? subject.mentorId : subject.coachId) = guideId;
    }

    void practice(const Record& record, const Member& actor, const Member& subject)
    {
        Practice& practice =
            m_practices[record.subjectId][SignOffs::practiceKey(record.courseId, record.lessonId)];
        const QString request = record.body.value(QStringLiteral("request")).toString();
        switch (record.kind) {
        case RecordKind::SignOffRequest:
            if (record.actorId != record.subjectId)
                report(tr("person %1 asked for person %2's sign-off; only learners ask for their own")
                           .arg(record.actorId)
                           .arg(record.subjectId));
            else if (!subject.joined)
                report(
                    tr("it is about person %1, whom the chain never recorded joining").arg(record.subjectId));
            practice = {PracticeState::Requested, record.id,
                        record.body.value(QStringLiteral("evidence")).toString(), record};
            return;
        case RecordKind::SignOff:
        case RecordKind::SendBack:
            // Who may answer first (nobody answers their own request), then what it answers.
            if (allowed(record.kind == RecordKind::SignOff ? Action::SignOffPractice : Action::SendBack,
                        actor, record.actorId, subject, record.subjectId, false)) {
                if (practice.state != PracticeState::Requested ||
                    request != QString::number(practice.recordId))
                    report(tr("it follows no request of the learner's for %1/%2")
                               .arg(record.courseId, record.lessonId));
                else if (record.body.value(QStringLiteral("evidence")).toString() != practice.evidence)
                    report(tr("it does not cover the evidence of the request it answers (record %1)")
                               .arg(practice.recordId));
            }
            practice.state =
                record.kind == RecordKind::SignOff ? PracticeState::SignedOff : PracticeState::SentBack;
            practice.recordId = record.id;
            return;
        default: // a revocation takes a sign-off back: a manager's call, or the mentor's
            if (!actor.roles.contains(Role::Manager))
                allowed(Action::SignOffPractice, actor, record.actorId, subject, record.subjectId, false);
            practice = {};
            return;
        }
    }

    void agree(const Person& person)
    {
        const Member member = this->member(person.id);
        const auto differs = [&](const QString& what) {
            m_result.findings.append(
                {0, tr("the people table disagrees with the chain about %1 (person %2, %3): %4")
                        .arg(person.name)
                        .arg(person.id)
                        .arg(person.uid, what)});
        };
        if (!member.joined) {
            // A plain learner profile (made before signatures, or imported) carries no authority:
            // nobody can sign off their work until the chain gives them a mentor.
            if (person.roles != Roles{Role::Learner} || person.mentorId || person.coachId ||
                !person.publicKey.isEmpty())
                differs(tr("the chain never recorded them joining"));
            return;
        }
        if (member.uid != person.uid)
            differs(tr("the chain knows them by uid %1").arg(member.uid));
        if (member.roles != person.roles)
            differs(tr("roles %1 in the table, %2 in the chain")
                        .arg(roleList(person.roles), roleList(member.roles)));
        if (member.mentorId != person.mentorId)
            differs(tr("mentor %1 in the table, %2 in the chain").arg(person.mentorId).arg(member.mentorId));
        if (member.coachId != person.coachId)
            differs(tr("coach %1 in the table, %2 in the chain").arg(person.coachId).arg(member.coachId));
        if (member.active != person.active)
            differs(person.active ? tr("active in the table, deactivated in the chain")
                                  : tr("deactivated in the table, active in the chain"));
        if (member.key != person.publicKey)
            differs(tr("their public key in the table is not the one the chain endorsed"));
    }

    const Catalog& m_catalog;
    ChainAudit::Result& m_result;
    Record m_at;
    Record m_root;    // the root's Join
    qint64 m_bad = 0; // the last record found wanting
    Member member(qint64 id) const
    {
        const auto found = m_team.find(id);
        return found == m_team.end() ? Member() : found->second;
    }

    std::unordered_map<qint64, Member> m_team; // references to its values stay valid as it grows
    QHash<qint64, QHash<QString, Practice>> m_practices;
    QSet<qint64> m_badPractice;
};

// What the tables hold now for each request, digested as the request did: the evidence of every
// request read at once, one read of each table, however many learners there are.
bool evidenceNow(const Services& services, const QVector<Record>& requests, EvidenceNow* digests,
                 QString* error)
{
    QHash<LessonKey, LessonRecord> lessons;
    QHash<qint64, Attempt> attempts;
    for (const Record& request : requests) {
        lessons.insert({request.subjectId, request.courseId, request.lessonId}, LessonRecord());
        for (const QJsonValue& id : request.body.value(QStringLiteral("attempts")).toArray())
            attempts.insert(id.toString().toLongLong(), Attempt());
    }
    if (!services.progress.load(&lessons, error) || !services.attempts.load(&attempts, error))
        return false;
    for (const Record& request : requests) {
        // The attempts it brought, in its order, as long as they are still this learner's and finished.
        QVector<Attempt> brought;
        for (const QJsonValue& id : request.body.value(QStringLiteral("attempts")).toArray()) {
            const Attempt attempt = attempts.value(id.toString().toLongLong());
            if (attempt.personId == request.subjectId && attempt.finished())
                brought.append(attempt);
        }
        digests->insert(
            request.id,
            ChainAudit::evidenceDigest(lessons.value({request.subjectId, request.courseId, request.lessonId}),
                                       request.createdAt, brought));
    }
    return true;
}

} // namespace

QString ChainAudit::Result::rootFingerprint() const
{
    return rootKey.isEmpty() ? QString() : Keys::fingerprint(rootKey);
}

QStringList ChainAudit::Result::describe() const
{
    QStringList lines;
    if (!chain.intact)
        lines.append(tr("record %1: %2").arg(chain.firstBadId).arg(chain.problem));
    for (const Finding& finding : findings)
        lines.append(finding.problem);
    return lines;
}

std::optional<ChainAudit::Witness> ChainAudit::parseHead(const QString& text)
{
    static const QRegularExpression Head(QStringLiteral("^\\s*(\\d+):([0-9a-fA-F]{64})\\s*$"));
    const auto match = Head.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return Witness{tr("the head %1").arg(text.trimmed()), match.captured(1).toLongLong(),
                   match.captured(2).toLower()};
}

QString ChainAudit::headText(qint64 position, const QString& hash)
{
    return QStringLiteral("%1:%2").arg(position).arg(hash);
}

ChainAudit::ChainAudit(const Services& services) : m_services(services) {}

QString ChainAudit::evidenceDigest(const LessonRecord& lesson, const QDateTime& asked,
                                   const QVector<Attempt>& attempts)
{
    QJsonArray answers;
    for (const AnswerRecord& answer : lesson.answers) {
        if (answer.answeredAt <= asked)
            answers.append(QJsonArray{answer.questionId, answer.choiceId, answer.correct,
                                      toStoredTime(answer.answeredAt)});
    }
    QJsonArray played;
    for (const Attempt& attempt : attempts) {
        QJsonArray choices;
        for (const AttemptChoice& choice : attempt.choices)
            choices.append(QJsonArray{choice.nodeId, choice.choiceId});
        played.append(QJsonArray{QString::number(attempt.id), attempt.scenarioId, attempt.endingId,
                                 attempt.total, toStoredTime(attempt.finishedAt), choices});
    }
    const QJsonObject evidence{{QStringLiteral("answers"), answers},
                               {QStringLiteral("reflection"), lesson.reflection},
                               {QStringLiteral("attempts"), played}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(evidence).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString ChainAudit::organizationFingerprint(const Services& services, QString* error)
{
    QString root;
    services.chain.each(
        RecordKind::Join,
        [&](const Record& record) {
            if (record.actorId == record.subjectId &&
                rolesFrom(record.body.value(QStringLiteral("roles"))).contains(Role::Admin))
                root = record.body.value(QStringLiteral("publicKey")).toString();
            return root.isEmpty();
        },
        error);
    return root.isEmpty() ? QString() : Keys::fingerprint(root);
}

OrganizationCopy::ChainCheck ChainAudit::copyCheck(const Catalog& catalog, const Clock& clock)
{
    return [&catalog, &clock](const Database& db,
                              QString* error) -> std::optional<RecordChain::Verification> {
        const Services services(db, catalog, clock);
        const Result audit = ChainAudit(services).run(error);
        if (!error->isEmpty())
            return std::nullopt;
        if (!audit.chain.intact) {
            *error = tr("The record chain of %1 is broken at record %2 (%3), so it is not copied.")
                         .arg(db.location().displayName())
                         .arg(audit.chain.firstBadId)
                         .arg(audit.chain.problem);
            return std::nullopt;
        }
        if (!audit.findings.isEmpty()) {
            *error =
                tr("The record chain of %1 does not verify, so it is not copied: %2 (run careu check on it "
                   "for all %n problems)",
                   "", static_cast<int>(audit.findings.size()))
                    .arg(db.location().displayName(), audit.findings.first().problem);
            return std::nullopt;
        }
        return audit.chain;
    };
}

bool ChainAudit::mayExport(const Services& services, bool allowUnverified, QString* banner, QString* error,
                           Result* audit)
{
    const Result result = ChainAudit(services).run(error);
    if (audit)
        *audit = result;
    if (!error->isEmpty())
        return false;
    banner->clear();
    if (result.ok())
        return true;
    const QStringList problems = result.describe();
    const QString first = problems.value(0);
    if (!allowUnverified) {
        *error =
            tr("The record chain does not verify (%n problem(s); the first: %1), so nothing is exported. "
               "Run \"careu check\" to see them all, or export anyway with --allow-unverified, which "
               "marks what it writes as unverified.",
               "", static_cast<int>(problems.size()))
                .arg(first);
        return false;
    }
    *banner =
        tr("UNVERIFIED: the record chain does not verify (%n problem(s); the first: %1). What follows may "
           "rest on forged records.",
           "", static_cast<int>(problems.size()))
            .arg(first);
    return true;
}

std::optional<ChainAudit::Witness> ChainAudit::newestBackup(const Services& services)
{
    if (services.db.dialect() != Dialect::SQLite)
        return std::nullopt; // the server keeps no automatic backups
    const QStringList backups = Backups::automatic(services.db.path());
    Witness backup;
    QString readError;
    if (backups.isEmpty() || !Backups::head(backups.first(), &backup.position, &backup.hash, &readError) ||
        backup.position <= 0)
        return std::nullopt;
    backup.source = tr("the newest backup, %1,").arg(QFileInfo(backups.first()).fileName());
    return backup;
}

QString ChainAudit::notHeld(const Services& services, const Witness& witness, QString* error)
{
    if (services.chain.hashAt(witness.position, error) == witness.hash || !error->isEmpty())
        return {};
    return tr("the chain no longer holds record %1 as %2 saw it (%3): records were removed or rewritten "
              "since")
        .arg(witness.position)
        .arg(witness.source, headText(witness.position, witness.hash));
}

QString ChainAudit::backupNotHeld(const Services& services, QString* error)
{
    const auto backup = newestBackup(services);
    return backup ? notHeld(services, *backup, error) : QString();
}

ChainAudit::Result ChainAudit::run(QString* error, const QVector<Witness>& witnesses) const
{
    Result result;
    Auditor auditor(m_services.catalog, &result);
    result.chain = m_services.chain.verify(error, [&](const Record& record) { auditor.read(record); });
    if (!error->isEmpty() || !result.chain.intact)
        return result;
    const QVector<Person> people = m_services.people.everyone(error);
    if (!error->isEmpty())
        return result;
    EvidenceNow evidence;
    if (!evidenceNow(m_services, auditor.frozen(), &evidence, error))
        return result;
    auditor.finish(people, evidence);
    QVector<Witness> all = witnesses;
    if (const auto backup = newestBackup(m_services))
        all.prepend(*backup);
    for (const Witness& witness : all) {
        const QString problem = notHeld(m_services, witness, error);
        if (!error->isEmpty())
            break;
        if (problem.isEmpty())
            result.held.append(witness);
        else {
            result.findings.append({witness.position, problem});
            ++result.lostWitnesses;
        }
    }
    return result;
}

} // namespace careu
