import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { vietnamToday } from '@congvan/tasking';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { keepBytes } from '../setup/http.js';

const sample = (path: string) => readFileSync(new URL(`../../samples/${path}`, import.meta.url));

describe('sổ văn bản đến: số đến, the register, duplicates and empty dispatches (HTTP, real PostgreSQL, real OCR)', () => {
  let app: TestApp;
  let clerk: string;
  let myducClerk: string;
  let admin: string;
  const ids: Record<'dongda' | 'myduc' | 'scan', string> = { dongda: '', myduc: '', scan: '' };
  const today = vietnamToday();
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp();
    clerk = await app.signIn('clerk', 'dongda');
    myducClerk = await app.signIn('clerk', 'myduc');
    admin = await app.signIn('system_admin');
  });

  afterAll(() => app.close());

  async function upload(path: string, name: string, token = clerk) {
    return (await app.http().post('/documents').set(auth(token)).attach('file', sample(path), name).expect(201)).body;
  }

  async function waitForStatus(id: string, status: string): Promise<void> {
    const document = await app.documentWhen(clerk, id, (d) => d.status === status || d.status === 'failed');
    if (document.status !== status) throw new Error(JSON.stringify(document.failure));
  }

  it('gives each registered document the next số đến of its organisation and year, and today as ngày đến', async () => {
    const first = await upload('directives/dongda-2024-01-matkhau/scan-born-digital.pdf', 'dongda.pdf');
    const second = await upload('directives/myduc-2024-08-matkhau/scan-born-digital.pdf', 'myduc.pdf');
    const other = await upload('directives/myduc-2024-08-matkhau/scan-born-digital.pdf', 'myduc.pdf', myducClerk);
    const year = Number(today.slice(0, 4));
    expect([first, second, other].map((d) => [d.incomingNumber, d.incomingYear, d.receivedOn])).toEqual([
      [1, year, today],
      [2, year, today],
      [1, year, today],
    ]);
    // A refused upload takes no number, so the next one is still 3.
    await app.http().post('/documents').set(auth(clerk)).attach('file', sample('bad/not-a-document.pdf'), 'x.pdf');
    ids.dongda = first.id;
    ids.myduc = second.id;
    await waitForStatus(ids.dongda, 'extracted');
    await waitForStatus(ids.myduc, 'extracted');
  });

  it('lists the register with its fields, the total, server-side filters, sort and pages', async () => {
    const list = async (query: string) =>
      (await app.http().get(`/documents?${query}`).set(auth(clerk)).expect(200)).body;
    const all = await list('');
    // The clerk of Đống Đa sees its organisation's register only: two documents and the refused upload.
    expect(all.total).toBe(3);
    expect(all.items.map((d: { incomingNumber: number | null }) => d.incomingNumber)).toEqual([2, 1, null]);
    const myduc = all.items[0];
    expect(myduc).toMatchObject({
      receivedOn: today,
      numberSymbol: '1100-CV/HU',
      issuer: expect.stringMatching(/MỸ ĐỨC/i),
      subject: expect.stringMatching(/mật khẩu/i),
      status: 'extracted',
      title: expect.stringMatching(/^CV số 1100-CV\/HU ngày \d{2}\/\d{1,2}\/2024$/),
    });
    expect(myduc.dueOn).toMatch(/^2024-\d{2}-\d{2}$/);

    const byIssuer = await list(`issuer=${encodeURIComponent('my duc')}`);
    expect(byIssuer.items.map((d: { id: string }) => d.id)).toEqual([ids.myduc]);
    expect((await list('q=mat%20khau&status=extracted')).total).toBe(2);
    expect((await list('dateFrom=2024-06-01')).items.map((d: { id: string }) => d.id)).toEqual([ids.myduc]);
    expect((await list(`receivedFrom=${today}&receivedTo=${today}`)).total).toBe(2);
    expect((await list('receivedTo=2000-01-01')).total).toBe(0);
    expect((await list('overdue=true')).total).toBe(0);
    const ascending = await list('sort=incomingNumber&order=asc&limit=1&offset=1');
    expect([ascending.total, ascending.items.map((d: { incomingNumber: number }) => d.incomingNumber)]).toEqual([
      3,
      [2],
    ]);
    const past = await list('limit=10&offset=50');
    expect([past.total, past.items]).toEqual([3, []]);
    const bad = await app.http().get('/documents?dateFrom=30/11/2026').set(auth(clerk)).expect(400);
    expect(bad.body.message).toMatch(/[À-ỹ]/);
  });

  it('exports the filtered register as XLSX with Vietnamese headings and real dates', async () => {
    const response = await app
      .http()
      .get(`/documents/register.xlsx?issuer=${encodeURIComponent('Mỹ Đức')}`)
      .set(auth(clerk))
      .buffer(true)
      .parse(keepBytes)
      .expect(200);
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''S%E1%BB%95%20v%C4%83n%20b%E1%BA%A3n");
    const [header, ...rows] = await readSheet(response.body as Buffer);
    expect(header).toEqual([
      'Số đến',
      'Ngày đến',
      'Số, ký hiệu',
      'Ngày văn bản',
      'Cơ quan ban hành',
      'Trích yếu',
      'Hạn xử lý',
      'Đơn vị xử lý',
      'Trạng thái',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toBe(2);
    expect(rows[0][1]).toBeInstanceOf(Date);
    expect((rows[0][1] as unknown as Date).toISOString().slice(0, 10)).toBe(today);
    expect(rows[0][8]).toBe('Chờ rà soát');
  });

  it('titles the document and names its download by number, symbol and date once the clerk has them', async () => {
    const { body: draft } = await app.http().get(`/documents/${ids.dongda}/directive`).set(auth(clerk)).expect(200);
    expect(draft.title).toBe('dongda.pdf'); // the extractor found no number on this one
    const { body: corrected } = await app
      .http()
      .patch(`/documents/${ids.dongda}/directive`)
      .set(auth(clerk))
      .send({ ...draft.current, number: '152' })
      .expect(200);
    expect(corrected.title).toBe('CV số 152/UBND-NV tháng 01/2024'); // the scan dates it by month only
    expect(corrected.duplicateOf).toBeNull();
    const { body: document } = await app.http().get(`/documents/${ids.dongda}`).set(auth(clerk)).expect(200);
    expect(document.title).toBe(corrected.title);
    const original = await app.http().get(`/documents/${ids.dongda}/original`).set(auth(clerk)).expect(200);
    expect(decodeURIComponent(original.headers['content-disposition'].split("UTF-8''")[1])).toBe(
      `${corrected.title.replace(/\//g, '-')}.pdf`,
    );
    await app.http().post(`/documents/${ids.dongda}/confirm`).set(auth(clerk)).expect(200);
  });

  it('refuses to dispatch a directive whose recipients give no unit: 422, not 200 with 0 tasks', async () => {
    const { body: draft } = await app.http().get(`/documents/${ids.myduc}/directive`).set(auth(clerk)).expect(200);
    await app
      .http()
      .patch(`/documents/${ids.myduc}/directive`)
      .set(auth(clerk))
      .send({ ...draft.current, recipients: [] })
      .expect(200);
    await app.http().post(`/documents/${ids.myduc}/confirm`).set(auth(clerk)).expect(200);
    const refused = await app.http().post(`/documents/${ids.myduc}/dispatch`).set(auth(clerk)).send({}).expect(422);
    expect(refused.body).toMatchObject({ code: 'NO_RECIPIENT_UNITS', message: expect.stringContaining('Kính gửi') });
    expect(refused.body.message).toBe(refused.body.message.normalize('NFC'));
    const { body: still } = await app.http().get(`/documents/${ids.myduc}`).set(auth(clerk)).expect(200);
    expect(still.status).toBe('reviewed');
  });

  it('flags a second scan of the same directive at review, refuses its dispatch, and audits an explicit override', async () => {
    const scan = await upload('directives/dongda-2024-01-matkhau/scan-clean-300-p1.png', 'scan-lan-2.png');
    expect(scan.incomingNumber).toBe(3);
    ids.scan = scan.id;
    await waitForStatus(ids.scan, 'extracted');
    const { body: first } = await app.http().get(`/documents/${ids.dongda}/directive`).set(auth(clerk)).expect(200);
    const { body: draft } = await app.http().get(`/documents/${ids.scan}/directive`).set(auth(clerk)).expect(200);
    // The clerk completes the header as printed (the same number, symbol, date and issuer as the first).
    const { issuer, number, symbol, date } = first.current;
    const { body: reviewed } = await app
      .http()
      .patch(`/documents/${ids.scan}/directive`)
      .set(auth(clerk))
      .send({ ...draft.current, issuer, number, symbol, date, recipients: first.current.recipients })
      .expect(200);
    expect(reviewed.duplicateOf).toMatchObject({ id: ids.dongda, incomingNumber: 1, title: first.title });
    await app.http().post(`/documents/${ids.scan}/confirm`).set(auth(clerk)).expect(200);

    const dispatched = await app.http().post(`/documents/${ids.dongda}/dispatch`).set(auth(clerk)).send({});
    expect([dispatched.status, dispatched.body.code, dispatched.body.message]).toEqual([200, undefined, undefined]);
    const refused = await app.http().post(`/documents/${ids.scan}/dispatch`).set(auth(clerk)).send({}).expect(409);
    expect(refused.body).toMatchObject({
      code: 'DUPLICATE_DIRECTIVE',
      message: expect.stringContaining(`trùng với ${first.title} (số đến 1 năm `),
      details: { duplicateOf: { id: ids.dongda } },
    });
    const overridden = await app
      .http()
      .post(`/documents/${ids.scan}/dispatch`)
      .set(auth(clerk))
      .send({ allowDuplicate: true, duplicateReason: 'Bản sao gửi cho phường mới' })
      .expect(200);
    expect(overridden.body.created).toBeGreaterThan(0);
    const audit = await app.http().get('/audit?action=directive.duplicate_dispatched').set(auth(admin)).expect(200);
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0]).toMatchObject({
      targetId: ids.scan,
      details: { duplicateOf: ids.dongda, reason: 'Bản sao gửi cho phường mới' },
    });
  });

  it('pages the task list with the total, names the directive on every row, filters by unit and due days', async () => {
    const page = async (query: string) => (await app.http().get(`/tasks?${query}`).set(auth(clerk)).expect(200)).body;
    const all = await page(`documentId=${ids.dongda}&limit=500`);
    // More tasks than the largest page: the list says so and the next page has the rest, none lost.
    expect(all.total).toBeGreaterThan(500);
    expect(all.items).toHaveLength(500);
    const rest = await page(`documentId=${ids.dongda}&limit=500&offset=500`);
    expect(rest.items).toHaveLength(all.total - 500);
    expect(new Set([...all.items, ...rest.items].map((t: { id: string }) => t.id)).size).toBe(all.total);
    const second = await page(`documentId=${ids.dongda}&limit=40&offset=40`);
    expect([second.total, second.items.map((t: { id: string }) => t.id)]).toEqual([
      all.total,
      all.items.slice(40, 80).map((t: { id: string }) => t.id),
    ]);
    expect(new Set(all.items.map((t: { directive: { title: string } }) => t.directive.title))).toEqual(
      new Set([expect.stringMatching(/^CV số 152\/UBND-NV/)]),
    );
    const unitId = await app.unitId('dongda.ward.cat-linh');
    const ward = await page(`documentId=${ids.dongda}&unitId=${unitId}`);
    expect(ward.total).toBeGreaterThan(0);
    expect(ward.items.every((t: { unitId: string; unitName: string }) => t.unitId === unitId)).toBe(true);
    expect(ward.items[0].unitName).toMatch(/Cát Linh/);
    const dated = all.items.filter((t: { dueOn: string | null }) => t.dueOn).map((t: { dueOn: string }) => t.dueOn);
    const day = dated[0];
    const due = await page(`documentId=${ids.dongda}&dueFrom=${day}&dueTo=${day}&limit=500`);
    expect(due.total).toBe(dated.filter((d: string) => d === day).length);
  });

  it("counts each role's work for its home page, the same as the lists behind the counts", async () => {
    const ward = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    const { body: counts } = await app.http().get('/worklist').set(auth(ward)).expect(200);
    const overdue = (await app.http().get('/tasks?overdue=true&limit=1').set(auth(ward)).expect(200)).body.total;
    // The directive of 1/2024 is past due: the ward has overdue work.
    expect(overdue).toBeGreaterThan(0);
    const dueToday = (
      await app.http().get(`/tasks?dueFrom=${today}&dueTo=${today}&status=open&limit=1`).set(auth(ward)).expect(200)
    ).body.total;
    expect(counts).toEqual({
      today,
      dueToday,
      overdue,
      awaitingReview: 0,
      documentsToReview: 0,
      awaitingSignature: 0,
      returned: 0,
      cancelled: 0,
    });
    const registerOverdue = (await app.http().get('/documents?overdue=true').set(auth(clerk)).expect(200)).body;
    // The directive of 1/2024 has overdue tasks; the undispatched one has none; each line says how many.
    expect(registerOverdue.items.map((d: { id: string }) => d.id)).toContain(ids.dongda);
    expect(registerOverdue.items.map((d: { id: string }) => d.id)).not.toContain(ids.myduc);
    for (const line of registerOverdue.items as Array<{ id: string; overdueTasks: number }>)
      expect(line.overdueTasks).toBe(
        (await app.http().get(`/tasks?documentId=${line.id}&overdue=true&limit=1`).set(auth(clerk)).expect(200)).body
          .total,
      );
    const { body: clerkCounts } = await app.http().get('/worklist').set(auth(clerk)).expect(200);
    expect(clerkCounts.overdue).toBe(
      (await app.http().get('/tasks?overdue=true&limit=1').set(auth(clerk)).expect(200)).body.total,
    );
  });
});
