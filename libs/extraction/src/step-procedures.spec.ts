/**
 * Requirements of a plan: procedures in steps, sub-items numbered "2.1.a.", lists of papers and conditions (phrases from
 * the plan Quyết định 3210/QĐ-UBND of Hồ Chí Minh City issued in 2014).
 */
import { parseRequirements, toParagraphs } from './parse-body.js';
import { listedMembers } from './listed-members.js';

const lines = (texts: string[]) => {
  let start = 0;
  return texts.map((text) => {
    const line = { text, start, end: start + text.length };
    start += text.length + 1;
    return line;
  });
};
const requirementsOf = (texts: string[], year = '2014') => parseRequirements(toParagraphs(lines(texts)), year);

describe('a procedure in steps', () => {
  const steps = [
    'II. NỘI DUNG THỰC HIỆN',
    '1. Trình tự, thời gian lập và phê duyệt danh sách hỗ trợ nhà ở',
    '1.1. Bước 1:',
    '1.1.a. Thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng:',
    'Ủy ban nhân dân xã, phường, thị trấn thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng.',
    '1.1.b. Hướng dẫn và tiếp nhận hồ sơ:',
    'Trưởng thôn ấp, Tổ Trưởng các Tổ dân phố tập hợp đơn và danh sách gửi Ủy ban nhân dân xã, phường, thị trấn.',
    'Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.',
    '1.2. Bước 2: Kiểm tra hiện trạng nhà ở của từng đối tượng có đơn đề nghị hỗ trợ nhà ở.',
    'Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng tổ chức kiểm tra hiện trạng nhà ở của từng đối tượng. Sau khi kiểm tra, Ủy ban nhân dân xã, phường, thị trấn lập danh sách đối tượng được hỗ trợ nhà ở gửi Ủy ban nhân dân quận, huyện.',
    'Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2014.',
  ];

  it('reads the steps of a "Trình tự" heading closed by completion dates as tasks, not an order of business', () => {
    const found = requirementsOf(steps);
    expect(found.map((r) => r.ref)).toEqual(['II.1.1.a', 'II.1.1.b', 'II.1.2', 'II.1.2']);
    expect(found[0].text).toMatch(/^Ủy ban nhân dân xã, phường, thị trấn thành lập Ban Chỉ đạo/u);
    expect(found.map((r) => r.deadlines[0]?.date)).toEqual(['2014-06-27', '2014-06-27', '2014-07-25', '2014-07-25']);
  });

  it("takes the paragraph under a step title ending in a full stop as the step's task", () => {
    const found = requirementsOf(steps);
    expect(found[2].text).toMatch(/^Ban Chỉ đạo thực hiện hỗ trợ nhà ở .* tổ chức kiểm tra/u);
    expect(found[3].text).toMatch(/^Sau khi kiểm tra, Ủy ban nhân dân xã, phường, thị trấn lập danh sách/u);
  });

  it("still skips a meeting's order of business", () => {
    const found = requirementsOf([
      '1. Trình tự tổ chức hội nghị',
      '- Chào cờ, tuyên bố lý do, giới thiệu đại biểu.',
      '- Báo cáo kết quả thực hiện nhiệm vụ năm 2025.',
      '2. Ủy ban nhân dân các xã chuẩn bị hội trường trước ngày 20/12/2025.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['2']);
  });
});

describe('lists that are no tasks', () => {
  it('keeps the lead-in of a file and skips the papers it lists ("bao gồm:" / "+ ...")', () => {
    const found = requirementsOf([
      '1. Ủy ban nhân dân xã, phường, thị trấn:',
      '- Lập hồ sơ hoàn công cho từng hộ gia đình được hỗ trợ nhà ở, bao gồm:',
      '+ Đơn đề nghị hỗ trợ về nhà ở của hộ gia đình;',
      '+ Biên bản xác nhận hoàn thành xây dựng nhà ở đưa vào sử dụng (01 bản);',
      '- Chỉ đạo, giám sát để các hộ gia đình sử dụng tiền hỗ trợ về nhà ở đúng mục đích.',
    ]);
    expect(found.map((r) => r.text)).toEqual([
      'Lập hồ sơ hoàn công cho từng hộ gia đình được hỗ trợ nhà ở, bao gồm',
      'Chỉ đạo, giám sát để các hộ gia đình sử dụng tiền hỗ trợ về nhà ở đúng mục đích',
    ]);
  });

  it('reads lead-ins to conditions and priorities as lists of members', () => {
    const para = (text: string, marker: string | null) => ({ text, marker, span: { start: 0, end: text.length } });
    expect(listedMembers(para('Đối tượng người được hỗ trợ được lập theo thứ tự ưu tiên sau đây:', null))).toBe('dash');
    expect(
      listedMembers(para('1.2. Đang sinh sống tại nhà ở mà nhà ở đó có một trong các điều kiện sau:', '1.2')),
    ).toBe('dash');
    expect(listedMembers(para('- Lập hồ sơ hoàn công cho từng hộ gia đình, bao gồm:', '-'))).toBe('plus');
    expect(listedMembers(para('Đề nghị các đơn vị thực hiện các nhiệm vụ sau:', null))).toBeNull();
  });
});

describe('paragraphs', () => {
  it('goes on after an item that ends in a comma and an empty line', () => {
    const paragraphs = toParagraphs([
      { text: '4.2.b. Ủy ban nhân dân xã vận động Hội Phụ nữ, Hội Cựu chiến binh,', start: 0, end: 66 },
      { text: 'Đoàn Thanh niên giúp đỡ các hộ gia đình xây dựng nhà ở.', start: 68, end: 123, blankBefore: true },
    ]);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0].marker).toBe('4.2.b');
  });
});
