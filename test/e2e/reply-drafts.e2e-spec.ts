import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import sharp from 'sharp';
import { makeTestCertificate } from '../setup/test-certificate.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { keepBytes } from '../setup/http.js';

const directive = JSON.parse(
  readFileSync(new URL('../../samples/directives/dongda-2024-01-matkhau/expected.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** The text and the embedded image sizes of a PDF, as pdf.js reads them. */
async function readPdf(pdf: Buffer): Promise<{ text: string; images: Array<{ width: number; height: number }> }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    const { text } = await parser.getText();
    const { pages } = await parser.getImage({ imageThreshold: 0, imageBuffer: false, imageDataUrl: false });
    return { text, images: pages.flatMap((page) => page.images.map(({ width, height }) => ({ width, height }))) };
  } finally {
    await parser.destroy();
  }
}

/** Visible text of an HTML page, tags dropped, spaces collapsed (non-breaking ones kept). */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[ \t\r\n]+/g, ' ');

describe('reply drafts from task data, the reply list, signature images and user templates (real chromium, real PostgreSQL)', () => {
  let app: TestApp;
  let clerk: string;
  let catLinhAdmin: string;
  let hangBotAdmin: string;
  let catLinhLeader: string;
  let districtLeader: string;
  let documentId: string;
  let catLinhId: string;
  let districtId: string;
  const replyIds: Record<string, string> = {};
  const p12 = makeTestCertificate('Nguyen Thi Chu Tich', 'mat-khau-ky');
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp();
    clerk = await app.signIn('clerk');
    catLinhAdmin = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    hangBotAdmin = await app.signIn('unit_admin', 'dongda.ward.hang-bot');
    catLinhLeader = await app.signIn('leader', 'dongda.ward.cat-linh');
    districtLeader = await app.signIn('leader', 'dongda');
    catLinhId = await app.unitId('dongda.ward.cat-linh');
    districtId = await app.unitId('dongda');

    // The directive as the clerk confirmed it (the OCR and extraction path is covered by directive-flow).
    documentId = await app.confirmedDirective(directive, {
      sha256: 'e2e-reply-drafts',
      originalName: 'cong-van-mat-khau.pdf',
      pageCount: 2,
    });
    await app.http().post(`/documents/${documentId}/dispatch`).set(auth(clerk)).send({}).expect(200);

    // Hàng Bột reported everything, some of it after the due day; Kim Liên everything in time; the others nothing.
    await app.dataSource.query(`UPDATE task SET status = 'closed', closed_at = now() WHERE unit_id = $1`, [
      await app.unitId('dongda.ward.hang-bot'),
    ]);
    await app.dataSource.query(
      `UPDATE task SET status = 'closed', closed_at = coalesce(due_on::timestamp - interval '1 day', now()) WHERE unit_id = $1`,
      [await app.unitId('dongda.ward.kim-lien')],
    );
  });

  afterAll(() => app.close());

  async function catLinhReportTask(): Promise<string> {
    const { body } = await app
      .http()
      .get(`/tasks?documentId=${documentId}&status=open`)
      .set(auth(catLinhAdmin))
      .expect(200);
    return body.items.find((task: { requirementRef: string }) => task.requirementRef === '1.4').id;
  }

  it("drafts a unit's report from its task: citation, Kính gửi the issuer, body from its answers", async () => {
    const taskId = await catLinhReportTask();
    await app.answerTask(catLinhAdmin, taskId, 'Phường Cát Linh đã thay đổi mật khẩu 15/15 tài khoản người dùng.');
    await app.http().post('/replies/drafts/unit-report').set(auth(hangBotAdmin)).send({ taskId }).expect(404);
    const { body } = await app
      .http()
      .post('/replies/drafts/unit-report')
      .set(auth(catLinhAdmin))
      .send({ taskId })
      .expect(201);
    expect(body).toMatchObject({
      kind: 'unit_report',
      system: 'state',
      status: 'draft',
      docType: 'BC',
      number: null,
      documentId,
      issuerUnitId: catLinhId,
    });
    replyIds.unitReport = body.id;
    const html = await app.http().get(`/replies/${body.id}/preview`).set(auth(catLinhAdmin)).expect(200);
    const text = textOf(html.text);
    expect(text).toContain('ỦY BAN NHÂN DÂN QUẬN ĐỐNG ĐA ỦY BAN NHÂN DÂN PHƯỜNG CÁT LINH');
    expect(text).toContain('Kính gửi: Ủy ban nhân dân quận Đống Đa (qua phòng Nội vụ)');
    expect(text).toMatch(
      /Thực hiện Công văn số \u00a0+\/UBND-NV tháng 01\/2024 của Ủy ban nhân dân quận Đống Đa về việc rà soát thay đổi mật khẩu/,
    );
    expect(text).toContain('Phường Cát Linh đã thay đổi mật khẩu 15/15 tài khoản người dùng.');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH');
    expect(text).toContain('[Họ và tên người ký]');
  });

  it('drafts the summary report with a results table per unit from compliance', async () => {
    await app.http().post('/replies/drafts/summary').set(auth(catLinhAdmin)).send({ documentId }).expect(403);
    const { body } = await app.http().post('/replies/drafts/summary').set(auth(clerk)).send({ documentId }).expect(201);
    expect(body).toMatchObject({ kind: 'summary_report', docType: 'BC', issuerUnitId: districtId, status: 'draft' });
    replyIds.summary = body.id;
    const text = textOf((await app.http().get(`/replies/${body.id}/preview`).set(auth(clerk)).expect(200)).text);
    expect(text).toContain('BÁO CÁO Tổng hợp kết quả rà soát thay đổi mật khẩu');
    expect(text).toContain('STT Đơn vị Kết quả Ngày báo cáo');
    expect(text).toMatch(/\d+ Ủy ban nhân dân phường Kim Liên Đã báo cáo đúng hạn \d{1,2}\/\d{1,2}\/\d{4}/);
    expect(text).toMatch(/\d+ Ủy ban nhân dân phường Hàng Bột Báo cáo chậm \d{1,2}\/\d{1,2}\/\d{4}/);
    expect(text).toMatch(/\d+ Ủy ban nhân dân phường Cát Linh Chưa báo cáo /);
    expect(text).toMatch(/đã báo cáo đúng hạn: 01 \(một\); báo cáo chậm: 01 \(một\); chưa báo cáo: \d+/);
  });

  it('drafts a reminder to the units that have not reported, with a new deadline', async () => {
    const { body } = await app
      .http()
      .post('/replies/drafts/reminder')
      .set(auth(clerk))
      .send({ documentId })
      .expect(201);
    expect(body).toMatchObject({ kind: 'reminder', docType: 'CV', issuerUnitId: districtId });
    replyIds.reminder = body.id;
    expect(body.model.recipients).toContain('Ủy ban nhân dân phường Cát Linh');
    expect(body.model.recipients).not.toContain('Ủy ban nhân dân phường Kim Liên');
    expect(body.model.recipients).not.toContain('Ủy ban nhân dân phường Hàng Bột');
    expect(body.model.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const text = textOf((await app.http().get(`/replies/${body.id}/preview`).set(auth(clerk)).expect(200)).text);
    expect(text).toContain('V/v đôn đốc báo cáo kết quả rà soát thay đổi mật khẩu');
    expect(text).toMatch(/Kính gửi: .*- Ủy ban nhân dân phường Cát Linh;/);
    const [y, m, d] = body.model.deadline.split('-');
    expect(text).toContain(`gửi báo cáo kết quả trước ngày ${d}/${Number(m) <= 2 ? m : Number(m)}/${y}./.`);
  });

  it('lists replies newest first, scoped to the body a leader signs for and a unit admin’s own unit', async () => {
    // The draft leaves the ward's địa danh and the signer's name to fill in: submission names them.
    const refused = await app.http().post(`/replies/${replyIds.unitReport}/submit`).set(auth(catLinhAdmin)).expect(422);
    expect(refused.body).toMatchObject({ code: 'DRAFT_INCOMPLETE' });
    expect(refused.body.message).toContain('Họ và tên người ký');
    const { body: draft } = await app.http().get(`/replies/${replyIds.unitReport}`).set(auth(catLinhAdmin)).expect(200);
    // Dates typed the Vietnamese way are taken (they were a 500), and stored as ISO.
    const { body: edited } = await app
      .http()
      .patch(`/replies/${replyIds.unitReport}`)
      .set(auth(catLinhAdmin))
      .send({
        model: {
          ...draft.model,
          place: 'Đống Đa',
          date: '30/11/2026',
          signer: { ...draft.model.signer, name: 'Nguyễn Văn Bình' },
        },
      })
      .expect(200);
    expect(edited.model.date).toBe('2026-11-30');
    const badDate = await app
      .http()
      .patch(`/replies/${replyIds.unitReport}`)
      .set(auth(catLinhAdmin))
      .send({ model: { ...edited.model, date: '31/02/2026' } })
      .expect(422);
    expect(badDate.body).toMatchObject({ code: 'INVALID_DATE', message: expect.stringContaining('30/11/2026') });
    await app.http().post(`/replies/${replyIds.unitReport}/submit`).set(auth(catLinhAdmin)).expect(200);
    const all = await app.http().get(`/replies?documentId=${documentId}`).set(auth(clerk)).expect(200);
    expect(all.body.map((r: { id: string }) => r.id)).toEqual([
      replyIds.reminder,
      replyIds.summary,
      replyIds.unitReport,
    ]);
    expect(all.body[2]).toEqual({
      id: replyIds.unitReport,
      kind: 'unit_report',
      system: 'state',
      status: 'submitted',
      docType: 'BC',
      number: null,
      year: null,
      documentId,
      issuerUnitId: catLinhId,
      subject: 'Kết quả rà soát thay đổi mật khẩu tài khoản quản trị và tài khoản người dùng các phần mềm ứng dụng',
      returnedReason: null,
      createdAt: expect.any(String),
      signedAt: null,
    });
    const submitted = await app.http().get('/replies?status=submitted').set(auth(catLinhLeader)).expect(200);
    expect(submitted.body.map((r: { id: string }) => r.id)).toEqual([replyIds.unitReport]);
    const district = await app.http().get('/replies').set(auth(districtLeader)).expect(200);
    expect(district.body.map((r: { id: string }) => r.id)).toEqual([replyIds.reminder, replyIds.summary]);
    expect((await app.http().get('/replies').set(auth(catLinhAdmin)).expect(200)).body).toHaveLength(1);
    expect((await app.http().get('/replies').set(auth(hangBotAdmin)).expect(200)).body).toEqual([]);
    const page = await app
      .http()
      .get(`/replies?documentId=${documentId}&limit=1&offset=1`)
      .set(auth(clerk))
      .expect(200);
    expect(page.body.map((r: { id: string }) => r.id)).toEqual([replyIds.summary]);
    await app.http().get('/replies?status=lost').set(auth(clerk)).expect(400);
  });

  it('places a signature image in the signer block before the PAdES signature, and the PDF still verifies', async () => {
    const id = replyIds.unitReport;
    const notAnImage = await app
      .http()
      .post(`/replies/${id}/sign`)
      .set(auth(catLinhLeader))
      .field('passphrase', 'mat-khau-ky')
      .attach('certificate', p12, 'ky.p12')
      .attach('signatureImage', Buffer.from('%PDF-1.4 not an image'), 'chu-ky.png')
      .expect(415);
    expect(notAnImage.body).toMatchObject({
      code: 'BAD_SIGNATURE_IMAGE',
      message: expect.stringContaining('Ảnh chữ ký'),
    });
    const image = await sharp({
      create: { width: 240, height: 90, channels: 4, background: { r: 20, g: 40, b: 200, alpha: 1 } },
    })
      .png()
      .toBuffer();
    const { body } = await app
      .http()
      .post(`/replies/${id}/sign`)
      .set(auth(catLinhLeader))
      .field('passphrase', 'mat-khau-ky')
      .attach('certificate', p12, 'ky.p12')
      .attach('signatureImage', image, 'chu-ky.png')
      .expect(200);
    expect(body).toMatchObject({ status: 'signed', number: 1 });
    // The author had to fill in the signer's name before submitting it; signing keeps it.
    expect(body.model.signer.name).toBe('Nguyễn Văn Bình');
    expect(body.model.signatureImage).toBeUndefined();
    const pdf = await app.http().get(`/replies/${id}/pdf`).set(auth(clerk)).buffer(true).parse(keepBytes).expect(200);
    const verdict = await app
      .http()
      .post('/replies/verify')
      .set(auth(clerk))
      .attach('file', pdf.body as Buffer, 'ban-ky.pdf')
      .expect(200);
    expect(verdict.body).toMatchObject({ valid: true, signer: 'Nguyen Thi Chu Tich' });
    const { text, images } = await readPdf(pdf.body as Buffer);
    expect(images).toContainEqual({ width: 240, height: 90 });
    expect(text).toContain(body.model.signer.name);
    expect(text).not.toContain('[Họ và tên người ký]');
  });

  it('refuses an invalid user template with a bilingual 400, and renders a reply with a valid one', async () => {
    const bad = await app
      .http()
      .post('/templates')
      .set(auth(clerk))
      .send({ name: 'Mẫu lỗi', kind: 'unit_report', system: 'state', source: '<main>{{{subject}}}</main>' })
      .expect(400);
    expect(bad.body).toMatchObject({
      code: 'TEMPLATE_INVALID',
      message: expect.stringContaining('không được dùng {{{ }}}'),
      messageEn: expect.stringContaining('unescaped output'),
    });
    const unknown = await app
      .http()
      .post('/templates')
      .set(auth(clerk))
      .send({ name: 'Mẫu lỗi', kind: 'unit_report', system: 'state', source: '{{> chan-trang}}' })
      .expect(400);
    expect(unknown.body.messageEn).toContain('unknown partial "chan-trang"');
    await app
      .http()
      .post('/templates')
      .set(auth(catLinhAdmin))
      .send({ name: 'x', kind: 'unit_report', system: 'state', source: 'x' })
      .expect(403);

    const source =
      '<main class="document">\n{{> header-state}}\n{{> title type="BÁO CÁO"}}\n{{> recipients}}\n<p class="para">Mẫu riêng của đơn vị: {{citation citation}}.</p>\n{{> body}}\n{{> footer}}\n</main>';
    const { body: template } = await app
      .http()
      .post('/templates')
      .set(auth(clerk))
      .send({ name: 'Báo cáo ngắn', kind: 'unit_report', system: 'state', source })
      .expect(201);
    const listed = await app.http().get('/templates').set(auth(catLinhAdmin)).expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ id: template.id, name: 'Báo cáo ngắn', kind: 'unit_report', system: 'state' }),
    ]);
    expect(listed.body[0].source).toBeUndefined();

    const { body: draft } = await app.http().get(`/replies/${replyIds.unitReport}`).set(auth(clerk)).expect(200);
    const create = (templateId: string, kind = 'unit_report') =>
      app
        .http()
        .post('/replies')
        .set(auth(catLinhAdmin))
        .send({
          kind,
          system: 'state',
          issuerUnitId: catLinhId,
          docType: 'BC',
          documentId,
          templateId,
          model: { ...draft.model, number: null },
        });
    await create(template.id, 'summary_report').expect(400);
    await create('00000000-0000-4000-8000-000000000000').expect(404);
    const { body: reply } = await create(template.id).expect(201);
    expect(reply.templateId).toBe(template.id);
    const text = textOf(
      (await app.http().get(`/replies/${reply.id}/preview`).set(auth(catLinhAdmin)).expect(200)).text,
    );
    expect(text).toContain('Mẫu riêng của đơn vị: Thực hiện Công văn số');
    const pdf = await app
      .http()
      .get(`/replies/${reply.id}/pdf`)
      .set(auth(catLinhAdmin))
      .buffer(true)
      .parse(keepBytes)
      .expect(200);
    expect((await readPdf(pdf.body as Buffer)).text.replace(/\s+/g, ' ')).toContain('Mẫu riêng của đơn vị');
  });

  it('lets the author edit a draft, not a signed document', async () => {
    const { body } = await app.http().get(`/replies/${replyIds.summary}`).set(auth(clerk)).expect(200);
    const edited = await app
      .http()
      .patch(`/replies/${replyIds.summary}`)
      .set(auth(clerk))
      .send({ model: { ...body.model, signer: { ...body.model.signer, name: 'Nguyễn Văn An' } } })
      .expect(200);
    expect(edited.body.model.signer.name).toBe('Nguyễn Văn An');
    await app
      .http()
      .patch(`/replies/${replyIds.unitReport}`)
      .set(auth(catLinhAdmin))
      .send({ model: body.model })
      .expect(409);
  });
});
