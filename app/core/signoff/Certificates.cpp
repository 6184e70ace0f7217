#include "Certificates.h"

#include "ChainAudit.h"
#include "GraduationStatement.h"
#include "OpenBadge.h"
#include "PrivateFile.h"
#include "Services.h"

#include <QCryptographicHash>
#include <QDir>
#include <QtEndian>

namespace careu {

namespace {

const QLatin1String Alphabet("0123456789ABCDEFGHJKMNPQRSTVWXYZ"); // Crockford's base32
constexpr int CodeLength = 12;

QString grouped(const QString& code)
{
    return code.left(4) + QLatin1Char('-') + code.mid(4, 4) + QLatin1Char('-') + code.mid(8);
}

// What a certificate is made from, read through the caller's services.
class Issuer
{
public:
    explicit Issuer(Services& services)
        : m_services(services), m_organisation(services.settings.organisationName())
    {
    }

    PeopleStore& people() { return m_services.people; }
    RecordChain& chain() { return m_services.chain; }

    std::optional<Record> graduationRecord(const Person& person, QString* error) const
    {
        return m_services.signOffs.graduationRecord(person.id, m_services.catalog.courses(), error);
    }

    Certificate make(const Person& person, const Record& record, QString* error)
    {
        Certificate certificate;
        certificate.personUid = person.uid;
        certificate.name = person.name;
        certificate.mentor = nameOf(person.mentorId, error);
        certificate.coach = nameOf(person.coachId, error);
        certificate.organisation = m_organisation;
        certificate.graduatedAt = record.createdAt;
        certificate.recordId = record.id;
        certificate.recordHash = record.hash;
        certificate.code = Certificates::code(record.hash, person.uid);
        for (const Course* course : m_services.catalog.graduationCourses()) {
            CertificateCourse line{
                course->title, {}, m_services.signOffs.courseSignedOffAt(person.id, *course, error)};
            for (const Lesson& lesson : course->lessons) {
                const auto progress = m_services.progress.load({person.id, course->id, lesson.id}, error);
                if (progress && progress->completedAt > line.completedAt)
                    line.completedAt = progress->completedAt;
            }
            certificate.courses.append(line);
        }
        return certificate;
    }

private:
    QString nameOf(qint64 id, QString* error)
    {
        if (!id)
            return {};
        if (!m_names.contains(id)) {
            const auto person = m_services.people.find(id, error);
            m_names.insert(id, person ? person->name : QString());
        }
        return m_names.value(id);
    }

    Services& m_services;
    QString m_organisation;
    QHash<qint64, QString> m_names;
};

} // namespace

QString Certificates::code(const QString& recordHash, const QString& personUid)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("careu certificate\n");
    hash.addData(recordHash.toLatin1());
    hash.addData("\n");
    hash.addData(personUid.toUtf8());
    const quint64 bits = qFromBigEndian<quint64>(hash.result().constData()) >> 4; // the first 60 bits
    QString code;
    for (int i = CodeLength - 1; i >= 0; --i)
        code += Alphabet[static_cast<int>((bits >> (5 * i)) & 31)];
    return grouped(code);
}

QString Certificates::normalised(const QString& typed)
{
    QString code;
    for (const QChar c : typed.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        const QChar read = c == QLatin1Char('O')                            ? QLatin1Char('0')
                           : c == QLatin1Char('I') || c == QLatin1Char('L') ? QLatin1Char('1')
                                                                            : c;
        if (!Alphabet.contains(read) || code.size() == CodeLength)
            return {};
        code += read;
    }
    return code.size() == CodeLength ? grouped(code) : QString();
}

