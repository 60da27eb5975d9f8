/** Addressees of a công điện as a web copy prints them (adapted from dev công điện of the Prime Minister). */
import { extractDirective } from './extract-directive.js';

const read = (lines: string[]) => extractDirective(lines.join('\n')).directive;
const HEAD = [
  'THỦ TƯỚNG CHÍNH PHỦ',
  'Số: 226/CĐ-TTg',
  'Hà Nội, ngày 21 tháng 11 năm 2025',
  'CÔNG ĐIỆN',
  'VỀ VIỆC ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC TRUNG BỘ',
  '**THỦ TƯỚNG CHÍNH PHỦ điện:**',
];
const BODY = ['Thủ tướng Chính phủ yêu cầu:', '1. Bộ Tài chính khẩn trương xuất cấp hàng dự trữ quốc gia.'];

describe('addressees of a công điện', () => {
  it('goes on past an addressee ending with "." while the next item names leaders', () => {
    const d = read([
      ...HEAD,
      '- Bộ trưởng các Bộ: Tài chính, Nội vụ, Y tế.',
      '- Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực',
      'thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế.',
      ...BODY,
    ]);
    expect(d.recipients).toEqual([
      'Bộ trưởng các Bộ: Tài chính, Nội vụ, Y tế',
      'Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế',
    ]);
  });

  it('joins the names printed in the next table cell, and stops before a dash item that directs', () => {
    const d = read([
      ...HEAD,
      '- Bộ trưởng',
      'các Bộ:',
      '|',
      'Quốc phòng, Công an, Tài chính.',
      '|',
      '- Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương chỉ đạo di dời dân.',
      ...BODY,
    ]);
    expect(d.recipients).toEqual(['Bộ trưởng các Bộ: Quốc phòng, Công an, Tài chính']);
  });
});
