import { makeTestCertificate } from '../../../test/setup/test-certificate.js';
import { SignPdf } from '@signpdf/signpdf';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { createHash, createVerify, webcrypto } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import * as pkijs from 'pkijs';
import { buildCadesSignedData, OID_SIGNING_CERTIFICATE_V2, readPkcs12 } from './cades-signer.js';
import { signatureValue, signingCertificateMismatch, signPdf, verifyPdfSignature } from './pdf-signature.js';

type Node = forge.asn1.Asn1;
const children = (node: Node): Node[] => node.value as Node[];
const oidOf = (node: Node): string => forge.asn1.derToOid(node.value as string);
const der = (node: Node): Buffer => Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');

async function samplePdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawText('BAO CAO KET QUA THUC HIEN', {
    x: 72,
    y: 760,
    font: await document.embedFont(StandardFonts.TimesRoman),
    size: 14,
  });
  return Buffer.from(await document.save());
}

/** The bytes the last signature covers and its CMS (DER), cut out of the PDF by /ByteRange. */
function signedParts(pdf: Buffer): { content: Buffer; cms: Buffer } {
  const ranges = [...pdf.toString('latin1').matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const [a, b, c, d] = ranges.at(-1)!.slice(1, 5).map(Number);
  const hex = pdf.subarray(a + b + 1, c - 1).toString('latin1');
  const cms = Buffer.from(hex, 'hex');
  // The placeholder is padded with zeroes after the DER: keep exactly the outer SEQUENCE (definite length).
  const lengthBytes = cms[1] & 0x80 ? cms[1] & 0x7f : 0;
  const length = 2 + lengthBytes + (lengthBytes ? cms.readUIntBE(2, lengthBytes) : cms[1]);
  return { content: Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]), cms: cms.subarray(0, length) };
}

/** The signed attributes of the (only) SignerInfo of a CMS SignedData. */
function signedAttributesOf(cms: Buffer): Node[] {
  const signedData = children(children(children(forge.asn1.fromDer(cms.toString('binary')))[1])[0]);
  return children(children(children(signedData.at(-1)!)[0])[3]);
}

/** The (single) value of the signed attribute of that type. */
function attributeValue(attributes: Node[], type: string): Node {
  return children(children(attributes.find((attribute) => oidOf(children(attribute)[0]) === type)!)[1])[0];
}

/** The certificate (DER) and key a test PKCS#12 holds, read independently of the signer. */
function openP12(p12: Buffer, passphrase: string): { certificate: Buffer; pem: string } {
  const store = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), passphrase);
  const cert = store.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag]![0].cert!;
  return { certificate: der(forge.pki.certificateToAsn1(cert)), pem: forge.pki.certificateToPem(cert) };
}

