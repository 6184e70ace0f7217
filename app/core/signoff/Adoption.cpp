#include "Adoption.h"

#include "ChainAudit.h"
#include "Services.h"

#include <algorithm>

namespace careu {

bool Adoption::needed(const Services& services, QString* error)
{
    const QVector<Person> everyone = services.people.everyone(error);
    return error->isEmpty() && !everyone.isEmpty() &&
           ChainAudit::organizationFingerprint(services, error).isEmpty() && error->isEmpty();
}

std::optional<qint64> Adoption::waiting(const Services& services, const Person& admin, QString* error)
{
    QString notAllowed;
    if (!admin.active || !admin.roles.contains(Role::Admin) ||
        !Permissions::allows(admin.asActor(), Action::ManagePeople, {}, &notAllowed) ||
        !Permissions::allows(admin.asActor(), Action::AssignMentor, {}, &notAllowed))
        return 0;
    if (!needed(services, error))
        return error->isEmpty() ? std::optional<qint64>(0) : std::nullopt;
    const RecordChain::Verification chain = services.chain.verify(error);
    if (!error->isEmpty())
        return std::nullopt;
    return chain.records;
}

std::optional<qint64> Adoption::adoptIfNeeded(Services& services, const Person& admin, QString* error)
{
    const auto due = waiting(services, admin, error);
    if (!due || *due == 0)
        return due;
    const SigningKey* signer = services.accounts.signer(admin.id, error);
    if (!signer)
        return std::nullopt;
    const ChainAudit::Result audit = ChainAudit(services).run(error);
    if (!error->isEmpty())
        return std::nullopt;
    if (!audit.chain.intact || audit.badSignatures > 0 || audit.lostWitnesses > 0) {
        *error =
            tr("This database was changed outside the app (%1), so its earlier records cannot be adopted "
               "as they stand. Restore the newest backup that is whole (careu restore), or run careu check "
               "to see what changed.")
                .arg(!audit.chain.intact
                         ? tr("the record chain is broken at record %1").arg(audit.chain.firstBadId)
                     : audit.lostWitnesses > 0 ? tr("it no longer holds the records its newest backup held")
                                               : tr("%n record(s) carry a signature that does not verify", "",
                                                    audit.badSignatures));
        return std::nullopt;
    }
    QVector<Person> people = services.people.everyone(error);
    if (!error->isEmpty())
        return std::nullopt;
    std::sort(people.begin(), people.end(), [](const Person& a, const Person& b) { return a.id < b.id; });
    const QDateTime now = services.clock.now();
    qint64 vouched = 0;
    const auto write = [&](QString* writeError) {
        // Another admin may have adopted it a moment ago, in another process.
        if (!ChainAudit::organizationFingerprint(services, writeError).isEmpty() || !writeError->isEmpty())
            return writeError->isEmpty();
        const auto append = [&](RecordKind kind, qint64 subjectId, const QJsonObject& body) {
            return services.chain.append(kind, subjectId, *signer, {}, {}, body, now, writeError).has_value();
        };
        const auto root = services.chain.append(RecordKind::Join, admin.id, *signer, {}, {},
                                                Team::joinBody(admin, signer->publicKey()), now, writeError);
        if (!root)
            return false;
        vouched = root->id - 1;
        if (!append(RecordKind::Adoption, admin.id,
                    {{QStringLiteral("records"), QString::number(vouched)},
                     {QStringLiteral("head"), root->prevHash}}))
            return false;
        // Who joined, and who is back (nothing is recorded about someone who has left); then their
        // roles and keys; then mentors and coaches (who must be on the team by then); then who left.
        for (const Person& person : people) {
            const ChainAudit::Member member = audit.team.value(person.id);
            if (person.id == admin.id)
                continue;
            if (!member.joined &&
                !append(RecordKind::Join, person.id, Team::joinBody(person, person.publicKey)))
                return false;
            if (member.joined && !member.active && person.active &&
                !append(RecordKind::Reactivation, person.id, {}))
                return false;
        }
        for (const Person& person : people) {
            const ChainAudit::Member member = audit.team.value(person.id);
            if (person.id == admin.id || !member.joined)
                continue;
            for (Role role : {Role::Learner, Role::Mentor, Role::Coach, Role::Manager, Role::Admin}) {
                if (person.roles.contains(role) != member.roles.contains(role) &&
                    !append(person.roles.contains(role) ? RecordKind::RoleGrant : RecordKind::RoleRemoval,
                            person.id, {{QStringLiteral("role"), roleKey(role)}}))
                    return false;
            }
            if (!person.publicKey.isEmpty() && (member.key != person.publicKey || !member.endorsed) &&
                !append(RecordKind::Key, person.id, {{QStringLiteral("publicKey"), person.publicKey}}))
                return false;
        }
        for (const Person& person : people) {
            const ChainAudit::Member member = audit.team.value(person.id);
            const qint64 mentor = member.joined ? member.mentorId : person.mentorId;
            if (person.mentorId && person.mentorId != mentor &&
                !append(RecordKind::MentorChange, person.id,
                        {{QStringLiteral("mentor"), QString::number(person.mentorId)}}))
                return false;
            if (person.coachId && person.coachId != member.coachId &&
                !append(RecordKind::CoachChange, person.id,
                        {{QStringLiteral("coach"), QString::number(person.coachId)}}))
                return false;
        }
        for (const Person& person : people) {
            const ChainAudit::Member member = audit.team.value(person.id);
            if (!person.active && (!member.joined || member.active) &&
                !append(RecordKind::Deactivation, person.id, {}))
                return false;
        }
        return true;
    };
    if (!services.people.inOneTransaction(write, error))
        return std::nullopt;
    return vouched;
}

QString Adoption::note(qint64 vouched)
{
    return tr("This database was made before records were signed. As its first admin you have now vouched "
              "for "
              "the records made before (%1 in all), and your key is the organization's root (its fingerprint "
              "is in Help, About). From here on every record is signed by the person who makes it.")
        .arg(vouched);
}

} // namespace careu
