// Robustness of the task-table readers to the layout of a table (wave 21: annex task tables of Government gazette
// resolutions lost whole): the dev documents whose text holds a task table the readers find, read as they are and again
// with ONLY their tables laid out another way that PDF-to-text, gazette and web copies produce — cells wrapped at other
// widths, the row number on the task's first line or without its dot, a row's cells side by side (pdftotext -layout),
// one line a row parted by a tab, a "|" table, the header printed again after a page break, blank lines between cells,
// an extra column, the product column before the lead — each scored against the same gold with the bench's scorer. The
// held-out split is never read.
//   npm run build && node bench/experiments/table-stress.mjs [--worst N] [--only <variant>] [--show <variant> <id>]
const W = process.cwd();
const { extractDirective } = await import(`${W}/dist/libs/extraction/src/index.js`);
const { corpus } = await import(`${W}/dist/bench/extraction/inputs.js`);
const { printStress } = await import('./stress-table.mjs');
const { prepareText, splitLines } = await import(`${W}/dist/libs/extraction/src/text-utils.js`);
const { borderRows, pipeRows } = await import(`${W}/dist/libs/extraction/src/task-table-layouts.js`);
const { blockRows } = await import(`${W}/dist/libs/extraction/src/block-tables.js`);
const { gazetteRows } = await import(`${W}/dist/libs/extraction/src/gazette-tables.js`);
const { splitAtHeader } = await import(`${W}/dist/libs/extraction/src/task-table-columns.js`);
const { readRows } = await import(`${W}/dist/libs/extraction/src/task-tables.js`);
const arg = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : null;
};
const worst = Number(arg('--worst') ?? 0);
const only = arg('--only');
const show = arg('--show');
const showId = show ? process.argv[process.argv.indexOf('--show') + 2] : null;

/** A header cell's role. */
const ROLES = [
  ['number', /^(?:STT|TT|Số TT|Số thứ tự)$/iu],
  ['lead', /chủ trì|thực hiện$/iu],
  ['partner', /phối hợp/iu],
  ['time', /^(?:thời gian|thời hạn|tiến độ|hạn)/iu],
  ['product', /kết quả|sản phẩm/iu],
  ['task', /nhiệm vụ|nội dung|công việc|hoạt động|dự án|đề án/iu],
];
const roleOf = (label) => ROLES.find(([, re]) => re.test(label))?.[0] ?? 'other';
const MARKER = /^(?:[IVXL]{1,6}|[A-ZĐ]|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])[.)]?$/u;
const tidy = (text) => text.replace(/\*\*/gu, '').replace(/\s+/gu, ' ').trim();

