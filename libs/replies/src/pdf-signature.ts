import { SignPdf } from '@signpdf/signpdf';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';

const signer = new SignPdf();

export interface SignatureInfo {
  /** The signer's name as it appears in the signature dictionary. */
  name: string;
  reason: string;
  location: string;
}

/**
 * Signs a PDF with a PKCS#12 certificate: a CMS detached signature over the whole file
 * (SubFilter ETSI.CAdES.detached), as a PAdES reader expects.
 */
export async function signPdf(pdf: Buffer, p12: Buffer, passphrase: string, info: SignatureInfo): Promise<Buffer> {
  const document = await PDFDocument.load(pdf);
  pdflibAddPlaceholder({ pdfDoc: document, reason: info.reason, contactInfo: '', name: info.name, location: info.location, subFilter: SUBFILTER_ETSI_CADES_DETACHED, signatureLength: 16_384 });
  const prepared = Buffer.from(await document.save({ useObjectStreams: false }));
  return signer.sign(prepared, new P12Signer(p12, { passphrase }));
}

export type SignatureVerdict =
  | { valid: true; signer: string; signedAt: string | null }
  | { valid: false; reason: 'NOT_SIGNED' | 'MODIFIED_AFTER_SIGNING' | 'DIGEST_MISMATCH' | 'BAD_SIGNATURE' | 'MALFORMED'; detail: string };

/**
 * Checks the last signature of a PDF: that it covers the whole file (nothing appended after
 * signing), that the signed bytes hash to the digest the signature carries, and that the
 * signature over the signed attributes verifies with the certificate's public key.
 */
export function verifyPdfSignature(pdf: Buffer): SignatureVerdict {
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) return { valid: false, reason: 'NOT_SIGNED', detail: 'no /ByteRange' };
  const [a, b, c, d] = last.slice(1, 5).map(Number);
  if (a !== 0 || c + d !== pdf.length) return { valid: false, reason: 'MODIFIED_AFTER_SIGNING', detail: `signed ranges end at ${c + d}, file is ${pdf.length} bytes` };

  const contents = text.slice(a + b, c).replace(/^\s*<|>\s*$/g, '').replace(/(00)+$/, '');
  try {
    const message = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(forge.util.hexToBytes(contents))) as forge.pkcs7.PkcsSignedData & {
      rawCapture: { authenticatedAttributes: forge.asn1.Asn1[]; signature: string; digestAlgorithm: string };
    };
    const certificate = message.certificates[0];
    const attributes = message.rawCapture.authenticatedAttributes;
    const digestAttribute = attributes.find((attribute) => forge.asn1.derToOid((attribute.value as forge.asn1.Asn1[])[0].value as string) === forge.pki.oids.messageDigest);
    const signedDigest = ((digestAttribute!.value as forge.asn1.Asn1[])[1].value as forge.asn1.Asn1[])[0].value as string;
    const actual = createHash('sha256').update(pdf.subarray(a, a + b)).update(pdf.subarray(c, c + d)).digest('binary');
    if (actual !== signedDigest) return { valid: false, reason: 'DIGEST_MISMATCH', detail: 'the signed bytes were changed' };

    const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
    const attributesDigest = forge.md.sha256.create().update(forge.asn1.toDer(set).getBytes()).digest().getBytes();
    const publicKey = certificate.publicKey as forge.pki.rsa.PublicKey;
    const ok = publicKey.verify(attributesDigest, message.rawCapture.signature);
    if (!ok) return { valid: false, reason: 'BAD_SIGNATURE', detail: 'the signature does not match the certificate' };
    const signingTime = attributes.find((attribute) => forge.asn1.derToOid((attribute.value as forge.asn1.Asn1[])[0].value as string) === forge.pki.oids.signingTime);
    const signedAt = signingTime ? forge.asn1.utcTimeToDate((((signingTime.value as forge.asn1.Asn1[])[1].value as forge.asn1.Asn1[])[0].value as string)).toISOString() : null;
    return { valid: true, signer: certificate.subject.getField('CN')?.value ?? '', signedAt };
  } catch (error) {
    return { valid: false, reason: 'MALFORMED', detail: (error as Error).message };
  }
}
