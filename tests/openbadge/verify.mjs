// Verifies Open Badges 3.0 credentials (VC-JWT) as a learning platform or wallet would: the JWS
// signature with the issuer's did:key (resolved offline), the credential's data model, and that it
// is an OpenBadgeCredential. One line per file: "valid FILE issuer=... subject=... name=..." or
// "invalid FILE: why". Exit 0 when every file is valid.
//   node verify.mjs FILE.jwt...
import { readFileSync } from 'node:fs';
import { verifyCredential } from 'did-jwt-vc';
import { Resolver } from 'did-resolver';
import { getResolver } from 'key-did-resolver';

const resolver = new Resolver(getResolver());
let invalid = 0;
for (const file of process.argv.slice(2)) {
  try {
    const verified = await verifyCredential(readFileSync(file, 'utf8').trim(), resolver);
    const credential = verified.verifiableCredential;
    if (!credential.type.includes('OpenBadgeCredential'))
      throw new Error('it is not an OpenBadgeCredential');
    const subject = credential.credentialSubject;
    console.log(`valid ${file} issuer=${verified.issuer} subject=${subject.id} ` +
                `name=${subject.identifier?.[0]?.identityHash} achievement=${subject.achievement?.name}`);
  } catch (error) {
    ++invalid;
    console.log(`invalid ${file}: ${error.message}`);
  }
}
process.exit(invalid === 0 && process.argv.length > 2 ? 0 : 1);