QString Certificates::fileName(const Certificate& certificate, const QString& extension)
{
    constexpr int MaxNameLetters = 40;
    QString name;
    int letters = 0;
    bool gap = false;
    // Code points, not UTF-16 units, so that a name beyond the BMP keeps its letters.
    const QString text = certificate.name.normalized(QString::NormalizationForm_KC);
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isLetterOrNumber(c)) {
            gap = !name.isEmpty();
            continue;
        }
        if (letters == MaxNameLetters)
            break;
        if (gap)
            name += QLatin1Char('-');
        gap = false;
        name += QString::fromUcs4(&c, 1);
        ++letters;
    }
    QString uid = certificate.personUid;
    uid.removeIf(
        [](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'); });
    return QStringLiteral("%1-%2.%3").arg(name.isEmpty() ? QStringLiteral("graduate") : name, uid, extension);
}

Certificates::Certificates(Services& services) : m_services(services) {}

bool Certificates::each(const Selection& selection,
                        const std::function<bool(const Certificate&, QString* error)>& certificate,
                        const Progress& progress, QString* error) const
{
    Issuer issuer(m_services);
    QVector<Person> people = issuer.people().active(error);
    if (!error->isEmpty())
        return false;
    const QString& person = selection.person;
    if (person.isEmpty() && !(selection.filter == CompletionReport::Filter())) {
        QSet<qint64> shown;
        const auto keep = [&shown](const ReportRow& row) {
            if (row.graduated.isValid())
                shown.insert(row.personId);
        };
        if (!CompletionReport(m_services, selection.reader).run(selection.filter, keep, error))
            return false;
        people.removeIf([&shown](const Person& each) { return !shown.contains(each.id); });
    }
    if (!person.isEmpty()) {
        people.removeIf([&](const Person& each) {
            return each.uid != person && each.email.compare(person, Qt::CaseInsensitive) != 0;
        });
        if (people.isEmpty()) {
            *error = tr("There is no one with the id or email %1; \"careu people list\" shows everyone.")
                         .arg(person.left(80));
            return false;
        }
    }
    const auto total = static_cast<int>(people.size());
    for (int i = 0; i < total; ++i) {
        const Person& each = people.at(i);
        const auto record = issuer.graduationRecord(each, error);
        if (!error->isEmpty())
            return false;
        if (record) {
            const Certificate made = issuer.make(each, *record, error);
            if (!error->isEmpty() || !certificate(made, error))
                return false;
        } else if (!person.isEmpty()) {
            *error =
                tr("%1 has not graduated yet: both courses need every Practice signed off.").arg(each.name);
            return false;
        }
        if (progress && !progress(i + 1, total))
            return true;
    }
    return true;
}

int Certificates::write(const QString& dir, const Selection& selection, const Render& render,
                        const Progress& progress, const std::atomic_bool* cancel, QString* error,
                        bool allowUnverified, const SigningKey* issuer) const
{
    // One snapshot for the audit and the certificates, so that each stands on the chain audited.
    const ReadSnapshot snapshot(m_services.db);
    QString unverified;
    ChainAudit::Result audit;
    if (!ChainAudit::mayExport(m_services, allowUnverified, &unverified, error, &audit) ||
        !makePrivateFolder(dir, error))
        return -1;
    std::optional<QVector<Record>> endorsements;
    if (issuer) {
        endorsements = GraduationStatement::endorsements(m_services.chain, *issuer, audit.rootKey, error);
        if (!endorsements)
            return -1;
    }
    int written = 0;
    const auto save = [&](Certificate certificate, QString* saveError) {
        certificate.fingerprint = audit.rootFingerprint();
        certificate.unverified = unverified;
        if (issuer) {
            const auto statement =
                GraduationStatement::make(certificate, audit.rootKey, *endorsements, *issuer, saveError);
            if (!statement)
                return false;
            certificate.statement = *statement;
        }
        const auto content = [&](QIODevice* out, QString* renderError) {
            return render(certificate, out, renderError);
        };
        if (!writePrivateFile(QDir(dir).filePath(fileName(certificate)), content, saveError))
            return false;
        if (issuer) {
            const auto badge = OpenBadge::make(certificate, *issuer, m_services.clock.now(), saveError);
            const auto badgeContent = [&](QIODevice* out, QString*) {
                return out->write(badge->toLatin1()) == badge->size();
            };
            if (!badge ||
                !writePrivateFile(QDir(dir).filePath(fileName(certificate, QStringLiteral("jwt"))), badgeContent,
                                  saveError))
                return false;
        }
        ++written;
        return true;
    };
    const auto report = [&](int done, int total) {
        return (!progress || progress(done, total)) && !(cancel && cancel->load());
    };
    return each(selection, save, report, error) ? written : -1;
}

CertificateCheck Certificates::check(const QString& typedCode, QString* error) const
{
    CertificateCheck result;
    const QString wanted = normalised(typedCode);
    if (wanted.isEmpty()) {
        result.problem = tr("\"%1\" is not a certificate code: a code has 12 letters and digits, like "
                            "K7QF-3M9X-2DPA.")
                             .arg(typedCode.left(40));
        return result;
    }
    Issuer issuer(m_services);
    // Any sign-off may once have been someone's graduation; look through them all. Whose they are
    // is read first, and the people looked up after: nothing else may run on the connection while
    // the records stream (PostgreSQL's driver would drop the rest of them).
    QHash<qint64, QString> uids;
    const auto subject = [&](const Record& record) {
        uids.insert(record.subjectId, QString());
        return true;
    };
    if (!issuer.chain().each(RecordKind::SignOff, subject, error))
        return result;
    for (auto uid = uids.begin(); uid != uids.end(); ++uid) {
        const auto person = issuer.people().find(uid.key(), error);
        if (!person)
            return result;
        uid.value() = person->uid;
    }
    std::optional<Record> found;
    const auto match = [&](const Record& record) {
        if (code(record.hash, uids.value(record.subjectId)) == wanted)
            found = record;
        return !found;
    };
    if (!issuer.chain().each(RecordKind::SignOff, match, error))
        return result;
    if (!found) {
        result.problem = tr("No certificate with the code %1 was issued from this database.").arg(wanted);
        return result;
    }
    const auto person = issuer.people().find(found->subjectId, error);
    if (!person)
        return result;
    result.certificate = issuer.make(*person, *found, error);
    const RecordChain::Verification chain = issuer.chain().verify(error);
    const auto current = issuer.graduationRecord(*person, error);
    if (!error->isEmpty())
        return result;
    if (!chain.intact) {
        result.outcome = CertificateCheck::Outcome::Broken;
        result.problem = chain.firstBadId <= found->id
                             ? tr("The records behind this certificate were changed: %1.").arg(chain.problem)
                             : tr("The record chain is broken after this certificate's record, so a later "
                                  "revocation could "
                                  "be hidden: %1.")
                                   .arg(chain.problem);
    } else if (!current) {
        result.outcome = CertificateCheck::Outcome::Withdrawn;
        result.problem =
            tr("A Practice sign-off behind it was revoked: %1 is not a graduate any more.").arg(person->name);
    } else if (current->id != found->id) {
        result.outcome = CertificateCheck::Outcome::Withdrawn;
        result.problem =
            tr("A sign-off behind it was revoked and %1 graduated again on %2; the newer certificate "
               "has the code %3.")
                .arg(person->name, current->createdAt.toUTC().date().toString(Qt::ISODate),
                     code(current->hash, person->uid));
    } else {
        result.outcome = CertificateCheck::Outcome::Valid;
    }
    return result;
}

} // namespace careu
