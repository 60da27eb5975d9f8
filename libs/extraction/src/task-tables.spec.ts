import { extractDirective } from './extract-directive.js';
import {
  DONGNAI_179_ANNEX,
  DONGTHAP_552,
  DONGTHAP_552_ANNEX,
  TTG_2530_ANNEXES,
  tables,
} from './__fixtures__/task-table-annexes.js';

// A task table's rows as requirements: refs, leads, rows under merged cells, deadlines (task-tables.ts). Its header is
// read in task-table-columns.spec.ts, its layouts in task-table-layouts.spec.ts.
describe('task tables', () => {
  it('reads each task row of an annex as a requirement of its lead (Kế hoạch 552/KH-UBND Đồng Tháp, PHỤ LỤC)', () => {
    const { directive } = extractDirective(DONGTHAP_552);
    const rows = directive.requirements.filter((r) => r.ref.startsWith('PL.'));
    expect(rows.map((r) => r.ref)).toEqual(['PL.I.1', 'PL.I.2', 'PL.I.3', 'PL.I.4', 'PL.II.1', 'PL.II.2', 'PL.II.4']);
    expect(rows[0].text).toBe(
      'Rà soát, kịp thời cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư (PPP, FDI, ODA) hỗ trợ đổi mới công nghệ phù hợp với điều kiện kinh tế xã hội của tỉnh',
    );
    // "Sở Tài chính" chủ trì; "Sở Công Thương; Ban Quản lý khu Kinh tế tỉnh Đồng Tháp" only phối hợp.
    expect(rows[1].assignees).toEqual(['Sở Tài chính']);
    expect(rows[2].assignees).toEqual(['Liên hiệp các Hội Khoa học và Kỹ thuật']);
  });

  it('keeps part letters when numbering restarts, splits two leads, skips a repeated header row (Kế hoạch 179/KH-UBND Đồng Nai)', () => {
    const [table] = tables(DONGNAI_179_ANNEX);
    const refs = table.requirements.map((r) => r.ref);
    expect(refs.slice(0, 3)).toEqual(['PL.A.1.1', 'PL.A.2.1', 'PL.A.2.2']);
    expect(refs.slice(-2)).toEqual(['PL.B.1.1', 'PL.B.1.2']);
    // "| Sở Giáo dục và Đào tạo, Sở Văn hóa Thể thao và Du / lịch |", "| Sở Y tế; Sở Giáo dục và Đào tạo |"
    expect(table.requirements.find((r) => r.ref === 'PL.A.6.3')!.assignees).toEqual([
      'Sở Giáo dục và Đào tạo',
      'Sở Văn hóa Thể thao và Du lịch',
    ]);
    expect(table.requirements.find((r) => r.ref === 'PL.A.9.4')!.assignees).toEqual([
      'Sở Y tế',
      'Sở Giáo dục và Đào tạo',
    ]);
    // "| Nội dung | Đơn vị thực hiện | ..." printed again under "B / I" is no task.
    expect(table.requirements.some((r) => r.text === 'Nội dung')).toBe(false);
    expect(table.requirements).toHaveLength(10);
  });

  it('numbers rows of a table in the body without "PL." (Kế hoạch 552/KH-UBND Đồng Tháp, annex read as if in the body)', () => {
    const [table] = tables(DONGTHAP_552_ANNEX, Infinity);
    expect(table.requirements[0].ref).toBe('I.1');
  });
  it('gives the rows under a merged lead cell that lead, numbered under its row, deadlines from "Thời hạn hoàn thành" (Quyết định 2530/QĐ-TTg, Phụ lục I)', () => {
    const [table] = tables(TTG_2530_ANNEXES);
    const first = table.requirements.filter((r) => r.ref.startsWith('PL.A.1.'));
    expect(first.map((r) => r.ref)).toEqual(['PL.A.1.1', 'PL.A.1.2', 'PL.A.1.3', 'PL.A.1.4', 'PL.A.1.5']);
    expect(first.every((r) => r.assignees.join() === 'Bộ Nông nghiệp và Môi trường')).toBe(true);
    // "Ban hành trong quý I năm 2026", "Giai đoạn 2026 - 2027", "Ban hành trong năm 2026"
    expect(first.slice(0, 3).map((r) => r.deadlines.map((d) => d.date))).toEqual([
      ['2026-03-31'],
      ['2027-12-31'],
      ['2026-12-31'],
    ]);
    // "Thực hiện thường xuyên, liên tục": no deadline.
    expect(table.requirements.find((r) => r.ref === 'PL.A.7')!.deadlines).toEqual([]);
    // "E. BỘ Y TẾ" / "| | Bộ Y tế | ...": a row without its number is its part's.
    expect(table.requirements.filter((r) => r.ref.startsWith('PL.E')).map((r) => r.assignees)).toEqual([
      ['Bộ Y tế'],
      ['Bộ Y tế'],
    ]);
  });
});
