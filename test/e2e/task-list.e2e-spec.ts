import { startTestApp, type TestApp } from '../setup/test-app.js';

/**
 * GET /tasks as written by the database (TaskListService): the exact TaskView of every row, the
 * list order, and the count that stops 1,000 tasks past the page's first.
 */
describe('task list: JSON written by PostgreSQL, index order, a bounded count (HTTP, real PostgreSQL)', () => {
  let app: TestApp;
  let ward: string;
  let otherWard: string;
  let unitId: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const TASKS = 1_150;

  beforeAll(async () => {
    app = await startTestApp();
    ward = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    otherWard = await app.signIn('unit_admin', 'dongda.ward.hang-bot');
    unitId = await app.unitId('dongda.ward.cat-linh');
    const [{ id: titled }] = await app.dataSource.query(
      `INSERT INTO document (sha256, original_name, mime_type, size_bytes, status, page_count)
       VALUES (repeat('a', 64), 'cong-van-12.pdf', 'application/pdf', 1000, 'tasked', 1) RETURNING id`,
    );
    await app.dataSource.query(
      `INSERT INTO directive_draft (document_id, extracted, evidence, reviewed, confirmed_at)
       VALUES ($1, '{"docType": "Thông báo", "number": "9"}', '{}',
               '{"docType": "Kế hoạch", "number": "12", "symbol": "KH-UBND", "date": "2025-02-05"}', now())`,
      [titled],
    );
    const [{ id: untitled }] = await app.dataSource.query(
      `INSERT INTO document (sha256, original_name, mime_type, size_bytes, status, page_count)
       VALUES (repeat('b', 64), 'Bản chụp không số.pdf', 'application/pdf', 1000, 'tasked', 1) RETURNING id`,
    );
    // 1,150 tasks of two directives for one ward, due days spread over 120 days and some undated.
    await app.dataSource.query(
      `INSERT INTO task (document_id, requirement_ref, requirement_text, unit_id, recipient_line, due_on, occurrence,
                         deadline_text, report_to, status, closed_at, last_reminded_at, transfer_note, created_at)
       SELECT CASE WHEN i % 3 = 0 THEN $2 ELSE $1 END::uuid, i::text, 'Yêu cầu "' || i || E'"\\\\ báo cáo\\nkết quả',
              $3, 'Chủ tịch UBND phường', CASE WHEN i % 50 = 0 THEN NULL ELSE current_date + (i % 120 - 60) END,
              CASE WHEN i % 7 = 0 THEN '2025-0' || (1 + i % 9) || '-25' ELSE '' END,
              CASE WHEN i % 5 = 0 THEN NULL ELSE 'trước ngày ' || i END,
              CASE WHEN i % 4 = 0 THEN '{}'::text[] ELSE ARRAY['UBND quận', 'Phòng Nội vụ'] END,
              (ARRAY['open', 'closed', 'accepted', 'returned'])[1 + i % 4],
              CASE WHEN i % 4 IN (1, 2) THEN timestamptz '2025-03-04 05:06:07.891234+00' + i * interval '1 minute' END,
              CASE WHEN i % 6 = 0 THEN timestamptz '2025-01-02 03:04:05.006+07' END,
              CASE WHEN i % 11 = 0 THEN 'Nhận thay phường cũ' END,
              timestamptz '2025-01-01 00:00:00+00' + (i % 17) * interval '1 hour'
         FROM generate_series(1, $4::int) i`,
      [titled, untitled, unitId, TASKS],
    );
  });

  afterAll(() => app.close());

  const list = async (token: string, query = '') => {
    const response = await app.http().get(`/tasks${query}`).set(auth(token)).expect(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    return response.body;
  };

  /** Every task of the ward as a TaskListItem, in list order, computed here from the rows. */
  async function expected() {
    const rows = await app.dataSource.query(
      `SELECT t.*, t.due_on::text AS due, u.name AS unit_name FROM task t JOIN unit u ON u.id = t.unit_id
        WHERE t.unit_id = $1 ORDER BY t.due_on ASC NULLS LAST, t.created_at ASC, t.id`,
      [unitId],
    );
    const today = (await app.dataSource.query(`SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS d`))[0].d;
    return rows.map((row: Record<string, unknown>) => ({
      id: row.id,
      documentId: row.document_id,
      requirementRef: row.requirement_ref,
      requirementText: row.requirement_text,
      unitId: row.unit_id,
      recipientLine: row.recipient_line,
      dueOn: row.due,
      occurrence: row.occurrence || null,
      deadlineText: row.deadline_text,
      reportTo: row.report_to,
      status: row.status,
      overdue: ['open', 'returned'].includes(row.status as string) && row.due !== null && (row.due as string) < today,
      closedAt: (row.closed_at as Date | null)?.toISOString() ?? null,
      lastRemindedAt: (row.last_reminded_at as Date | null)?.toISOString() ?? null,
      cancelledAt: (row.cancelled_at as Date | null)?.toISOString() ?? null,
      transferNote: row.transfer_note,
      unitName: row.unit_name,
      directive: {
        id: row.document_id,
        title: Number(row.requirement_ref) % 3 === 0 ? 'Bản chụp không số.pdf' : 'KH số 12/KH-UBND ngày 05/02/2025',
        takenBack: null,
      },
    }));
  }

  it('answers each task as its TaskView, in due order, and stops counting 1,000 tasks past the page', async () => {
    const all = await expected();
    expect(all).toHaveLength(TASKS);
    const first = await list(ward);
    expect(first).toEqual({ items: all.slice(0, 100), total: 1000, totalExact: false, limit: 100, offset: 0 });
    // Quotes, a backslash and a line break survive as text; a timestamp keeps its milliseconds.
    expect(first.items.find((t: { requirementRef: string }) => t.requirementRef === '1').requirementText).toBe(
      'Yêu cầu "1"\\ báo cáo\nkết quả',
    );
    const deep = await list(ward, '?offset=1000&limit=120');
    expect(deep).toEqual({ items: all.slice(1000, 1120), total: TASKS, totalExact: true, limit: 120, offset: 1000 });
    const last = await list(ward, '?offset=1100&limit=500');
    expect(last.items).toEqual(all.slice(1100));
    // Past the last page: no task, the count still told.
    expect(await list(ward, '?offset=5000')).toEqual({
      items: [],
      total: TASKS,
      totalExact: true,
      limit: 100,
      offset: 5000,
    });
  });

  it('counts exactly below the window, filtered, and shows another unit none of these tasks', async () => {
    const all = await expected();
    const returned = all.filter((t: { status: string }) => t.status === 'returned');
    expect(await list(ward, '?status=returned&limit=500')).toEqual({
      items: returned.slice(0, 500),
      total: returned.length,
      totalExact: true,
      limit: 500,
      offset: 0,
    });
    const overdue = all.filter((t: { overdue: boolean }) => t.overdue);
    const page = await list(ward, '?overdue=true&limit=500');
    expect([page.total, page.totalExact, page.items]).toEqual([overdue.length, true, overdue.slice(0, 500)]);
    expect(await list(otherWard)).toEqual({ items: [], total: 0, totalExact: true, limit: 100, offset: 0 });
    expect(await list(otherWard, `?unitId=${unitId}`)).toEqual({
      items: [],
      total: 0,
      totalExact: true,
      limit: 100,
      offset: 0,
    });
  });

  it('names a directive by its draft as it is now: a changed draft changes the title (titles are kept per draft version)', async () => {
    const titleOf = async () =>
      new Set(
        (await list(ward, '?limit=50')).items
          .filter((t: { requirementRef: string }) => Number(t.requirementRef) % 3 !== 0)
          .map((t: { directive: { title: string } }) => t.directive.title),
      );
    expect(await titleOf()).toEqual(new Set(['KH số 12/KH-UBND ngày 05/02/2025']));
    await app.dataSource.query(
      `UPDATE directive_draft SET reviewed = reviewed || '{"number": "13", "date": "2025-11-20"}'
        WHERE document_id = (SELECT document_id FROM task WHERE unit_id = $1 AND requirement_ref = '1')`,
      [unitId],
    );
    expect(await titleOf()).toEqual(new Set(['KH số 13/KH-UBND ngày 20/11/2025']));
  });
});
