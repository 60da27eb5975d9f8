import { makeTestCertificate } from '../../../test/setup/test-certificate.js';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { signPdf, verifyPdfSignature } from './pdf-signature.js';


async function samplePdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawText('BAO CAO KET QUA THUC HIEN', { x: 72, y: 760, font: await document.embedFont(StandardFonts.TimesRoman), size: 14 });
  return Buffer.from(await document.save());
}

describe('signPdf / verifyPdfSignature', () => {
  const p12 = makeTestCertificate('Le Tuan Dinh', 'mat-khau');
  let signed: Buffer;

  beforeAll(async () => {
    signed = await signPdf(await samplePdf(), p12, 'mat-khau', { name: 'Lê Tuấn Định', reason: 'Ký ban hành', location: 'Đống Đa' });
  });

  it('produces a signature that verifies and names the signer', () => {
    const verdict = verifyPdfSignature(signed);
    expect(verdict).toMatchObject({ valid: true, signer: 'Le Tuan Dinh' });
    expect(signed.toString('latin1')).toContain('/SubFilter /ETSI.CAdES.detached');
  });

  it('reports a byte changed inside the signed range', () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('BAO CAO') > 0 ? tampered.indexOf('BAO CAO') : 200;
    tampered[at] = tampered[at] ^ 0x01;
    expect(verifyPdfSignature(tampered)).toMatchObject({ valid: false, reason: 'DIGEST_MISMATCH' });
  });

  it('reports content appended after signing', () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% added later\n')]);
    expect(verifyPdfSignature(appended)).toMatchObject({ valid: false, reason: 'MODIFIED_AFTER_SIGNING' });
  });

  it('reports an unsigned PDF', async () => {
    expect(verifyPdfSignature(await samplePdf())).toMatchObject({ valid: false, reason: 'NOT_SIGNED' });
  });
});
