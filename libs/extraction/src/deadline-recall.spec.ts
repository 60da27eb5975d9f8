/**
 * Deadline phrasings read for recall: a day of a month of each quarter, a year printed after
 * "năm", a half-year. Each sentence is quoted from
 * samples/corpus/dev/<id> where named, else written after the same pattern.
 */
import { parseDeadlines } from './parse-deadlines.js';

const keys = (text: string, year = '2014') =>
  parseDeadlines(text, year).map((d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`);

describe('deadlines read for recall', () => {
  it.each([
    [
      'hcm-2014-06-qd-kehoach-nhao-nguoicocong: a day of the last month of each quarter, not only "hàng quý"',
      'Ủy ban nhân dân quận, huyện tổng hợp, báo cáo tình hình và tiến độ thực hiện việc hỗ trợ về nhà ở cho người có công với cách mạng định kỳ hàng quý gửi về Sở Xây dựng (trước ngày 20 tháng cuối quý) để tổng hợp, báo cáo Ủy ban nhân dân Thành phố, Bộ Xây dựng, Bộ Tài chính',
      ['recurring|FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20'],
    ],
    [
      'a day of "của tháng cuối quý" beside a day of each year',
      'Các cơ quan, ban ngành, đoàn thể xã và các chi bộ trực thuộc định kỳ báo cáo kết quả thực hiện Kế hoạch về Ban Thường vụ Đảng uỷ (qua Văn phòng Đảng uỷ) trước ngày 20 của tháng cuối quý và trước ngày 15/11 hằng năm để tổng hợp, báo cáo Tỉnh uỷ',
      ['recurring|FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20', 'recurring|FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15'],
    ],
    [
      'a day of the first month of the next quarter',
      'Định kỳ hằng quý, các đơn vị báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10 tháng đầu quý sau',
      ['recurring|FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10'],
    ],
    [
      'hcm-2014-06-qd-kehoach-nhao-nguoicocong: "3 tháng một lần", as "03 tháng/lần"',
      'Báo cáo tình hình và tiến độ thực hiện việc hỗ trợ về nhà ở cho người có công với cách mạng 3 tháng một lần; báo cáo kết quả thực hiện việc hỗ trợ trong năm 2014 và khi kết thúc Chương trình về Bộ Xây dựng',
      ['recurring|FREQ=MONTHLY;INTERVAL=3'],
    ],
    [
      '"hằng quý" alone stays every three months',
      'Định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh',
      ['recurring|FREQ=MONTHLY;INTERVAL=3'],
    ],
    [
      'a dated review report stays absolute',
      'Báo cáo sơ kết 6 tháng trước ngày 10/6/2026, báo cáo tổng kết trước ngày 10/12/2026',
      ['absolute|2026-06-10', 'absolute|2026-12-10'],
    ],
    [
      '"trong năm, trước ngày 20/12" is this year’s day',
      'Hoàn thành trong năm, trước ngày 20/12',
      ['absolute|2014-12-20'],
    ],
    ['a year printed after "năm"', 'Hoàn thành trước 30/9 năm 2026', ['absolute|2026-09-30']],
    [
      'a relative deadline counted in months or weeks',
      'Trong vòng 01 tháng kể từ ngày nhận được văn bản này, các đơn vị báo cáo kết quả; trong 02 tuần kể từ ngày ký, hoàn thành việc rà soát',
      ['relative|P1M@receipt', 'relative|P2W@issue'],
    ],
    ['the first half of a year', 'Hoàn thành trong 6 tháng đầu năm 2026', ['absolute|2026-06-30']],
  ])('%s', (_name, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});
