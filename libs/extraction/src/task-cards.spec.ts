/**
 * A plan's task cards, "a) Nhiệm vụ" / "b) Cơ quan thực hiện" / "- Đơn vị chủ trì: ..." / "c) Thời gian thực hiện: ...":
 * phrases quoted from dev/hanoi-2025-11-kehoach-dulieu-nq214 (Kế hoạch 308/KH-UBND of Hà Nội, 17 November 2025).
 */
import { extractDirective } from './extract-directive.js';

const HEAD = [
  '**ỦY BAN NHÂN DÂN**',
  'THÀNH PHỐ HÀ NỘI',
  '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 308/KH-UBND',
  '*Hà Nội, ngày 17 tháng 11 năm 2025*',
  '**KẾ HOẠCH**',
  'TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025 CỦA CHÍNH PHỦ',
  'Thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ, UBND thành phố Hà Nội ban hành Kế hoạch, cụ thể như sau:',
  '**I. MỤC ĐÍCH, YÊU CẦU**',
  'Bảo đảm hiệu quả.',
  '**II. NHIỆM VỤ**',
];

const read = (lines: string[]) =>
  extractDirective([...HEAD, ...lines].join('\n\n')).directive.requirements.map((r) => ({
    ref: r.ref,
    text: r.text,
    assignees: r.assignees,
    deadlines: r.deadlines.map((d) => d.text),
  }));

describe('task cards of a plan (dev/hanoi-2025-11-kehoach-dulieu-nq214)', () => {
  it('gives the lead and the time line to each task of the "Nhiệm vụ" side; the other sides are no tasks', () => {
    expect(
      read([
        '**1. Về các nền tảng số**',
        'a) Nhiệm vụ:',
        '- Tổ chức triển khai, sử dụng thống nhất các nền tảng số quốc gia dùng chung.',
        '- Triển khai rà soát, đánh giá, nâng cấp, phát triển các hệ thống thông tin.',
        'b) Cơ quan thực hiện:',
        '- Đơn vị chủ trì: Các Sở, ban, ngành Thành phố.',
        '- Đơn vị phối hợp: Sở Khoa học và Công nghệ, UBND xã, phường.',
        'c) Thời gian thực hiện: Hoàn thành trong năm 2025.',
      ]),
    ).toEqual([
      {
        ref: 'II.1.a.1',
        text: 'Tổ chức triển khai, sử dụng thống nhất các nền tảng số quốc gia dùng chung',
        assignees: ['Các Sở, ban, ngành Thành phố'],
        deadlines: ['Hoàn thành trong năm 2025'],
      },
      {
        ref: 'II.1.a.2',
        text: 'Triển khai rà soát, đánh giá, nâng cấp, phát triển các hệ thống thông tin',
        assignees: ['Các Sở, ban, ngành Thành phố'],
        deadlines: ['Hoàn thành trong năm 2025'],
      },
    ]);
  });

  it('drops the "Nhiệm vụ:" label of a one-line task and names its lead, not its partners', () => {
    expect(
      read([
        '**2. Nguồn nhân lực**',
        'a) Nhiệm vụ: Lựa chọn kiến trúc sư trưởng về Chuyển đổi số.',
        'b) Cơ quan thực hiện:',
        '- Đơn vị chủ trì: Sở Khoa học và Công nghệ.',
        '- Đơn vị phối hợp: Các Sở, ban, ngành.',
        'c) Thời gian thực hiện: Thực hiện thường xuyên.',
      ]),
    ).toEqual([
      {
        ref: 'II.2.a',
        text: 'Lựa chọn kiến trúc sư trưởng về Chuyển đổi số',
        assignees: ['Sở Khoa học và Công nghệ'],
        deadlines: [],
      },
    ]);
  });
});
