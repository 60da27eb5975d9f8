/**
 * Deadline shapes of administrative writing the dev split barely shows, each with a near-miss that must stay unread.
 * Quoted sentences name their source; the rest are phrase variants of the convention's own sentences (samples/corpus/
 * README.md, "How gold is written": "trước năm 2030" → the last day of 2029, "hoàn thành trong tháng 3/2026" → its last
 * day).
 */
import { parseDeadlines } from './parse-deadlines.js';

const keys = (text: string, year: string | null = '2025') =>
  parseDeadlines(text, year).map((d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`);

describe('"vào cuối tháng / năm" after the finishing verb', () => {
  it.each([
    // A Hà Nội project report (2025): "Theo kế hoạch, các gói thầu này hoàn thành vào cuối tháng 10/2025."
    ['Theo kế hoạch, các gói thầu này hoàn thành vào cuối tháng 10/2025.', ['absolute|2025-10-31']],
    ['Hoàn thành vào cuối năm 2025.', ['absolute|2025-12-31']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('reads no month an event happens in ("tổ chức vào cuối tháng 12/2025" without a finishing verb)', () => {
    expect(keys('Hội nghị tổng kết dự kiến tổ chức vào cuối tháng 12/2025.')).toEqual([]);
  });
});

describe('a time that opens the sentence, the finishing verb after it', () => {
  it.each([
    ['Trong tháng 12 năm 2025 hoàn thành việc sắp xếp, kiện toàn tổ chức bộ máy.', ['absolute|2025-12-31']],
    ['Đến 31/12/2025 hoàn thành việc cấp đổi giấy chứng nhận.', ['absolute|2025-12-31']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it.each([
    'Trong tháng 12 năm 2025, tổ chức Hội nghị sơ kết.',
    'Đến 31/12/2025, toàn tỉnh có 120 xã đạt chuẩn nông thôn mới.',
  ])('reads no time of an act or a count in "%s"', (text) => expect(keys(text)).toEqual([]));
});

describe('before a month or a quarter begins', () => {
  it.each([
    ['Hoàn thành trước tháng 6/2026.', ['absolute|2026-05-31']],
    ['Hoàn thành trước quý IV/2026.', ['absolute|2026-09-30']],
    ['Hoàn thành trước quý I năm 2027.', ['absolute|2026-12-31']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('reads no comparison ("so với trước tháng 6/2025")', () => {
    expect(keys('Số vụ vi phạm giảm 20% so với trước tháng 6/2025.')).toEqual([]);
  });
});

describe('a second frequency listed after "định kỳ 6 tháng"', () => {
  it('reads both (Kế hoạch 130/KH-UBND Ninh Bình, 2022)', () => {
    expect(
      keys(
        'Kiểm tra, giám sát, đánh giá kết quả thực hiện Chương trình phải được thực hiện định kỳ 6 tháng, hằng năm, đầu kỳ, giữa kỳ, cuối kỳ hoặc đột xuất khi cần thiết.',
        '2022',
      ),
    ).toEqual(['recurring|FREQ=MONTHLY;INTERVAL=6', 'recurring|FREQ=YEARLY']);
  });

  it('reads both before the recipient', () => {
    expect(keys('Báo cáo định kỳ 6 tháng, hằng năm về Sở Nội vụ.')).toEqual([
      'recurring|FREQ=MONTHLY;INTERVAL=6',
      'recurring|FREQ=YEARLY',
    ]);
  });

  // Neither a bare 6-monthly one: the days both reports fall on are given (bodies dev hcm-snv-2025-chothuelai-laodong 6,
  // whose gold holds only the two days).
  it('adds no bare yearly one when the yearly report has its day (Công văn 10283/SNV-LĐTLBHXH TP.HCM, 2025)', () => {
    expect(
      keys(
        'Sở Nội vụ đề nghị các doanh nghiệp thực hiện báo cáo định kỳ 6 tháng, hàng năm tình hình hoạt động cho thuê lại lao động. Báo cáo 6 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước ngày 20 tháng 12 theo đúng thời gian quy định.',
      ),
    ).toEqual(['recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20', 'recurring|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20']);
  });
});

describe('a day without its year after a verb that hands something in or finishes it', () => {
  it.each([
    ['Hoàn thành trong ngày 15/12.', ['absolute|2025-12-15']],
    ['Gửi về Sở trong ngày 15 tháng 12.', ['absolute|2025-12-15']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it.each([
    'Hội nghị được tổ chức vào ngày 20 tháng 12 tại Hội trường UBND tỉnh.',
    'Lễ phát động diễn ra trong ngày 15/12.',
    'Đợt kiểm tra bắt đầu vào ngày 05/12.',
  ])('reads no day of an event in "%s"', (text) => expect(keys(text)).toEqual([]));
});

describe('the date named first, then the term', () => {
  it('reads "Ngày 15/12/2025 là hạn cuối nhận hồ sơ"', () => {
    expect(keys('Ngày 15/12/2025 là hạn cuối nhận hồ sơ.')).toEqual(['absolute|2025-12-15']);
  });

  it('reads no other "là" ("Ngày 15/12/2025 là ngày hội")', () => {
    expect(keys('Ngày 15/12/2025 là ngày hội.')).toEqual([]);
  });
});

describe('a "Tiến độ" label', () => {
  it.each([
    ['Tiến độ hoàn thành: Tháng 6/2026.', ['absolute|2026-06-30']],
    ['Tiến độ: Hoàn thành trong quý I/2026.', ['absolute|2026-03-31']],
    ['Tiến độ: Đang triển khai.', []],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));
});

describe('the day of each week named after "hằng tuần"', () => {
  it.each([
    ['Báo cáo hằng tuần (trước 16 giờ thứ Năm) về Sở Y tế.', ['recurring|FREQ=WEEKLY;BYDAY=TH']],
    ['Định kỳ hằng tuần báo cáo vào thứ Sáu.', ['recurring|FREQ=WEEKLY;BYDAY=FR']],
    ['Hằng tuần, tổng hợp báo cáo UBND tỉnh vào thứ Sáu.', ['recurring|FREQ=WEEKLY;BYDAY=FR']],
    ['Báo cáo hằng tuần về Sở Y tế.', ['recurring|FREQ=WEEKLY']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));
});

describe('"định kỳ theo quý"', () => {
  it('reads every three months', () => {
    expect(keys('Báo cáo định kỳ theo quý về Sở Tài chính.')).toEqual(['recurring|FREQ=MONTHLY;INTERVAL=3']);
  });

  it('adds nothing when the day is named ("định kỳ theo tháng, trước ngày 20 hằng tháng")', () => {
    expect(keys('Báo cáo định kỳ theo tháng, trước ngày 20 hằng tháng.')).toEqual([
      'recurring|FREQ=MONTHLY;BYMONTHDAY=20',
    ]);
  });
});

describe('a day written with "mùng"', () => {
  it('reads "trước ngày mùng 5 tháng 12 năm 2025"', () => {
    expect(keys('Gửi báo cáo trước ngày mùng 5 tháng 12 năm 2025.')).toEqual(['absolute|2025-12-05']);
  });
});
