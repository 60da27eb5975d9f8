/** Deadlines written with years, quarters and months (year-deadlines.ts); sentences adapted from dev documents. */
import { deadlinesOf } from './parse-deadlines.js';

describe('deadlines of years, quarters and months', () => {
  it.each([
    [
      'a window of years is read at its end',
      'Tập trung triển khai có hiệu quả các nội dung, nhiệm vụ từ năm 2013 đến năm 2015.',
      [{ kind: 'absolute', date: '2015-12-31', text: 'từ năm 2013 đến năm 2015' }],
    ],
    [
      "a window of days whose start shares the end's month",
      'Niêm yết danh sách cử tri từ ngày 01 - 15/12/2025; rà soát từ ngày 20/11 - 05/12/2025.',
      [
        { kind: 'absolute', date: '2025-12-15', text: 'từ ngày 01 - 15/12/2025' },
        { kind: 'absolute', date: '2025-12-05', text: 'từ ngày 20/11 - 05/12/2025' },
      ],
    ],
    [
      'the days an event happened are none',
      'Hỗ trợ sửa chữa nhà cửa bị thiệt hại do đợt mưa lũ từ ngày 16-22/11/2025, gửi Văn phòng Chính phủ.',
      [],
    ],
    [
      'a window of months',
      'Tổ chức tuyên truyền từ tháng 11/2025 đến tháng 01/2026.',
      [{ kind: 'absolute', date: '2026-01-31', text: 'từ tháng 11/2025 đến tháng 01/2026' }],
    ],
    ['an open window is none', 'Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.', []],
    [
      'the period a review covers is none',
      'Tổng kết 10 năm thực hiện Nghị quyết (từ năm 2015 đến năm 2025) trên địa bàn tỉnh.',
      [],
    ],
    ["a programme's period is none", 'Thực hiện Chương trình giai đoạn từ năm 2021 đến năm 2025 theo quy định.', []],
    [
      'a year in brackets closing a task to be completed',
      'Tập trung nghiên cứu hoàn thành việc xây dựng, ban hành các văn bản quy phạm pháp luật; kế hoạch và các văn bản hướng dẫn của các Bộ, ngành (trong năm 2013).',
      [{ kind: 'absolute', date: '2013-12-31', text: 'trong năm 2013' }],
    ],
    [
      'a year in brackets with an ongoing duty is none',
      'Tổ chức bảo đảm bổ sung từng bước về phương tiện, trang bị (năm 2013 và kiện toàn thường xuyên hàng năm).',
      [],
    ],
    [
      'handing over within a year',
      'Bộ Xây dựng khẩn trương rà soát, sớm bàn giao trong năm 2025 dự án nạo vét luồng tàu cho tỉnh.',
      [{ kind: 'absolute', date: '2025-12-31', text: 'bàn giao trong năm 2025' }],
    ],
    [
      'the quarters and months of a yearly duty',
      'Hằng năm, tiến hành rà soát, bổ sung quy hoạch trong Quý I và báo cáo cấp trên trực tiếp về kết quả phê duyệt quy hoạch trong Quý II, chậm nhất tháng 6.',
      [
        { kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31', text: 'trong Quý I' },
        { kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30', text: 'trong Quý II, chậm nhất tháng 6' },
      ],
    ],
    ['a quarter without a yearly duty is none', 'Tổ chức kiểm tra việc thực hiện trong quý II.', []],
  ])('%s', (_why, text, expected) => {
    expect(deadlinesOf(text, '2025')).toEqual(expected);
  });
});

describe('the period a report covers', () => {
  it.each([
    [
      'Các đơn vị báo cáo kết quả thực hiện năm 2025 về Sở Nội vụ trước ngày 15/12/2025.',
      [{ kind: 'absolute', date: '2025-12-15', text: 'trước ngày 15/12/2025' }],
    ],
    [
      'Gửi báo cáo sơ kết 6 tháng đầu năm 2026 về Sở Nội vụ trước ngày 15 tháng 6 năm 2026.',
      [{ kind: 'absolute', date: '2026-06-15', text: 'trước ngày 15 tháng 6 năm 2026' }],
    ],
    ['Báo cáo tổng kết công tác năm 2025 và phương hướng nhiệm vụ năm 2026 gửi về Văn phòng UBND tỉnh.', []],
    ['Báo cáo kết quả thực hiện quý IV/2025 về Sở Tài chính.', []],
  ])('is no deadline: %s', (text, expected) => {
    expect(deadlinesOf(text, '2025')).toEqual(expected);
  });
});

describe('a relative deadline written "chậm nhất sau ..."', () => {
  it('counts from the meeting', () => {
    expect(deadlinesOf('Gửi biên bản chậm nhất sau 03 ngày kể từ ngày kết thúc hội nghị.', '2025')).toEqual([
      {
        kind: 'relative',
        offset: 'P3D',
        anchor: 'meeting',
        text: 'chậm nhất sau 03 ngày kể từ ngày kết thúc hội nghị',
      },
    ]);
  });
});
