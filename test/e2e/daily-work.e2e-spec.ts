import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { AUDIT_ACTION_LABELS, ROLE_LABELS } from '@congvan/auth';
import { DOCUMENT_STATUS_LABELS } from '@congvan/documents';
import { addDays, TASK_STATUS_LABELS, vietnamToday } from '@congvan/tasking';
import { accountReviewDueYesterday, requirement, WARDS_LINE, wardsDirective } from '../setup/directives.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { keepBytes } from '../setup/http.js';

const PDF = resolve('samples/directives/dongda-2024-01-matkhau/scan-born-digital.pdf');
const PNG = resolve('samples/directives/dongda-2024-01-matkhau/scan-clean-300-p2.png');

describe("the issuer's daily work: a unit's answers from the board, chosen reminders, attachments (HTTP, real PostgreSQL)", () => {
  let app: TestApp;
  const tokens = { clerk: '', otherClerk: '', catLinh: '', hangBot: '', leader: '' };
  const units = { catLinh: '', hangBot: '', anMy: '' };
  let documentId = '';
  let catLinhTask = '';
  let hangBotTask = '';
  let catLinhResponse = '';
  let hangBotResponse = '';
  const today = vietnamToday();
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp();
    tokens.clerk = await app.signIn('clerk', 'dongda');
    tokens.otherClerk = await app.signIn('clerk', 'myduc.huyen-uy');
    tokens.catLinh = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    tokens.hangBot = await app.signIn('unit_admin', 'dongda.ward.hang-bot');
    tokens.leader = await app.signIn('leader', 'dongda');
    units.catLinh = await app.unitId('dongda.ward.cat-linh');
    units.hangBot = await app.unitId('dongda.ward.hang-bot');
    units.anMy = await app.unitId('myduc.dang-uy.an-my');
    const directive = wardsDirective(
      today,
      [
        accountReviewDueYesterday(today),
        requirement('2', 'Báo cáo kết quả thực hiện', { date: addDays(today, 10), text: 'chậm nhất mười ngày nữa' }),
      ],
      { system: 'state', docType: 'Công văn' },
    );
    documentId = await app.confirmedDirective(directive, { organisation: 'dongda' });
    await app.dispatchTo(tokens.clerk, documentId, WARDS_LINE, [units.catLinh, units.hangBot]);
    const taskOf = async (unitId: string) =>
      (await app.dataSource.query(`SELECT id FROM task WHERE unit_id = $1 AND requirement_ref = '1'`, [unitId]))[0]
        .id as string;
    [catLinhTask, hangBotTask] = [await taskOf(units.catLinh), await taskOf(units.hangBot)];
    const answer = (token: string, taskId: string, files: string[]) =>
      app.answerTask(
        token,
        taskId,
        'Đã rà soát xong.',
        files.map((file) => ({ file, name: `Báo cáo ${file.slice(-3)}.${file.slice(-3)}` })),
      );
    catLinhResponse = await answer(tokens.catLinh, catLinhTask, [PDF, PNG]);
    hangBotResponse = await answer(tokens.hangBot, hangBotTask, [PDF]);
  });

  afterAll(() => app?.close());

  /** Polls the document until `done(status)`; returns the status. */
  const waitFor = async (id: string, done: (status: string) => boolean): Promise<string> =>
    (await app.documentWhen(tokens.clerk, id, (d) => done(d.status))).status;

  describe('GET /documents/:id/compliance/:unitId', () => {
    it("opens a unit's row: its tasks of the directive, each with its answers and attachments", async () => {
      const { body } = await app
        .http()
        .get(`/documents/${documentId}/compliance/${units.catLinh}`)
        .set(auth(tokens.clerk))
        .expect(200);
      expect(body.unitName).toBe('Ủy ban nhân dân phường Cát Linh');
      expect(body.tasks.map((t: { requirementRef: string }) => t.requirementRef)).toEqual(['1', '2']);
      expect(body.tasks.every((t: { unitId: string }) => t.unitId === units.catLinh)).toBe(true);
      expect(body.tasks[0]).toMatchObject({ id: catLinhTask, overdue: true, status: 'open' });
      expect(body.tasks[0].responses).toHaveLength(1);
      expect(body.tasks[0].responses[0]).toMatchObject({ id: catLinhResponse, text: 'Đã rà soát xong.' });
      expect(body.tasks[0].responses[0].attachments.map((a: { mimeType: string }) => a.mimeType)).toEqual([
        'application/pdf',
        'image/png',
      ]);
      expect(body.tasks[1].responses).toEqual([]);
    });

    it('answers 404 for a unit with no task of it, and for another organisation, 403 for a unit admin', async () => {
      const none = await app
        .http()
        .get(`/documents/${documentId}/compliance/${units.anMy}`)
        .set(auth(tokens.clerk))
        .expect(404);
      expect(none.body).toMatchObject({
        code: 'UNIT_NOT_TASKED',
        message: 'Đơn vị không có nhiệm vụ nào của văn bản này.',
      });
      await app
        .http()
        .get(`/documents/${documentId}/compliance/${units.catLinh}`)
        .set(auth(tokens.otherClerk))
        .expect(404);
      await app
        .http()
        .get(`/documents/${documentId}/compliance/${units.catLinh}`)
        .set(auth(tokens.catLinh))
        .expect(403);
    });
  });

  describe('POST /documents/:id/remind with unitIds', () => {
    const reminded = async () =>
      Object.fromEntries(
        (
          (await app.dataSource.query(
            `SELECT unit_id, count(*) FILTER (WHERE last_reminded_at IS NOT NULL)::int AS n FROM task WHERE document_id = $1 GROUP BY unit_id`,
            [documentId],
          )) as Array<{ unit_id: string; n: number }>
        ).map((row) => [row.unit_id, row.n]),
      );

    it('reminds only the unit chosen, every task it has not reported when asked', async () => {
      const { body } = await app
        .http()
        .post(`/documents/${documentId}/remind`)
        .set(auth(tokens.clerk))
        .send({ scope: 'unreported', unitIds: [units.hangBot] })
        .expect(200);
      expect(body).toEqual({
        reminded: 2,
        units: [{ unitId: units.hangBot, unitName: 'Ủy ban nhân dân phường Hàng Bột', tasks: 2 }],
      });
      expect(await reminded()).toEqual({ [units.catLinh]: 0, [units.hangBot]: 2 });
      const { body: events } = await app
        .http()
        .get('/audit?action=task.reminded')
        .set(auth(await app.signIn('system_admin')))
        .expect(200);
      const rows = (Array.isArray(events) ? events : events.items) as Array<{ targetId: string; details: unknown }>;
      expect(rows.map((e) => e.targetId)).toEqual([units.hangBot]);
    });

    it('reminds the units chosen together, with the "due" scope by default', async () => {
      const { body } = await app
        .http()
        .post(`/documents/${documentId}/remind`)
        .set(auth(tokens.leader))
        .send({ unitIds: [units.catLinh, units.hangBot] })
        .expect(200);
      expect(body.units.map((u: { unitId: string; tasks: number }) => [u.unitId, u.tasks])).toEqual([
        [units.catLinh, 1],
        [units.hangBot, 1],
      ]);
    });

    it("refuses a unit holding no task of the directive (another organisation's included), naming none of its data", async () => {
      const before = await reminded();
      const refused = await app
        .http()
        .post(`/documents/${documentId}/remind`)
        .set(auth(tokens.clerk))
        .send({ unitIds: [units.catLinh, units.anMy] })
        .expect(422);
      expect(refused.body).toMatchObject({
        code: 'REMIND_UNITS_NOT_TASKED',
        message: 'Chỉ nhắc được đơn vị có nhiệm vụ của văn bản này; 1 đơn vị đã chọn không có.',
        details: { unitIds: [units.anMy] },
      });
      await app
        .http()
        .post(`/documents/${documentId}/remind`)
        .set(auth(tokens.clerk))
        .send({ unitIds: [] })
        .expect(422);
      await app
        .http()
        .post(`/documents/${documentId}/remind`)
        .set(auth(tokens.clerk))
        .send({ unitIds: ['not-a-uuid'] })
        .expect(400);
      // Not the issuer: another organisation's clerk (404) and the unit itself (403).
      await app
        .http()
        .post(`/documents/${documentId}/remind`)
        .set(auth(tokens.otherClerk))
        .send({ unitIds: [units.catLinh] })
        .expect(404);
      await app
        .http()
        .post(`/documents/${documentId}/remind`)
        .set(auth(tokens.catLinh))
        .send({ unitIds: [units.catLinh] })
        .expect(403);
      expect(await reminded()).toEqual(before);
    });
  });

  describe('GET /tasks/:id/responses/:responseId/attachments/:index', () => {
    const url = (taskId: string, responseId: string, index: number, query = '') =>
      `/tasks/${taskId}/responses/${responseId}/attachments/${index}${query}`;
    const get = (token: string, path: string) => app.http().get(path).set(auth(token)).buffer(true).parse(keepBytes);

    it('gives the issuer and the unit the bytes as uploaded, PDF and image inline, as a download on request', async () => {
      for (const token of [tokens.clerk, tokens.catLinh, tokens.leader]) {
        const pdf = await get(token, url(catLinhTask, catLinhResponse, 0)).expect(200);
        expect(pdf.headers['content-type']).toBe('application/pdf');
        expect(pdf.headers['content-disposition']).toMatch(/^inline; filename="attachment-0"; filename\*=UTF-8''/);
        expect(Buffer.compare(pdf.body as Buffer, readFileSync(PDF))).toBe(0);
      }
      const png = await get(tokens.clerk, url(catLinhTask, catLinhResponse, 1)).expect(200);
      expect(png.headers['content-type']).toBe('image/png');
      expect(png.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(png.body as Buffer, readFileSync(PNG))).toBe(0);
      const download = await get(tokens.clerk, url(catLinhTask, catLinhResponse, 1, '?download=1')).expect(200);
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="attachment-1"; filename*=UTF-8''${encodeURIComponent('Báo cáo png.png')}`,
      );
    });

    it("hides another unit's attachment: 404 by its own task or through the unit's own task", async () => {
      const foreign = await get(tokens.catLinh, url(hangBotTask, hangBotResponse, 0)).expect(404);
      expect(JSON.parse((foreign.body as Buffer).toString())).toMatchObject({ code: 'TASK_NOT_FOUND' });
      const crossed = await get(tokens.catLinh, url(catLinhTask, hangBotResponse, 0)).expect(404);
      expect(JSON.parse((crossed.body as Buffer).toString())).toMatchObject({
        code: 'ATTACHMENT_NOT_FOUND',
        message: 'Không tìm thấy tệp đính kèm.',
      });
      await get(tokens.otherClerk, url(catLinhTask, catLinhResponse, 0)).expect(404);
      await get(tokens.catLinh, url(catLinhTask, catLinhResponse, 2)).expect(404);
    });
  });

  describe('refused documents: POST /documents/:id/retry and DELETE /documents/:id', () => {
    const NOT_A_DOCUMENT = resolve('samples/bad/not-a-document.pdf');
    const upload = (file: string) => app.http().post('/documents').set(auth(tokens.clerk)).attach('file', file);
    const listed = async () =>
      (
        (await app.http().get('/documents?limit=100').set(auth(tokens.clerk)).expect(200)).body.items as Array<{
          id: string;
        }>
      ).map((d) => d.id);

    it('retries a document whose OCR failed: it is read again and moves on', async () => {
      const { body: first } = await upload(PDF).expect(201);
      await waitFor(first.id, (status) => status !== 'received' && status !== 'text_ready');
      // As if OCR had failed (a worker crash): the retry starts the stage again.
      await app.dataSource.query(`UPDATE document SET status = 'failed', failure = $2 WHERE id = $1`, [
        first.id,
        {
          stage: 'ocr',
          code: 'INTERNAL_STAGE_FAILURE',
          messageVi: 'Lỗi',
          messageEn: 'Error',
          at: new Date().toISOString(),
        },
      ]);
      await app.dataSource.query(`DELETE FROM directive_draft WHERE document_id = $1`, [first.id]);
      const { body: retried } = await app
        .http()
        .post(`/documents/${first.id}/retry`)
        .set(auth(tokens.clerk))
        .expect(200);
      expect(retried).toMatchObject({
        id: first.id,
        status: 'received',
        failure: null,
        incomingNumber: first.incomingNumber,
      });
      expect(await waitFor(first.id, (status) => status === 'extracted' || status === 'failed')).toBe('extracted');
      // Not failed any more: neither retried nor deleted.
      const again = await app.http().post(`/documents/${first.id}/retry`).set(auth(tokens.clerk)).expect(409);
      expect(again.body.code).toBe('INVALID_DOCUMENT_STATUS');
      await app.http().delete(`/documents/${first.id}`).set(auth(tokens.clerk)).expect(409);
    });

    it('retries a refused upload: refused again with the reason, still listed as failed, no số đến taken', async () => {
      const refused = await upload(NOT_A_DOCUMENT);
      expect(refused.status).toBeGreaterThanOrEqual(400);
      const id = refused.body.details.documentId as string;
      const retry = await app.http().post(`/documents/${id}/retry`).set(auth(tokens.clerk));
      expect(retry.status).toBe(refused.status);
      expect(retry.body).toMatchObject({ code: refused.body.code, message: refused.body.message });
      const { body } = await app.http().get(`/documents/${id}`).set(auth(tokens.clerk)).expect(200);
      expect(body).toMatchObject({ status: 'failed', incomingNumber: null });
    });

    it('deletes a refused upload: hidden everywhere, audited, its file kept, the same file accepted again as new', async () => {
      // Refused (415), or, after the test above, that same refused document (200, duplicate).
      const first = await upload(NOT_A_DOCUMENT);
      const id = (first.body.details?.documentId ?? first.body.id) as string;
      expect((await app.http().get(`/documents/${id}`).set(auth(tokens.clerk)).expect(200)).body.status).toBe('failed');
      // Another organisation's clerk, a unit admin and a leader may not.
      await app.http().delete(`/documents/${id}`).set(auth(tokens.otherClerk)).expect(404);
      await app.http().delete(`/documents/${id}`).set(auth(tokens.catLinh)).expect(403);
      await app.http().delete(`/documents/${id}`).set(auth(tokens.leader)).expect(403);
      expect(await listed()).toContain(id);
      await app.http().delete(`/documents/${id}`).set(auth(tokens.clerk)).expect(204);
      expect(await listed()).not.toContain(id);
      await app.http().get(`/documents/${id}`).set(auth(tokens.clerk)).expect(404);
      await app.http().get(`/documents/${id}/original`).set(auth(tokens.clerk)).expect(404);
      await app.http().post(`/documents/${id}/retry`).set(auth(tokens.clerk)).expect(404);
      await app.http().delete(`/documents/${id}`).set(auth(tokens.clerk)).expect(404);
      const [row] = await app.dataSource.query(`SELECT deleted_at, sha256 FROM document WHERE id = $1`, [id]);
      expect(row.deleted_at).toBeInstanceOf(Date);
      expect(existsSync(join(app.dataDir, 'files', row.sha256.slice(0, 2), row.sha256.slice(2, 4), row.sha256))).toBe(
        true,
      );
      const { body: audit } = await app
        .http()
        .get('/audit?action=document.deleted')
        .set(auth(await app.signIn('system_admin')))
        .expect(200);
      const events = (Array.isArray(audit) ? audit : audit.items) as Array<{
        targetId: string;
        details: Record<string, unknown>;
      }>;
      expect(events.map((e) => [e.targetId, e.details.originalName, e.details.fileKept])).toEqual([
        [id, 'not-a-document.pdf', true],
      ]);
      // The same bytes again: a new document (refused again), not the deleted one.
      const anew = await upload(NOT_A_DOCUMENT);
      expect(anew.body.details.documentId).not.toBe(id);
    });
  });

  describe('GET /documents/register.pdf and GET /calendar', () => {
    const pdfText = async (path: string, token: string) => {
      const response = await app.http().get(path).set(auth(token)).buffer(true).parse(keepBytes).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const parser = new PDFParse({ data: new Uint8Array(response.body as Buffer), verbosity: 0 });
      try {
        return {
          text: (await parser.getText()).text.normalize('NFC').replace(/\s+/g, ' '),
          disposition: response.headers['content-disposition'],
        };
      } finally {
        await parser.destroy();
      }
    };

    it('prints the register with its Vietnamese headings, the filters applied and said', async () => {
      const all = await pdfText('/documents/register.pdf', tokens.clerk);
      expect(all.disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Sổ văn bản đến.pdf')}`);
      for (const heading of [
        'SỔ VĂN BẢN ĐẾN',
        'Số đến',
        'Cơ quan ban hành',
        'Trích yếu',
        'Hạn xử lý',
        'Đơn vị xử lý',
        'Trạng thái',
      ])
        expect(all.text).toContain(heading);
      expect(all.text).toContain('Ủy ban nhân dân quận Đống Đa');
      expect(all.text).toContain('Đã giao việc');
      const tasked = await pdfText('/documents/register.pdf?status=failed', tokens.clerk);
      expect(tasked.text).toContain('Trạng thái: Lỗi');
      expect(tasked.text).not.toContain('Đã giao việc');
      // Another organisation's clerk prints its own (empty) register.
      const other = await pdfText('/documents/register.pdf', tokens.otherClerk);
      expect(other.text).toContain('Không có văn bản nào.');
      expect(other.text).not.toContain('Đống Đa');
    });

    it("counts a month's due days of the tasks the caller may see, by unit on request", async () => {
      const month = today.slice(0, 7);
      const yesterday = addDays(today, -1);
      const { body: clerk } = await app
        .http()
        .get(`/calendar?month=${yesterday.slice(0, 7)}`)
        .set(auth(tokens.clerk))
        .expect(200);
      expect(clerk.month).toBe(yesterday.slice(0, 7));
      expect(clerk.days.find((d: { date: string }) => d.date === yesterday)).toEqual({
        date: yesterday,
        total: 2,
        open: 2,
        overdue: 2,
        done: 0,
      });
      const { body: ward } = await app
        .http()
        .get(`/calendar?month=${yesterday.slice(0, 7)}`)
        .set(auth(tokens.catLinh))
        .expect(200);
      expect(ward.days.find((d: { date: string }) => d.date === yesterday)).toMatchObject({ total: 1, overdue: 1 });
      const { body: one } = await app
        .http()
        .get(`/calendar?month=${yesterday.slice(0, 7)}&unitId=${units.hangBot}`)
        .set(auth(tokens.clerk))
        .expect(200);
      expect(one.days.find((d: { date: string }) => d.date === yesterday)).toMatchObject({ total: 1 });
      const { body: other } = await app
        .http()
        .get(`/calendar?month=${yesterday.slice(0, 7)}`)
        .set(auth(tokens.otherClerk))
        .expect(200);
      expect(other.days).toEqual([]);
      // Asking for a unit whose tasks the caller may not see (another organisation's, a sibling ward's)
      // counts nothing: the filter narrows what the caller may see, never widens it.
      for (const token of [tokens.otherClerk, tokens.catLinh]) {
        const { body: foreign } = await app
          .http()
          .get(`/calendar?month=${yesterday.slice(0, 7)}&unitId=${units.hangBot}`)
          .set(auth(token))
          .expect(200);
        expect(foreign.days).toEqual([]);
      }
      const { body: current } = await app.http().get('/calendar').set(auth(tokens.clerk)).expect(200);
      expect(current.month).toBe(month);
      await app.http().get('/calendar?month=2026-13').set(auth(tokens.clerk)).expect(400);
    });
  });

  describe('paged lists: replies, users, units, audit ({ items, total, limit, offset } with paged=true)', () => {
    beforeAll(async () => {
      await app
        .http()
        .post('/replies/drafts/unit-report')
        .set(auth(tokens.catLinh))
        .send({ taskId: catLinhTask })
        .expect(201);
      await app
        .http()
        .post('/replies/drafts/unit-report')
        .set(auth(tokens.hangBot))
        .send({ taskId: hangBotTask })
        .expect(201);
      await app.http().post('/replies/drafts/summary').set(auth(tokens.clerk)).send({ documentId }).expect(201);
    });

    it('pages, sorts and filters replies within what the caller may see; the plain list stays a list', async () => {
      const { body: page } = await app.http().get('/replies?paged=true&limit=2').set(auth(tokens.clerk)).expect(200);
      expect(page).toMatchObject({ total: 3, limit: 2, offset: 0 });
      expect(page.items).toHaveLength(2);
      const { body: rest } = await app
        .http()
        .get('/replies?paged=true&limit=2&offset=2')
        .set(auth(tokens.clerk))
        .expect(200);
      expect(rest.items).toHaveLength(1);
      const ids = [...page.items, ...rest.items].map((r: { id: string }) => r.id);
      expect(new Set(ids).size).toBe(3);
      const { body: oldest } = await app
        .http()
        .get('/replies?paged=true&order=asc&limit=1')
        .set(auth(tokens.clerk))
        .expect(200);
      expect(oldest.items[0].id).toBe(ids[2]);
      const { body: kind } = await app
        .http()
        .get('/replies?paged=true&kind=summary_report')
        .set(auth(tokens.clerk))
        .expect(200);
      expect(kind.items.map((r: { kind: string }) => r.kind)).toEqual(['summary_report']);
      const { body: ward } = await app.http().get('/replies?paged=true').set(auth(tokens.catLinh)).expect(200);
      expect(ward.total).toBe(1);
      const { body: other } = await app.http().get('/replies?paged=true').set(auth(tokens.otherClerk)).expect(200);
      expect(other).toEqual({ items: [], total: 0, limit: 100, offset: 0 });
      const { body: beyond } = await app
        .http()
        .get('/replies?paged=true&offset=50')
        .set(auth(tokens.clerk))
        .expect(200);
      expect(beyond).toEqual({ items: [], total: 3, limit: 100, offset: 50 });
      const { body: plain } = await app.http().get('/replies').set(auth(tokens.clerk)).expect(200);
      expect(Array.isArray(plain)).toBe(true);
      await app.http().get('/replies?paged=true&sort=secret').set(auth(tokens.clerk)).expect(400);
    });

    it('pages and filters users, units and the audit for the administrator', async () => {
      const admin = await app.signIn('system_admin');
      const { body: users } = await app
        .http()
        .get('/users?paged=true&role=unit_admin&sort=username&order=desc&limit=1')
        .set(auth(admin))
        .expect(200);
      const { body: allAdmins } = await app.http().get('/users').set(auth(admin)).expect(200);
      const unitAdmins = (allAdmins as Array<{ role: string; username: string }>)
        .filter((u) => u.role === 'unit_admin')
        .map((u) => u.username)
        .sort();
      expect(users.total).toBe(unitAdmins.length);
      expect(users.items.map((u: { username: string }) => u.username)).toEqual([unitAdmins.at(-1)]);
      const { body: found } = await app.http().get(`/users?paged=true&q=${unitAdmins[0]}`).set(auth(admin)).expect(200);
      expect(found.items.map((u: { username: string }) => u.username)).toContain(unitAdmins[0]);
      await app.http().get('/users?paged=true').set(auth(tokens.clerk)).expect(403);

      const { body: units } = await app
        .http()
        .get(`/units?paged=true&q=${encodeURIComponent('phuong cat linh')}`)
        .set(auth(tokens.clerk))
        .expect(200);
      expect(units.items.map((u: { code: string }) => u.code)).toEqual(['dongda.ward.cat-linh']);
      expect(units.total).toBe(1);
      const { body: byName } = await app
        .http()
        .get('/units?paged=true&sort=name&limit=3')
        .set(auth(tokens.clerk))
        .expect(200);
      const names = byName.items.map((u: { name: string }) => u.name);
      expect(byName.total).toBeGreaterThan(3);
      expect(names).toHaveLength(3);
      const { body: plainUnits } = await app.http().get('/units').set(auth(tokens.clerk)).expect(200);
      expect(plainUnits).toHaveLength(byName.total);

      const { body: audit } = await app
        .http()
        .get('/audit?paged=true&action=auth.login&limit=1&offset=1&order=asc')
        .set(auth(admin))
        .expect(200);
      const { body: every } = await app.http().get('/audit?action=auth.login&order=asc').set(auth(admin)).expect(200);
      expect(audit).toMatchObject({ total: every.length, limit: 1, offset: 1 });
      expect(audit.items.map((e: { id: string }) => e.id)).toEqual([every[1].id]);
    });
  });

  it('gives the web its status labels from the server, the only place they are written', async () => {
    const response = await app.http().get('/app/js/labels.js').expect(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const exported = Object.fromEntries(
      [...response.text.matchAll(/^export const (\w+) = (\{.*\});$/gm)].map(([, name, json]) => [
        name,
        JSON.parse(json),
      ]),
    );
    expect(exported).toEqual({
      DOCUMENT_STATUS: DOCUMENT_STATUS_LABELS,
      TASK_STATUS: TASK_STATUS_LABELS,
      ROLE: ROLE_LABELS,
      AUDIT_ACTION: AUDIT_ACTION_LABELS,
    });
    const webFiles = readdirSync(resolve('apps/web/js'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    const copies = webFiles.filter((file) => {
      const text = readFileSync(resolve('apps/web/js', file), 'utf8');
      // A table of its own would define the name again, or pair a document status with its label
      // (`failed: 'Lỗi'`; a task's `returned` shares its label with a reply's, whose table the web keeps).
      return (
        /\b(DOCUMENT|TASK)_STATUS\s*=/.test(text) ||
        Object.entries(DOCUMENT_STATUS_LABELS).some(([status, label]) =>
          new RegExp(`\\b${status}\\s*:\\s*['"\`]${label}`).test(text),
        )
      );
    });
    expect(copies).toEqual([]);
  });
});
