import { extractDirective } from './extract-directive.js';
import {
  BACNINH_144_ANNEX,
  DONGTHAP_552,
  HANOI_310_ANNEX,
  TTG_2530_ANNEXES,
  tables,
} from './__fixtures__/task-table-annexes.js';

// A task table's header: which columns it reads, and a header printed after a title or another table
// (task-table-columns.ts).
describe('task table headers', () => {
  it('takes no deadline from a column of the time of execution ("THỜI GIAN": "Thường xuyên", "2026", "2025 - 2035") (Kế hoạch 552/KH-UBND Đồng Tháp)', () => {
    const { directive } = extractDirective(DONGTHAP_552);
    expect(directive.requirements.flatMap((r) => r.deadlines)).toEqual([]);
  });

  it('reads no task from a table of targets ("TT | Chỉ tiêu | Chủ trì") (Kế hoạch 144/KH-UBND Bắc Ninh)', () => {
    expect(tables(BACNINH_144_ANNEX)).toEqual([]);
  });

  it('reads a second annex whose header follows the first table and its title with one border (Quyết định 2530/QĐ-TTg, Phụ lục II)', () => {
    const [table] = tables(TTG_2530_ANNEXES);
    const second = table.requirements.filter((r) => /^PL\.I{1,3}\./u.test(r.ref));
    expect(second.map((r) => r.ref)).toEqual(['PL.II.1', 'PL.II.2', 'PL.II.4', 'PL.III.2']);
    // "Tên dự án, nhiệm vụ" is the task; "Cơ quan chủ trì[1]" the lead.
    expect(second[0].text).toBe('Xây dựng lộ trình cung ứng nhiên liệu và kiểm soát chất lượng nhiên liệu');
    expect(second[2].assignees).toEqual(['Bộ Tài chính']);
    // "Thời gian thực hiện": "Năm 2026" is no deadline, "Hoàn thành trong quý I năm 2026 ..." is.
    expect(second.map((r) => r.deadlines.map((d) => d.date))).toEqual([[], ['2026-03-31'], ['2026-12-31'], []]);
  });

  it('reads "Nội dung/nhiệm vụ" as the task column (Kế hoạch 310/KH-UBND Hà Nội)', () => {
    const [table] = tables(HANOI_310_ANNEX);
    expect(table.requirements.map((r) => r.ref)).toEqual(['PL.1', 'PL.2', 'PL.3', 'PL.4', 'PL.5', 'PL.6']);
    expect(table.requirements[0].assignees).toEqual(['Ban Quản lý các khu công nghệ cao và khu công nghiệp']);
    // "Thời gian thực hiện: Quý III Năm 2026" is when it runs, not by when.
    expect(table.requirements[0].deadlines).toEqual([]);
  });
});
