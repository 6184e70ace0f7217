#pragma once

#include "Certificates.h"

#include <optional>

namespace careu {

class SigningKey;

// A graduation as an Open Badges 3.0 credential (an OpenBadgeCredential, a W3C Verifiable
// Credential in the data model 1.1 that Open Badges 3.0 uses), encoded as a VC-JWT signed with
// EdDSA (Ed25519): the file learning platforms and wallets import. Its issuer is the manager who
// signs it, named as a did:key (their public key, resolved without any network), with the
// organization's name; its evidence carries the certificate's signed statement, whose path of
// endorsements leads to the organization's fingerprint, for `careu verify`.
class OpenBadge
{
    Q_DECLARE_TR_FUNCTIONS(OpenBadge)

public:
    // did:key:z6Mk… of an Ed25519 public key given in base64url: the multicodec ed25519-pub
    // prefix (0xed 0x01) and the key, in base58btc.
    static QString didKey(const QString& publicKey);
    // "header.payload.signature"; nothing, with why, when signer's key does not open.
    static std::optional<QString> make(const Certificate& certificate, const SigningKey& signer,
                                       const QDateTime& issuedAt, QString* error);
};

} // namespace careu
