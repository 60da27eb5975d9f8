import { parseReferences } from './parse-references.js';

// Reference attributes on texts outside samples/ (the reference study of samples/corpus/README.md) and on the dev forms
// the conventions of "How gold is written" settle.
const refs = (text: string) =>
  parseReferences([{ text }]).map((r) => [r.kind, r.number, r.symbol, r.date, r.issuer, r.role]);

describe('reference conventions: issuer', () => {
  it('leaves the issuer null when "của" governs the request before "tại"', () => {
    // Quyết định 1209/QĐ-UBND of Hà Giang, 2013 (thuviennhadat.vn/vbpl/quyet-dinh-1209-qd-ubnd-2013-...-208300.html).
    expect(
      refs(
        'Xét đề nghị của Sở Y tế tại Tờ trình số 66/TTr-SYT ngày 17 tháng 5 năm 2013 về việc ban hành Quy chế hoạt động của Ban Chỉ đạo,',
      ),
    ).toEqual([['Tờ trình', '66', 'TTr-SYT', '2013-05-17', null, 'basis']]);
  });

  it('leaves "(nay là ...)" out of the issuer', () => {
    // Dev chq-2025-11-traloi-thue-dncx-giacong (wave 16).
    expect(
      refs(
        'Căn cứ Quyết định số 1357/QĐ-TCHQ ngày 18/5/2021 của Tổng cục trưởng Tổng cục Hải quan (nay là Cục Hải quan). Đề nghị Công ty nghiên cứu.',
      ).map((r) => r[4]),
    ).toEqual(['Tổng cục trưởng Tổng cục Hải quan']);
  });

  it('reads the body of "Xét đề nghị của X (công văn số ...)", "Bộ Ngoại giao" whole', () => {
    // Dev vpcp-2008-10-tuyentruyen-tham-australia (wave 12: 'Xét đề nghị của X (công văn số ...)' → X).
    expect(
      refs(
        'Xét đề nghị của Bộ Ngoại giao (công văn số 3177/ĐA-BNG-BC ngày 01 tháng 10 năm 2008) về Đề án tuyên truyền Thủ tướng Chínhphủ thăm chính thức Ô-xtrây-lia, Thủ tướng Chính phủ có ý kiến như sau:',
      ),
    ).toEqual([['Công văn', '3177', 'ĐA-BNG-BC', '2008-10-01', 'Bộ Ngoại giao', 'basis']]);
  });

  it("reads a steering committee's name with its fields", () => {
    // Dev dongthap-2025-11-kehoach-chuyendoiso-hatang-giaothong and nghean-2025-11-kehoach-5g-iot-kcn.
    expect(
      refs(
        'Căn cứ Quyết định số 03-QĐ/BCĐ ngày 13/8/2025 của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh ban hành Chương trình công tác; Kế hoạch số 01-KH/BCĐ ngày 28/06/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06 về Kế hoạch hành động.',
      ).map((r) => r[4]),
    ).toEqual([
      'Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh',
      'Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06',
    ]);
  });

  it('ends the issuer at the request of the letter answered and at a title glued to its verb', () => {
    // Công văn 2278/TCT-CS of the Tổng cục Thuế, 2010 (teije05-art/clone-pjj-tax-legal-22dec); Thông tư liên tịch
    // 68/2013/TTLT-BTC-BLĐTBXH (luatminhkhue.vn).
    expect(
      refs(
        'Trả lời công văn số 821/CT-PC&KTT ngày 04/02/2010 của Cục thuế thành phố Hồ Chí Minh xin chỉ đạo giải quyết vướng mắc, Tổng cục Thuế có ý kiến như sau;',
      ).map((r) => r[4]),
    ).toEqual(['Cục thuế thành phố Hồ Chí Minh']);
    expect(
      refs(
        'Thực hiệnQuyết định số 1489/QĐ-TTg ngày 08/10/2012 của Thủ tướng Chính phủ phê duyệtChương trình mục tiêu quốc gia Giảm nghèo bền vững.',
      ).map((r) => r[4]),
    ).toEqual(['Thủ tướng Chính phủ']);
  });

  it('gives the issuer printed after the last item to a list that goes on after ";", not a law to a decree\'s issuer', () => {
    // Dev daklak-2025-11-kehoach-nhuyeupham-mualu; bodies dev ct-2025-12-thue-gtgt-hoadon-ekim.
    expect(
      refs(
        'Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; số 010/CĐ-UBND ngày 20/11/2025 của UBND tỉnh về khẩn trương tập trung ứng phó.',
      ).map((r) => r[4]),
    ).toEqual(['UBND tỉnh', 'UBND tỉnh', 'UBND tỉnh', 'UBND tỉnh']);
    expect(
      refs(
        'Căn cứ quy định tại Luật Viễn thông số 41/2009/QH12 ngày 23/11/2009 và Nghị định số 147/2024/NĐ-CP ngày 09/11/2024 của Chính phủ về quản lý, cung cấp sử dụng dịch vụ internet.',
      ).map((r) => r[4]),
    ).toEqual([null, 'Chính phủ']);
  });
});

