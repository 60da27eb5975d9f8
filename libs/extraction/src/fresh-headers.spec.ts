import { extractDirective } from './extract-directive.js';

/**
 * Header and closing fields on fresh real texts, none of them in the corpus (list and addresses in the
 * helper's notes, /work/wt/xhead-fresh/SOURCES.txt). Lines are quoted as crawled; long bodies shortened.
 */
const directive = (lines: string[]) => extractDirective(lines.join('\n')).directive;

describe('a web copy that lost its header cell (tnt305/tai_lieu_noi_bo, trafilatura crawls of thuvienphapluat.vn)', () => {
  it('takes no issuer from the title lines under "THÔNG BÁO" (Thông báo 655/TB-VPCP, file b13aef6aad6b2169)', () => {
    const d = directive([
      '**THÔNG BÁO**',
      '',
      'KẾT',
      'LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH',
      'SƠN LA',
      '',
      'Ngày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ',
      'Bùi Thanh Sơn đã chủ trì buổi làm việc với lãnh đạo tỉnh Sơn La về tình hình sản',
      'xuất kinh doanh, đầu tư công.',
    ]);
    expect(d.issuer).toEqual({ parent: null, name: '' });
    expect(d.docType).toBe('Thông báo');
    expect(d.subject).toBe(
      'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH SƠN LA',
    );
  });

  it('reads a bold title broken over two lines as the subject (Hướng dẫn 40-HD/BTGDVTW, file aa9bb8226e3d4c71)', () => {
    const d = directive([
      '**HƯỚNG DẪN**',
      '',
      '**XÂY DỰNG, KIỆN',
      'TOÀN ĐỘI NGŨ BÁO CÁO VIÊN CÁC CẤP**',
      '',
      '**-----**',
      '',
      '- Căn cứ Quy định số 294-QĐ/TW, ngày',
      '26/5/2025 của Ban Chấp hành Trung ương Đảng khóa XIII về thi hành Điều lệ Đảng;',
      '',
      '**III. TỔ CHỨC',
      'THỰC HIỆN**',
    ]);
    expect(d.issuer).toEqual({ parent: null, name: '' });
    expect(d.subject).toBe('XÂY DỰNG, KIỆN TOÀN ĐỘI NGŨ BÁO CÁO VIÊN CÁC CẤP');
  });

  it('takes no issuer from the signer block of a short letter that opens with "Kính gửi" (Công văn 18491/BTC-CST, file 944fbe7407cc11f8)', () => {
    const d = directive([
      '|',
      '**Kính gửi:**',
      '|',
      '- Phó Thủ tướng Chính phủ Hồ Đức Phớc;',
      '- Đồng kính gửi Thủ tướng Chính phủ.',
      '|',
      '',
      'Bộ Tài chính kính báo cáo Thủ tướng Chính phủ,',
      'Chính phủ./.',
      '',
      '|',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, CST (P.CST3)',
      '|',
      '**KT. BỘ TRƯỞNG**',
      'THỨ TRƯỞNG',
      'Cao Anh Tuấn',
      '|',
    ]);
    expect(d.issuer).toEqual({ parent: null, name: '' });
    expect(d.signer).toEqual({ authority: 'KT.', body: 'BỘ TRƯỞNG', title: 'THỨ TRƯỞNG', name: 'Cao Anh Tuấn' });
  });
});

