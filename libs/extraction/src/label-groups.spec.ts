/**
 * A plan's dash tasks each followed by a group of plain label lines ("Đơn vị chủ trì ...: X" / "Đơn vị phối hợp: ..." /
 * "Thời gian thực hiện: ..."): each group names the lead of the tasks printed since the group before it. Phrases quoted
 * from dev/bacninh-2025-11-kehoach-nangluc-xdpl (Kế hoạch 141/KH-UBND of Bắc Ninh, 20 November 2025), italics dropped.
 */
import { extractDirective } from './extract-directive.js';
import { taskRequirements } from './plan-tasks.js';

const HEAD = [
  '**UỶ BAN NHÂN DÂN**',
  'TỈNH BẮC NINH',
  '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 141/KH-UBND',
  '*Bắc Ninh, ngày 20 tháng 11 năm 2025*',
  '**KẾ HOẠCH**',
  'NÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC XÂY DỰNG CHÍNH SÁCH, PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2030',
  'Thực hiện Kế hoạch số 24/KH-UBND ngày 14/8/2025 của UBND tỉnh, UBND tỉnh ban hành Kế hoạch nâng cao năng lực cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật trên địa bàn tỉnh giai đoạn 2026 - 2030 như sau:',
  '**I. MỤC ĐÍCH, YÊU CẦU**',
  'Nâng cao năng lực cho đội ngũ cán bộ, công chức.',
  '**II. NHIỆM VỤ, GIẢI PHÁP**',
];

describe('label groups after dash tasks (dev/bacninh-2025-11-kehoach-nangluc-xdpl)', () => {
  it('gives each dash task the lead of the group printed after it, not the first group of its item', () => {
    const found = extractDirective(
      [
        ...HEAD,
        '**4. Nâng cao phẩm chất, năng lực cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật**',
        '- Tăng cường công tác giáo dục chính trị, tư tưởng, kỷ luật, kỷ cương cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật.',
        '*Đơn vị thực hiện: *Các Sở, ngành, đơn vị, UBND cấp xã.',
        '*Đơn vị phối hợp: *Sở Tư pháp.',
        '*Thời gian thực hiện: *Thường xuyên.',
        '- Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng xây dựng pháp luật cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật.',
        '*Đơn vị chủ trì tham mưu thực hiện: *Sở Tư pháp.',
        '*Đơn vị phối hợp thực hiện: *Các cơ quan, đơn vị, địa phương liên quan.',
        '*Thời gian thực hiện: *Theo kế hoạch công tác tư pháp hàng năm.',
        '- Nâng cao kiến thức, kỹ năng xây dựng pháp luật trong chương trình bồi dưỡng kiến thức, kỹ năng quản lý nhà nước theo tiêu chuẩn ngạch công chức.',
        '*Đơn vị chủ trì: *Sở Nội vụ.',
        '*Đơn vị phối hợp: *Sở Tư pháp; các cơ quan, đơn vị, địa phương liên quan.',
      ].join('\n\n'),
    ).directive.requirements.map((r) => r.assignees);
    expect(found).toEqual([['Các Sở, ngành, đơn vị', 'UBND cấp xã'], ['Sở Tư pháp'], ['Sở Nội vụ']]);
  });

  it('reads an item ending in a full stop over such tasks as a heading; a lead in general words names no one', () => {
    const found = extractDirective(
      [
        ...HEAD,
        '**5. Nghiên cứu giải pháp thu hút, tuyển dụng; đào tạo, đào tạo lại; sử dụng, phát huy hiệu quả nguồn nhân lực xây dựng chính sách, pháp luật.**',
        '- Nghiên cứu tham mưu UBND tỉnh ban hành cơ chế, chính sách thuộc thẩm quyền nhằm thu hút, tuyển dụng, tiếp nhận người có tài năng.',
        '*Đơn vị chủ trì tham mưu thực hiện: *Sở Nội vụ.',
        '*Thời gian thực hiện: *Giai đoạn 2026-2030 và những năm tiếp theo.',
        '- Thực hiện cơ chế đặc thù, áp dụng chế độ thù lao, cộng tác viên tạo điều kiện để các chuyên gia tham gia hoạt động xây dựng chính sách, pháp luật tại địa phương.',
        '*Đơn vị chủ trì tham mưu thực hiện: *Các cơ quan, đơn vị, địa phương.',
        '*Đơn vị phối hợp: *Sở Tư pháp.',
      ].join('\n\n'),
    ).directive.requirements.map((r) => [r.ref, r.assignees]);
    expect(found).toEqual([
      ['II.5.1', ['Sở Nội vụ']],
      ['II.5.2', []],
    ]);
  });
});

describe('a list of leads on a task label line (dev/ttg-2025-11-qd-kehoach-luat-baove-dulieu-canhan)', () => {
  it('"- Cơ quan thực hiện: Bộ Công an, Bộ Tư pháp, ... và các cơ quan báo chí, ... khác." is one assignee each', () => {
    const at = (text: string, start: number) => ({ text, marker: '-', span: { start, end: start + text.length } });
    const [found] = taskRequirements(
      {
        ref: 'II.1',
        head: {
          text: '1. Tổ chức tuyên truyền, phổ biến, giáo dục pháp luật về bảo vệ dữ liệu cá nhân',
          marker: '1',
          span: { start: 0, end: 80 },
        },
        labels: [
          at(
            '- Cơ quan thực hiện: Bộ Công an, Bộ Tư pháp, Bộ Giáo dục và Đào tạo, Bộ Văn hóa, Thể thao và Du lịch, Đài Tiếng nói Việt Nam, Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam và các cơ quan báo chí, phát thanh, truyền hình khác.',
            100,
          ),
          at('- Cơ quan phối hợp: các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ.', 400),
        ],
        subs: [],
        actions: [],
      },
      null,
    );
    expect(found.assignees).toEqual([
      'Bộ Công an',
      'Bộ Tư pháp',
      'Bộ Giáo dục và Đào tạo',
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Đài Tiếng nói Việt Nam',
      'Đài Truyền hình Việt Nam',
      'Thông tấn xã Việt Nam',
      'các cơ quan báo chí, phát thanh, truyền hình khác',
    ]);
  });
});
