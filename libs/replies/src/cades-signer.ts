import { Signer, SignPdfError } from '@signpdf/utils';
import forge from 'node-forge';
import { createHash } from 'node:crypto';

/**
 * A CAdES detached signature as PAdES-B-B (ETSI EN 319 142-1) asks for: a CMS SignedData whose
 * signed attributes are exactly contentType, messageDigest and signing-certificate-v2 (ESS,
 * RFC 5035). There is no signingTime attribute: in PAdES the claimed time of signing is the
 * signature dictionary's /M. node-forge's pkcs7 cannot write signing-certificate-v2, so the
 * structure is built here with forge.asn1 directly.
 */

const { asn1, pki } = forge;
type Node = forge.asn1.Asn1;

export const OID_SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const OID_SIGNED_DATA = pki.oids.signedData;
const OID_DATA = pki.oids.data;
const OID_SHA256 = pki.oids.sha256;

const universal = (type: forge.asn1.Type, constructed: boolean, value: Node[] | string): Node =>
  asn1.create(asn1.Class.UNIVERSAL, type, constructed, value);
const sequence = (items: Node[]): Node => universal(asn1.Type.SEQUENCE, true, items);
const set = (items: Node[]): Node => universal(asn1.Type.SET, true, items);
const oid = (value: string): Node => universal(asn1.Type.OID, false, asn1.oidToDer(value).getBytes());
const octets = (bytes: string): Node => universal(asn1.Type.OCTETSTRING, false, bytes);
const integer = (value: number): Node => universal(asn1.Type.INTEGER, false, asn1.integerToDer(value).getBytes());
const contextTag = (tag: number, items: Node[]): Node => asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, true, items);
const toDer = (node: Node): string => asn1.toDer(node).getBytes();
const sha256 = (bytes: string | Buffer): string =>
  createHash('sha256')
    .update(typeof bytes === 'string' ? Buffer.from(bytes, 'binary') : bytes)
    .digest('binary');
/** AlgorithmIdentifier for SHA-256 with the parameters absent, as RFC 5754 prefers. */
const sha256Algorithm = (): Node => sequence([oid(OID_SHA256)]);

const attribute = (type: string, value: Node): Node => sequence([oid(type), set([value])]);

/**
 * The DER of a certificate as its issuer wrote it: forge keeps the parsed TBSCertificate, and the
 * outer signatureAlgorithm repeats the TBSCertificate's `signature` field, so nothing is re-derived
 * from forge's own field model (which would not round-trip every CA's encoding).
 */
export function certificateDer(certificate: forge.pki.Certificate): string {
  const parsed = certificate as unknown as { tbsCertificate?: Node };
  // A certificate forge built itself (not parsed) has no captured TBSCertificate: re-encode it whole.
  if (!parsed.tbsCertificate) return toDer(pki.certificateToAsn1(certificate));
  const tbs = parsed.tbsCertificate;
  const { signatureAlgorithm } = tbsParts(tbs);
  const signature = universal(asn1.Type.BITSTRING, false, String.fromCharCode(0) + certificate.signature);
  return toDer(sequence([tbs, asn1.fromDer(toDer(signatureAlgorithm)), signature]));
}

/** The serialNumber, signature algorithm and issuer nodes of a TBSCertificate. */
export function tbsParts(tbs: Node): { serial: Node; signatureAlgorithm: Node; issuer: Node } {
  const fields = tbs.value as Node[];
  const at = fields[0].tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: fields[at], signatureAlgorithm: fields[at + 1], issuer: fields[at + 2] };
}

/** IssuerSerial (RFC 5035): the issuer as a GeneralNames holding one directoryName [4], and the serial. */
function issuerSerial(issuer: Node, serial: Node): Node {
  return sequence([sequence([contextTag(4, [issuer])]), serial]);
}

export interface SigningMaterial {
  privateKey: forge.pki.rsa.PrivateKey;
  /** DER of the signer's certificate (forge binary string). */
  certificate: string;
  /** DER of the other certificates to carry (the chain), signer excluded. */
  chain: string[];
}

/**
 * Builds the DER of a detached CMS SignedData over `content` (the PDF's signed byte ranges).
 * Pure: the same material and content give the same bytes (RSA PKCS#1 v1.5 is deterministic).
 */
