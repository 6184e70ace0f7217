#include "OpenBadge.h"

#include "people/Keys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace careu {

namespace {

// Bitcoin's base58 alphabet, as multibase's "z" prefix means. No Debian library does just this.
QByteArray base58(const QByteArray& bytes)
{
    static const char Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    QVector<int> digits; // base 58, least significant first
    for (const char byte : bytes) {
        int carry = static_cast<unsigned char>(byte);
        for (int& digit : digits) {
            carry += digit * 256;
            digit = carry % 58;
            carry /= 58;
        }
        for (; carry > 0; carry /= 58)
            digits.append(carry % 58);
    }
    QByteArray text;
    for (const char byte : bytes) {
        if (byte != 0)
            break;
        text.append('1'); // each leading zero byte
    }
    for (auto digit = digits.crbegin(); digit != digits.crend(); ++digit)
        text.append(Alphabet[*digit]);
    return text;
}

QString dateTime(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QByteArray part(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding |
                                                                       QByteArray::OmitTrailingEquals);
}

} // namespace

QString OpenBadge::didKey(const QString& publicKey)
{
    return QStringLiteral("did:key:z") +
           QString::fromLatin1(base58(QByteArrayLiteral("\xed\x01") + Keys::fromBase64(publicKey)));
}

std::optional<QString> OpenBadge::make(const Certificate& certificate, const SigningKey& signer,
                                       const QDateTime& issuedAt, QString* error)
{
    const QString issuer = didKey(signer.publicKey());
    // The same graduation gets the same id whoever issues it again.
    const QString id =
        QStringLiteral("urn:uuid:") +
        QUuid::createUuidV5(QUuid(), QStringLiteral("careu-graduation:") + certificate.recordHash)
            .toString(QUuid::WithoutBraces);
    const QString subject = QStringLiteral("urn:uuid:") + certificate.personUid;
    QJsonArray evidence;
    for (const CertificateCourse& course : certificate.courses)
        evidence.append(QJsonObject{
            {QStringLiteral("type"), QJsonArray{QStringLiteral("Evidence")}},
            {QStringLiteral("name"), course.title},
            {QStringLiteral("description"),
             tr("Completed %1; every Practice signed off by a mentor by %2.")
                 .arg(course.completedAt.toUTC().date().toString(Qt::ISODate),
                      course.signedOffAt.toUTC().date().toString(Qt::ISODate))}});
    if (!certificate.statement.isEmpty())
        evidence.append(QJsonObject{
            {QStringLiteral("type"), QJsonArray{QStringLiteral("Evidence")}},
            {QStringLiteral("name"), tr("Signed statement (careu verify)")},
            {QStringLiteral("description"), certificate.statement}});
    QStringList courses;
    for (const CertificateCourse& course : certificate.courses)
        courses.append(course.title);
    const QJsonObject achievement{
        {QStringLiteral("id"), QStringLiteral("urn:careu:achievement:graduation")},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}},
        {QStringLiteral("achievementType"), QStringLiteral("Certificate")},
        {QStringLiteral("name"), tr("Customer CARE graduate")},
        {QStringLiteral("description"),
         tr("Completed %1, with every Practice observed with real customers and signed off by a mentor.")
             .arg(courses.join(tr(" and ")))},
        {QStringLiteral("criteria"),
         QJsonObject{{QStringLiteral("narrative"),
                      tr("Every lesson of each course read and its Check answered; every Practice done with "
                         "real customers and signed off by the learner's mentor.")}}}};
    const QJsonObject credential{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://www.w3.org/2018/credentials/v1"),
                    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"),
                                            QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("name"), tr("%1: Customer CARE graduate").arg(certificate.name)},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), issuer},
                                               {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}},
                                               {QStringLiteral("name"), certificate.organisation}}},
        {QStringLiteral("issuanceDate"), dateTime(issuedAt)},
        {QStringLiteral("awardedDate"), dateTime(certificate.graduatedAt)},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("id"), subject},
                     {QStringLiteral("type"), QJsonArray{QStringLiteral("AchievementSubject")}},
                     {QStringLiteral("identifier"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("IdentityObject")},
                                             {QStringLiteral("identityType"), QStringLiteral("name")},
                                             {QStringLiteral("hashed"), false},
                                             {QStringLiteral("identityHash"), certificate.name}}}},
                     {QStringLiteral("achievement"), achievement}}},
        {QStringLiteral("evidence"), evidence}};
    // The JWT claims the data model's JWT encoding names, and the credential itself.
    const QJsonObject claims{{QStringLiteral("iss"), issuer},
                             {QStringLiteral("sub"), subject},
                             {QStringLiteral("jti"), id},
                             {QStringLiteral("nbf"), issuedAt.toSecsSinceEpoch()},
                             {QStringLiteral("vc"), credential}};
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("EdDSA")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), issuer + QLatin1Char('#') + issuer.mid(8)}};
    const QByteArray signingInput = part(header) + '.' + part(claims);
    const auto signature = signer.sign(signingInput);
    if (!signature) {
        *error = tr("Your signing key no longer opens; sign out and in again.");
        return std::nullopt;
    }
    return QString::fromLatin1(signingInput) + QLatin1Char('.') + *signature;
}

} // namespace careu
