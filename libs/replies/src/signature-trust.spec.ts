import forge from 'node-forge';
import { generateKeyPairSync } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { makeTestCertificate } from '../../../test/setup/test-certificate.js';
import { signPdf, verifyPdfSignature } from './pdf-signature.js';
import { parseTrustedRoots } from './signature-trust.js';

const DAY = 86_400_000;

/** An RSA key pair from Node's own (fast) generator, as forge keys. */
function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(
      privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    ) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

interface Issued {
  name: string;
  certificate: forge.pki.Certificate;
  privateKey: forge.pki.rsa.PrivateKey;
}

function issue(
  name: string,
  issuer: Issued | null,
  options: { ca?: boolean; from?: number; to?: number; usage?: Record<string, boolean> } = {},
): Issued {
  const keys = keyPair();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = String(Math.floor(Math.random() * 1e9) + 1);
  certificate.validity.notBefore = new Date(Date.now() + (options.from ?? -DAY));
  certificate.validity.notAfter = new Date(Date.now() + (options.to ?? 365 * DAY));
  // A UTF8String, as a CA writes a Vietnamese name (forge's default PrintableString garbles it).
  const dn = (cn: string) => [
    { name: 'commonName', value: cn, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class },
  ];
  const subject = dn(name);
  certificate.setSubject(subject);
  certificate.setIssuer(issuer ? dn(issuer.name) : subject);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: options.ca === true },
    {
      name: 'keyUsage',
      ...(options.usage ??
        (options.ca ? { keyCertSign: true, cRLSign: true } : { digitalSignature: true, nonRepudiation: true })),
    },
  ]);
  certificate.sign(
    (issuer ?? { privateKey: keys.privateKey }).privateKey as forge.pki.rsa.PrivateKey,
    forge.md.sha256.create(),
  );
  return { name, certificate, privateKey: keys.privateKey };
}

const p12Of = (leaf: Issued, chain: forge.pki.Certificate[]) =>
  Buffer.from(
    forge.asn1
      .toDer(forge.pkcs12.toPkcs12Asn1(leaf.privateKey, [leaf.certificate, ...chain], 'mk', { algorithm: '3des' }))
      .getBytes(),
    'binary',
  );

async function signedWith(p12: Buffer): Promise<Buffer> {
  const document = await PDFDocument.create();
  document
    .addPage([595, 842])
    .drawText('CONG VAN', { x: 72, y: 760, font: await document.embedFont(StandardFonts.TimesRoman) });
  return signPdf(Buffer.from(await document.save()), p12, 'mk', {
    name: 'Ký thử',
    reason: 'Kiểm tra',
    location: 'Hà Nội',
  });
}

describe('signature trust: integrity and trust are reported separately', () => {
  const root = issue('Root CA thử nghiệm', null, { ca: true, to: 3650 * DAY });
  const intermediate = issue('CA cấp dưới thử nghiệm', root, { ca: true });
  const roots = parseTrustedRoots(forge.pki.certificateToPem(root.certificate));

  it('trusts a signer that chains through the carried intermediate to a configured root', async () => {
    const leaf = issue('Nguyễn Văn Ký', intermediate);
    const pdf = await signedWith(p12Of(leaf, [intermediate.certificate]));
    expect(verifyPdfSignature(pdf, roots)).toMatchObject({
      valid: true,
      signer: 'Nguyễn Văn Ký',
      trust: { trusted: true, chain: ['Nguyễn Văn Ký', 'CA cấp dưới thử nghiệm', 'Root CA thử nghiệm'] },
    });
    // The same signature, with no roots configured: intact, issuer unknown.
    expect(verifyPdfSignature(pdf, [])).toMatchObject({
      valid: true,
      trust: { trusted: false, reason: 'UNKNOWN_ISSUER' },
    });
  });

  it('calls a self-signed certificate a valid signature from an untrusted signer', async () => {
    const pdf = await signedWith(makeTestCertificate('Tự Ký', 'mk'));
    expect(verifyPdfSignature(pdf, roots)).toMatchObject({
      valid: true,
      signer: 'Tự Ký',
      trust: { trusted: false, reason: 'SELF_SIGNED', chain: ['Tự Ký'] },
    });
  });

  it('refuses trust to a certificate expired at signing and to one whose key may not sign', async () => {
    const expired = issue('Hết Hạn', root, { from: -30 * DAY, to: -DAY });
    expect(verifyPdfSignature(await signedWith(p12Of(expired, [])), roots)).toMatchObject({
      valid: true,
      trust: { trusted: false, reason: 'NOT_VALID_AT_SIGNING' },
    });
    const caKey = issue('Khóa CA', root, { usage: { keyCertSign: true } });
    expect(verifyPdfSignature(await signedWith(p12Of(caKey, [])), roots)).toMatchObject({
      valid: true,
      trust: { trusted: false, reason: 'KEY_USAGE' },
    });
  });

  it('refuses trust when a certificate that is not a CA issued the signer', async () => {
    const notCa = issue('Không phải CA', root);
    const leaf = issue('Người Ký', notCa);
    expect(verifyPdfSignature(await signedWith(p12Of(leaf, [notCa.certificate])), roots)).toMatchObject({
      valid: true,
      trust: { trusted: false, reason: 'CHAIN_INVALID' },
    });
  });

  it('reads roots from PEM and names a file that holds none', () => {
    expect(roots.map((r) => forge.util.decodeUtf8(r.subject.getField('CN').value))).toEqual(['Root CA thử nghiệm']);
    expect(() => parseTrustedRoots('not a certificate')).toThrow('no PEM certificate found');
  });
});
