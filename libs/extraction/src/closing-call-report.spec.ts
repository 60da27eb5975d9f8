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
