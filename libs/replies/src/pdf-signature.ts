import { SignPdf } from '@signpdf/signpdf';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { CadesSigner, OID_SIGNING_CERTIFICATE_V2, tbsParts } from './cades-signer.js';
import { assessSignerTrust, type SignerTrust } from './signature-trust.js';

const signer = new SignPdf();

export interface SignatureInfo {
  /** The signer's name as it appears in the signature dictionary. */
  name: string;
  reason: string;
  location: string;
}

/**
 * Signs a PDF with a PKCS#12 certificate as PAdES-B-B: a CMS detached signature over the whole
 * file (SubFilter ETSI.CAdES.detached) whose signed attributes are contentType, messageDigest and
 * signing-certificate-v2 (see cades-signer.ts); the time of signing is the dictionary's /M.
 * A wrong passphrase or an unreadable PKCS#12 throws before the PDF is touched.
 */
export async function signPdf(pdf: Buffer, p12: Buffer, passphrase: string, info: SignatureInfo): Promise<Buffer> {
  return signPdfWith(pdf, new CadesSigner(p12, passphrase), info);
}

/** signPdf with a certificate already opened (`new CadesSigner(p12, passphrase)`). */
export async function signPdfWith(pdf: Buffer, cades: CadesSigner, info: SignatureInfo): Promise<Buffer> {
  const signingTime = new Date();
  const document = await PDFDocument.load(pdf);
  pdflibAddPlaceholder({
    pdfDoc: document,
    reason: info.reason,
    contactInfo: '',
    name: info.name,
    location: info.location,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: 16_384,
    signingTime,
  });
  const prepared = Buffer.from(await document.save({ useObjectStreams: false }));
  return signer.sign(prepared, cades, signingTime);
}

export type SignatureVerdict =
  | {
      valid: true;
      signer: string;
      /** The signingTime attribute of an older signature, else the signature dictionary's /M. */
      signedAt: string | null;
      /**
       * 'B-B' when the signature is a PAdES baseline B-B one: SubFilter ETSI.CAdES.detached, a
       * signing-certificate-v2 attribute bound to the certificate that signed, no signingTime
       * attribute. null for a signature without signing-certificate-v2 (those made before it
       * was written), which stays valid: its digest and RSA signature still verify.
       */
      pades: 'B-B' | null;
      /** Whether the signer is trusted (a chain to a configured root, valid at signing, may sign): separate from integrity. */
      trust: SignerTrust;
    }
  | {
      valid: false;
      reason:
        | 'NOT_SIGNED'
        | 'MODIFIED_AFTER_SIGNING'
        | 'DIGEST_MISMATCH'
        | 'BAD_SIGNATURE'
        | 'CERTIFICATE_NOT_BOUND'
        | 'MALFORMED';
      detail: string;
    };

type Node = forge.asn1.Asn1;
const children = (node: Node): Node[] => node.value as Node[];
const bytes = (node: Node): string => node.value as string;
const der = (node: Node): string => forge.asn1.toDer(node).getBytes();
const HASHES: Record<string, string> = {
  [forge.pki.oids.sha256]: 'sha256',
  [forge.pki.oids.sha384]: 'sha384',
  [forge.pki.oids.sha512]: 'sha512',
};

/**
 * Checks the last signature of a PDF: that it covers the whole file (nothing appended after
 * signing), that the signed bytes hash to the digest the signature carries, that the signature
 * over the signed attributes verifies with the public key of the certificate the SignerInfo
 * names, and — when a signing-certificate-v2 attribute is present — that it names that same
 * certificate (a mismatch fails as CERTIFICATE_NOT_BOUND; its absence only gives pades: null).
 * `valid` is integrity only; `trust` says whether the signer chains to one of `trustedRoots`.
 */
