/**
 * The Official Gazette's borderless task table (Phụ lục of Nghị quyết 100/NQ-CP, dev cp-2026-04-nq-chuongtrinh-ct49-phichinhphu):
 * lines quoted as the PDF-to-text prints them, one short line per cell fragment.
 */
import { readTaskTables } from './task-tables.js';

/** The table's header as the gazette prints it, one fragment a line. */
const HEADER = [
  'TT',
  'Tên nhiệm vụ',
  'Cơ quan',
  'chủ trì',
  'Cơ',
  'quan',
  'phối hợp',
  'Kết quả/Đánh giá',
  'Thời',
  'hạn',
  'hoàn thành',
];

const ANNEX = [
  'PHỤ LỤC',
  'DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ',
  ' ',
  ...HEADER,
  'II. ',
  'Đẩy mạnh cải cách, hoàn thiện, nâng cao chất ',
  'lượng và hiệu quả thực thi thể chế, chính sách, ',
  'quy định pháp luật ',
  ' ',
  '1. ',
  'Nghiên cứu, đề xuất xây dựng văn bản quy phạm ',
  'pháp luật điều chỉnh tổng thể hoạt động các tổ ',
  'chức phi chính phủ, phi lợi nhuận nước ngoài và ',
  'tổ chức nhân dân, các hội, pháp nhân khác trong ',
  'nước hoạt động tại Việt Nam. ',
  'Bộ ',
  'Nội ',
  'vụ, ',
  'Bộ ',
  'Ngoại ',
  'giao ',
  'Bộ Công an, ',
  'Bộ ',
  'Tài ',
  'chính, Bộ Tư ',
  'pháp, ',
  'các ',
  'Bộ, ',
  'ngành ',
  'liên quan ',
  'Đề xuất xây dựng ',
  'Luật ',
  'Năm 2026 – ',
  '2030 ',
  '2.  ',
  'Tổng kết, đánh giá thực tiễn thi hành Nghị định ',
  'số 58/2022/NĐ-CP ngày 31 tháng 8 năm 2002 ',
  'của Chính phủ về đăng ký và quản lý hoạt động ',
  'của tổ chức phi chính phủ nước ngoài tại Việt ',
  'Nam, tham mưu, đề xuất Chính phủ sửa đổi, bổ ',
  'sung các quy định phù hợp với yêu cầu và thực ',
  'tiễn công tác. ',
  'Bộ Ngoại ',
  'giao ',
  'Bộ Tư pháp, ',
  'các ',
  'Bộ, ',
  'ngành, ',
  'địa ',
  'phương liên ',
  'quan ',
  'Nghị định được ',
  'ban hành ',
  'Năm 2026 ',
  '4.  ',
  'Nâng cao hiệu lực, hiệu quả, tính nghiêm minh ',
  'trong tổ chức thi hành pháp luật; nâng cao ý thức ',
  'chấp hành pháp luật của cá nhân, tổ chức và toàn ',
  'xã hội trong các lĩnh vực liên quan hoạt động phi ',
  'chính phủ nước ngoài tại Việt Nam. ',
  'Các Bộ, ',
  'ngành, ',
  'địa ',
  'phương ',
  'Các ',
  'Bộ, ',
  'ngành, ',
  'địa ',
  'phương ',
  'Hội nghị phổ biến ',
  'pháp luật ',
  'Thực ',
  'hiện ',
  'thường ',
  'xuyên.  ',
].join('\n');

describe('the gazette task table (dev cp-2026-04-nq-chuongtrinh-ct49-phichinhphu)', () => {
  const [table] = readTaskTables(ANNEX, 0, '2026');

  // One part only: its rows keep their numbers as printed (the part joins the ref when the numbering restarts under each part).
  it('gives one PL. row per task, its task cell only', () => {
    expect(table.requirements.map((r) => r.ref)).toEqual(['PL.1', 'PL.2', 'PL.4']);
    expect(table.requirements[1].text).toBe(
      'Tổng kết, đánh giá thực tiễn thi hành Nghị định số 58/2022/NĐ-CP ngày 31 tháng 8 năm 2002 của Chính phủ về đăng ký và quản lý hoạt động của tổ chức phi chính phủ nước ngoài tại Việt Nam, tham mưu, đề xuất Chính phủ sửa đổi, bổ sung các quy định phù hợp với yêu cầu và thực tiễn công tác.',
    );
  });

  it('reads the lead cell, not the partners, and the completion cell', () => {
    expect(table.requirements.map((r) => r.assignees)).toEqual([['Bộ Nội vụ', 'Bộ Ngoại giao'], ['Bộ Ngoại giao'], []]);
    expect(table.requirements.map((r) => r.deadlines.map((d) => d.date))).toEqual([['2030-12-31'], ['2026-12-31'], []]);
  });
});

