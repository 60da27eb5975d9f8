import { readFileSync } from 'node:fs';
import { ComplianceService } from '@congvan/tasking';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const sample = (path: string) => readFileSync(new URL(`../../samples/${path}`, import.meta.url));

describe('a directive from upload to closed tasks (HTTP, real PostgreSQL, real OCR)', () => {
  let app: TestApp;
  let clerk: string;
  let catLinh: string;
  let hangBot: string;
  let leader: string;
  let documentId: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp();
    clerk = await app.signIn('clerk');
    catLinh = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    hangBot = await app.signIn('unit_admin', 'dongda.ward.hang-bot');
    leader = await app.signIn('leader', 'dongda');
  });

  afterAll(() => app.close());

  const waitForStatus = (id: string, statuses: string[]): Promise<{ status: string; failure: unknown }> =>
    app.documentWhen(clerk, id, (d) => statuses.includes(d.status));

  it('takes the upload, reads it and drafts the directive', async () => {
    const upload = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach(
        'file',
        sample('directives/dongda-2024-01-matkhau/scan-born-digital.pdf'),
        'Công văn rà soát mật khẩu.pdf',
      )
      .expect(201);
    expect(upload.body).toMatchObject({
      status: 'received',
      mimeType: 'application/pdf',
      originalName: 'Công văn rà soát mật khẩu.pdf',
      duplicate: false,
    });
    documentId = upload.body.id;
    expect(await waitForStatus(documentId, ['extracted', 'failed'])).toMatchObject({
      status: 'extracted',
      failure: null,
    });
    const { body: draft } = await app.http().get(`/documents/${documentId}/directive`).set(auth(clerk)).expect(200);
    expect(draft.extracted).toMatchObject({ system: 'state', symbol: 'UBND-NV', place: 'Đống Đa' });
    expect(draft.evidence.subject.span.end).toBeGreaterThan(draft.evidence.subject.span.start);
  });

  it('answers a second upload of the same file with the existing document', async () => {
    const again = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', sample('directives/dongda-2024-01-matkhau/scan-born-digital.pdf'), 'lan-hai.pdf')
      .expect(200);
    expect(again.body).toMatchObject({ id: documentId, duplicate: true });
  });

  it('keeps only the last segment of a file name sent with a path', async () => {
    const { body } = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', sample('directives/myduc-2024-08-matkhau/scan-born-digital.pdf'), '../../etc/công-văn.pdf')
      .expect(201);
    expect(body.originalName).toBe('công-văn.pdf');
  });

  it('draws each page as a JPEG for the review screen, and answers a page it does not have with a bilingual 404', async () => {
    const image = await app
      .http()
      .get(`/documents/${documentId}/pages/1/image`)
      .set(auth(clerk))
      .buffer(true)
      .expect(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect((image.body as Buffer).subarray(0, 3).toString('hex')).toBe('ffd8ff');
    const missing = await app.http().get(`/documents/${documentId}/pages/7/image`).set(auth(clerk)).expect(404);
    expect(missing.body).toMatchObject({
      code: 'PAGE_NOT_FOUND',
      message: 'Văn bản không có trang 8 (chỉ có 2 trang).',
    });
    await app.http().get(`/documents/${documentId}/pages/0/image`).set(auth(catLinh)).expect(403);
  });

  it('refuses a file that is not a document, in both languages, keeping the original', async () => {
    const response = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', sample('bad/not-a-document.pdf'), 'hoa-don.pdf')
      .expect(415);
    expect(response.body).toMatchObject({
      code: 'UNSUPPORTED_FILE_TYPE',
      message: expect.stringMatching(/[À-ỹ]/),
      messageEn: expect.any(String),
    });
    const kept = await app
      .http()
      .get(`/documents/${response.body.details.documentId}/original`)
      .set(auth(clerk))
      .expect(200);
    expect(Buffer.compare(kept.body as Buffer, sample('bad/not-a-document.pdf'))).toBe(0);
    expect(kept.headers['content-disposition']).toMatch(/^attachment/);
    expect(kept.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps the clerk correction beside the extracted version and refuses an invalid one', async () => {
    const { body: draft } = await app.http().get(`/documents/${documentId}/directive`).set(auth(clerk)).expect(200);
    await app
      .http()
      .patch(`/documents/${documentId}/directive`)
      .set(auth(clerk))
      .send({ ...draft.current, date: 'tháng một' })
      .expect(422);
    const corrected = { ...draft.current, number: '152' };
    const { body } = await app
      .http()
      .patch(`/documents/${documentId}/directive`)
      .set(auth(clerk))
      .send(corrected)
      .expect(200);
    expect(body.reviewed.number).toBe('152');
    expect(body.extracted.number).toBeNull();
    await app.http().post(`/documents/${documentId}/confirm`).set(auth(clerk)).expect(200);
  });

  it('dispatches one task per requirement and unit, once', async () => {
    const preview = await app.http().get(`/documents/${documentId}/dispatch-preview`).set(auth(clerk)).expect(200);
    const wards = preview.body.lines.find((l: { line: string }) => l.line.includes('21 phường'));
    expect(wards.groups[0].codes).toHaveLength(21);
    expect(preview.body.lines.flatMap((l: { flags: unknown[] }) => l.flags)).toEqual([]);
    const first = await app.http().post(`/documents/${documentId}/dispatch`).set(auth(clerk)).send({});
    expect(first.status).toBe(200);
    expect(first.body.created).toBeGreaterThan(21 * 5);
    const second = await app.http().post(`/documents/${documentId}/dispatch`).set(auth(clerk)).send({}).expect(200);
    expect(second.body).toMatchObject({ created: 0, alreadyDispatched: true });
  });

  it("shows a ward admin its own tasks only, and another unit's task as not found", async () => {
    const mine = await app.http().get('/tasks').set(auth(catLinh)).expect(200);
    const catLinhId = await app.unitId('dongda.ward.cat-linh');
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((t: { unitId: string }) => t.unitId === catLinhId)).toBe(true);
    const report = mine.body.items.find((t: { requirementRef: string }) => t.requirementRef === '1.4');
    expect(report).toMatchObject({ dueOn: '2024-01-24', reportTo: ['UBND quận (qua phòng Nội vụ)'] });
    await app.http().get(`/tasks/${report.id}`).set(auth(hangBot)).expect(404);
    await app.http().post(`/tasks/${report.id}/close`).set(auth(hangBot)).expect(404);
  });

  it('takes a report with an attachment, closes once under a race, and refuses a report after close', async () => {
    const [task] = (await app.http().get('/tasks?status=open').set(auth(catLinh)).expect(200)).body.items;
    await app.http().post(`/tasks/${task.id}/close`).set(auth(catLinh)).expect(409);
    await app
      .http()
      .post(`/tasks/${task.id}/responses`)
      .set(auth(catLinh))
      .field('text', 'Phường Cát Linh đã hoàn thành việc đổi mật khẩu.')
      .attach('files', sample('directives/myduc-2024-08-matkhau/scan-born-digital.pdf'), 'bao-cao.pdf')
      .expect(201);
    await app
      .http()
      .post(`/tasks/${task.id}/responses`)
      .set(auth(catLinh))
      .field('text', 'x')
      .attach('files', Buffer.from('MZ\x90\x00 not a document'), 'virus.exe')
      .expect(415);
    const closes = await Promise.all([1, 2].map(() => app.http().post(`/tasks/${task.id}/close`).set(auth(catLinh))));
    expect(closes.map((r) => r.status).sort()).toEqual([200, 409]);
    await app.http().post(`/tasks/${task.id}/responses`).set(auth(catLinh)).field('text', 'Bổ sung').expect(409);
    const { body } = await app.http().get(`/tasks/${task.id}`).set(auth(catLinh)).expect(200);
    expect(body.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['open', 'closed']);
    expect(body.responses[0].attachments[0]).toMatchObject({ name: 'bao-cao.pdf', mimeType: 'application/pdf' });
  });

  it('lets the issuer return a report with a reason and shows compliance per unit', async () => {
    const [closed] = (await app.http().get('/tasks?status=closed').set(auth(clerk)).expect(200)).body.items;
    for (const body of [{}, { reason: '  ' }]) {
      const refused = await app.http().post(`/tasks/${closed.id}/return`).set(auth(leader)).send(body).expect(422);
      expect(refused.body).toMatchObject({ code: 'RETURN_REASON_REQUIRED', message: expect.stringContaining('lý do') });
    }
    await app
      .http()
      .post(`/tasks/${closed.id}/return`)
      .set(auth(leader))
      .send({ reason: 'Thiếu danh sách tài khoản đã đổi mật khẩu.' })
      .expect(200);
    const { body: rows } = await app.http().get(`/documents/${documentId}/compliance`).set(auth(leader)).expect(200);
    const catLinhRow = rows.find((r: { unitName: string }) => r.unitName.endsWith('Cát Linh'));
    expect(catLinhRow.notReported).toBe(catLinhRow.total);
    expect(rows.length).toBeGreaterThan(21);
    const admin = await app.signIn('system_admin');
    const audit = await app.http().get('/audit?action=task.returned').set(auth(admin)).expect(200);
    expect(audit.body).toHaveLength(1);
  });

  it('reminds overdue tasks once a day and exports the register as CSV', async () => {
    const tasking = app.running.app.get(ComplianceService);
    const reminded = await tasking.remindOverdue();
    expect(reminded).toBeGreaterThan(21);
    expect(await tasking.remindOverdue()).toBe(0);
    const mine = await app.http().get('/tasks').set(auth(catLinh)).expect(200);
    expect(mine.body.items.filter((t: { overdue: boolean }) => t.overdue).length).toBeGreaterThan(0);
    const csv = await app.http().get(`/tasks/register.csv?documentId=${documentId}`).set(auth(catLinh)).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0].replace(/^\uFEFF/, '')).toBe('Văn bản,Yêu cầu,Đơn vị,Hạn,Trạng thái,Đóng lúc,Nội dung');
    expect(lines.slice(1).every((line: string) => line.includes('Ủy ban nhân dân phường Cát Linh'))).toBe(true);
  });
});
