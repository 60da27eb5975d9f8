import { extractDirective } from './extract-directive.js';

// Adapted from dev/vpcp-2025-11-tbkl-benhvien-coso2-ninhbinh (a Thông báo kết luận of the Văn phòng Chính phủ).
const assigneesOf = (body: string[]) =>
  extractDirective(
    [
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 600/TB-VPCP',
      'Hà Nội, ngày 10 tháng 11 năm 2025',
      'THÔNG BÁO',
      'Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tiến độ dự án bệnh viện',
      '',
      ...body,
    ].join('\n'),
  ).directive.requirements.map((r) => r.assignees);

describe('dash items under a numbered task that opens with its actor', () => {
  it('go on with that actor, not with the units the section lead-in names', () => {
    expect(
      assigneesOf([
        '2. Để đảm bảo tiến độ hoàn thành 02 công trình dự án, yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu và các bộ, cơ quan liên quan tiếp tục nỗ lực hoàn thành các công việc còn lại, trong đó lưu ý một số nội dung trọng tâm như sau:',
        '(1) Bộ Y tế chỉ đạo Ban Quản lý dự án, các đơn vị liên quan khẩn trương hoàn thiện hồ sơ thiết kế phòng cháy, chữa cháy theo đúng hướng dẫn của Bộ Công an.',
        '- Chỉ đạo Ban Quản lý dự án, Bệnh viện Bạch Mai thúc đẩy công tác mua sắm, đấu thầu thiết bị đảm bảo chất lượng, tiến độ.',
        '- Chủ trì, phối hợp với Bộ Tài chính và các bộ, cơ quan liên quan hoàn thiện hồ sơ trình về các cơ chế vận hành hoạt động của 02 bệnh viện.',
        '(2) Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn Bộ Y tế, Ban Quản lý dự án và các nhà thầu thực hiện các phương án phòng cháy, chữa cháy.',
      ]),
    ).toEqual([['Bộ Y tế'], ['Bộ Y tế'], ['Bộ Y tế'], ['Bộ Công an']]);
  });
});