export function verifyPdfSignature(pdf: Buffer, trustedRoots: forge.pki.Certificate[] = []): SignatureVerdict {
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) return { valid: false, reason: 'NOT_SIGNED', detail: 'no /ByteRange' };
  const [a, b, c, d] = last.slice(1, 5).map(Number);
  if (a !== 0 || c + d !== pdf.length)
    return {
      valid: false,
      reason: 'MODIFIED_AFTER_SIGNING',
      detail: `signed ranges end at ${c + d}, file is ${pdf.length} bytes`,
    };
  const dictionary = signatureDictionary(text, last.index);

  const contents = text.slice(a + b, c).replace(/^\s*<|>\s*$/g, '');
  try {
    const message = forge.pkcs7.messageFromAsn1(signatureValue(contents)) as forge.pkcs7.PkcsSignedData & {
      rawCapture: {
        authenticatedAttributes?: Node[];
        signature: string;
        digestAlgorithm: string;
        issuer: Node;
        serial: string;
        certificates?: Node;
      };
    };
    const capture = message.rawCapture;
    const attributes = capture.authenticatedAttributes ?? [];
    const attributeValue = (type: string): Node | undefined => {
      const found = attributes.find((attribute) => forge.asn1.derToOid(bytes(children(attribute)[0])) === type);
      return found ? children(children(found)[1])[0] : undefined;
    };
    const digestAttribute = attributeValue(forge.pki.oids.messageDigest);
    if (!digestAttribute) return { valid: false, reason: 'MALFORMED', detail: 'no messageDigest signed attribute' };
    if (forge.asn1.derToOid(capture.digestAlgorithm) !== forge.pki.oids.sha256)
      return { valid: false, reason: 'MALFORMED', detail: 'digest algorithm is not SHA-256' };
    const actual = createHash('sha256')
      .update(pdf.subarray(a, a + b))
      .update(pdf.subarray(c, c + d))
      .digest('binary');
    if (actual !== bytes(digestAttribute))
      return { valid: false, reason: 'DIGEST_MISMATCH', detail: 'the signed bytes were changed' };

    // The certificate the SignerInfo names (issuerAndSerialNumber), not merely the first one carried.
    const carried = capture.certificates ? children(capture.certificates) : [];
    const sidIssuer = der(capture.issuer);
    const index = carried.findIndex((certificate) => {
      const { serial, issuer } = tbsParts(children(certificate)[0]);
      return bytes(serial) === capture.serial && der(issuer) === sidIssuer;
    });
    if (index < 0)
      return { valid: false, reason: 'MALFORMED', detail: 'the signer certificate is not in the signature' };
    const certificate = message.certificates[index];

    const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
    const attributesDigest = forge.md.sha256.create().update(der(set)).digest().getBytes();
    const publicKey = certificate.publicKey as forge.pki.rsa.PublicKey;
    let ok: boolean;
    try {
      ok = publicKey.verify(attributesDigest, capture.signature);
    } catch {
      ok = false; // forge throws when the decrypted block is not PKCS#1 v1.5: a changed signature value
    }
    if (!ok) return { valid: false, reason: 'BAD_SIGNATURE', detail: 'the signature does not match the certificate' };

    const signingCertificate = attributeValue(OID_SIGNING_CERTIFICATE_V2);
    if (signingCertificate) {
      const mismatch = signingCertificateMismatch(signingCertificate, carried[index]);
      if (mismatch) return { valid: false, reason: 'CERTIFICATE_NOT_BOUND', detail: mismatch };
    }
    const signingTime = attributeValue(forge.pki.oids.signingTime);
    const signedAt = signingTime
      ? forge.asn1.utcTimeToDate(bytes(signingTime)).toISOString()
      : pdfDate(/\/M\s*\((D:[^)]*)\)/.exec(dictionary)?.[1]);
    const cadesDetached = /\/SubFilter\s*\/ETSI\.CAdES\.detached\b/.test(dictionary);
    const pades = signingCertificate && !signingTime && cadesDetached ? 'B-B' : null;
    const trust = assessSignerTrust(
      certificate,
      message.certificates,
      trustedRoots,
      signedAt ? new Date(signedAt) : new Date(),
    );
    return { valid: true, signer: commonName(certificate), signedAt, pades, trust };
  } catch (error) {
    return { valid: false, reason: 'MALFORMED', detail: (error as Error).message };
  }
}

