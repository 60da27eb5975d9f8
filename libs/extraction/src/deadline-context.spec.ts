import { parseDeadlines } from './parse-deadlines.js';

const keys = (text: string, year: string | null = '2010') =>
  parseDeadlines(text, year).map((d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`);

describe('an expected date of an event is no deadline', () => {
  it('leaves out the month a meeting is expected in, keeps the report date', () => {
    expect(
      keys(
        'Để chuẩn bị nội dung giao ban trực tuyến toàn quốc đánh giá tình hình thực hiện Đề án, dự kiến trong tháng 6/2010, ' +
          'Bộ Giáo dục và Đào tạo đề nghị Ủy ban nhân dân các tỉnh báo cáo kết quả. Báo cáo gửi về Bộ trước ngày 15/6/2010.',
      ),
    ).toEqual(['absolute|2010-06-15']);
  });

  it('leaves out "Hội nghị dự kiến tổ chức vào ngày ..."', () => {
    expect(keys('Hội nghị dự kiến tổ chức vào ngày 20/12/2010 tại Hà Nội.')).toEqual([]);
  });

  it('keeps an expected completion ("dự kiến hoàn thành trong tháng 6/2010")', () => {
    expect(keys('Đề án dự kiến hoàn thành trong tháng 6/2010.')).toEqual(['absolute|2010-06-30']);
  });

  it('reads no deadline in an event month or an opening week', () => {
    expect(keys('tổ chức Hội nghị sơ kết 3 năm thực hiện Đề án với 6 tỉnh vào tháng 11 năm 2013.', '2013')).toEqual([]);
    expect(keys('Đồng ý tổ chức Hội nghị toàn quốc vào tháng 12 năm 2010 tại Hà Nội.')).toEqual([]);
    expect(keys('Các đơn vị triển khai trong tuần đầu tháng 12.')).toEqual([]);
  });
});

describe('a window that is no deadline', () => {
  const k = (text: string) => keys(text, '2025');
  it('a period figures cover: "tính đến hết ngày 31 tháng 10 năm 2025 đạt 72,4%" (Thông báo 636/TB-VPCP, dev)', () => {
    expect(k('Giải ngân vốn đầu tư công tính đến hết ngày 31 tháng 10 năm 2025 đạt 72,4% kế hoạch')).toEqual([]);
  });

  it('keeps a window that is a task\'s, and one after "có căn cứ" that opens no legal basis', () => {
    expect(k('Các đơn vị tổ chức rà soát từ ngày 01/12/2025 đến ngày 15/12/2025.')).toEqual(['absolute|2025-12-15']);
    expect(k('để các đơn vị có căn cứ triển khai, hoàn thành từ ngày 01/12/2025 đến ngày 15/12/2025')).toEqual([
      'absolute|2025-12-15',
    ]);
  });
});
