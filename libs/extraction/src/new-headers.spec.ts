import { extractDirective } from './extract-directive.js';

/**
 * Headers of 2026 (Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW, two-level local government). The lines
 * are real where a real one is public: the header of QĐ 399 itself (transcription at nhansu.vn); the
 * Văn phòng Đảng ủy xã Công Hải báo cáo "Số -BC/VPĐU" / "ĐẢNG UỶ XÃ CÔNG HẢI" / "VĂN PHÒNG" and its
 * subject (a public Party-office tool, code index id 70596603956); the bodies "ĐẢNG BỘ TỈNH LÂM ĐỒNG"
 * / "ĐẢNG ỦY ĐẶC KHU PHÚ QUÝ" (HD 05 examples, code index id 70595869263). Numbers and body sentences
 * are filled in where the sources leave them blank.
 */
const directive = (lines: string[]) => extractDirective(lines.join('\n')).directive;

describe('extraction of the 2026 Party headers', () => {
  it('reads a commune Đảng ủy công văn: ĐẢNG BỘ TỈNH … / ĐẢNG ỦY XÃ …, "-CV/ĐU", a "về việc" subject', () => {
    const d = directive([
      'ĐẢNG BỘ TỈNH KHÁNH HÒA                    ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG UỶ XÃ CÔNG HẢI',
      '*',
      'Số 15-CV/ĐU                    Công Hải, ngày 05 tháng 10 năm 2026',
      'về việc triển khai Kết luận kiểm tra công tác phòng, chống tham nhũng',
      'Kính gửi: Các chi bộ trực thuộc.',
      'Thường trực Đảng uỷ đề nghị các chi bộ báo cáo kết quả trước ngày 20/10/2026.',
    ]);
    expect(d).toMatchObject({
      system: 'party',
      docType: 'Công văn',
      issuer: { parent: 'ĐẢNG BỘ TỈNH KHÁNH HÒA', name: 'ĐẢNG ỦY XÃ CÔNG HẢI' },
      number: '15',
      symbol: 'CV/ĐU',
      place: 'Công Hải',
      date: '2026-10-05',
      subject: 'triển khai Kết luận kiểm tra công tác phòng, chống tham nhũng',
      recipients: ['Các chi bộ trực thuộc'],
    });
    expect(d.requirements[0].deadlines[0]).toMatchObject({ kind: 'absolute', date: '2026-10-20' });
  });

  it('reads the "về việc" subject when OCR puts the right column after the left (đặc khu)', () => {
    const d = directive([
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      'ĐẢNG ỦY ĐẶC KHU PHÚ QUÝ',
      '*',
      'Số 08-CV/ĐU',
      'về việc báo cáo kết quả rà soát đảng viên',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Phú Quý, ngày 03 tháng 02 năm 2026',
      'Kính gửi: Các chi bộ trực thuộc.',
      'Đề nghị các chi bộ gửi báo cáo về Văn phòng Đảng ủy trước ngày 15/02/2026.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu Văn phòng Đảng ủy.',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      'Nguyễn Văn A',
    ]);
    expect(d).toMatchObject({
      issuer: { parent: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG', name: 'ĐẢNG ỦY ĐẶC KHU PHÚ QUÝ' },
      symbol: 'CV/ĐU',
      date: '2026-02-03',
      subject: 'báo cáo kết quả rà soát đảng viên',
      distribution: ['Như trên', 'Lưu Văn phòng Đảng ủy'],
      signer: { authority: 'T/M', body: 'BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn A' },
    });
  });

  it('reads a báo cáo of a Đảng ủy xã\'s Văn phòng, "-BC/VPĐU"', () => {
    const d = directive([
      'ĐẢNG UỶ XÃ CÔNG HẢI                    ĐẢNG CỘNG SẢN VIỆT NAM',
      'VĂN PHÒNG',
      '*',
      'Số 19-BC/VPĐU                    Công Hải, ngày 02 tháng 10 năm 2026',
      'BÁO CÁO',
      'kết quả thẩm định chùm dự thảo Thông báo Kết luận kiểm tra',
      '-----',
      'Kính gửi: Thường trực Đảng uỷ.',
      'Văn phòng Đảng uỷ báo cáo kết quả thẩm định như sau:',
    ]);
    expect(d).toMatchObject({
      docType: 'Báo cáo',
      issuer: { parent: 'ĐẢNG ỦY XÃ CÔNG HẢI', name: 'VĂN PHÒNG' },
      number: '19',
      symbol: 'BC/VPĐU',
      subject: 'kết quả thẩm định chùm dự thảo Thông báo Kết luận kiểm tra',
      recipients: ['Thường trực Đảng ủy'],
    });
  });

  it('stops the subject of QĐ 399 before its first "- Căn cứ" line', () => {
    const d = directive([
      'BAN CHẤP HÀNH TRUNG ƯƠNG',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 399-QĐ/TW',
      'Hà Nội, ngày 09 tháng 01 năm 2026',
      'QUY ĐỊNH',
      'VỀ THỂ LOẠI, THẨM QUYỀN BAN HÀNH VÀ THỂ THỨC VĂN BẢN CỦA ĐẢNG',
      '- Căn cứ Điều lệ Đảng;',
      '- Theo đề nghị của Văn phòng Trung ương Đảng,',
    ]);
    expect(d).toMatchObject({
      docType: 'Quy định',
      issuer: { name: 'BAN CHẤP HÀNH TRUNG ƯƠNG' },
      number: '399',
      symbol: 'QĐ/TW',
      date: '2026-01-09',
      subject: 'THỂ LOẠI, THẨM QUYỀN BAN HÀNH VÀ THỂ THỨC VĂN BẢN CỦA ĐẢNG',
    });
  });

  it('reads the addressees of a tờ trình, "Kính trình:"', () => {
    const d = directive([
      'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI                    ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG ỦY XÃ HỒNG SƠN',
      '*',
      'Số 03-TTr/ĐU                    Hồng Sơn, ngày 14 tháng 9 năm 2026',
      'TỜ TRÌNH',
      'về việc đề nghị phê duyệt kế hoạch chuyển đổi số',
      '-----',
      'Kính trình: Ban Thường vụ Thành ủy Hà Nội.',
      'Đảng ủy xã Hồng Sơn kính trình Ban Thường vụ Thành ủy xem xét, phê duyệt.',
    ]);
    expect(d).toMatchObject({
      docType: 'Tờ trình',
      symbol: 'TTr/ĐU',
      subject: 'đề nghị phê duyệt kế hoạch chuyển đổi số',
      recipients: ['Ban Thường vụ Thành ủy Hà Nội'],
    });
  });
});
