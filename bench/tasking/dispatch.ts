import type pg from 'pg';
import { RECIPIENT_LINE } from './seed.js';

export interface DispatchRun {
  ms: number;
  created: number;
  againMs: number;
  againCreated: number;
  againExisting: number;
}

/**
 * A confirmed directive (one-off, monthly and relative deadlines) dispatched to `units` units over
 * HTTP (POST /documents/:id/dispatch: resolution, plan, insert, events, audit), then again (idempotent).
 */
export async function dispatch(
  db: pg.Client,
  base: string,
  clerkToken: string,
  units: number,
  run: string,
): Promise<DispatchRun> {
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const directive = {
    date: today,
    issuer: { name: 'Ủy ban nhân dân quận Đống Đa' },
    recipients: [RECIPIENT_LINE],
    requirements: [
      {
        ref: '1',
        text: 'Rà soát, đổi mật khẩu các tài khoản',
        deadlines: [
          { kind: 'relative', offset: 'P14D', anchor: 'receipt', text: 'trong vòng 14 ngày kể từ ngày nhận' },
        ],
        assignees: [],
        reportTo: [{ target: 'UBND quận (qua phòng Nội vụ)', forGroups: [] }],
      },
      {
        ref: '2',
        text: 'Báo cáo kết quả hằng tháng',
        deadlines: [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25', text: 'trước ngày 25 hằng tháng' }],
        assignees: [],
        reportTo: [],
      },
      { ref: '3', text: 'Tổ chức tuyên truyền', deadlines: [], assignees: [], reportTo: [] },
    ],
  };
  const [{ id }] = (
    await db.query(
      `INSERT INTO document (sha256, original_name, mime_type, size_bytes, status) VALUES (encode(sha256($1::bytea), 'hex'), $2, 'application/pdf', 150000, 'reviewed') RETURNING id`,
      [`bench-dispatch-${run}`, `Công văn giao việc ${run}.pdf`],
    )
  ).rows;
  await db.query(
    `INSERT INTO directive_draft (document_id, extracted, evidence, reviewed, confirmed_at) VALUES ($1, $2, '{}', $2, now())`,
    [id, JSON.stringify(directive)],
  );
  // A different choice of units on every run.
  const unitIds = (await db.query(`SELECT id FROM unit ORDER BY md5(id::text || $1) LIMIT $2`, [run, units])).rows.map(
    (r: { id: string }) => r.id,
  );
  const post = async () => {
    const started = performance.now();
    const response = await fetch(`${base}/documents/${id}/dispatch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clerkToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ lines: [{ line: RECIPIENT_LINE, unitIds }] }),
    });
    const body = (await response.json()) as { created: number; existing: number };
    if (response.status !== 200) throw new Error(`dispatch answered ${response.status}: ${JSON.stringify(body)}`);
    return { ms: performance.now() - started, body };
  };
  const first = await post();
  const again = await post();
  return {
    ms: first.ms,
    created: first.body.created,
    againMs: again.ms,
    againCreated: again.body.created,
    againExisting: again.body.existing,
  };
}
