/** A decision's articles: its closing article and the items of an article that names a unit (provincial decisions of 2014 and 2024). */
import { extractDirective } from './extract-directive.js';

const read = (lines: string[]) => extractDirective(lines.join('\n')).directive;

const DECISION = [
  'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
  'Số: 3210/QĐ-UBND',
  'Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014',
  'QUYẾT ĐỊNH',
  'Về ban hành Kế hoạch hỗ trợ người có công với cách mạng về nhà ở',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ người có công với cách mạng về nhà ở.',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  'Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Xây dựng, Chủ tịch Ủy ban nhân dân các quận, huyện chịu trách nhiệm thi hành Quyết định này./.',
];

describe("a decision's articles", () => {
  it('leaves out the closing article when the attached plan assigns the tasks', () => {
    const d = read([
      ...DECISION,
      '| Nơi nhận: - Như Điều 3; - Bộ Xây dựng; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tín |',
      'KẾ HOẠCH',
      'Hỗ trợ người có công với cách mạng về nhà ở (Ban hành kèm theo Quyết định số 3210/QĐ-UBND ngày 28 tháng 6 năm 2014)',
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập Đề án hỗ trợ người có công với cách mạng về nhà ở.',
    ]);
    expect(d.requirements.map((r) => r.text)).toEqual([
      'Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập Đề án hỗ trợ người có công với cách mạng về nhà ở',
    ]);
  });

  it('keeps the closing article when it is the only sentence directing anyone', () => {
    const d = read(DECISION);
    expect(d.requirements).toHaveLength(1);
    expect(d.requirements[0].text).toMatch(/chịu trách nhiệm thi hành Quyết định này$/u);
  });

  it('gives the items of "Điều 2. Giao Giám đốc Sở ..." that unit and the article\'s number in their ref', () => {
    const d = read([
      'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
      'Số: 986/QĐ-UBND',
      'Tuyên Quang, ngày 13 tháng 8 năm 2024',
      'QUYẾT ĐỊNH',
      'Ban hành Kế hoạch thời gian năm học 2024-2025',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành Kế hoạch thời gian năm học 2024-2025 như sau:',
      '1. Tựu trường các cấp học: Ngày 26/8/2024 (thứ Hai).',
      '2. Hoàn thành tuyển sinh các lớp đầu cấp trước ngày 31/7/2025.',
      'Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo',
      '1. Tổ chức chỉ đạo thực hiện hoàn thành Kế hoạch thời gian năm học 2024-2025 đúng quy định.',
      '2. Chủ trì, phối hợp với Chủ tịch Ủy ban nhân dân huyện, thành phố hướng dẫn và tổ chức thực hiện thống nhất.',
      'Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.',
    ]);
    expect(d.requirements.map((r) => r.ref)).toEqual(['1.2', '2.1', '2.2']);
    expect(d.requirements[1].assignees).toEqual(['Giám đốc Sở Giáo dục và Đào tạo']);
  });
});