describe('a decision whose title is followed by the issuing authority above "Căn cứ"', () => {
  it('ends the subject before "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" (thuviennhadat.vn, Quyết định 3330/QĐ-UBND of 2016)', () => {
    const d = directive([
      'ỦY',
      'BAN NHÂN DÂN',
      'TỈNH QUẢNG TRỊ',
      '-------',
      '|',
      'CỘNG',
      'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      '|',
      'Số: 3330/QĐ-UBND',
      '|',
      'Quảng',
      'Trị, ngày 27 tháng 12 năm 2016',
      '|',
      'QUYẾT ĐỊNH',
      'PHÊ DUYỆT QUY HOẠCH THĂM DÒ, KHAI THÁC, SỬ DỤNG KHOÁNG SẢN TỈNH QUẢNG',
      'TRỊ ĐẾN NĂM 2020, CÓ TÍNH ĐẾN NĂM 2030',
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      'Căn cứ Luật Tổ chức chính quyền địa',
      'phương năm 2015;',
    ]);
    expect(d).toMatchObject({
      issuer: { parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ' },
      number: '3330',
      symbol: 'QĐ-UBND',
      place: 'Quảng Trị',
      date: '2016-12-27',
      subject:
        'PHÊ DUYỆT QUY HOẠCH THĂM DÒ, KHAI THÁC, SỬ DỤNG KHOÁNG SẢN TỈNH QUẢNG TRỊ ĐẾN NĂM 2020, CÓ TÍNH ĐẾN NĂM 2030',
    });
  });

  it('ends the subject before "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH" (hethongphapluat.com, Quyết định 232/QĐ-UBND of 2019)', () => {
    const d = directive([
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'Số: 232/QĐ-UBND | Ninh Bình, ngày 12 tháng 4 năm 2019 |',
      'QUYẾT ĐỊNH',
      'VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;',
    ]);
    expect(d.subject).toBe(
      'CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    );
  });
});

describe('a letter to the public signed without authority or Nơi nhận (maichau.hoabinh.gov.vn, Thư ngỏ of 19/12/2019)', () => {
  const d = directive([
    'UỶ BAN NHÂN DÂN HUYỆN MAI CHÂU',
    '',
    'Mai Châu, ngày 19 tháng 12 năm 2019',
    '',
    'THƯ NGỎ',
    '',
    'Vận động hỗ trợ (tự nguyện) kinh phí bắn pháo hoa',
    '',
    '   Trong những năm qua, việc tổ chức bắn pháo hoa vào đêm giao thừa nhân dịp Tết Nguyên đán tại huyện đã tạo không khí sôi nổi.',
    '',
    '   Xin trân trọng cảm ơn!',
    '',
    'KÍNH THƯ',
    '',
    'PHÓ CHỦ TỊCH UBND HUYỆN',
    '',
    'Phạm Văn Hoàn',
  ]);

  it('reads "THƯ NGỎ" as the type line and the line under it as the subject', () => {
    expect(d).toMatchObject({
      docType: 'Thư ngỏ',
      issuer: { parent: null, name: 'ỦY BAN NHÂN DÂN HUYỆN MAI CHÂU' },
      place: 'Mai Châu',
      date: '2019-12-19',
      subject: 'Vận động hỗ trợ (tự nguyện) kinh phí bắn pháo hoa',
    });
  });

  it('reads the title and name that end the page as the signer', () => {
    expect(d.signer).toEqual({ authority: null, body: null, title: 'PHÓ CHỦ TỊCH UBND HUYỆN', name: 'Phạm Văn Hoàn' });
  });
});

describe('web copies that wrap the date cell and the signer block (thuvienphapluat.vn crawls in dev)', () => {
  it('joins a date cell wrapped before the year (dev vpcp-2025-11-duong-hochiminh)', () => {
    const d = directive([
      '|',
      '**VĂN PHÒNG CHÍNH PHỦ**',
      '-------',
      '|',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA',
      'VIỆT NAM**',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      '|',
      '|',
      'Số: 11583/VPCP-CN',
      '*V/v triển',
      'khai Kết luận của Ủy ban Thường vụ Quốc hội về dự án đường Hồ Chí Minh*',
      '|',
      '*Hà Nội, ngày 26 tháng 11',
      'năm 2025*',
      '|',
      '**Kính gửi:** Bộ trưởng Bộ Xây dựng.',
    ]);
    expect(d).toMatchObject({
      place: 'Hà Nội',
      date: '2025-11-26',
      subject: 'triển khai Kết luận của Ủy ban Thường vụ Quốc hội về dự án đường Hồ Chí Minh',
    });
  });

  it('joins a place wrapped inside the italic date cell (dev hcm-2025-11-kehoach-luat-vieclam)', () => {
    const d = directive([
      '|',
      '**ỦY BAN NHÂN DÂN',
      '**',
      'THÀNH PHỐ HỒ CHÍ MINH',
      '-------',
      '|',
      'Số: 172/KH-UBND',
      '|',
      '*Thành phố Hồ Chí',
      'Minh, ngày 18 tháng 11 năm 2025*',
      '|',
      '**KẾ HOẠCH**',
      'TRIỂN',
      'KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH',
    ]);
    expect(d).toMatchObject({ place: 'Thành phố Hồ Chí Minh', date: '2025-11-18' });
  });

  it('ends a công điện title at the sender line broken by the page (dev ttg-2025-11-congdien-hangdutru-mualu)', () => {
    const d = directive([
      '**THỦ TƯỚNG CHÍNH PHỦ**',
      'Số: 226/CĐ-TTg',
      '*Hà',
      'Nội, ngày 21 tháng 11 năm 2025*',
      '**CÔNG ĐIỆN**',
      'VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ VÀ SỬ DỤNG HÀNG DỰ TRỮ QUỐC GIA ĐỂ HỖ',
      'TRỢ, ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC TRUNG BỘ',
      '**TH****Ủ',
      'TƯỚNG CHÍNH PHỦ điện:**',
      '- Bộ trưởng các Bộ: Quốc phòng, Công an, Tài chính.',
    ]);
    expect(d.subject).toBe(
      'TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ VÀ SỬ DỤNG HÀNG DỰ TRỮ QUỐC GIA ĐỂ HỖ TRỢ, ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC TRUNG BỘ',
    );
  });

  it('keeps a Nơi nhận entry that wraps in capitals ("TH;") off the signer (dev ttg-2025-11-congdien-hangdutru-mualu)', () => {
    const d = directive([
      'Các Bộ trưởng khẩn trương thực hiện./.',
      'Nơi nhận:',
      '- Thủ tướng, các Phó Thủ tướng CP;',
      '- VPCP: BTCN, các PCN, các Trợ lý TTg, Cổng TTĐT, các Vụ, Cục: NN, CN, KGVX,',
      'TH;',
      '- Lưu: VT, KTTH (2)',
      '|',
      '**THỦ TƯỚNG**',
      'Phạm Minh Chính',
    ]);
    expect(d.signer).toEqual({ authority: null, body: null, title: 'THỦ TƯỚNG', name: 'Phạm Minh Chính' });
    expect(d.distribution).toContain('VPCP: BTCN, các PCN, các Trợ lý TTg, Cổng TTĐT, các Vụ, Cục: NN, CN, KGVX, TH');
  });

  it('joins a signer name broken after the family name (dev vpcp-2025-11-duong-hochiminh)', () => {
    const d = directive([
      'Văn phòng Chính phủ xin thông báo để Bộ Xây dựng biết, thực hiện./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, CN (2).',
      '|',
      '**KT. BỘ TRƯỞNG, CHỦ NHIỆM**',
      'PHÓ CHỦ NHIỆM',
      '**Phạm',
      'Mạnh Cường**',
      '|',
    ]);
    expect(d.signer).toEqual({
      authority: 'KT.',
      body: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      title: 'PHÓ CHỦ NHIỆM',
      name: 'Phạm Mạnh Cường',
    });
  });
});

describe('old thuvienphapluat.vn decisions: signer block opened by a bare "TM." and a title wrapped in a span of years', () => {
  it('reads "TM." / "ỦY BAN NHÂN DÂN TỈNH" / "KT. CHỦ TỊCH" without a Nơi nhận (Quyết định 33/2009/QĐ-UBND of Tiền Giang)', () => {
    const d = directive([
      'Điều 4.',
      'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông',
      'tin và Truyền thông có trách nhiệm thi hành Quyết định này./.',
      '|',
      'TM.',
      'ỦY BAN NHÂN DÂN TỈNH',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn Phòng',
      '|',
    ]);
    expect(d.signer).toEqual({
      authority: 'TM.',
      body: 'ỦY BAN NHÂN DÂN TỈNH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Văn Phòng',
    });
  });

  it('reads "TM." / "ỦY BAN NHÂN DÂN TỈNH" / "CHỦ TỊCH" (Quyết định 22/2011/QĐ-UBND of Gia Lai)', () => {
    const d = directive([
      'Điều 3. Chánh',
      'Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.',
      '|',
      'TM.',
      'ỦY BAN NHÂN DÂN TỈNH',
      'CHỦ TỊCH',
    ]);
    expect(d.signer).toMatchObject({ authority: 'TM.', body: 'ỦY BAN NHÂN DÂN TỈNH', title: 'CHỦ TỊCH' });
  });

  it('keeps the year after a dash in the subject (thuviennhadat.vn, Kế hoạch 07/KH-UBND of Lạng Sơn, 2020)', () => {
    const d = directive([
      'ỦY BAN NHÂN DÂN',
      'TỈNH LẠNG SƠN',
      'Số: 07/KH-UBND',
      'Lạng Sơn, ngày 13',
      'tháng 01 năm 2020',
      'KẾ HOẠCH',
      'TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN',
      'HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 -',
      '2020',
      'Thực hiện Chỉ',
      'thị số 8008/CT-TCTL ngày 25/10/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn.',
    ]);
    expect(d.subject).toBe(
      'TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 - 2020',
    );
    expect(d.date).toBe('2020-01-13');
  });
});

describe('a number with a dotted part', () => {
  it('reads "Số: 66.17/2026/NQ-CP" (dev cp-2026-05-nq-catgiam-nganhnghe-dautu-dieukien) and a paraphrase', () => {
    const read = (number: string) =>
      extractDirective(`CHÍNH PHỦ\n_________\n\nSố: ${number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n`).directive;
    expect(read('66.17/2026/NQ-CP')).toMatchObject({ number: '66.17/2026', symbol: 'NQ-CP' });
    expect(read('12.3/QĐ-UBND')).toMatchObject({ number: '12.3', symbol: 'QĐ-UBND' });
    expect(read('215/UBND-VX')).toMatchObject({ number: '215', symbol: 'UBND-VX' });
  });
});
