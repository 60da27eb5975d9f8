import { parseDeadlines } from './parse-deadlines.js';

const keys = (text: string, year: string | null = '2025') =>
  parseDeadlines(text, year).map((d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`);

describe('"Hằng năm" opening a duty', () => {
  it.each([
    [
      'Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương báo cáo kết quả thực hiện về Bộ Lao động - Thương binh và Xã hội tổng hợp, báo cáo Thủ tướng Chính phủ./.',
      ['recurring|FREQ=YEARLY'],
    ],
    ['Định kỳ hằng quý, Sở Tài chính gửi báo cáo về UBND tỉnh.', ['recurring|FREQ=MONTHLY;INTERVAL=3']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('reads no duty in what was done each year', () => {
    expect(keys('Hằng năm, tỉnh đã bố trí kinh phí và báo cáo kết quả với Bộ.')).toEqual([]);
    expect(
      keys(
        '4.2. Hằng năm, tiến hành rà soát, bổ sung quy hoạch trong Quý I và báo cáo cấp trên trực tiếp về kết quả phê duyệt quy hoạch trong Quý II.',
      ),
    ).toEqual(['recurring|FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31', 'recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30']);
    expect(keys('Nghị quyết hằng năm của Hội đồng nhân dân tỉnh, báo cáo kết quả.')).toEqual([]);
  });
});
