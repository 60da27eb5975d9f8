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

describe('a title wrapped as a PDF wraps it goes on to its last line', () => {
  const header = [
    'ỦY BAN NHÂN DÂN',
    'THÀNH PHỐ HÀ NỘI',
    'Số: 412/KH-UBND',
    'Hà Nội, ngày 20 tháng 11 năm 2025',
    'KẾ HOẠCH',
  ];
  it('a line holding only the year of a title in capitals ("... ĐẾN NĂM" / "2030")', () => {
    expect(
      subject([
        ...header,
        'PHÁT TRIỂN HẠ TẦNG SỐ TRONG CÁC KHU CÔNG NGHIỆP TRÊN ĐỊA BÀN THÀNH PHỐ ĐẾN NĂM',
        '2030',
        'Căn cứ Luật Tổ chức chính quyền địa phương;',
      ]),
    ).toBe('PHÁT TRIỂN HẠ TẦNG SỐ TRONG CÁC KHU CÔNG NGHIỆP TRÊN ĐỊA BÀN THÀNH PHỐ ĐẾN NĂM 2030');
  });
  it('a title in capitals wrapped before the date of the text it carries out ("NGÀY 01 THÁNG 7 NĂM 2013 ...")', () => {
    expect(
      subject([
        ...header,
        'TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD',
        'NGÀY 01 THÁNG 7 NĂM 2013 CỦA BỘ XÂY DỰNG',
        'Căn cứ Luật Tổ chức chính quyền địa phương;',
      ]),
    ).toBe('TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD NGÀY 01 THÁNG 7 NĂM 2013 CỦA BỘ XÂY DỰNG');
  });
  it('a title in capitals over eight lines', () => {
    const title = [
      'BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN',
      '“NÂNG CAO NHẬN THỨC CỘNG ĐỒNG VÀ QUẢN LÝ',
      'RỦI RO THIÊN TAI DỰA VÀO CỘNG ĐỒNG, ĐẾN',
      'NĂM 2030” TRÊN ĐỊA BÀN THÀNH PHỐ, GẮN VỚI',
      'CHƯƠNG TRÌNH PHÒNG, CHỐNG THIÊN TAI CỦA',
      'CÁC XÃ, PHƯỜNG, ĐẶC KHU VÀ CÁC CƠ QUAN, ĐƠN',
      'VỊ THUỘC THÀNH PHỐ TRONG GIAI ĐOẠN 2026 -',
      '2030',
    ];
    expect(subject([...header, ...title, 'Căn cứ Luật Phòng, chống thiên tai;'])).toBe(title.join(' '));
  });
  it('a body opening with "Nhân dịp ..." wrapped without a full stop is no part of a subject', () => {
    expect(
      subject([
        'ỦY BAN NHÂN DÂN',
        'PHƯỜNG HOÀN KIẾM',
        'Số: 88/TB-UBND',
        'Hoàn Kiếm, ngày 10 tháng 4 năm 2026',
        'THÔNG BÁO',
        'Về việc treo cờ Tổ quốc',
        'Nhân dịp kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước, Ủy ban nhân dân',
        'phường thông báo như sau:',
      ]),
    ).toBe('treo cờ Tổ quốc');
  });
});

describe('a body sentence wrapped as a PDF wraps it under the subject', () => {
  const head = [
    'ĐẢNG ỦY TRƯỜNG ĐH LẠC HỒNG',
    'Số: 90 - CV/ĐULH',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Biên Hòa, ngày 15 tháng 9 năm 2011',
  ];
  // dev lachong-2011-09-gopda-truongsa, hard-wrapped at 70 columns.
  it('ends the subject above a capitalised sentence that its lower-case lines close with ";"', () => {
    expect(
      subject([
        ...head,
        'V/v Vận động đảng viên; cán bộ, giảng viên, nhân viên và sinh viên',
        'trường Đại học Lạc Hồng tham gia chương trình góp đá xây Trường Sa',
        'Thể hiện lòng yêu nước, bày tỏ ý thức chủ quyền lãnh thổ của tập thể',
        'sư phạm trường Đại học Lạc Hồng đối với đất nước Việt Nam ngàn năm văn',
        'hiến;',
        'Là chương trình có ý nghĩa chính trị, xã hội sâu sắc;',
      ]),
    ).toBe(
      'Vận động đảng viên; cán bộ, giảng viên, nhân viên và sinh viên trường Đại học Lạc Hồng tham gia chương trình góp đá xây Trường Sa',
    );
  });
  it('a paraphrase: a wrapped opening sentence ending with a full stop', () => {
    expect(
      subject([
        ...head,
        'V/v tổ chức ngày hội hiến máu tình nguyện',
        'Hiến máu cứu người là nghĩa cử cao đẹp, thể hiện truyền thống tương thân',
        'tương ái của dân tộc và trách nhiệm của mỗi cán bộ, giảng viên với cộng',
        'đồng.',
      ]),
    ).toBe('tổ chức ngày hội hiến máu tình nguyện');
  });
  it('a subject whose second line opens in capitals stays whole', () => {
    expect(
      subject([...head, 'V/v tham gia chương trình', 'Trường Sa thân yêu', 'Kính gửi: Các chi bộ trực thuộc']),
    ).toBe('tham gia chương trình Trường Sa thân yêu');
  });
});