/**
 * The CMS a signature's /Contents holds: the one DER value its hex starts with. The placeholder is padded with zeros
 * after it, and the CMS may itself end in zero bytes (its signature value does, one time in 256), so the padding is
 * never stripped by pattern: the value's own length says where it ends.
 */
export function signatureValue(contentsHex: string): forge.asn1.Asn1 {
  const fromDer = forge.asn1.fromDer as unknown as (
    bytes: string,
    options: { parseAllBytes: boolean },
  ) => forge.asn1.Asn1;
  return fromDer(forge.util.hexToBytes(contentsHex), { parseAllBytes: false });
}

/**
 * Why a SigningCertificateV2 does not name `certificate` (its first ESSCertIDv2 is the signer's,
 * RFC 5035), or null when it does: the hash of the certificate's DER, and the IssuerSerial if given.
 */
export function signingCertificateMismatch(value: Node, certificate: Node): string | null {
  const first = children(children(value)[0])[0];
  if (!first) return 'signing-certificate-v2 names no certificate';
  const fields = children(first);
  const explicitAlgorithm = fields[0].type === forge.asn1.Type.SEQUENCE;
  const algorithm = explicitAlgorithm ? forge.asn1.derToOid(bytes(children(fields[0])[0])) : forge.pki.oids.sha256;
  const hash = fields[explicitAlgorithm ? 1 : 0];
  const issuerSerial = fields[explicitAlgorithm ? 2 : 1];
  const hashName = HASHES[algorithm];
  if (!hashName) return `signing-certificate-v2 uses an unsupported hash (${algorithm})`;
  if (
    createHash(hashName)
      .update(Buffer.from(der(certificate), 'binary'))
      .digest('binary') !== bytes(hash)
  )
    return 'signing-certificate-v2 names another certificate (hash differs)';
  if (issuerSerial) {
    const { serial, issuer } = tbsParts(children(certificate)[0]);
    const [names, serialNumber] = children(issuerSerial);
    const directoryNames = children(names).filter(
      (name) => name.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && name.type === 4,
    );
    if (bytes(serialNumber) !== bytes(serial) || !directoryNames.some((name) => der(children(name)[0]) === der(issuer)))
      return 'signing-certificate-v2 names another certificate (issuer and serial differ)';
  }
  return null;
}

/** The subject's common name; a UTF8String one (as Vietnamese CAs write it) is decoded, forge leaves its bytes. */
function commonName(certificate: forge.pki.Certificate): string {
  const field = certificate.subject.getField('CN') as { value?: string; valueTagClass?: number } | null;
  if (!field?.value) return '';
  return field.valueTagClass === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(field.value) : field.value;
}

/** The text of the indirect object holding the signature dictionary around `at`. */
function signatureDictionary(text: string, at: number): string {
  const start = text.lastIndexOf(' obj', at);
  const end = text.indexOf('endobj', at);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

/** A PDF date (D:YYYYMMDDHHmmSSOHH'mm') as ISO 8601, or null. */
export function pdfDate(value: string | undefined): string | null {
  const match =
    value && /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(\d{2})?'?)?)?/.exec(value);
  if (!match) return null;
  const [
    ,
    year,
    month = '01',
    day = '01',
    hour = '00',
    minute = '00',
    second = '00',
    sign,
    offsetHours = '00',
    offsetMinutes = '00',
  ] = match;
  const utc = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second);
  const offset =
    sign === '+' || sign === '-' ? (sign === '+' ? 1 : -1) * (+offsetHours * 60 + +offsetMinutes) * 60_000 : 0;
  const date = new Date(utc - offset);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
