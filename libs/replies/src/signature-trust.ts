import forge from 'node-forge';

/**
 * Whether the signer of a (cryptographically intact) signature is trusted: its certificate chains
 * to one of the deployment's trusted roots (the national root of Ban Cơ yếu Chính phủ, public CA
 * roots the deployment adds), every certificate of the chain was valid at the time of signing, the
 * CAs are CAs, and the signer's key may sign documents. Integrity and trust are separate questions:
 * a self-signed certificate gives a valid signature from an untrusted signer.
 */
export type SignerTrust =
  | { trusted: true; chain: string[] }
  | {
      trusted: false;
      reason: 'SELF_SIGNED' | 'UNKNOWN_ISSUER' | 'NOT_VALID_AT_SIGNING' | 'KEY_USAGE' | 'CHAIN_INVALID';
      detail: string;
      chain: string[];
    };

const MAX_CHAIN = 8;

/** The certificate's common name, a UTF8String decoded (forge keeps its bytes). */
function nameOf(certificate: forge.pki.Certificate): string {
  const field = certificate.subject.getField('CN') as { value?: string; valueTagClass?: number } | null;
  if (!field?.value) return '';
  return field.valueTagClass === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(field.value) : field.value;
}

const sameCertificate = (a: forge.pki.Certificate, b: forge.pki.Certificate) =>
  forge.asn1.toDer(forge.pki.certificateToAsn1(a)).getBytes() ===
  forge.asn1.toDer(forge.pki.certificateToAsn1(b)).getBytes();

/** True when `issuer` issued `subject` and its signature on it verifies. */
function issued(issuer: forge.pki.Certificate, subject: forge.pki.Certificate): boolean {
  try {
    return issuer.issued(subject) && issuer.verify(subject);
  } catch {
    return false;
  }
}

const validAt = (certificate: forge.pki.Certificate, at: Date) =>
  certificate.validity.notBefore <= at && at <= certificate.validity.notAfter;

function isCa(certificate: forge.pki.Certificate): boolean {
  const constraints = certificate.getExtension('basicConstraints') as { cA?: boolean } | null;
  return constraints?.cA === true;
}

/** The signer's key may sign documents: no keyUsage extension, or digitalSignature / nonRepudiation. */
function maySign(certificate: forge.pki.Certificate): boolean {
  const usage = certificate.getExtension('keyUsage') as { digitalSignature?: boolean; nonRepudiation?: boolean } | null;
  return !usage || usage.digitalSignature === true || usage.nonRepudiation === true;
}

/**
 * Chains `signer` through the certificates the signature carries to a trusted root, checking
 * validity at `signedAt` (the signing time the signature states; now when it states none).
 */
export function assessSignerTrust(
  signer: forge.pki.Certificate,
  carried: forge.pki.Certificate[],
  roots: forge.pki.Certificate[],
  signedAt: Date,
): SignerTrust {
  const chain = [signer];
  const names = () => chain.map(nameOf);
  if (!maySign(signer))
    return { trusted: false, reason: 'KEY_USAGE', detail: 'the key usage does not allow signing', chain: names() };
  for (let current = signer; chain.length <= MAX_CHAIN;) {
    if (!validAt(current, signedAt))
      return {
        trusted: false,
        reason: 'NOT_VALID_AT_SIGNING',
        detail: `${nameOf(current)} was valid from ${current.validity.notBefore.toISOString()} to ${current.validity.notAfter.toISOString()}, signed at ${signedAt.toISOString()}`,
        chain: names(),
      };
    const root = roots.find((candidate) => sameCertificate(candidate, current) || issued(candidate, current));
    if (root) {
      if (!sameCertificate(root, current)) chain.push(root);
      if (!validAt(root, signedAt))
        return {
          trusted: false,
          reason: 'NOT_VALID_AT_SIGNING',
          detail: `the root ${nameOf(root)} was not valid`,
          chain: names(),
        };
      return { trusted: true, chain: names() };
    }
    if (issued(current, current))
      return chain.length === 1
        ? {
            trusted: false,
            reason: 'SELF_SIGNED',
            detail: 'the certificate signs itself and is not a trusted root',
            chain: names(),
          }
        : {
            trusted: false,
            reason: 'UNKNOWN_ISSUER',
            detail: `the root ${nameOf(current)} is not trusted`,
            chain: names(),
          };
    const parent = carried.find((candidate) => !chain.includes(candidate) && issued(candidate, current));
    if (!parent)
      return {
        trusted: false,
        reason: 'UNKNOWN_ISSUER',
        detail: `no trusted issuer of ${nameOf(current)}`,
        chain: names(),
      };
    if (!isCa(parent))
      return {
        trusted: false,
        reason: 'CHAIN_INVALID',
        detail: `${nameOf(parent)} is not a CA`,
        chain: [...names(), nameOf(parent)],
      };
    chain.push(parent);
    current = parent;
  }
  return { trusted: false, reason: 'CHAIN_INVALID', detail: 'the chain is too long', chain: names() };
}

/** Trusted roots from PEM text (one or many certificates); throws naming the problem. */
export function parseTrustedRoots(pem: string): forge.pki.Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error('no PEM certificate found');
  return blocks.map((block) => forge.pki.certificateFromPem(block));
}
