/** How often a report falls, said again with the days it falls on: the days are the deadlines. */
import { deadlinesOf } from './parse-deadlines.js';

const rrules = (text: string) => deadlinesOf(text, '2025').map((d) => d.rrule ?? d.date);

describe('a bare recurrence beside the days it falls on', () => {
  it.each([
    [
      // bodies dev hcm-snv-2025-chothuelai-laodong 6
      'Thực hiện báo cáo định kỳ 6 tháng, hàng năm tình hình hoạt động cho thuê lại lao động gửi Sở Nội vụ. Báo cáo 6 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước ngày 20 tháng 12 theo đúng thời gian quy định.',
      ['FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20'],
    ],
    [
      'Các xã báo cáo định kỳ hằng tháng về Sở Y tế; báo cáo gửi trước ngày 25 hằng tháng.',
      ['FREQ=MONTHLY;BYMONTHDAY=25'],
    ],
  ])('%s', (text, expected) => {
    expect(rrules(text)).toEqual(expected);
  });

  it('keeps a bare recurrence alone, and a date that falls once beside it', () => {
    expect(rrules('Định kỳ hằng quý, các sở báo cáo kết quả về Sở Nội vụ.')).toEqual(['FREQ=MONTHLY;INTERVAL=3']);
    expect(rrules('Báo cáo hằng tháng và báo cáo tổng kết trước ngày 15/12/2025.')).toEqual([
      'FREQ=MONTHLY',
      '2025-12-15',
    ]);
  });
});
