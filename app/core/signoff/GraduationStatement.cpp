#include "GraduationStatement.h"

#include "people/Keys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>
#include <zlib.h>

namespace careu {

namespace {

const QLatin1String Prefix("CAREU1.");
const QByteArray SignedPrefix = QByteArrayLiteral("careu-statement-v1\n");
constexpr quint32 MaxPayloadBytes = 64 * 1024;

QString day(const QDateTime& when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

QDateTime fromDay(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
}

// What qCompress made: its first four bytes give the size, then a zlib stream. zlib itself, not
// qUncompress, which would print a warning on the terminal for every garbled statement. Empty when
// it does not inflate to exactly that size.
QByteArray inflated(const QByteArray& compressed, quint32 size)
{
    QByteArray payload(static_cast<qsizetype>(size), Qt::Uninitialized);
    uLongf length = size;
    const int result = uncompress(reinterpret_cast<Bytef*>(payload.data()), &length,
                                  reinterpret_cast<const Bytef*>(compressed.constData()) + 4,
                                  static_cast<uLong>(compressed.size() - 4));
    return result == Z_OK && length == size ? payload : QByteArray();
}

bool isKey(const Record& record)
{
    return record.kind == RecordKind::Join || record.kind == RecordKind::Key;
}

QString keyOf(const Record& record)
{
    return record.body.value(QStringLiteral("publicKey")).toString();
}

// An endorsement whole, as the chain stores it, so that its hash can be computed again.
QJsonObject linkJson(const Record& record)
{
    QJsonObject json = RecordChain::canonical(record);
    json.insert(QStringLiteral("prev"), record.prevHash);
    json.insert(QStringLiteral("sig"), record.signature);
    return json;
}

std::optional<Record> linkFrom(const QJsonObject& json)
{
    const auto kind = recordKindFromKey(json.value(QStringLiteral("kind")).toString());
    Record record;
    bool idOk = false;
    bool subjectOk = false;
    bool actorOk = false;
    record.id = json.value(QStringLiteral("id")).toString().toLongLong(&idOk);
    record.subjectId = json.value(QStringLiteral("subject")).toString().toLongLong(&subjectOk);
    record.actorId = json.value(QStringLiteral("actor")).toString().toLongLong(&actorOk);
    record.courseId = json.value(QStringLiteral("course")).toString();
    record.lessonId = json.value(QStringLiteral("lesson")).toString();
    record.body = json.value(QStringLiteral("body")).toObject();
    record.createdAt = fromStoredTime(json.value(QStringLiteral("createdAt")).toString());
    record.prevHash = json.value(QStringLiteral("prev")).toString();
    record.signature = json.value(QStringLiteral("sig")).toString();
    if (!kind || !idOk || !subjectOk || !actorOk || !record.createdAt.isValid())
        return std::nullopt;
    record.kind = *kind;
    record.hash = RecordChain::hashOf(record);
    return record;
}

QByteArray payloadOf(const Certificate& certificate, const QString& rootKey, const QVector<Record>& path)
{
    QJsonArray courses;
    for (const CertificateCourse& course : certificate.courses)
        courses.append(QJsonObject{{QStringLiteral("title"), course.title},
                                   {QStringLiteral("completed"), day(course.completedAt)},
                                   {QStringLiteral("signedOff"), day(course.signedOffAt)}});
    QJsonArray links;
    for (const Record& record : path)
        links.append(linkJson(record));
    const QJsonObject statement{{QStringLiteral("org"), certificate.organisation},
                                {QStringLiteral("root"), rootKey},
                                {QStringLiteral("uid"), certificate.personUid},
                                {QStringLiteral("name"), certificate.name},
                                {QStringLiteral("mentor"), certificate.mentor},
                                {QStringLiteral("coach"), certificate.coach},
                                {QStringLiteral("graduated"), toStoredTime(certificate.graduatedAt)},
                                {QStringLiteral("record"), certificate.recordHash},
                                {QStringLiteral("courses"), courses},
                                {QStringLiteral("path"), links}};
    return QJsonDocument(statement).toJson(QJsonDocument::Compact);
}

} // namespace

QString GraduationStatement::Content::signerKey() const
{
    return path.isEmpty() ? rootKey : keyOf(path.last());
}

std::optional<QVector<Record>> GraduationStatement::endorsements(const RecordChain& chain,
                                                                 const SigningKey& signer,
                                                                 const QString& rootKey, QString* error)
{
    QHash<qint64, QVector<Record>> keys; // each person's Join and Key records, oldest first
    const auto keep = [&keys](const Record& record) {
        if (isKey(record))
            keys[record.subjectId].append(record);
        return true;
    };
    if (!chain.each(keep, error))
        return std::nullopt;
    // The key record of person that stood just before the record at position before.
    const auto keyBefore = [&keys](qint64 person, qint64 before) -> const Record* {
        const QVector<Record>& records = keys[person];
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            if (it->id < before)
                return &*it;
        }
        return nullptr;
    };
    const Record* current = keyBefore(signer.personId(), std::numeric_limits<qint64>::max());
    if (!current || keyOf(*current) != signer.publicKey()) {
        *error = tr("Your signing key is not the one the record chain holds for you; sign out and in again.");
        return std::nullopt;
    }
    QVector<Record> path;
    for (const Record* link = current; keyOf(*link) != rootKey;) {
        if (link->actorId == link->subjectId) {
            *error =
                tr("The key of person %1 was never endorsed by a manager, so what it signs cannot be "
                   "traced to the organization; a manager can reset their password to endorse a new key.")
                    .arg(link->subjectId);
            return std::nullopt;
        }
        path.prepend(*link);
        link = keyBefore(link->actorId, link->id);
        if (!link) {
            *error = tr("Record %1 endorses a key, but the chain holds no key for the person who signed it.")
                         .arg(path.first().id);
            return std::nullopt;
        }
    }
    return path;
}

std::optional<QString> GraduationStatement::make(const Certificate& certificate, const QString& rootKey,
                                                 const QVector<Record>& path, const SigningKey& signer,
                                                 QString* error)
{
    const QByteArray payload = payloadOf(certificate, rootKey, path);
    const auto signature = signer.sign(SignedPrefix + payload);
    if (!signature) {
        *error = tr("Your signing key no longer opens; sign out and in again.");
        return std::nullopt;
    }
    const QString text = Prefix + Keys::base64(qCompress(payload, 9)) + QLatin1Char('.') + *signature;
    QString why;
    const auto content = read(text, &why);
    if (!content || !verify(*content, Keys::fingerprint(rootKey), &why)) {
        *error =
            tr("The signed statement for %1's certificate does not verify: %2").arg(certificate.name, why);
        return std::nullopt;
    }
    return text;
}

std::optional<GraduationStatement::Content> GraduationStatement::read(const QString& typed, QString* error)
{
    const QString text = typed.trimmed();
    const auto notOne = [&](const QString& why) {
        *error = tr("This is not a certificate's signed statement: %1.").arg(why);
        return std::nullopt;
    };
    if (!text.startsWith(Prefix))
        return notOne(tr("it does not begin with %1").arg(Prefix));
    if (text.size() > MaxTextLength)
        return notOne(tr("it is longer than any statement careu writes"));
    const QStringList parts = text.mid(Prefix.size()).split(QLatin1Char('.'));
    const QByteArray compressed = parts.size() == 2 ? Keys::fromBase64(parts.first()) : QByteArray();
    if (compressed.size() < 4 || Keys::fromBase64(parts.last()).isEmpty())
        return notOne(tr("it is cut short or garbled"));
    // qCompress's first four bytes say how large the text is; refuse a bomb before inflating it.
    const quint32 size = qFromBigEndian<quint32>(compressed.constData());
    if (size > MaxPayloadBytes)
        return notOne(tr("it says it is larger than any statement careu writes"));
    Content content;
    content.payload = inflated(compressed, size);
    content.signature = parts.last();
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(content.payload, &parseError).object();
    if (content.payload.isEmpty() || parseError.error != QJsonParseError::NoError)
        return notOne(tr("it is cut short or garbled"));
    Certificate& certificate = content.certificate;
    certificate.organisation = json.value(QStringLiteral("org")).toString();
    content.rootKey = json.value(QStringLiteral("root")).toString();
    certificate.personUid = json.value(QStringLiteral("uid")).toString();
    certificate.name = json.value(QStringLiteral("name")).toString();
    certificate.mentor = json.value(QStringLiteral("mentor")).toString();
    certificate.coach = json.value(QStringLiteral("coach")).toString();
    certificate.graduatedAt = fromStoredTime(json.value(QStringLiteral("graduated")).toString());
    certificate.recordHash = json.value(QStringLiteral("record")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("courses")).toArray()) {
        const QJsonObject course = value.toObject();
        certificate.courses.append({course.value(QStringLiteral("title")).toString(),
                                    fromDay(course.value(QStringLiteral("completed")).toString()),
                                    fromDay(course.value(QStringLiteral("signedOff")).toString())});
    }
    for (const QJsonValue& value : json.value(QStringLiteral("path")).toArray()) {
        const auto link = linkFrom(value.toObject());
        if (!link)
            return notOne(tr("an endorsement in it is incomplete"));
        content.path.append(*link);
    }
    if (content.rootKey.isEmpty() || certificate.personUid.isEmpty() || certificate.name.isEmpty() ||
        !certificate.graduatedAt.isValid() || certificate.recordHash.isEmpty())
        return notOne(tr("it does not say whose graduation it is"));
    certificate.code = Certificates::code(certificate.recordHash, certificate.personUid);
    certificate.fingerprint = Keys::fingerprint(content.rootKey);
    return content;
}

