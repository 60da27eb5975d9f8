/** A closing call that also asks for a dated report: dev hanoi-2025-11-kehoach-5g-iot-khucongnghiep (Kế hoạch 310/KH-UBND). */
import { extractDirective } from './extract-directive.js';

const CALL =
  'Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn thông nghiêm túc triển khai thực hiện; định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố (qua Ban Quản lý các khu công nghệ cao và khu công nghiệp).';

describe('a closing call with a report of its own', () => {
  it('is kept after the items, its courtesy sentence left out', () => {
    const found = extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'THÀNH PHỐ HÀ NỘI',
        'Số: 310/KH-UBND',
        'Hà Nội, ngày 24 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'Phát triển hạ tầng 5G, IoT trong các khu công nghệ cao',
        'V. TỔ CHỨC THỰC HIỆN',
        '1. Sở Tài chính chủ trì, phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp tham mưu cho UBND Thành phố các giải pháp thu hút các nguồn vốn đầu tư.',
        '2. Sở Khoa học và Công nghệ thực hiện công tác quản lý nhà nước về lĩnh vực viễn thông, hạ tầng số trên địa bàn Thành phố.',
        `${CALL} Trong quá trình thực hiện, nếu có phát sinh, vướng mắc, kịp thời phản ánh về Ban Quản lý các khu công nghệ cao và khu công nghiệp để tổng hợp, báo cáo UBND Thành phố xem xét, giải quyết./.`,
      ].join('\n'),
    ).directive.requirements;
    expect(found).toHaveLength(3);
    expect(found[2].text).toMatch(
      /^Ủy ban nhân dân Thành phố yêu cầu .* \(qua Ban Quản lý các khu công nghệ cao và khu công nghiệp\)$/u,
    );
    expect(found[2].deadlines.map((d) => d.rrule)).toEqual(['FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30']);
  });
});

describe('a closing report with a recurrence of its own', () => {
  const plan = (closing: string) =>
    extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH ĐỒNG THÁP',
        'Số: 100/KH-UBND',
        'Đồng Tháp, ngày 24 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'Chuyển đổi số trong hoạt động xây dựng',
        'V. TỔ CHỨC THỰC HIỆN',
        '1. Sở Xây dựng chủ trì, phối hợp với các sở, ngành triển khai các nhiệm vụ của Kế hoạch.',
        '2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.',
        closing,
      ].join('\n'),
    ).directive.requirements;

  it('keeps the dated report after the call to carry the plan out (dev dongthap-2025-11-kehoach-chuyendoiso-hatang-giaothong)', () => {
    const found = plan(
      'Trên đây là Kế hoạch Chuyển đổi số trong hoạt động xây dựng và quản lý khai thác, bảo trì hệ thống kết cấu hạ tầng giao thông. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo Ủy ban nhân dân Tỉnh. Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi, bổ sung các sở, ngành, địa phương chủ động đề xuất gửi Sở Xây dựng tổng hợp và báo cáo Ủy ban nhân dân Tỉnh xem xét, quyết định./.',
    );
    expect(found).toHaveLength(3);
    expect(found[2].text).toMatch(
      /^Định kỳ hằng năm \(trước ngày 30 tháng 11\) báo cáo kết quả thực hiện về Sở Xây dựng/u,
    );
    expect(found[2].deadlines.map((d) => d.rrule)).toEqual(['FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30']);
  });

  it('keeps "Hàng năm, <units> báo cáo ... ./." with its units (dev ttg-2018-06-qd-kehoach-chithi14-nguoicocong)', () => {
    const found = plan(
      'Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương báo cáo kết quả thực hiện về Bộ Lao động - Thương binh và Xã hội tổng hợp, báo cáo Thủ tướng Chính phủ./.',
    );
    expect(found).toHaveLength(3);
    expect(found[2].assignees).toEqual(['các bộ, ngành', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']);
    expect(found[2].deadlines.map((d) => d.rrule)).toEqual(['FREQ=YEARLY']);
  });

  it('adds nothing for the call and the courtesy alone', () => {
    expect(
      plan(
        'Trên đây là Kế hoạch Chuyển đổi số trong hoạt động xây dựng. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Xây dựng để tổng hợp./.',
      ),
    ).toHaveLength(2);
  });
});
