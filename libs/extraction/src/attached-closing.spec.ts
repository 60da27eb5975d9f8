/** The Nơi nhận of a decision that issues a plan printed after its signature (adapted from provincial decisions). */
import { extractDirective } from './extract-directive.js';

const read = (lines: string[]) => extractDirective(lines.join('\n')).directive;
const HEAD = [
  'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
  'Số: 986/QĐ-UBND',
  'Tuyên Quang, ngày 13 tháng 8 năm 2024',
  'QUYẾT ĐỊNH',
  'Ban hành Kế hoạch hỗ trợ nhà ở cho người có công',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ nhà ở cho người có công.',
  'Điều 2. Giám đốc Sở Xây dựng, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này.',
];

describe('Nơi nhận of a decision with an attached plan', () => {
  it('ends the list and the signer at the title of the attached plan', () => {
    const d = read([
      ...HEAD,
      '| Nơi nhận: - Như Điều 2; - Bộ Xây dựng; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An |',
      'KẾ HOẠCH',
      'Hỗ trợ nhà ở cho người có công (Ban hành kèm theo Quyết định số 986/QĐ-UBND ngày 13/8/2024)',
      'I. MỤC ĐÍCH - YÊU CẦU',
      '- Việc hỗ trợ phải bảo đảm công khai, minh bạch.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Xây dựng hướng dẫn các huyện lập danh sách hộ được hỗ trợ.',
    ]);
    expect(d.distribution).toEqual(['Như Điều 2', 'Bộ Xây dựng', 'Lưu: VT']);
    expect(d.signer.title).toBe('PHÓ CHỦ TỊCH');
  });

  it('splits entries whose note follows the semicolon ("; (báo cáo) - ...")', () => {
    const d = read([
      ...HEAD,
      '| Nơi nhận: - Bộ Giáo dục và Đào tạo; (báo cáo) - Thường trực HĐND tỉnh; (báo cáo) - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An |',
    ]);
    expect(d.distribution).toEqual([
      'Bộ Giáo dục và Đào tạo; (báo cáo)',
      'Thường trực HĐND tỉnh; (báo cáo)',
      'Lưu: VT',
    ]);
  });
});

describe('tasks of a decision with an attached plan', () => {
  const d = read([
    ...HEAD,
    '| Nơi nhận: - Như Điều 2; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An |',
    'KẾ HOẠCH',
    'Hỗ trợ nhà ở cho người có công (Ban hành kèm theo Quyết định số 986/QĐ-UBND ngày 13/8/2024)',
    'I. TỔ CHỨC THỰC HIỆN',
    '1. Sở Xây dựng hướng dẫn các huyện lập danh sách hộ được hỗ trợ, báo cáo Ủy ban nhân dân tỉnh.',
    'Đề nghị các tổ chức, cá nhân có liên quan thực hiện các nội dung và thời gian theo đúng Kế hoạch đề ra./.',
  ]).requirements.map((r) => r.text);

  it('drops the closing call to carry the plan out', () => {
    expect(d.some((t) => /theo đúng Kế hoạch đề ra/u.test(t))).toBe(false);
  });
});

describe("a decision's calendar with completion dates", () => {
  it('counts an article item that must be done by a date, not an event date', () => {
    const found = read([
      'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
      'Số: 986/QĐ-UBND',
      'Tuyên Quang, ngày 13 tháng 8 năm 2024',
      'QUYẾT ĐỊNH',
      'Ban hành Kế hoạch thời gian năm học 2024-2025',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành Kế hoạch thời gian năm học 2024-2025 như sau:',
      '1. Tổ chức Khai giảng năm học mới: Ngày 05/9/2024 (thứ Năm).',
      '2. Hoàn thành tuyển sinh các lớp đầu cấp trước ngày 31/7/2025.',
      'Điều 2. Giám đốc Sở Giáo dục và Đào tạo chịu trách nhiệm thi hành Quyết định này.',
    ]).requirements;
    expect(found.map((r) => r.text)).toContain('Hoàn thành tuyển sinh các lớp đầu cấp trước ngày 31/7/2025');
    expect(found.some((r) => /Khai giảng/u.test(r.text))).toBe(false);
    expect(found.find((r) => /tuyển sinh/u.test(r.text))?.deadlines[0]).toMatchObject({ date: '2025-07-31' });
  });
});
