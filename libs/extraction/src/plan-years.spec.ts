/**
 * A plan's completion years and the target printed under an item (completion-years.ts, target-lines.ts). Texts quoted
 * from dev/ttg-2018-06-qd-kehoach-chithi14-nguoicocong (Kế hoạch of Quyết định 773/QĐ-TTg).
 */
import { extractDirective } from './extract-directive.js';
import { deadlinesOf } from './parse-deadlines.js';

const dates = (text: string) => deadlinesOf(text, '2018').map((d) => `${d.kind}|${d.date ?? d.rrule}|${d.text}`);

describe('completion years', () => {
  it.each([
    [
      'a task to be resolved in a year',
      'Hoàn thành tổng kết, rà soát việc công nhận người có công. Giải quyết căn bản hồ sơ đề nghị xác nhận người có công với cách mạng còn tồn đọng vào năm 2020.',
      ['absolute|2020-12-31|vào năm 2020'],
    ],
    [
      'a year opening a sentence that finishes a task',
      'Năm 2018, hoàn thành việc hỗ trợ nhà ở đối với người có công với cách mạng trên toàn quốc.',
      ['absolute|2018-12-31|Năm 2018'],
    ],
    [
      '"Đến năm ..." before a task to be resolved',
      'Đến năm 2020, giải quyết căn bản hồ sơ đề nghị xác nhận người có công với cách mạng còn tồn đọng.',
      ['absolute|2020-12-31|Đến năm 2020'],
    ],
    [
      'a line labelled by its year',
      '- Năm 2019: Trình ban hành Pháp lệnh thay thế Pháp lệnh Ưu đãi người có công với cách mạng và các văn bản hướng dẫn.',
      ['absolute|2019-12-31|Năm 2019'],
    ],
    [
      'a target is no deadline',
      'Đến năm 2020, phấn đấu đạt 100% gia đình người có công với cách mạng có mức sống bằng hoặc cao hơn mức trung bình.',
      [],
    ],
    ['the year of an event is none', 'Tổ chức Đại hội đại biểu vào năm 2020 theo Điều lệ.', []],
  ])('%s', (_name, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('the target printed under an item', () => {
  it('is read with the item, and its year is the deadline', () => {
    const { requirements } = extractDirective(
      [
        'Số: 1/KH-UBND',
        'Hà Nội, ngày 26 tháng 6 năm 2018',
        'KẾ HOẠCH',
        'Thực hiện chính sách người có công',
        '1. Nhiệm vụ và giải pháp',
        'đ) Đẩy nhanh tiến độ giải quyết hồ sơ đề nghị công nhận người có công với cách mạng còn tồn đọng với mục tiêu:',
        '',
        'Đến năm 2020, giải quyết căn bản hồ sơ đề nghị xác nhận người có công với cách mạng còn tồn đọng.',
        '',
        'e) Đẩy mạnh công tác tìm kiếm, quy tập hài cốt liệt sĩ.',
      ].join('\n'),
    ).directive;
    expect(requirements.map((r) => [r.ref, r.text, r.deadlines.map((d) => d.date)])).toEqual([
      [
        '1.đ',
        'Đẩy nhanh tiến độ giải quyết hồ sơ đề nghị công nhận người có công với cách mạng còn tồn đọng với mục tiêu: Đến năm 2020, giải quyết căn bản hồ sơ đề nghị xác nhận người có công với cách mạng còn tồn đọng',
        ['2020-12-31'],
      ],
      ['1.e', 'Đẩy mạnh công tác tìm kiếm, quy tập hài cốt liệt sĩ', []],
    ]);
  });
});