/** Lines of a text one to one, trimmed, with offsets (as task-tables.ts builds them). */
function linesOf(text) {
  const all = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    all.push({ text: line.trim(), start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return all;
}

/**
 * The task tables of a prepared text as { start, end, columns: [{role, label}], rows: [{number, cells: {role: text}}] }:
 * the readers' rows, the gazette's narrow cells between lead and time put back into the partner cell.
 */
function tablesOf(text) {
  const all = linesOf(text);
  const raw = text.split('\n');
  const found = [];
  const sources = [
    ...borderRows(all, raw).map((rows) => ['border', rows]),
    ...pipeRows(splitLines(text)).map((rows) => ['pipe', rows]),
    ...blockRows(all, raw).map((rows) => ['block', rows]),
    ...gazetteRows(all).map((rows) => ['gazette', rows]),
  ];
  for (const [kind, found0] of sources) {
    if (!readRows(found0, 0, '2026')) continue;
    const rows = found0.flatMap(splitAtHeader);
    const head = rows.findIndex((row) => row.some((c) => /chủ trì|thực hiện|thời/iu.test(c.text)));
    if (head < 0) continue;
    const columns = rows[head].map((c) => ({ label: tidy(c.text), role: roleOf(tidy(c.text)) }));
    if (!columns.some((c) => c.role === 'task')) continue;
    const start = Math.min(...rows[head].map((c) => c.span.start));
    let end = Math.max(...rows.flat().map((c) => c.span.end));
    const out = [];
    for (const row of rows.slice(head + 1)) {
      if (row.every((c) => columns.some((h) => h.label === tidy(c.text)))) continue;
      const cells = {};
      // A group row printed as one cell: "I. NÂNG CAO NHẬN THỨC ...".
      const group = row.length === 1 && /^([IVXL]{1,6}|[A-ZĐ])\.\s+(.+)$/u.exec(tidy(row[0].text));
      if (group) {
        out.push({ number: `${group[1]}.`, cells: { task: group[2] } });
        continue;
      }
      // A row without its number cell (under a merged cell): its cells are the last ones, or stand from the task column.
      const marked = MARKER.test(tidy(row[0].text));
      const taskAt = columns.findIndex((c) => c.role === 'task');
      const shift = marked || row.length >= columns.length ? 0 : Math.min(columns.length - row.length, taskAt);
      const number = columns[0].role === 'number' && marked ? tidy(row[0].text) : '';
      row.forEach((c, k) => {
        const i = k + shift;
        const role = columns[i]?.role;
        if (role && role !== 'number') cells[role] = (cells[role] ? cells[role] + ' ' : '') + tidy(c.text);
      });
      if (kind === 'gazette' && cells.lead) {
        const span = row.at(-1).span;
        const body = tidy(text.slice(span.start, span.end).split('\n').slice(1).join(' '));
        const afterTask = body.startsWith(cells.task) ? body.slice(cells.task.length).trim() : '';
        let middle = afterTask.startsWith(cells.lead) ? afterTask.slice(cells.lead.length).trim() : '';
        if (cells.time && middle.endsWith(cells.time)) middle = middle.slice(0, -cells.time.length).trim();
        if (middle) cells.partner = middle;
      }
      out.push({ number, cells });
    }
    // A table the readers took apart in a way this harness cannot lay out again (a number column that holds no numbers).
    const numbered = out.filter((r) =>
      /^(?:[IVXL]{1,6}|[A-ZĐ]|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])[.)]?$/u.test(r.number),
    );
    if (out.length === 0 || numbered.length < out.length / 2) continue;
    if (found.some((t) => t.start <= end && start <= t.end)) continue;
    found.push({ kind, start, end, columns, rows: out });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Break a text into lines of at most `width` characters at spaces. */
function wrap(text, width) {
  const out = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

const isGroup = (row) => !row.cells.lead && !row.cells.time && !row.cells.partner;
const dotted = (n) => (n && !/[.)]$/u.test(n) ? `${n}.` : n);
const bare = (n) => n.replace(/[.)]$/u, '');
const PAGE = (p) => `${p} CÔNG BÁO/Số 242/Ngày 22-04-2026`;

/** The gazette layout: the number alone, then each cell's wrapped lines in column order. */
const gazette =
  ({
    task = 48,
    narrow = 14,
    numberOnTask = false,
    dot = true,
    blank = false,
    pageEvery = 0,
    repeatHeader = true,
  } = {}) =>
  (table) => {
    const width = (c) => (c.role === 'task' ? task : narrow);
    const header = table.columns.flatMap((c) => wrap(c.label, width(c)));
    const out = [...header];
    table.rows.forEach((row, r) => {
      if (pageEvery && r > 0 && r % pageEvery === 0) {
        out.push('', PAGE(12 + r / pageEvery), '');
        if (repeatHeader) out.push(...header);
      }
      const number = dot ? dotted(row.number) : bare(row.number);
      const cells = table.columns
        .filter((c) => c.role !== 'number')
        .map((c) => wrap(row.cells[c.role] ?? '', width(c)));
      if (numberOnTask && number && cells[0].length) cells[0][0] = `${number} ${cells[0][0]}`;
      else if (number) out.push(number);
      for (const lines of cells) {
        if (lines.length === 0) continue;
        out.push(...lines);
        if (blank) out.push('');
      }
    });
    return out.join('\n');
  };

/** pdftotext -layout: a row's cells wrapped and printed side by side, padded to their columns. */
const sideBySide = (table) => {
  const cols = table.columns.map((c) => ({ ...c, width: c.role === 'number' ? 5 : c.role === 'task' ? 46 : 16 }));
  const render = (cells) => {
    const wrapped = cells.map((text, i) => wrap(text, cols[i].width));
    const height = Math.max(...wrapped.map((w) => w.length));
    const out = [];
    for (let l = 0; l < height; l++)
      out.push(
        wrapped
          .map((w, i) => (w[l] ?? '').padEnd(cols[i].width + 4))
          .join('')
          .trimEnd(),
      );
    return out;
  };
  const out = render(cols.map((c) => c.label));
  for (const row of table.rows) {
    out.push('');
    out.push(...render(cols.map((c) => (c.role === 'number' ? dotted(row.number) : (row.cells[c.role] ?? '')))));
  }
  return out.join('\n');
};

/** One line a row, cells parted by `sep`. */
const oneLine =
  (sep, pipes = false) =>
  (table) => {
    const line = (cells) => (pipes ? `| ${cells.join(' | ')} |` : cells.join(sep));
    const out = [line(table.columns.map((c) => c.label))];
    if (pipes) out.push(`|${table.columns.map(() => '---').join('|')}|`);
    for (const row of table.rows)
      out.push(line(table.columns.map((c) => (c.role === 'number' ? row.number : (row.cells[c.role] ?? '')))));
    return out.join('\n');
  };

/** The table with another set of columns. */
const withColumns = (change, layout) => (table) => layout(change(table));
const extraColumn = (table) => {
  const at = table.columns.findIndex((c) => c.role === 'partner');
  const columns = [...table.columns];
  columns.splice(at < 0 ? columns.length - 1 : at + 1, 0, { label: 'Cấp trình', role: 'level' });
  const rows = table.rows.map((row) => (isGroup(row) ? row : { ...row, cells: { ...row.cells, level: 'Chính phủ' } }));
  return { ...table, columns, rows };
};
const productFirst = (table) => {
  const product = table.columns.find((c) => c.role === 'product') ?? { label: 'Sản phẩm', role: 'product' };
  const rest = table.columns.filter((c) => c.role !== 'product');
  const task = rest.findIndex((c) => c.role === 'task');
  const columns = [...rest.slice(0, task + 1), product, ...rest.slice(task + 1)];
  const rows = table.rows.map((row) => (isGroup(row) ? row : { ...row, cells: { product: 'Báo cáo', ...row.cells } }));
  return { ...table, columns, rows };
};
const gazetteHeader = (table) => ({
  ...table,
  columns: table.columns.map((c) =>
    c.role === 'number'
      ? { ...c, label: 'TT' }
      : c.role === 'task'
        ? { ...c, label: 'Tên nhiệm vụ' }
        : c.role === 'lead'
          ? { ...c, label: 'Cơ quan chủ trì' }
          : c.role === 'partner'
            ? { ...c, label: 'Cơ quan phối hợp' }
            : c.role === 'time'
              ? { ...c, label: 'Thời hạn hoàn thành' }
              : c,
  ),
});

const VARIANTS = {
  'gazette 48/14': gazette(),
  'gazette narrow 36/9': gazette({ task: 36, narrow: 9 }),
  'gazette wide 64/24': gazette({ task: 64, narrow: 24 }),
  'number on task line': gazette({ numberOnTask: true }),
  'number without dot': gazette({ dot: false }),
  'blank line after cells': gazette({ blank: true }),
  'page break + header': gazette({ pageEvery: 3 }),
  'page break, no header': gazette({ pageEvery: 3, repeatHeader: false }),
  'pdftotext -layout': sideBySide,
  'one line, tab': oneLine('\t'),
  'one line, 2 spaces': oneLine('  '),
  'pipe table': oneLine('', true),
  'extra column': withColumns(extraColumn, gazette()),
  'product before lead': withColumns(productFirst, gazette()),
  'gazette header words': withColumns(gazetteHeader, gazette()),
};

const FIELDS = ['requirements', 'assignees', 'deadlines'];
const ALL_FIELDS = ['requirements', 'assignees', 'reportTo', 'deadlines', 'subject', 'recipients', 'references'];
const inputs = corpus('dev');
const docs = [];
for (const input of inputs) {
  const text = prepareText(await input.text());
  const tables = tablesOf(text);
  if (tables.length > 0) docs.push({ id: input.id, text, tables, raw: await input.text(), gold: input.gold() });
}
const relayout = (doc, layout) => {
  let out = doc.text;
  for (const table of [...doc.tables].reverse()) out = out.slice(0, table.start) + layout(table) + out.slice(table.end);
  return out;
};
if (show) {
  const doc = docs.find((d) => d.id.endsWith(showId));
  const text = relayout(doc, VARIANTS[show]);
  if (!process.argv.includes('--diff')) console.log(text);
  else {
    const got = extractDirective(text).directive.requirements;
    const gold = doc.gold.requirements;
    const key = (r) =>
      `${r.text.slice(0, 60)} | ${r.assignees.join('; ')} | ${r.deadlines.map((d) => d.date ?? d.rrule).join(', ')}`;
    const g = new Set(gold.map(key));
    const p = new Set(got.map(key));
    gold.filter((r) => !p.has(key(r))).forEach((r) => console.log(`- ${r.ref} ${key(r)}`));
    got.filter((r) => !g.has(key(r))).forEach((r) => console.log(`+ ${r.ref} ${key(r)}`));
  }
  process.exit(0);
}
console.log(
  `${docs.length} dev documents with ${docs.reduce((n, d) => n + d.tables.length, 0)} task tables (${docs.map((d) => `${d.id.slice(4)} ${d.tables.map((t) => `${t.kind}×${t.rows.length}`).join('+')}`).join(', ')})`,
);
console.log(`${'variant'.padEnd(26)} ${[...FIELDS, 'ALL'].map((f) => f.slice(0, 12).padStart(12)).join(' ')}`);
const rows = [
  ['as published', (d) => d.raw],
  ['prepared, unchanged', (d) => d.text],
];
for (const [name, layout] of Object.entries(VARIANTS)) rows.push([name, (d) => relayout(d, layout)]);
printStress(rows, docs, { fields: FIELDS, allFields: ALL_FIELDS, worst, only });
