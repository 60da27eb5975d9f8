import { parseReferences } from './parse-references.js';

const read = (text: string) => parseReferences([{ text }]).map((r) => [r.number, r.date, r.issuer]);

describe('issuer of a cited document', () => {
  it('ends the issuer where the title or the sentence goes on', () => {
    expect(
      read(
        'Theo quy định tại Thông tư số 95/2025/TT-BTC ngày 20/10/2025 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 44/2022/TT-BTC ngày 21/7/2022 của Bộ trưởng Bộ Tài chính quy định: quản lý kinh phí.',
      ),
    ).toEqual([
      ['95/2025', '2025-10-20', 'Bộ trưởng Bộ Tài chính'],
      ['44/2022', '2022-07-21', 'Bộ trưởng Bộ Tài chính'],
    ]);
    expect(
      read(
        'Thực hiện Thông báo số 552/TB-VPCP ngày 13/10/2025 của Văn phòng Chính phủ Kết luận Phiên họp lần thứ tư; Nghị quyết số 380/NQ-CP ngày 25/11/2025 của Chính phủ và chỉ đạo của Thủ tướng Chính phủ; Báo cáo số 2554/BC-TTCP ngày 17/10/2025 của Thanh tra Chính phủ[3], Kết luận số 188-KL/TW ngày 29/8/2025 của Bộ Chính trị và các quy định liên quan.',
      ),
    ).toEqual([
      ['552', '2025-10-13', 'Văn phòng Chính phủ'],
      ['380', '2025-11-25', 'Chính phủ'],
      ['2554', '2025-10-17', 'Thanh tra Chính phủ'],
      ['188', '2025-08-29', 'Bộ Chính trị'],
    ]);
  });

  it('keeps a name that goes on after a comma, not "(nay là ...)" nor a clause after the comma', () => {
    expect(
      read(
        'Căn cứ Kết luận số 187-KL/TW ngày 29/8/2025 của Bộ Chính trị, Ban Bí thư; Quyết định số 4255/QĐ-BNN-KHCN ngày 04/12/2024 của Bộ Nông nghiệp và Phát triển nông thôn (nay là Bộ Nông nghiệp và Môi trường) về việc phê duyệt.',
      ),
    ).toEqual([
      ['187', '2025-08-29', 'Bộ Chính trị, Ban Bí thư'],
      // samples/corpus/README.md, waves 16-17: "'(nay là ...)' left out".
      ['4255', '2024-12-04', 'Bộ Nông nghiệp và Phát triển nông thôn'],
    ]);
    expect(
      read(
        'Thực hiện Kế hoạch số 210-KH/HU ngày 20/02/2025 của Ban Thường vụ Huyện ủy Mỹ Đức, Đảng ủy xã Phù Lưu Tế xây dựng kế hoạch như sau:',
      ),
    ).toEqual([['210', '2025-02-20', 'Ban Thường vụ Huyện ủy Mỹ Đức']]);
  });

  it('reads the date printed after the issuer, and an issuer glued to "của" in a web copy', () => {
    expect(
      read(
        'Thực hiện Nghị quyết số 46/NQ-CP của Chính phủ ngày 08 tháng 3 năm 2025; Chỉ thị số 895/CT-BGDĐT ngày 12 tháng 3 năm 2013 củaBộ trưởng Bộ Giáo dục và Đào tạo về thực hiện quy hoạch.',
      ),
    ).toEqual([
      ['46', '2025-03-08', 'Chính phủ'],
      ['895', '2013-03-12', 'Bộ trưởng Bộ Giáo dục và Đào tạo'],
    ]);
  });

  it('reads the body named before the citation in a parenthesis, not the one whose request is "tại" the document', () => {
    // samples/corpus/README.md, waves 7, 12 and 18: "Xét đề nghị của X tại (các) văn bản số ..." → issuer null (the
    // "của" governs the request); dev hcm-2014-06-qd-kehoach-nhao-nguoicocong, ttg-2025-11-qd-giam-laisuat-nhcsxh.
    expect(
      read(
        'Xét đề nghị của Sở Xây dựng tại Công văn số 4236/SXD-QLN&CS ngày 22 tháng 5 năm 2014; Xét đề nghị của Ngân hàng Chính sách xã hội tại Tờ trình số 127/TTr - HĐQT ngày 30 tháng 9 năm 2025,',
      ),
    ).toEqual([
      ['4236', '2014-05-22', null],
      ['127', '2025-09-30', null],
    ]);
    expect(
      read('Xét đề nghị của Bộ Y tế (văn bản số 564/TTr-BYT ngày 06 tháng 7 năm 2009) về việc bổ sung bệnh viện.'),
    ).toEqual([['564', '2009-07-06', 'Bộ Y tế']]);
    expect(
      read(
        'Ngày 12/6/2015, Bộ Quốc phòng đã có Công văn số 4966/BQP-CT trả lời Ủy ban nhân dân tỉnh Long An. Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP, Phó Thủ tướng giao các bộ rà soát.',
      ),
    ).toEqual([
      ['4966', '2015-06-12', 'Bộ Quốc phòng'],
      ['569', '2025-10-22', null],
    ]);
  });

  it('does not take a body whose instruction is "tại" a document for its issuer', () => {
    // samples/corpus/README.md, wave 5: "'chỉ đạo của X tại Thông báo số ...' → issuer null"; dev
    // ttg-2025-11-congdien-chiendich-quangtrung.
    expect(
      read(
        'Các địa phương hoàn thành theo đúng chỉ đạo của Thủ tướng Chính phủ tại Công điện số 158/CĐ-TTg ngày 04 tháng 09 năm 2025; của Bộ Chính trị tại thông báo số 99-TB/TW ngày 21/11/2025, của Ban Bí thư tại văn bản số 213-KL/TW ngày 21/11/2025.',
      ),
    ).toEqual([
      ['158', '2025-09-04', null],
      ['99', '2025-11-21', null],
      ['213', '2025-11-21', null],
    ]);
  });
});

describe('date and issuer of a cited document, further forms', () => {
  it('reads "Ngày" in capitals, a long name going on after a comma, a year alone, and a date printed before', () => {
    expect(
      read(
        'Căn cứ Thông tri số 04/TT-MTTW-BTT Ngày 04/11/2025 của Uỷ ban MTTQ Việt Nam về hướng dẫn; Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam. Luật này thay thế Luật Hải quan số 29/2001/QH10 năm 2001.',
      ),
    ).toEqual([
      ['04', '2025-11-04', 'Ủy ban MTTQ Việt Nam'],
      [
        '102/2025',
        '2025-09-26',
        'Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      ],
      ['29/2001', '2001', null],
    ]);
    expect(
      read(
        '(Có tên trong danh sách kèm theo) Ngày 09/02/2021, Bộ Y tế đã có Công văn số 949/BYT-KH-TC gửi các tỉnh. Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP của Văn phòng Chính phủ, Phó Thủ tướng giao các bộ rà soát.',
      ),
    ).toEqual([
      ['949', '2021-02-09', 'Bộ Y tế'],
      ['569', '2025-10-22', 'Văn phòng Chính phủ'],
    ]);
  });

  it('takes a later mention without (the end of) the symbol for the same document', () => {
    expect(
      read(
        'Kế thừa quy định tại Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị; Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP. Sau khi tổng kết Chỉ thị số 45 và Điều 21 Nghị quyết liên tịch số 102/2025/NQLT, Bộ Chính trị sẽ ban hành quy định.',
      ).map((r) => r[0]),
    ).toEqual(['45', '102/2025']);
  });
});