export function buildCadesSignedData(content: Buffer, material: SigningMaterial): Buffer {
  const signerCertificate = asn1.fromDer(material.certificate);
  const { serial, issuer } = tbsParts((signerCertificate.value as Node[])[0]);
  const copy = (node: Node): Node => asn1.fromDer(toDer(node));

  const essCertIdV2 = sequence([
    // hashAlgorithm omitted: SHA-256 is the DEFAULT.
    octets(sha256(material.certificate)),
    issuerSerial(copy(issuer), copy(serial)),
  ]);
  const signedAttributes = [
    attribute(pki.oids.contentType, oid(OID_DATA)),
    attribute(pki.oids.messageDigest, octets(sha256(content))),
    attribute(OID_SIGNING_CERTIFICATE_V2, sequence([sequence([essCertIdV2])])),
  ]
    // DER orders a SET OF by the encodings; verifiers (OpenSSL) re-encode it that way.
    .map((node) => ({ node, der: Buffer.from(toDer(node), 'binary') }))
    .sort((x, y) => Buffer.compare(x.der, y.der))
    .map(({ node }) => node);

  const toBeSigned = forge.md.sha256.create();
  toBeSigned.update(toDer(set(signedAttributes)));
  const signature = material.privateKey.sign(toBeSigned);

  const signerInfo = sequence([
    integer(1),
    sequence([copy(issuer), copy(serial)]),
    sha256Algorithm(),
    contextTag(0, signedAttributes),
    sequence([oid(pki.oids.rsaEncryption), universal(asn1.Type.NULL, false, '')]),
    octets(signature),
  ]);
  const signedData = sequence([
    integer(1),
    set([sha256Algorithm()]),
    sequence([oid(OID_DATA)]),
    contextTag(
      0,
      [material.certificate, ...material.chain].map((der) => asn1.fromDer(der)),
    ),
    set([signerInfo]),
  ]);
  return Buffer.from(toDer(sequence([oid(OID_SIGNED_DATA), contextTag(0, [signedData])])), 'binary');
}

/**
 * Opens a PKCS#12: the private key and the certificate that matches it, plus the other
 * certificates as the chain. A wrong passphrase or an unreadable file throws.
 */
export function readPkcs12(p12: Buffer, passphrase: string): SigningMaterial {
  const store = forge.pkcs12.pkcs12FromAsn1(asn1.fromDer(p12.toString('binary'), false), false, passphrase);
  const keyBags = [
    ...(store.getBags({ bagType: pki.oids.pkcs8ShroudedKeyBag })[pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(store.getBags({ bagType: pki.oids.keyBag })[pki.oids.keyBag] ?? []),
  ];
  const privateKey = keyBags.find((bag) => bag.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!privateKey) throw new SignPdfError('The PKCS#12 holds no private key.', SignPdfError.TYPE_INPUT);
  const certificates = (store.getBags({ bagType: pki.oids.certBag })[pki.oids.certBag] ?? []).flatMap((bag) =>
    bag.cert ? [bag.cert] : [],
  );
  const matches = (certificate: forge.pki.Certificate) => {
    const publicKey = certificate.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(privateKey.n) === true && publicKey.e.equals(privateKey.e);
  };
  const signer = certificates.find(matches);
  if (!signer)
    throw new SignPdfError('Failed to find a certificate that matches the private key.', SignPdfError.TYPE_INPUT);
  return {
    privateKey,
    certificate: certificateDer(signer),
    chain: certificates.filter((c) => c !== signer).map(certificateDer),
  };
}

/** A @signpdf Signer writing the PAdES-B-B CMS; the signing time goes to the placeholder's /M. */
export class CadesSigner extends Signer {
  private readonly material: SigningMaterial;

  /** Opens the PKCS#12 at once, so a wrong passphrase fails before any PDF work. */
  constructor(p12: Buffer, passphrase: string) {
    super();
    this.material = readPkcs12(p12, passphrase);
  }

  override async sign(pdfBuffer: Buffer, _signingTime?: Date): Promise<Buffer> {
    if (!(pdfBuffer instanceof Buffer)) throw new SignPdfError('PDF expected as Buffer.', SignPdfError.TYPE_INPUT);
    return buildCadesSignedData(pdfBuffer, this.material);
  }
}
