import { parseDeadlines } from './parse-deadlines.js';

/**
 * The general forms of a due date in Vietnamese administrative writing, each in a sentence of the dev corpus: recurring
 * (monthly day, quarter's last month, yearly date), relative (working days from receipt) and absolute ("chậm nhất ngày").
 * A lock on the reader's coverage (issue 12): these must keep reading the same whatever rule is tuned next.
 */
const read = (text: string, year: string) =>
  parseDeadlines(text, year).map((d) => [d.kind, d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`]);

describe('deadlines: the general forms, as the dev corpus prints them', () => {
  it.each([
    // dev hanoi-2025-11-kehoach-dulieu-nq214
    [
      'cập nhật kết quả triển khai Đề án 06 trước ngày 20 hằng tháng lên phần mềm theo dõi, giám sát Đề án 06',
      '2025',
      [['recurring', 'FREQ=MONTHLY;BYMONTHDAY=20']],
    ],
    // dev bxd-2013-11-nhao-nguoicocong-qd22 ("hàng tháng" spelled the other way)
    [
      'Thường xuyên báo cáo tình hình thực hiện chính sách ... bằng văn bản về Bộ Xây dựng, Bộ Kế hoạch và Đầu tư, Bộ Tài chính trước ngày 25 hàng tháng để tổng hợp, báo cáo Thủ tướng Chính phủ',
      '2013',
      [['recurring', 'FREQ=MONTHLY;BYMONTHDAY=25']],
    ],
    // dev hcm-2014-06-qd-kehoach-nhao-nguoicocong
    [
      'Ủy ban nhân dân quận, huyện tổng hợp, báo cáo tình hình và tiến độ thực hiện việc hỗ trợ về nhà ở cho người có công với cách mạng định kỳ hàng quý gửi về Sở Xây dựng (trước ngày 20 tháng cuối quý) để tổng hợp',
      '2014',
      [['recurring', 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20']],
    ],
    // dev hcm-2025-11-qd-kehoach-csdl-quyhoach
    ['Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính', '2025', [['recurring', 'FREQ=MONTHLY;INTERVAL=3']]],
    // dev kontum-2020-05-ctrhanhdong-quanhelaodong
    [
      'tổng hợp báo cáo tình hình triển khai thực hiện Chương trình này gửi Bộ Lao động - Thương binh và Xã hội, Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 hằng năm.',
      '2020',
      [['recurring', 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30']],
    ],
    // dev quangtri-2025-11-chithi-lanchiem-rung
    [
      'tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12 hàng năm.',
      '2025',
      [['recurring', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25']],
    ],
    // dev cp-2026-04-nq-tthc-yte
    [
      'Trong thời hạn 20 ngày làm việc kể từ ngày nhận được hồ sơ đề nghị, Bộ Y tế tổ chức đánh giá',
      '2026',
      [['relative', 'P20D@receipt']],
    ],
    // dev luongminh-2025-11-kehoach-hiepthuong
    [
      'Báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chậm nhất ngày 03/02/2026.',
      '2025',
      [['absolute', '2026-02-03']],
    ],
  ])('%s', (text, year, expected) => expect(read(text, year)).toEqual(expected));

  it.each([
    // An event's date, a law's entry into force, a period of work: no due date (corpus README, "deadlines").
    'Hội nghị được tổ chức vào ngày 15/12/2025 tại Hội trường UBND tỉnh.',
    'Luật có hiệu lực thi hành từ ngày 01/01/2026.',
    'Ngày 20/11/2025, UBND tỉnh đã ban hành Kế hoạch số 123/KH-UBND.',
    'Tổ chức tuyên truyền trong giai đoạn 2026 - 2030.',
    'Triển khai thực hiện từ ngày 01/12/2025.',
  ])('no deadline: %s', (text) => expect(read(text, '2025')).toEqual([]));
});
