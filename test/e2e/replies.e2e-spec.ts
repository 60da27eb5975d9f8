import { makeTestCertificate } from '../setup/test-certificate.js';
import { sampleReplyModel } from '@congvan/rendering';
import { keepBytes } from '../setup/http.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('reply documents: draft, submit, sign with a number, verify (real chromium, real PostgreSQL)', () => {
  let app: TestApp;
  let wardAdmin: string;
  let wardLeader: string;
  let otherLeader: string;
  let clerk: string;
  let issuerUnitId: string;
  const p12 = makeTestCertificate('Nguyen Van Lanh Dao', 'khoa-bi-mat');
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp();
    issuerUnitId = await app.unitId('dongda.ward.cat-linh');
    wardAdmin = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    wardLeader = await app.signIn('leader', 'dongda.ward.cat-linh');
    otherLeader = await app.signIn('leader', 'dongda.ward.hang-bot');
    clerk = await app.signIn('clerk');
  });

  afterAll(() => app.close());

  async function draftAndSubmit(): Promise<string> {
    const model = { ...sampleReplyModel('unit_report', 'state'), date: '2024-01-22' };
    const { body } = await app
      .http()
      .post('/replies')
      .set(auth(wardAdmin))
      .send({ kind: 'unit_report', system: 'state', issuerUnitId, docType: 'BC', model })
      .expect(201);
    expect(body).toMatchObject({ status: 'draft', number: null });
    await app.http().post(`/replies/${body.id}/submit`).set(auth(wardAdmin)).expect(200);
    return body.id;
  }

  const sign = (id: string, token: string, passphrase = 'khoa-bi-mat') =>
    app
      .http()
      .post(`/replies/${id}/sign`)
      .set(auth(token))
      .field('passphrase', passphrase)
      .attach('certificate', p12, 'lanh-dao.p12');

  it('previews the draft as escaped HTML', async () => {
    const id = await draftAndSubmit();
    const html = await app.http().get(`/replies/${id}/preview`).set(auth(wardAdmin)).expect(200);
    expect(html.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('refuses a leader of another body and a wrong passphrase, giving no number', async () => {
    const id = await draftAndSubmit();
    // Another body's leader does not see the document at all (object access: 404, not 403).
    await sign(id, otherLeader).expect(404);
    const wrong = await sign(id, wardLeader, 'sai').expect(422);
    expect(wrong.body.code).toBe('BAD_CERTIFICATE');
    const { body } = await app.http().get(`/replies/${id}`).set(auth(wardAdmin)).expect(200);
    expect(body).toMatchObject({ status: 'submitted', number: null });
  });

  it('numbers concurrent signings 1, 2, 3 ... without a gap or a repeat, and the PDFs verify', async () => {
    const ids = await Promise.all([1, 2, 3].map(() => draftAndSubmit()));
    const signed = await Promise.all(ids.map((id) => sign(id, wardLeader)));
    expect(signed.map((r) => r.status)).toEqual([200, 200, 200]);
    const numbers = signed.map((r) => r.body.number).sort((a, b) => a - b);
    // The refused signings before gave no number, so the register starts at 1.
    expect(numbers).toEqual([1, 2, 3]);
    const pdf = await app
      .http()
      .get(`/replies/${ids[0]}/pdf`)
      .set(auth(clerk))
      .buffer(true)
      .parse(keepBytes)
      .expect(200);
    const ok = await app
      .http()
      .post('/replies/verify')
      .set(auth(clerk))
      .attach('file', pdf.body as Buffer, 'ban-ky.pdf')
      .expect(200);
    expect(ok.body).toMatchObject({ valid: true, signer: 'Nguyen Van Lanh Dao', pades: 'B-B' });
    const tampered = Buffer.from(pdf.body as Buffer);
    tampered[Math.floor(tampered.length / 3)] ^= 0x20;
    const bad = await app
      .http()
      .post('/replies/verify')
      .set(auth(clerk))
      .attach('file', tampered, 'sua.pdf')
      .expect(200);
    expect(bad.body.valid).toBe(false);
    await app.http().post(`/replies/${ids[0]}/issue`).set(auth(clerk)).expect(200);
    const audit = await app
      .http()
      .get('/audit?action=reply.signed')
      .set(auth(await app.signIn('system_admin')))
      .expect(200);
    expect(audit.body).toHaveLength(3);
  });

  it('lets the leader return a submitted document with a reason', async () => {
    const id = await draftAndSubmit();
    const { body } = await app
      .http()
      .post(`/replies/${id}/return`)
      .set(auth(wardLeader))
      .send({ reason: 'Bổ sung số liệu tháng 01.' })
      .expect(200);
    expect(body).toMatchObject({ status: 'returned', returnedReason: 'Bổ sung số liệu tháng 01.' });
    await sign(id, wardLeader).expect(409);
  });
});

describe('reply drafts on a server whose configured font folder is missing', () => {
  let app: TestApp;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp({ DOCUMENT_FONT_DIR: '/nonexistent/fonts' });
  });

  afterAll(() => app.close());

  it('still creates and edits drafts; the page itself is 503 FONT_MISSING, never 500, and the DOCX needs no font', async () => {
    const token = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    const issuerUnitId = await app.unitId('dongda.ward.cat-linh');
    const model = sampleReplyModel('unit_report', 'state');
    const { body } = await app
      .http()
      .post('/replies')
      .set(auth(token))
      .send({ kind: 'unit_report', system: 'state', issuerUnitId, docType: 'BC', model })
      .expect(201);
    await app
      .http()
      .patch(`/replies/${body.id}`)
      .set(auth(token))
      .send({ model: { ...model, subject: 'Kết quả rà soát (sửa)' } })
      .expect(200);
    const preview = await app.http().get(`/replies/${body.id}/preview`).set(auth(token)).expect(503);
    expect(JSON.parse(preview.text)).toMatchObject({
      code: 'FONT_MISSING',
      message: expect.stringContaining('phông chữ'),
      messageEn: expect.stringContaining('/nonexistent/fonts'),
    });
    await app.http().get(`/replies/${body.id}/docx`).set(auth(token)).expect(200);
  });
});