describe('reference conventions: kind and date', () => {
  it("does not read a decree's kind into a law's name", () => {
    // Công văn 2435/CT-HTr of the Cục Thuế Hà Nội, 2016 (a tax-letter collection in the code index).
    expect(
      refs(
        'Căn cứ Thông tư số 219/2013/TT-BTC ngày 31/12/2013 của Bộ Tài chính hướng dẫn thi hành Luật Thuế giá trị gia tăng và Nghị định số 209/2013/NĐ-CP ngày 18/12/2013 của Chính phủ quy định chi tiết.',
      ).map((r) => r[0]),
    ).toEqual(['Thông tư', 'Nghị định']);
  });

  it('reads the kind of a joint circular whose ministries stand before its number', () => {
    // Thông tư liên tịch 102/2003/TTLT-BTC-BVHTT (vbpl.vn/laocai/Pages/vbpq-toanvan.aspx?ItemID=24405).
    expect(
      refs(
        'Căn cứ Thông tư liên tịch Bộ Kế hoạch & Đầu tư và Bộ Tài chính số 01/2003/TTLT/BKH-BTC ngày 06/01/2003 Hướng dẫn thực hiện Quyết định.',
      ),
    ).toEqual([['Thông tư liên tịch', '01/2003', 'TTLT/BKH-BTC', '2003-01-06', null, 'basis']]);
  });

  it('reads a date after a stray space before the comma, or glued to "ngày"', () => {
    // Kế hoạch 2516/KH-UBND of Kon Tum, 2014 (ls1.hethongphapluat.com); Công văn 2504/BXD-KHTC, 2009 (luatminhkhue.vn).
    expect(
      refs(
        'Thực hiện Công văn số 2928/LĐTBXH-BVCSTE , ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội về việc triển khai.',
      ),
    ).toEqual([['Công văn', '2928', 'LĐTBXH-BVCSTE', '2014-08-12', 'Bộ Lao động, Thương binh và Xã hội', 'basis']]);
    expect(
      refs('Bộ Xây dựng nhận được văn bản số 15516/BTC-QLCS ngày03/11/2009 của Bộ Tài chính về việc tham gia ý kiến.'),
    ).toEqual([['Văn bản', '15516', 'BTC-QLCS', '2009-11-03', 'Bộ Tài chính', 'basis']]);
  });
});

describe('reference conventions: second study batch', () => {
  it('reads a number that ends in a letter', () => {
    // Quyết định 1961/QĐ-UBND of Kiên Giang, 2019 (text.123docz.net/document/5932142-...); its copy lost the dashes.
    expect(
      refs(
        'Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương trình Tổng thể cải cách hành chính;',
      ),
    ).toEqual([['Nghị quyết', '30c', 'NQCP', '2011-11-08', 'Chính phủ', 'basis']]);
  });

  it('does not read the enacting word in capitals as a second body', () => {
    // Quyết định 2862/QĐ-UBND of Sơn La, 2018 (thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/...-400875.aspx).
    expect(
      refs(
        'Theo đề nghị tại Tờ trình số 42/TTr-VPUB ngày 06/11/2018 của Chánh Văn phòng Ủy ban nhân dân tỉnh, QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế.',
      ).map((r) => r[4]),
    ).toEqual(['Chánh Văn phòng Ủy ban nhân dân tỉnh']);
  });

  it('takes the symbol of a later mention when the first leaves it out', () => {
    // A Ban Thường vụ Tỉnh ủy's Chương trình hành động on Nghị quyết 57 (lite.baomoi.com/...-c51591121.epi).
    expect(
      refs(
        'Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57. Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.',
      ).map((r) => r.slice(0, 5)),
    ).toEqual([['Nghị quyết', '57', 'NQ/TW', '2024-12-22', 'Bộ Chính trị']]);
  });
});

describe('reference conventions: role', () => {
  it('reads "Trên cơ sở đề nghị ... tại văn bản số" as basis, not a document named in the task that follows', () => {
    // Dev ttg-2025-12-qd-bosung-ngansach-capxa; bodies dev bcdcqdp-2025-12-thaogo-cqdp2cap.
    expect(
      refs(
        'Trên cơ sở đề nghị của Bộ Tài chính tại văn bản số 18345/BTC-NSNN ngày 26 tháng 11 năm 2025 về việc bổ sung.',
      ),
    ).toEqual([['Văn bản', '18345', 'BTC-NSNN', '2025-11-26', null, 'basis']]);
    expect(
      refs(
        'Trên cơ sở các Nghị định của Chính phủ về phân cấp, các Bộ, cơ quan ngang Bộ thực hiện rà soát, bảo đảm yêu cầu tại Nghị quyết số 190/2025/QH15 ngày 19/02/2025 của Quốc hội.',
      ).map((r) => r[5]),
    ).toEqual(['cited']);
  });

  it('opens a basis clause at a capital "Căn cứ" read with the title line before it', () => {
    // Thông tư 16/2017/TT-BTC (thuvienphapluat.vn/van-ban/thuong-mai/thong-tu-16-2017-tt-btc-...-327959.aspx).
    expect(
      refs(
        'NGÀY 11 THÁNG 5 NĂM 2016 CỦA THỦ TƯỚNG CHÍNH PHỦ QUY ĐỊNH HỖ TRỢ KINH PHÍ CHO HOẠT ĐỘNG CHỐNG BUÔN LẬU, GIAN LẬN THƯƠNG MẠI, HÀNG GIẢ Căn cứ Nghị định số 215/2013/NĐ-CP ngày 23 tháng 12 năm 2013 của Chính phủ quy định chức năng, nhiệm vụ;',
      ).map((r) => r[5]),
    ).toEqual(['basis']);
  });
});
