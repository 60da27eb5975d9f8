/**
 * A lead-in over a list of project names is one task. Lines quoted from
 * samples/corpus/dev/cantho-2025-11-kehoach-phongchong-matuy (Kế hoạch 153/KH-UBND of Cần Thơ, November 2025).
 */
import { extractDirective } from './extract-directive.js';

const plan = (body: string[]) =>
  extractDirective(
    [
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ CẦN THƠ',
      'Số: 153/KH-UBND',
      'Cần Thơ, ngày 28 tháng 11 năm 2025',
      'KẾ HOẠCH',
      'Thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030',
      ...body,
    ].join('\n'),
  ).directive.requirements;

const NAMES = [
  '- Dự án 1: Phòng ngừa, đấu tranh tội phạm về ma túy có tổ chức, xuyên quốc gia.',
  '- Dự án 2: Ứng dụng khoa học và công nghệ trong phòng, chống ma túy.',
  '- Dự án 7 (Tiểu dự án 2): Nâng cao hiệu quả truyền thông, giáo dục phòng, chống ma túy ở cơ sở.',
];

describe('a lead-in over the names of projects', () => {
  it('"h) Chủ trì triển khai ... bao gồm:" over "- Dự án 1: ..." lines is one requirement, done by the unit heading', () => {
    const found = plan([
      'IV. PHÂN CÔNG NHIỆM VỤ',
      '1. Công an thành phố',
      'a) Tham mưu tổ chức thực hiện và giám sát việc thực hiện Chương trình trên địa bàn thành phố.',
      'h) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại các dự án trong Chương trình theo chỉ đạo của Bộ Công an, bao gồm:',
      ...NAMES,
    ]);
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['IV.1.a', ['Công an thành phố']],
      ['IV.1.h', ['Công an thành phố']],
    ]);
    expect(found[1].text).toMatch(/^Chủ trì triển khai, .* theo chỉ đạo của Bộ Công an, bao gồm$/u);
  });

  it('a numbered item over the names alone is the task', () => {
    const found = plan([
      'IV. PHÂN CÔNG NHIỆM VỤ',
      '2. Công an thành phố chủ trì triển khai, thực hiện các nhiệm vụ được giao tại các dự án trong Chương trình, bao gồm:',
      ...NAMES,
    ]);
    expect(found.map((r) => r.ref)).toEqual(['IV.2']);
  });

  it('keeps a name whose title wrapped after its colon in the list (the same lines with no empty lines, and a paraphrase)', () => {
    const lead = [
      'IV. PHÂN CÔNG NHIỆM VỤ',
      '1. Công an thành phố',
      'h) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại các dự án trong Chương trình theo chỉ đạo của Bộ Công an, bao gồm:',
    ];
    const wrapped = [
      NAMES[0],
      NAMES[1],
      '- Dự án 7 (Tiểu dự án 2):',
      'Nâng cao hiệu quả truyền thông, giáo dục phòng, chống ma túy ở cơ sở.',
    ];
    expect(plan([...lead, ...wrapped]).map((r) => r.ref)).toEqual(['IV.1.h']);
    const paraphrase = [
      '- Đề án 3 (Hợp phần 1):',
      'Hỗ trợ sinh kế cho hộ nghèo vùng biên giới.',
      '- Đề án 4: Đào tạo nghề nông thôn.',
    ];
    expect(plan([...lead, ...paraphrase]).map((r) => r.ref)).toEqual(['IV.1.h']);
  });
});