const rows = (lines: string[]) => readTaskTables(['PHỤ LỤC', 'DANH MỤC CÁC NHIỆM VỤ', ...lines].join('\n'), 0, '2026');
// Rows VI.2 and VI.3 of the same annex, as printed.
const ROW_2 = [
  '2.  ',
  'Kiện toàn, tổ chức bộ phận phụ trách công tác phi ',
  'chính phủ nước ngoài của các địa phương theo ',
  'hướng tinh gọn, mạnh, hiện đại, chuyên nghiệp, ',
  'phù hợp với chủ trương chung về tiếp tục đối ',
  'mới, sắp xếp tổ chức bộ máy của hệ thống chính ',
  'trị. ',
  'UBND ',
  'các tỉnh, ',
  'thành phố ',
  'Bộ Nội vụ, ',
  'Bộ Tư pháp, ',
  'Văn bản kiện toàn ',
  'bộ phận về các tổ ',
  'chức phi chính phủ ',
  'nước ngoài ',
  '2026 ',
];
const ROW_3 = [
  '3.  ',
  'Nâng cao vai trò, trách nhiệm của các ngành, ủy ',
  'ban nhân dân các cấp, trách nhiệm của người ',
  'đứng đầu trong thực hiện quản lý nhà nước và ',
  'hướng dẫn, kiểm tra triển khai thực hiện công tác. ',
  'Các Bộ, ',
  'ngành, ',
  'địa ',
  'phương ',
  'Bộ ',
  'Ngoại ',
  'giao ',
  'Phân công, chỉ thị ',
  'phân định rõ trách ',
  'nhiệm ',
  'Thực ',
  'hiện ',
  'thường ',
  'xuyên.  ',
];

describe('gazette task tables laid out otherwise (rows of dev cp-2026-04-nq-chuongtrinh-ct49-phichinhphu, Phụ lục VI)', () => {
  it('reads a row printed in bands: the task cell goes on after the narrow cells, the completion cell in the first band', () => {
    // Row VI.1 as printed: the task's last lines come after "2026", then the partner and product cells' last lines.
    const [table] = rows([
      ...HEADER,
      '1.  ',
      'Kiện toàn, hoàn thiện chức năng, nhiệm vụ của ',
      'các cơ quan chức năng quản lý và Ủy ban Công ',
      'tác về các tổ chức phi chính phủ nước ngoài tại ',
      'Bộ Ngoại ',
      'giao ',
      'Các cơ quan ',
      'thành ',
      'viên ',
      'trong Ủy ban ',
      'Quyết định của ',
      'Thủ tướng Chính ',
      'phủ kiện toàn Ủy ',
      '2026 ',
      'Việt Nam theo hướng thống nhất, tinh gọn, hiệu ',
      'lực, hiệu quả.  ',
      'công tác về ',
      'các tổ chức ',
      'phi chính phủ ',
      'nước ngoài ',
      'ban công tác về ',
      'các tổ chức phi ',
      'chính phủ nước ',
      'ngoài ',
      ...ROW_2,
    ]);
    expect(table.requirements[0].text).toBe(
      'Kiện toàn, hoàn thiện chức năng, nhiệm vụ của các cơ quan chức năng quản lý và Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài tại Việt Nam theo hướng thống nhất, tinh gọn, hiệu lực, hiệu quả.',
    );
    expect(table.requirements.map((r) => r.assignees)).toEqual([['Bộ Ngoại giao'], ['UBND các tỉnh, thành phố']]);
    expect(table.requirements.map((r) => r.deadlines.map((d) => d.date))).toEqual([['2026-12-31'], ['2026-12-31']]);
  });

  it('reads the rows after the header printed again on the next page', () => {
    const [table] = rows([...HEADER, ...ROW_2, ' ', ...HEADER, ...ROW_3]);
    expect(table.requirements.map((r) => r.ref)).toEqual(['PL.2', 'PL.3']);
    expect(table.requirements.map((r) => r.assignees)).toEqual([['UBND các tỉnh, thành phố'], []]);
    expect(table.requirements.map((r) => r.deadlines.map((d) => d.date))).toEqual([['2026-12-31'], []]);
  });

  it('reads a completion column printed before the lead column', () => {
    const header = ['TT', 'Tên nhiệm vụ', 'Thời', 'hạn', 'hoàn thành', 'Cơ quan', 'chủ trì', 'Cơ', 'quan', 'phối hợp'];
    // Row VI.2 with its cells in that order, its completion cell "Quý II/2026" and row VI.3's "Thực hiện thường xuyên.".
    const [table] = rows([
      ...header,
      ...ROW_2.slice(0, 7),
      'Quý ',
      'II/2026 ',
      ...ROW_2.slice(7, 12),
      ...ROW_3.slice(0, 5),
      ...ROW_3.slice(15),
      ...ROW_3.slice(5, 12),
    ]);
    expect(table.requirements.map((r) => r.assignees)).toEqual([['UBND các tỉnh, thành phố'], []]);
    expect(table.requirements.map((r) => r.deadlines.map((d) => d.date))).toEqual([['2026-06-30'], []]);
  });

  // Row VI.2's completion cell "2026" written as other annexes write it.
  it.each([
    [['Quý ', 'II/2026 '], ['2026-06-30']],
    [['Năm 2026 '], ['2026-12-31']],
    [['6/2026 '], ['2026-06-30']],
    [['Đến năm ', '2030 '], ['2030-12-31']],
    [['Giai đoạn ', '2026 - 2030 '], ['2030-12-31']],
    [['Năm 2026, ', '2027 '], ['2027-12-31']],
    [['Thường ', 'xuyên '], []],
  ])('reads the completion cell %j', (cellLines, expected) => {
    const [table] = rows([...HEADER, ...ROW_2.slice(0, -1), ...cellLines, ...ROW_3]);
    expect(table.requirements[0].deadlines.map((d) => d.date)).toEqual(expected);
  });
});
