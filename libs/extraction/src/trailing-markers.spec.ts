/**
 * A numbered heading with its first sub-item's number glued to its end (dev kontum-2020-05-ctrhanhdong-quanhelaodong, lines
 * quoted as its copy prints them).
 */
import { extractDirective } from './extract-directive.js';
import { splitTrailingMarkers } from './trailing-markers.js';

const line = (text: string, start = 0) => ({ text, start, end: start + text.length });

describe('a sub-item number glued to the end of its heading', () => {
  it('goes to a line of its own (II.2 of dev kontum-2020-05-ctrhanhdong-quanhelaodong)', () => {
    const heading = '2. Nâng cao năng lực, hiệu quả quản lý nhà nước về quan hệ lao động 2.1.';
    expect(splitTrailingMarkers([line(heading, 100)]).map((l) => [l.text, l.start])).toEqual([
      ['2. Nâng cao năng lực, hiệu quả quản lý nhà nước về quan hệ lao động', 100],
      ['2.1.', 100 + heading.lastIndexOf('2.1.')],
    ]);
  });

  it('splits off the sub-item with its text on the same line (II.3 of the same programme)', () => {
    const heading =
      '3. Giải quyết tốt tranh chấp lao động và đình công 3.1. Rà soát, kiện toàn, nâng cao hiệu quả hoạt động';
    expect(splitTrailingMarkers([line(heading)]).map((l) => l.text)).toEqual([
      '3. Giải quyết tốt tranh chấp lao động và đình công',
      '3.1. Rà soát, kiện toàn, nâng cao hiệu quả hoạt động',
    ]);
  });

  it('leaves another number at a line’s end alone', () => {
    const lines = [
      line('2. Thực hiện theo mục 3.1'),
      line('1. Nội dung tại khoản 1.2.'),
      line('Theo Phụ lục 2.1.'),
      line('1. Áp dụng mục 1.1 của Phụ lục'),
    ];
    expect(splitTrailingMarkers(lines)).toEqual(lines);
  });

  it('reads the heading as structure and the sub-item as the task', () => {
    const found = extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH KON TUM',
        'Số: 1525/CTr-UBND',
        'Kon Tum, ngày 29 tháng 5 năm 2020',
        'CHƯƠNG TRÌNH HÀNH ĐỘNG',
        'Thực hiện Chỉ thị số 37-CT/TW',
        'II. NHIỆM VỤ VÀ GIẢI PHÁP',
        '1. Tăng cường sự lãnh đạo của cấp ủy, tổ chức đảng; sự quản lý, điều hành của chính quyền các cấp nhằm nâng cao nhận thức, thúc đẩy xây dựng lao động hài hòa, ổn định và tiến bộ 1.1',
        'Tổ chức nghiên cứu, tuyên truyền, phổ biến, quán triệt Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng.',
        '- Cơ quan thực hiện: Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố.',
        '- Thời gian thực hiện: Hoàn thành trong quý II/2020.',
        '1.2.',
        'Nâng cao vai trò, trách nhiệm của các cấp ủy, chính quyền, nhất là người đứng đầu trong công tác xây dựng quan hệ lao động.',
        '- Cơ quan thực hiện: Các sở, ban, ngành.',
        '- Thời gian thực hiện: Thực hiện thường xuyên.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => r.ref)).toEqual(['II.1.1', 'II.1.2']);
    expect(found[0].deadlines.map((d) => d.date)).toEqual(['2020-06-30']);
  });
});
