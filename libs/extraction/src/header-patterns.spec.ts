/**
 * Header lines of real published directives, quoted from documents of the dev split of samples/corpus
 * (folder named); the expected fields are that document's gold.
 */
import { extractDirective } from './extract-directive.js';

const read = (lines: string[]) => extractDirective(lines.join('\n')).directive;

describe('header fields', () => {
  it('splits a motto printed in title case off the issuer (dev/haugiang-2011-04-binhchon-halong)', () => {
    const d = read([
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc',
      '',
      'Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011',
    ]);
    expect(d.issuer.name).toBe('ỦY BAN NHÂN DÂN TỈNH HẬU GIANG');
  });

  it('reads the Prime Minister\'s symbol "TTg-KGVX" (dev/ttg-2010-09-benhvien-timmach-angiang)', () => {
    const d = read([
      'THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'Số: 1631/TTg-KGVX | Hà Nội, ngày 16 tháng 09 năm 2010 |',
      'Kính gửi: | - Bộ Y tế; |',
    ]);
    expect([d.number, d.symbol, d.docType]).toEqual(['1631', 'TTg-KGVX', 'Công văn']);
  });

  it('reads a Party number and type code left blank (dev/tnut-2021-10-qd-ketnapdangvien)', () => {
    const d = read([
      'ĐẢNG ỦY TRƯỜNG ĐẠI HỌC',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '*',
      'Số      -/ĐU',
      'Thái Nguyên, ngày       tháng 10 năm 2021',
    ]);
    expect([d.number, d.symbol]).toEqual([null, '/ĐU']);
  });

  it('reads a blank day, a misspelt "Về viêc" and the rule under the subject (dev/duchop-2021-12-tamdung-tiepdan)', () => {
    const d = read([
      'ỦY BAN NHÂN DÂN',
      'XÃ ĐỨC HỢP',
      'Số:         / TB-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Đức Hợp, ngày ….. tháng 12 năm 2021',
      ' THÔNG BÁO',
      'Về viêc tạm dừng tiếp công dân để phòng, chống dịch Covid-19',
      '–––––––––––',
    ]);
    expect([d.date, d.subject]).toEqual(['2021-12', 'tạm dừng tiếp công dân để phòng, chống dịch Covid-19']);
  });

  it('keeps a date line that ends the subject (dev/hcm-sgddt-2018-11-nghihoc)', () => {
    const d = read([
      'UỶ BAN NHÂN DÂN                                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'Số : 4144 /GDĐT – VP                                        Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018',
      'Về cho học sinh nghỉ học',
      'Ngày 26/11/2018',
      '   KHẨN',
      'Kính gửi : Chủ tịch Ủy ban nhân dân các quận, huyện',
    ]);
    expect(d.subject).toBe('cho học sinh nghỉ học Ngày 26/11/2018');
  });

  it('takes a thông báo kết luận title of five lines in capitals (dev/vpcp-2025-11-tbkl-ctmtqg-hopnhat)', () => {
    const d = read([
      'VĂN PHÒNG CHÍNH PHỦ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 631/TB-VPCP',
      'Hà Nội, ngày 19 tháng 11 năm 2025',
      'THÔNG BÁO',
      'KẾT',
      'LUẬN CỦA PHÓ THỦ TƯỚNG THƯỜNG TRỰC CHÍNH PHỦ TẠI CUỘC HỌP VỀ',
      'BÁO CÁO ĐỀ XUẤT CHỦ TRƯƠNG ĐẦU TƯ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG',
      'THÔN MỚI, GIẢM NGHÈO BỀN VỮNG VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN',
      'TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2026-2035',
      'Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng đã chủ trì cuộc họp.',
    ]);
    expect(d.subject).toBe(
      'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG THƯỜNG TRỰC CHÍNH PHỦ TẠI CUỘC HỌP VỀ BÁO CÁO ĐỀ XUẤT CHỦ TRƯƠNG ĐẦU TƯ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI, GIẢM NGHÈO BỀN VỮNG VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2026-2035',
    );
  });
});
