import { HANOI_310_ANNEX, tables } from './__fixtures__/task-table-annexes.js';
import { readTaskTables } from './task-tables.js';
import { prepareText } from './text-utils.js';

// A task table as a copy lays it out: cells between border lines, or markdown rows (task-table-layouts.ts).
describe('task table layouts', () => {
  it('ends a table at its last row when a paragraph follows it after one border (Kế hoạch 310/KH-UBND Hà Nội: its table, then its closing paragraph, as in a body)', () => {
    const table = HANOI_310_ANNEX.slice(HANOI_310_ANNEX.indexOf('|\n**TT**'));
    const closing =
      '\n\nỦy ban nhân dân Thành phố\nyêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn\nthông nghiêm túc triển khai thực hiện; định kỳ trước **ngày 30 tháng 11 hàng\nnăm **báo cáo kết quả thực hiện về UBND Thành phố./.\n\n|\n*Nơi nhận:*\n- Lưu: VT, ĐMPT.\n|';
    const prepared = prepareText(table + closing);
    const [found] = readTaskTables(prepared, Infinity, '2025');
    expect(found.requirements.map((r) => r.ref)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(prepared.slice(found.span.start, found.span.end)).not.toMatch(/nghiêm túc triển khai/u);
  });
  // The cells of Kế hoạch 310/KH-UBND Hà Nội's annex (above), laid out as a markdown page prints a table: one row a line,
  // cells padded to the column's width, or (as the legal-document crawls print them) without the opening bar.
  const CELLS = [
    ['TT', 'Nội dung/nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
    [
      '1',
      'Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến năm 2030',
      'Ban Quản lý các khu công nghệ cao và khu công nghiệp',
      'Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã',
      'Quý III Năm 2026',
    ],
    [
      '3',
      'Xây dựng kế hoạch đầu tư công, hợp tác công tư, dự toán kinh phí ngân sách nhà nước đảm bảo thực hiện các mục tiêu, nhiệm vụ của Kế hoạch này trong phạm vi quản lý theo quy định của pháp luật',
      'Ban Quản lý các khu công nghệ cao và khu công nghiệp',
      'Sở Tài chính',
      'Thường xuyên',
    ],
  ];

  it('reads markdown rows with padded cells (cells of Kế hoạch 310/KH-UBND Hà Nội)', () => {
    const widths = CELLS[0].map((_, i) => Math.max(...CELLS.map((row) => row[i].length)));
    const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
    const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
    const [table] = tables([line(CELLS[0]), rule, ...CELLS.slice(1).map(line)].join('\n'), Infinity);
    expect(table.requirements.map((r) => [r.ref, r.text, r.assignees])).toEqual([
      ['1', CELLS[1][1], [CELLS[1][2]]],
      ['3', CELLS[2][1], [CELLS[2][2]]],
    ]);
  });

  it('reads rows printed without the opening bar ("1 | ... | Thường xuyên |") (cells of Kế hoạch 310/KH-UBND Hà Nội)', () => {
    const [table] = tables(CELLS.map((row) => `${row.join(' | ')} |`).join('\n'), Infinity);
    expect(table.requirements.map((r) => r.ref)).toEqual(['1', '3']);
    expect(table.requirements[1].deadlines).toEqual([]);
  });
});
