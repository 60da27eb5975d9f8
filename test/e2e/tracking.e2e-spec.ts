import { readSheet } from 'read-excel-file/node';
import { addDays, ComplianceService, vietnamToday } from '@congvan/tasking';
import { accountReviewDueYesterday, requirement, WARDS_LINE, wardsDirective } from '../setup/directives.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { keepBytes } from '../setup/http.js';

const CAT_LINH = 'Ủy ban nhân dân phường Cát Linh';
const HANG_BOT = 'Ủy ban nhân dân phường Hàng Bột';

describe('tracking a directive: the issuer reminds, units see it, the register as XLSX (HTTP, real PostgreSQL)', () => {
  let app: TestApp;
  let clerk: string;
  let leader: string;
  let catLinh: string;
  let hangBot: string;
  let documentId: string;
  let catLinhId: string;
  let hangBotId: string;
  const today = vietnamToday();
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp();
    clerk = await app.signIn('clerk');
    leader = await app.signIn('leader', 'dongda');
    catLinh = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    hangBot = await app.signIn('unit_admin', 'dongda.ward.hang-bot');
    [catLinhId, hangBotId] = [await app.unitId('dongda.ward.cat-linh'), await app.unitId('dongda.ward.hang-bot')];

    // A confirmed directive (the OCR and review steps are covered by directive-flow): one task due
    // yesterday, one due today, one in ten days and one without a deadline, for two wards.
    const directive = wardsDirective(today, [
      accountReviewDueYesterday(today),
      requirement('2', 'Đổi mật khẩu các tài khoản quản trị', { date: today, text: 'chậm nhất hôm nay' }),
      requirement('3', 'Báo cáo kết quả thực hiện', { date: addDays(today, 10), text: 'chậm nhất mười ngày nữa' }),
      requirement('4', 'Thường xuyên nhắc cán bộ giữ bí mật mật khẩu'),
    ]);
    documentId = await app.confirmedDirective(directive, { originalName: 'Công văn về an toàn thông tin.pdf' });
    const dispatched = await app.dispatchTo(clerk, documentId, WARDS_LINE, [catLinhId, hangBotId]);
    expect(dispatched.created).toBe(8);

    // Cát Linh reports on the overdue task and closes it: a done task is never reminded.
    const [overdue] = (await app.http().get(`/tasks?documentId=${documentId}`).set(auth(catLinh)).expect(200)).body
      .items;
    expect(overdue).toMatchObject({ requirementRef: '1', overdue: true, lastRemindedAt: null });
    await app.answerTask(catLinh, overdue.id, 'Phường Cát Linh đã rà soát xong.');
    await app.http().post(`/tasks/${overdue.id}/close`).set(auth(catLinh)).expect(200);
  });

  afterAll(() => app.close());

  describe('POST /documents/:id/remind', () => {
    it('reminds the tasks due today or earlier that are not reported, per unit', async () => {
      const before = Date.now();
      const { body } = await app.http().post(`/documents/${documentId}/remind`).set(auth(clerk)).send({}).expect(200);
      expect(body).toEqual({
        reminded: 3,
        units: [
          { unitId: catLinhId, unitName: CAT_LINH, tasks: 1 },
          { unitId: hangBotId, unitName: HANG_BOT, tasks: 2 },
        ],
      });
      const mine = (await app.http().get(`/tasks?documentId=${documentId}`).set(auth(catLinh)).expect(200)).body
        .items as Array<{ requirementRef: string; status: string; lastRemindedAt: string | null }>;
      const reminded = Object.fromEntries(mine.map((t) => [t.requirementRef, t.lastRemindedAt]));
      expect(new Date(reminded['2']!).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect([reminded['1'], reminded['3'], reminded['4']]).toEqual([null, null, null]);
      const theirs = (await app.http().get(`/tasks?documentId=${documentId}`).set(auth(hangBot)).expect(200)).body
        .items as Array<{ id: string; requirementRef: string; lastRemindedAt: string | null }>;
      expect(
        theirs
          .filter((t) => t.lastRemindedAt !== null)
          .map((t) => t.requirementRef)
          .sort(),
      ).toEqual(['1', '2']);
      const { body: single } = await app
        .http()
        .get(`/tasks/${theirs.find((t) => t.requirementRef === '1')!.id}`)
        .set(auth(hangBot))
        .expect(200);
      expect(single.task.lastRemindedAt).toEqual(expect.any(String));
    });

    it('records one audit event per unit, with the issuer as actor', async () => {
      const admin = await app.signIn('system_admin');
      const { body: me } = await app.http().get('/auth/me').set(auth(clerk)).expect(200);
      const { body: events } = await app.http().get('/audit?action=task.reminded').set(auth(admin)).expect(200);
      expect(
        events
          .map((e: { targetId: string; actorId: string; details: unknown }) => [e.targetId, e.actorId, e.details])
          .sort(),
      ).toEqual(
        [
          [catLinhId, me.id, { tasks: 1, documentId, scope: 'due' }],
          [hangBotId, me.id, { tasks: 2, documentId, scope: 'due' }],
        ].sort(),
      );
    });

    it('leaves tasks reminded today to themselves in the daily job', async () => {
      expect(await app.running.app.get(ComplianceService).remindOverdue()).toBe(0);
    });

    it('reminds every task not yet reported when asked for "unreported"', async () => {
      const { body } = await app
        .http()
        .post(`/documents/${documentId}/remind`)
        .set(auth(leader))
        .send({ scope: 'unreported' })
        .expect(200);
      expect(body).toEqual({
        reminded: 7,
        units: [
          { unitId: catLinhId, unitName: CAT_LINH, tasks: 3 },
          { unitId: hangBotId, unitName: HANG_BOT, tasks: 4 },
        ],
      });
    });

    it('refuses a unit admin, an unknown scope and an unknown directive, in both languages', async () => {
      await app.http().post(`/documents/${documentId}/remind`).set(auth(catLinh)).send({}).expect(403);
      await app.http().post(`/documents/${documentId}/remind`).set(auth(clerk)).send({ scope: 'all' }).expect(400);
      const missing = await app
        .http()
        .post('/documents/00000000-0000-4000-8000-000000000000/remind')
        .set(auth(clerk))
        .send({})
        .expect(404);
      expect(missing.body).toMatchObject({
        code: 'DOCUMENT_NOT_FOUND',
        message: 'Không tìm thấy văn bản.',
        messageEn: 'Document not found.',
      });
    });
  });

  describe('GET /tasks/register.xlsx', () => {
    const download = (token: string) =>
      app
        .http()
        .get(`/tasks/register.xlsx?documentId=${documentId}`)
        .set(auth(token))
        .buffer(true)
        .parse(keepBytes)
        .expect(200);

    it('gives a unit admin the rows of its own unit, the same as the CSV, with real dates', async () => {
      const response = await download(catLinh);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers['content-disposition']).toBe('attachment; filename="so-theo-doi.xlsx"');
      const [header, ...rows] = await readSheet(response.body as Buffer);
      expect(header).toEqual(['Văn bản', 'Yêu cầu', 'Đơn vị', 'Hạn', 'Trạng thái', 'Đóng lúc', 'Nội dung']);
      expect(rows.map((r) => [r[0], r[1], r[2], r[4], r[6]])).toEqual([
        ['Công văn về an toàn thông tin.pdf', '1', CAT_LINH, 'Đã báo cáo', 'Rà soát tài khoản thư điện tử công vụ'],
        ['Công văn về an toàn thông tin.pdf', '2', CAT_LINH, 'Chưa báo cáo', 'Đổi mật khẩu các tài khoản quản trị'],
        ['Công văn về an toàn thông tin.pdf', '3', CAT_LINH, 'Chưa báo cáo', 'Báo cáo kết quả thực hiện'],
        [
          'Công văn về an toàn thông tin.pdf',
          '4',
          CAT_LINH,
          'Chưa báo cáo',
          'Thường xuyên nhắc cán bộ giữ bí mật mật khẩu',
        ],
      ]);
      expect(rows.map((r) => (r[3] instanceof Date ? r[3].toISOString().slice(0, 10) : r[3]))).toEqual([
        addDays(today, -1),
        today,
        addDays(today, 10),
        null,
      ]);
      expect(rows[0][5]).toBeInstanceOf(Date);
      expect(rows.slice(1).map((r) => r[5])).toEqual([null, null, null]);

      // Same rows as the CSV register, cell for cell.
      const csv = await app.http().get(`/tasks/register.csv?documentId=${documentId}`).set(auth(catLinh)).expect(200);
      const csvRows = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line: string) => line.split(','));
      // Excel keeps a date-time as a fraction of a day: read back, a minute may come a hair short.
      const closedAt = new Date(Math.round((rows[0][5] as unknown as Date).getTime() / 60_000) * 60_000);
      expect(csvRows.map((r: string[]) => r[5])).toEqual([
        closedAt.toISOString().slice(0, 16).replace('T', ' '),
        '',
        '',
        '',
      ]);
      expect(csvRows.map((r: string[]) => [r[0], r[1], r[2], r[3] || null, r[4]])).toEqual(
        rows.map((r) => [r[0], r[1], r[2], r[3] instanceof Date ? r[3].toISOString().slice(0, 10) : null, r[4]]),
      );
    });

    it('gives the issuing office every unit', async () => {
      const [, ...rows] = await readSheet((await download(clerk)).body as Buffer);
      expect(rows).toHaveLength(8);
      expect(new Set(rows.map((r) => r[2]))).toEqual(new Set([CAT_LINH, HANG_BOT]));
    });
  });
});
