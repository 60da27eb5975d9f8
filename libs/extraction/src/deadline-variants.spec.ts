/**
 * Variants of the deadline phrases of samples/corpus/README.md ("How gold is written") that administrative writing
 * uses beside them: a bare date under a label that names a term or completion, a quarter or month written with "năm",
 * synonyms of "chậm nhất" and "hoàn thành". The allowed fresh texts (johnPa02/thuvienphapluat-crawler) hold few
 * directives, so these are phrase variants of the convention's own sentences, not quotations.
 */
import { parseDeadlines } from './parse-deadlines.js';

const keys = (text: string, year: string | null = '2025') =>
  parseDeadlines(text, year).map((d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`);

describe('a date under a label that names a term or completion', () => {
  it.each([
    ['- Thời gian hoàn thành: 15/12/2025.', ['absolute|2025-12-15']],
    ['Thời hạn: ngày 15/12/2025', ['absolute|2025-12-15']],
    ['Hạn nộp báo cáo: 17 giờ ngày 10 tháng 12 năm 2025.', ['absolute|2025-12-10']],
    ['Hạn hoàn thành: 20/12/2025', ['absolute|2025-12-20']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('keeps the label in the phrase', () => {
    expect(parseDeadlines('Thời gian hoàn thành: 15/12/2025.', '2025').map((d) => d.text)).toEqual([
      'Thời gian hoàn thành: 15/12/2025',
    ]);
  });

  it('takes no date of a meeting under a label of time alone ("Thời gian: 08 giờ 00, ngày 15/12/2025")', () => {
    expect(keys('Thời gian: 08 giờ 00, ngày 15/12/2025.')).toEqual([]);
    expect(keys('Thời gian thực hiện: ngày 15/12/2025.')).toEqual([]);
  });
});

describe('a month or a quarter under a label', () => {
  it.each([
    ['Thời gian: Quý IV năm 2025', ['absolute|2025-12-31']],
    ['- Thời gian hoàn thành: Quý I năm 2026.', ['absolute|2026-03-31']],
    // The window's end, its year printed once after it.
    ['Thời gian thực hiện: Từ tháng 11/2025 - 12/2025', ['absolute|2025-12-31']],
    // No year: the document's.
    ['- Thời gian thực hiện: Tháng 12.', ['absolute|2025-12-31']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('reads a month without a year as nothing when the document has no year', () => {
    expect(keys('- Thời gian thực hiện: Tháng 12.', null)).toEqual([]);
  });

  it('reads "Trong tháng 12/2025" under a label once, not once for the label and once for "trong tháng"', () => {
    expect(keys('Thời gian hoàn thành: Trong tháng 12/2025.')).toEqual(['absolute|2025-12-31']);
  });
});

describe('synonyms', () => {
  it.each([
    ['báo cáo Sở Nội vụ muộn nhất ngày 20/12/2025', ['absolute|2025-12-20']],
    ['gửi về Phòng Giáo dục trễ nhất ngày 05/12/2025', ['absolute|2025-12-05']],
    ['hoàn tất trong tháng 12/2025', ['absolute|2025-12-31']],
    ['hạn cuối ngày 15/12/2025', ['absolute|2025-12-15']],
    ['hoàn thành trước 30 tháng 6 năm 2026', ['absolute|2026-06-30']],
    ['gửi về Sở Y tế trong 07 ngày kể từ ngày nhận được văn bản', ['relative|P7D@receipt']],
    ['hoàn thành trong thời hạn 30 ngày kể từ ngày Kế hoạch được ban hành', ['relative|P30D@issue']],
    ['trong vòng 15 ngày kể từ ngày Quyết định này được ký', ['relative|P15D@issue']],
    ['gửi về trước ngày 15 / 12 / 2025', ['absolute|2025-12-15']],
    ['Hạn chót nộp hồ sơ là ngày 15/12/2025.', ['absolute|2025-12-15']],
    // An hour before a date printed without its year: the document's year.
    ['gửi danh sách đại biểu về Phòng Nội vụ trước 16 giờ 00 ngày 15/12.', ['absolute|2025-12-15']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));
});

describe('"trong ngày ..." after what is handed in: by the end of that day', () => {
  it.each([
    ['báo cáo Thủ tướng Chính phủ trong ngày 20/11/2025', ['absolute|2025-11-20']],
    ['tổng hợp, gửi báo cáo về Bộ Nông nghiệp và Môi trường trong ngày 20 tháng 11 năm 2025', ['absolute|2025-11-20']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('is no deadline when it dates what happens ("làm việc trong ngày ...")', () => {
    expect(keys('Đoàn công tác làm việc trong ngày 20/11/2025 tại tỉnh')).toEqual([]);
  });
});

describe("a half-yearly report's day", () => {
  it('is a day of each year, not a six-month interval', () => {
    // Quyết định 2954/QĐ-UBND Sơn La, V.1 (wave 15 of samples/bodies): no year in the excerpt.
    expect(
      keys(
        'Định kỳ hàng tháng (*trước ngày 16 hàng tháng*), 6 tháng (*trước ngày 16/6*), tổng kết năm (*trước ngày 20/11 hàng năm*) hoặc khi có yêu cầu.',
        null,
      ),
    ).toEqual([
      'recurring|FREQ=MONTHLY;BYMONTHDAY=16',
      'recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=16',
      'recurring|FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20',
    ]);
    // Bodies dev hanoi-2025-dauthau-quanly 3.3.2.
    expect(keys('Sở Tài chính tổng hợp báo cáo định kỳ 6 tháng trước ngày 30 tháng 6.')).toEqual([
      'recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30',
    ]);
  });
});

describe('a yearly report whose day follows where it goes', () => {
  it('is a day of each year', () => {
    // Kế hoạch 556/KH-UBND Đồng Tháp, VI.4 (wave 15 of samples/bodies).
    expect(
      keys(
        'Các đơn vị, địa phương tăng cường kiểm tra, đôn đốc triển khai, thực hiện Kế hoạch này, định kỳ hàng năm báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường chậm nhất ngày 17 tháng 12.',
        null,
      ),
    ).toEqual(['recurring|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=17']);
  });
});