describe('signPdf / verifyPdfSignature', () => {
  const p12 = makeTestCertificate('Le Tuan Dinh', 'mat-khau');
  let signed: Buffer;
  let signedAround: { before: number; after: number };

  beforeAll(async () => {
    const pdf = await samplePdf();
    const before = Date.now() - 1000;
    signed = await signPdf(pdf, p12, 'mat-khau', { name: 'Lê Tuấn Định', reason: 'Ký ban hành', location: 'Đống Đa' });
    signedAround = { before, after: Date.now() + 1000 };
  });

  it('produces a PAdES-B-B signature that verifies, names the signer and takes the time from /M', () => {
    const verdict = verifyPdfSignature(signed);
    expect(verdict).toMatchObject({ valid: true, signer: 'Le Tuan Dinh', pades: 'B-B' });
    expect(signed.toString('latin1')).toContain('/SubFilter /ETSI.CAdES.detached');
    const signedAt = Date.parse((verdict as { signedAt: string }).signedAt);
    expect(signedAt).toBeGreaterThanOrEqual(signedAround.before);
    expect(signedAt).toBeLessThanOrEqual(signedAround.after);
  });

  describe('the CMS SignedData', () => {
    let content: Buffer;
    let signedData: Node[];
    let signerInfo: Node[];
    let attributes: Node[];
    const { certificate, pem } = openP12(p12, 'mat-khau');

    beforeAll(() => {
      const parts = signedParts(signed);
      content = parts.content;
      const contentInfo = children(forge.asn1.fromDer(parts.cms.toString('binary')));
      expect(oidOf(contentInfo[0])).toBe(forge.pki.oids.signedData);
      signedData = children(children(contentInfo[1])[0]);
      signerInfo = children(children(signedData.at(-1)!)[0]);
      attributes = children(signerInfo[3]);
    });

    it('is a detached version 1 SignedData over SHA-256 carrying the signer certificate', () => {
      expect(forge.asn1.derToInteger(signedData[0].value as string)).toBe(1);
      expect(children(signedData[1]).map((algorithm) => oidOf(children(algorithm)[0]))).toEqual([
        forge.pki.oids.sha256,
      ]);
      expect(children(signedData[2])).toHaveLength(1); // eContentType only: detached
      expect(oidOf(children(signedData[2])[0])).toBe(forge.pki.oids.data);
      expect(der(children(signedData[3])[0]).equals(certificate)).toBe(true);
      expect(children(signedData.at(-1)!)).toHaveLength(1);
      expect(forge.asn1.derToInteger(signerInfo[0].value as string)).toBe(1);
      expect(oidOf(children(signerInfo[2])[0])).toBe(forge.pki.oids.sha256);
      expect(signerInfo[3]).toMatchObject({ tagClass: forge.asn1.Class.CONTEXT_SPECIFIC, type: 0, constructed: true });
    });

    it('has exactly contentType, messageDigest and signing-certificate-v2 as signed attributes', () => {
      expect(attributes.map((attribute) => oidOf(children(attribute)[0])).sort()).toEqual(
        [forge.pki.oids.contentType, forge.pki.oids.messageDigest, OID_SIGNING_CERTIFICATE_V2].sort(),
      );
      const value = (type: string) =>
        children(children(attributes.find((attribute) => oidOf(children(attribute)[0]) === type)!)[1])[0];
      expect(oidOf(value(forge.pki.oids.contentType))).toBe(forge.pki.oids.data);
      expect(
        Buffer.from(value(forge.pki.oids.messageDigest).value as string, 'binary').equals(
          createHash('sha256').update(content).digest(),
        ),
      ).toBe(true);
    });

    it('binds the signer certificate: ESSCertIDv2 with the default SHA-256 hash of its DER and its issuer and serial', () => {
      const attribute = attributes.find((node) => oidOf(children(node)[0]) === OID_SIGNING_CERTIFICATE_V2)!;
      const certs = children(children(children(children(attribute)[1])[0])[0]);
      expect(certs).toHaveLength(1);
      const [hash, issuerSerial, ...rest] = children(certs[0]);
      expect(rest).toHaveLength(0);
      expect(hash.type).toBe(forge.asn1.Type.OCTETSTRING); // hashAlgorithm omitted: SHA-256 is the default
      expect(
        Buffer.from(hash.value as string, 'binary').equals(createHash('sha256').update(certificate).digest()),
      ).toBe(true);
      const [names, serial] = children(issuerSerial);
      const tbs = children(children(forge.asn1.fromDer(certificate.toString('binary')))[0]);
      expect(serial.value).toBe(tbs[1].value);
      expect(children(names)[0]).toMatchObject({ tagClass: forge.asn1.Class.CONTEXT_SPECIFIC, type: 4 });
      expect(der(children(children(names)[0])[0]).equals(der(tbs[3]))).toBe(true);
    });

    it('signs the DER SET of the signed attributes with the certificate key (RSA PKCS#1 v1.5, SHA-256)', () => {
      const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
      const signature = Buffer.from(signerInfo[5].value as string, 'binary');
      expect(createVerify('sha256').update(der(set)).verify(pem, signature)).toBe(true);
      expect(
        createVerify('sha256')
          .update(Buffer.concat([der(set), Buffer.from([0])]))
          .verify(pem, signature),
      ).toBe(false);
    });

    it('is accepted by an independent CMS implementation (PKI.js on WebCrypto) over the signed bytes, and only those', async () => {
      const { content, cms } = signedParts(signed);
      const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(new Uint8Array(cms)).content });
      const engine = new pkijs.CryptoEngine({
        name: 'node',
        crypto: webcrypto as pkijs.CryptoEngineParameters['crypto'],
      });
      const verify = (data: Buffer) =>
        signedData
          .verify({ signer: 0, data: new Uint8Array(data).buffer, checkChain: false, extendedMode: true }, engine)
          .catch((error: { signatureVerified?: boolean | null; message?: string }) => error);
      expect(await verify(content)).toMatchObject({ signatureVerified: true, message: '' });
      const refused = await verify(Buffer.concat([content, Buffer.from(' ')]));
      expect(refused).toMatchObject({ signatureVerified: null, message: expect.stringMatching(/Message digest/) });
    });
  });

  it('signs with a Vietnamese (UTF8String) certificate name and verifies', async () => {
    const vietnamese = makeTestCertificate('Nguyễn Thị Hằng', 'mk');
    const pdf = await signPdf(await samplePdf(), vietnamese, 'mk', {
      name: 'Nguyễn Thị Hằng',
      reason: 'Ký',
      location: 'Hà Nội',
    });
    expect(verifyPdfSignature(pdf)).toMatchObject({ valid: true, signer: 'Nguyễn Thị Hằng', pades: 'B-B' });
  });

  it('fails CERTIFICATE_NOT_BOUND when signing-certificate-v2 names another certificate than the one that signed', async () => {
    // A second certificate for the same key, issuer and serial: the RSA signature and the sid still
    // match it, only the ESS hash (of the first certificate) tells them apart.
    const material = readPkcs12(p12, 'mat-khau');
    const original = forge.pki.certificateFromAsn1(forge.asn1.fromDer(material.certificate));
    const twin = forge.pki.createCertificate();
    twin.publicKey = original.publicKey;
    twin.serialNumber = original.serialNumber;
    twin.validity.notBefore = new Date(Date.now() - 2 * 86_400_000);
    twin.validity.notAfter = original.validity.notAfter;
    twin.setSubject(original.subject.attributes);
    twin.setIssuer(original.issuer.attributes);
    twin.sign(material.privateKey, forge.md.sha256.create());
    const twinDer = forge.asn1.toDer(forge.pki.certificateToAsn1(twin)).getBytes();
    class SwappingSigner extends Signer {
      override async sign(pdf: Buffer): Promise<Buffer> {
        const cms = forge.asn1.fromDer(buildCadesSignedData(pdf, material).toString('binary'));
        const signedData = children(children(children(cms)[1])[0]);
        signedData[3].value = [forge.asn1.fromDer(twinDer)];
        return der(cms);
      }
    }
    const document = await PDFDocument.load(await samplePdf());
    pdflibAddPlaceholder({
      pdfDoc: document,
      reason: 'r',
      contactInfo: '',
      name: 'n',
      location: 'l',
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      signatureLength: 16_384,
    });
    const swapped = await new SignPdf().sign(
      Buffer.from(await document.save({ useObjectStreams: false })),
      new SwappingSigner(),
    );
    expect(verifyPdfSignature(swapped)).toMatchObject({
      valid: false,
      reason: 'CERTIFICATE_NOT_BOUND',
      detail: expect.stringMatching(/hash differs/),
    });

    const value = attributeValue(signedAttributesOf(signedParts(signed).cms), OID_SIGNING_CERTIFICATE_V2);
    expect(signingCertificateMismatch(value, forge.asn1.fromDer(material.certificate))).toBeNull();
  });

  it('still verifies a signature made before signing-certificate-v2 (forge pkcs7 with signingTime), as not PAdES-B-B', async () => {
    const document = await PDFDocument.load(await samplePdf());
    pdflibAddPlaceholder({
      pdfDoc: document,
      reason: 'r',
      contactInfo: '',
      name: 'n',
      location: 'l',
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      signatureLength: 16_384,
    });
    const at = new Date('2025-03-04T05:06:07Z');
    const legacy = await new SignPdf().sign(
      Buffer.from(await document.save({ useObjectStreams: false })),
      new P12Signer(p12, { passphrase: 'mat-khau' }),
      at,
    );
    expect(verifyPdfSignature(legacy)).toEqual({
      valid: true,
      signer: 'Le Tuan Dinh',
      signedAt: at.toISOString(),
      pades: null,
      // Intact, but this test certificate was issued after the signing time the signature states.
      trust: expect.objectContaining({ trusted: false, reason: 'NOT_VALID_AT_SIGNING' }),
    });
  });

  it('refuses a wrong passphrase', async () => {
    await expect(
      signPdf(await samplePdf(), p12, 'sai-mat-khau', { name: 'x', reason: 'x', location: 'x' }),
    ).rejects.toThrow();
  });

  it('reports a byte changed inside the signed range', () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('BAO CAO') > 0 ? tampered.indexOf('BAO CAO') : 200;
    tampered[at] = tampered[at] ^ 0x01;
    expect(verifyPdfSignature(tampered)).toMatchObject({ valid: false, reason: 'DIGEST_MISMATCH' });
  });

  it('reports a changed signature value as a bad signature', () => {
    const tampered = Buffer.from(signed);
    const { cms } = signedParts(signed);
    // The RSA signature is the last 256 bytes of the DER: flip one of its hex digits in /Contents.
    const contentsAt = tampered.indexOf(cms.subarray(0, 32).toString('hex'));
    const digit = contentsAt + (cms.length - 10) * 2;
    tampered[digit] = tampered[digit] === 0x30 ? 0x31 : 0x30;
    expect(verifyPdfSignature(tampered)).toMatchObject({ valid: false, reason: 'BAD_SIGNATURE' });
  });

  it('reports content appended after signing', () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% added later\n')]);
    expect(verifyPdfSignature(appended)).toMatchObject({ valid: false, reason: 'MODIFIED_AFTER_SIGNING' });
  });

  it('reports an unsigned PDF', async () => {
    expect(verifyPdfSignature(await samplePdf())).toMatchObject({ valid: false, reason: 'NOT_SIGNED' });
  });
});

describe('signatureValue', () => {
  it('keeps the zero bytes a CMS ends with and drops only the placeholder padding after it', () => {
    // A signature value ending in 0x00 (one RSA signature in 256 does), as the last field of the CMS.
    const value = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SEQUENCE, true, [
      forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.OCTETSTRING, false, 'signed\u0001\u0000\u0000'),
    ]);
    const hex = forge.util.bytesToHex(forge.asn1.toDer(value).getBytes());
    const parsed = signatureValue(hex + '0'.repeat(64));
    expect(((parsed.value as forge.asn1.Asn1[])[0].value as string).length).toBe(9);
    expect(forge.util.bytesToHex(forge.asn1.toDer(parsed).getBytes())).toBe(hex);
  });
});
