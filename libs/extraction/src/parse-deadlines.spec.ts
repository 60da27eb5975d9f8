import { parseDeadlines } from './parse-deadlines.js';

const strip = (text: string) => parseDeadlines(text).map(({ at: _at, ...d }) => d);

describe('parseDeadlines', () => {
  it.each([
    ['gửi báo cáo trước ngày 25/01/2024.', [{ kind: 'absolute', date: '2024-01-25', text: 'trước ngày 25/01/2024' }]],
    [
      'hoàn thành chậm nhất ngày 13.12.2007',
      [{ kind: 'absolute', date: '2007-12-13', text: 'chậm nhất ngày 13.12.2007' }],
    ],
    [
      'xong trước ngày 08/08/2024 (sau thời gian trên ...)',
      [{ kind: 'absolute', date: '2024-08-08', text: 'trước ngày 08/08/2024' }],
    ],
    [
      'báo cáo trước ngày 30 tháng 9 năm 2024',
      [{ kind: 'absolute', date: '2024-09-30', text: 'trước ngày 30 tháng 9 năm 2024' }],
    ],
    [
      'thay đổi mật khẩu (03 tháng/lần)',
      [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=3', text: '03 tháng/lần' }],
    ],
    [
      'gửi kết quả trước ngày 29 hằng tháng',
      [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=29', text: 'trước ngày 29 hằng tháng' }],
    ],
    [
      'đánh giá từ ngày 22-24, kết quả',
      [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=22,23,24', text: 'từ ngày 22-24' }],
    ],
    [
      'báo cáo trong vòng 07 ngày kể từ ngày nhận được văn bản',
      [{ kind: 'relative', offset: 'P7D', anchor: 'receipt', text: 'trong vòng 07 ngày kể từ ngày nhận' }],
    ],
    [
      'trong thời hạn 10 ngày làm việc kể từ ngày ký',
      [{ kind: 'relative', offset: 'P10D', anchor: 'issue', text: 'trong thời hạn 10 ngày làm việc kể từ ngày ký' }],
    ],
    [
      'gửi báo cáo trước ngày l5/3/2025 (OCR)',
      [{ kind: 'absolute', date: '2025-03-15', text: 'trước ngày l5/3/2025' }],
    ],
    [
      'thay đổi mật khẩu (06 tháng/ỉần)',
      [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=6', text: '06 tháng/ỉần' }],
    ],
  ])('reads "%s"', (text, expected) => expect(strip(text)).toEqual(expected));

  it.each([
    'cài đặt lại phần mềm trước khi đăng nhập tài khoản',
    'tạm dừng cho đến khi có thông báo mới',
    'ngày 32/13/2024',
    'Quyết định số 15 ngày 12/01/2024',
  ])('finds no deadline in "%s"', (text) => {
    expect(strip(text)).toEqual([]);
  });

  it('keeps several deadlines in reading order', () => {
    const text = 'gửi bản pdf trước ngày 29 hằng tháng (cá nhân đánh giá từ ngày 22-24, đơn vị vào ngày 25 hằng tháng)';
    expect(strip(text).map((d) => d.text)).toEqual([
      'trước ngày 29 hằng tháng',
      'từ ngày 22-24',
      'vào ngày 25 hằng tháng',
    ]);
  });
});
