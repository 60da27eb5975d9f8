import { extractDirective } from './extract-directive.js';

/**
 * Where a subject ends when no "Kính gửi" line or rule closes it: header layouts of state directives (the type line or
 * "V/v" over a title of one or two lines, the body right under it). Layout variants written for the rule, not
 * quotations: the allowed fresh texts (johnPa02/thuvienphapluat-crawler) hold no directive laid out this way.
 */
const subject = (lines: string[]) => extractDirective(lines.join('\n')).directive.subject;

describe('the body right under the subject is not part of it', () => {
  it('a chỉ thị whose body opens with a short sentence in capitals under a two-line title', () => {
    expect(
      subject([
        'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 20/CT-UBND',
        'Đắk Lắk, ngày 28 tháng 11 năm 2025',
        'CHỈ THỊ',
        'Về tăng cường công tác phòng cháy, chữa cháy',
        'trong mùa khô năm 2025 - 2026 trên địa bàn tỉnh',
        'Mùa khô năm 2025 - 2026 được dự báo diễn biến phức tạp.',
      ]),
    ).toBe('tăng cường công tác phòng cháy, chữa cháy trong mùa khô năm 2025 - 2026 trên địa bàn tỉnh');
  });
  it('a kế hoạch whose body opens with "Nhằm ..." wrapped without a full stop', () => {
    expect(
      subject([
        'ỦY BAN NHÂN DÂN',
        'XÃ TÂN AN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 46/KH-UBND',
        'Tân An, ngày 01 tháng 12 năm 2025',
        'KẾ HOẠCH',
        'Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026',
        'Nhằm chủ động phòng ngừa, ứng phó kịp thời với các loại hình thiên tai, giảm thiểu thiệt hại về người',
        'và tài sản, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:',
        'I. MỤC ĐÍCH, YÊU CẦU',
      ]),
    ).toBe('Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026');
  });
  it('a công văn without "Kính gửi" whose body opens with "Để ..." wrapped without a full stop', () => {
    expect(
      subject([
        'BỘ Y TẾ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 513/BYT-KCB',
        'Hà Nội, ngày 15 tháng 01 năm 2026',
        'V/v tăng cường công tác thường trực cấp cứu',
        'dịp Tết Nguyên đán Bính Ngọ 2026',
        'Để bảo đảm công tác khám bệnh, chữa bệnh phục vụ Nhân dân trong dịp Tết Nguyên đán, Bộ Y tế đề nghị Giám đốc',
        'Sở Y tế các tỉnh, thành phố chỉ đạo các cơ sở khám bệnh, chữa bệnh thực hiện tốt các nội dung sau:',
      ]),
    ).toBe('tăng cường công tác thường trực cấp cứu dịp Tết Nguyên đán Bính Ngọ 2026');
  });
});