bool GraduationStatement::verify(const Content& content, const QString& org, QString* why)
{
    const QString fingerprint = content.certificate.fingerprint;
    if (Keys::normalisedFingerprint(fingerprint) != Keys::normalisedFingerprint(org)) {
        *why =
            tr("it was signed under the organization whose fingerprint is %1, not %2").arg(fingerprint, org);
        return false;
    }
    QString key = content.rootKey;
    qint64 endorsed = 0;
    for (const Record& link : content.path) {
        if (!isKey(link) || link.actorId == link.subjectId) {
            *why = tr("record %1 in its path is not a manager's endorsement of a key").arg(link.id);
            return false;
        }
        if (endorsed && link.actorId != endorsed) {
            *why = tr("record %1 in its path is not signed by the person endorsed before it").arg(link.id);
            return false;
        }
        if (!Keys::verify(key, RecordChain::signedBytes(link.hash), link.signature)) {
            *why = tr("the endorsement of person %1's key (record %2) is not signed by a key the "
                      "organization endorsed, or was changed")
                       .arg(link.subjectId)
                       .arg(link.id);
            return false;
        }
        key = keyOf(link);
        endorsed = link.subjectId;
    }
    if (!Keys::verify(key, SignedPrefix + content.payload, content.signature)) {
        *why = tr("its signature does not match what it says: it was changed after it was signed, or "
                  "signed by a key the organization did not endorse");
        return false;
    }
    return true;
}

QStringList GraduationStatement::find(const QByteArray& bytes)
{
    static const QRegularExpression Statement(QStringLiteral("CAREU1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"));
    QStringList found;
    const QString text = QString::fromLatin1(bytes);
    for (auto match = Statement.globalMatch(text); match.hasNext();) {
        const QString statement = match.next().captured();
        if (!found.contains(statement))
            found.append(statement);
    }
    return found;
}

} // namespace careu
