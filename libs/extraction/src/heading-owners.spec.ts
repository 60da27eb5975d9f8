import { extractDirective } from './extract-directive.js';
import { headingUnits } from './lead-in-units.js';

// Real-style snippets of a provincial plan and a Government conclusion notice.
const head = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH QUẢNG TRỊ',
  'Số: 120/KH-UBND',
  'Quảng Trị, ngày 10 tháng 11 năm 2025',
  'KẾ HOẠCH',
  'Triển khai công tác phòng, chống dịch bệnh',
  '',
];
const assigneesOf = (body: string[]) =>
  extractDirective([...head, ...body].join('\n')).directive.requirements.map((r) => r.assignees);

describe('headings that say whose the items under them are', () => {
  it('"Trách nhiệm của X:", "Nhiệm vụ của X", "Giao X:" name X; a verb after X ends the lead', () => {
    expect(headingUnits('3. Trách nhiệm của Sở Y tế:')).toEqual(['Sở Y tế']);
    expect(headingUnits('2. Nhiệm vụ của Phòng Văn hóa - Xã hội')).toEqual(['Phòng Văn hóa - Xã hội']);
    expect(headingUnits('4. Giao Ủy ban nhân dân các xã, phường:')).toEqual(['Ủy ban nhân dân các xã, phường']);
    expect(headingUnits('Trách nhiệm của các Sở, ban, ngành và Ủy ban nhân dân các xã, phường')).toEqual([
      'các Sở, ban, ngành',
      'Ủy ban nhân dân các xã, phường',
    ]);
    expect(headingUnits('Giao Sở Y tế chủ trì, phối hợp với các sở, ngành:')).toEqual(['Sở Y tế']);
  });

  it('an office holder heads the items: "b) Phó Thủ tướng Trần Hồng Hà:", "1. Bộ trưởng Bộ Tài chính:"', () => {
    expect(headingUnits('b) Phó Thủ tướng Trần Hồng Hà:')).toEqual(['Phó Thủ tướng Trần Hồng Hà']);
    expect(headingUnits('1. Bộ trưởng Bộ Tài chính:')).toEqual(['Bộ trưởng Bộ Tài chính']);
  });

  it('the dash items under "1. Trách nhiệm của Sở Y tế:" are the Sở\'s', () => {
    expect(
      assigneesOf([
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Trách nhiệm của Sở Y tế:',
        '- Chủ trì tổ chức giám sát dịch bệnh trên địa bàn tỉnh.',
        '- Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/12/2025.',
        '2. Trách nhiệm của Ủy ban nhân dân các xã, phường:',
        '- Tổ chức tuyên truyền cho Nhân dân về phòng, chống dịch.',
      ]),
    ).toEqual([['Sở Y tế'], ['Sở Y tế'], ['Ủy ban nhân dân các xã, phường']]);
  });
});

describe('a lead-in that asks a named body gives its items that body', () => {
  it('"đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo:" over dash items', () => {
    expect(
      assigneesOf([
        'Trên cơ sở đó, đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo:',
        '- Rà soát các cơ sở y tế trên địa bàn.',
        '- Báo cáo kết quả về Bộ Y tế trước ngày 15/12/2025.',
      ]),
    ).toEqual([['Ủy ban nhân dân các tỉnh, thành phố'], ['Ủy ban nhân dân các tỉnh, thành phố']]);
  });

  it('"đề nghị các đơn vị ...:" asks every recipient: no assignee', () => {
    expect(
      assigneesOf([
        'Để triển khai kịp thời, đề nghị các đơn vị thực hiện một số nội dung sau:',
        '- Rà soát các cơ sở y tế trên địa bàn.',
      ]),
    ).toEqual([[]]);
  });
});

describe('a task table row flattened into one line', () => {
  it('"Nội dung: ... Cơ quan chủ trì: X. Cơ quan phối hợp: Y. Thời gian: ..." is led by X', () => {
    expect(
      assigneesOf([
        'II. NHIỆM VỤ',
        '1. Nội dung: Rà soát các cơ sở y tế trên địa bàn. Cơ quan chủ trì: Sở Y tế, Sở Tài chính. Cơ quan phối hợp: Ủy ban nhân dân các xã. Thời gian hoàn thành: Quý IV/2025.',
      ]),
    ).toEqual([['Sở Y tế', 'Sở Tài chính']]);
  });
});
