import type pg from 'pg';

/** Units of the seeded district: every directive goes to 100 of them. */
export const UNITS = 2_000;
export const UNITS_PER_DIRECTIVE = 100;
export const REQUIREMENTS = 4;
export const TASKS_PER_DIRECTIVE = UNITS_PER_DIRECTIVE * REQUIREMENTS;
/** The unit whose inbox is measured: it receives every directive (as a district's Văn phòng does), so its inbox grows with the table. */
export const BUSY_UNIT = 'bench.ward.0001';
/** The directive whose compliance view is measured: present at every scale (100 units, 400 tasks). */
export const COMPLIANCE_DIRECTIVE = 'Công văn số 1/UBND-NV.pdf';
export const RECIPIENT_LINE = 'Chủ tịch UBND các phường thuộc quận';

export async function seedUnits(db: pg.Client): Promise<void> {
  await db.query(
    `INSERT INTO unit (code, name, kind) SELECT 'bench.ward.' || lpad(i::text, 4, '0'), 'Ủy ban nhân dân phường Số ' || i, 'ward' FROM generate_series(1, $1) i`,
    [UNITS],
  );
}

/**
 * Directives `from` … `to` (1-based; directive n received n hours ago), each with its extracted
 * draft (what the lists read the title from) and 400 tasks: 4 requirements × 100 units, the busy
 * unit and 99 others in turn. Set-based SQL (generate_series): 2M tasks take minutes, not hours.
 */
export async function seedDirectives(db: pg.Client, from: number, to: number): Promise<void> {
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO document (sha256, original_name, mime_type, size_bytes, status, page_count, created_at)
     SELECT encode(sha256(('bench-' || i)::bytea), 'hex'), 'Công văn số ' || i || '/UBND-NV.pdf', 'application/pdf', 150000, 'tasked', 2, now() - i * interval '1 hour'
       FROM generate_series($1::int, $2::int) i`,
    [from, to],
  );
  // A draft as the extractor writes it: the title fields and four requirements (about 2 kB).
  await db.query(
    `INSERT INTO directive_draft (document_id, extracted, evidence, confirmed_at)
     SELECT d.id, jsonb_build_object(
              'docType', 'Công văn', 'number', split_part(split_part(d.original_name, ' ', 3), '/', 1), 'symbol', 'UBND-NV',
              'date', to_char(d.created_at, 'YYYY-MM-DD'), 'issuer', jsonb_build_object('name', 'Ủy ban nhân dân quận Đống Đa'),
              'subject', 'V/v rà soát, báo cáo kết quả thực hiện nhiệm vụ năm ' || to_char(d.created_at, 'YYYY'),
              'recipients', jsonb_build_array($3::text, 'Thủ trưởng các phòng, ban, ngành thuộc quận'),
              'requirements', (SELECT jsonb_agg(jsonb_build_object(
                   'ref', r::text, 'text', 'Yêu cầu ' || r || ' (' || md5(d.id::text || r) || '): rà soát, tổng hợp và báo cáo kết quả thực hiện về UBND quận (qua phòng Nội vụ) ' || md5(r || d.id::text),
                   'deadlines', '[]'::jsonb, 'assignees', '[]'::jsonb, 'reportTo', '[]'::jsonb))
                 FROM generate_series(1, $4::int) r)),
            '{}', now()
       FROM document d WHERE d.original_name = ANY (SELECT 'Công văn số ' || i || '/UBND-NV.pdf' FROM generate_series($1::int, $2::int) i)`,
    [from, to, RECIPIENT_LINE, REQUIREMENTS],
  );
  await db.query(
    `WITH u AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM unit WHERE code LIKE 'bench.ward.%'),
          d AS (SELECT id, created_at, i AS n FROM generate_series($1::int, $2::int) i
                  JOIN document ON original_name = 'Công văn số ' || i || '/UBND-NV.pdf'),
          planned AS (
            SELECT d.id AS document_id, d.created_at, r, u.id AS unit_id,
                   current_date + ((d.n * 7 + r * 13 + k) % 120 - 60)::int AS due_on, ((d.n * 3 + k + r) % 20)::int AS s
              FROM d CROSS JOIN generate_series(0, $3::int - 1) k CROSS JOIN generate_series(1, $4::int) r
              JOIN u ON u.n = CASE WHEN k = 0 THEN 0 ELSE 1 + (d.n * ($3::int - 1) + k - 1) % ($5::int - 1) END)
     INSERT INTO task (document_id, requirement_ref, requirement_text, unit_id, recipient_line, due_on, occurrence, deadline_text, report_to, status, closed_at, created_at, updated_at)
     SELECT document_id, r::text, 'Yêu cầu ' || r || ': rà soát, báo cáo kết quả thực hiện về UBND quận', unit_id, $6, due_on, '', 'chậm nhất ngày ' || to_char(due_on, 'DD/MM/YYYY'), '{"UBND quận (qua phòng Nội vụ)"}',
            CASE WHEN s < 12 THEN 'open' WHEN s < 17 THEN 'closed' WHEN s < 19 THEN 'accepted' ELSE 'returned' END,
            CASE WHEN s BETWEEN 12 AND 18 THEN (due_on + (s - 15))::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
            created_at, created_at
       FROM planned`,
    [from, to, UNITS_PER_DIRECTIVE, REQUIREMENTS, UNITS, RECIPIENT_LINE],
  );
  await db.query('COMMIT');
  await db.query('VACUUM ANALYZE unit, document, directive_draft, task');
}

export async function countSeeded(
  db: pg.Client,
): Promise<{ units: number; directives: number; tasks: number; busy: number }> {
  const [row] = (
    await db.query(
      `SELECT (SELECT count(*) FROM unit)::int AS units, (SELECT count(*) FROM document)::int AS directives,
              (SELECT count(*) FROM task)::int AS tasks,
              (SELECT count(*) FROM task t JOIN unit u ON u.id = t.unit_id WHERE u.code = $1)::int AS busy`,
      [BUSY_UNIT],
    )
  ).rows;
  return row;
}
