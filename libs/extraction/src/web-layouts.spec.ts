/**
 * Header and closing of directives as legal-document sites publish them, quoted from UNLABELLED crawls
 * (none is in samples/corpus): tnt305/tai_lieu_noi_bo src/etl/dataset/<md5 of the page address>.md
 * (Markdown: "|" cell marks, "**bold**", "*italic*", cells wrapped at the page width) and
 * johnPa02/thuvienphapluat-crawler all/*.txt (each table row flattened onto one line). A few plain-paper
 * variants follow, quoted from dev documents (folder named). Bodies are cut to their first sentence.
 */
import { extractDirective } from './extract-directive.js';

const read = (lines: string[]) => extractDirective(lines.join('\n')).directive;

describe('a table row flattened onto one line (johnPa02/thuvienphapluat-crawler, Công văn 778/TCHQ-GSQL)', () => {
  const d = read([
    'Công văn 778/TCHQ-GSQL. BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
    'Số: 778/TCHQ-GSQL V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014',
    'Hà Nội, ngày 13 tháng 02 năm 2017 Kính gửi: Cục Hải quan các tỉnh, thành phố.',
    'Để đảm bảo việc trao đổi thông tin điện tử giữa cơ quan Hải quan và doanh nghiệp kinh doanh cảng, kho, bãi tại khu vực cửa khẩu cảng biển theo quy định tại Điều 41 Luật Hải quan, Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố thông báo, hướng dẫn Chi cục Hải quan trực thuộc và người khai hải quan thực hiện nội dung sau:',
    'Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện.',
    'Nơi nhận:',
    '- Như trên;',
    '- Đ/c Tổng cục trưởng (để b/c);',
    '- Cục GSQL về HQ (để t/h);',
    '- Lưu: VT, GSQL(03b).',
    'KT.',
    'TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……….',
    'ĐỊA CHỈ:....',
  ]);

  it('drops the page title and splits the parent body off the issuer on one line', () => {
    expect(d.issuer).toEqual({ parent: 'BỘ TÀI CHÍNH', name: 'TỔNG CỤC HẢI QUAN' });
    expect([d.number, d.symbol, d.date]).toEqual(['778', 'TCHQ-GSQL', '2017-02-13']);
  });

  it('reads the subject after the number and the addressee after the date', () => {
    expect(d.subject).toBe('xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014');
    expect(d.recipients).toEqual(['Cục Hải quan các tỉnh, thành phố']);
  });

  it('reads the signer from "KT." and one line with body, title, name and a form heading after it', () => {
    expect(d.signer).toEqual({
      authority: 'KT.',
      body: 'TỔNG CỤC TRƯỞNG',
      title: 'PHÓ TỔNG CỤC TRƯỞNG',
      name: 'Vũ Ngọc Anh',
    });
    expect(d.distribution).toEqual([
      'Như trên',
      'Đ/c Tổng cục trưởng (để b/c)',
      'Cục GSQL về HQ (để t/h)',
      'Lưu: VT, GSQL(03b)',
    ]);
  });
});

describe('both header columns flattened onto one line (tailieumienphi.vn, Công văn 2917/SGDĐT-VP of Ninh Thuận)', () => {
  it('splits the mottos, the number, the hyphenated place with "tháng11" and the subject after the date', () => {
    const d = read([
      'UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010 V/v báo cáo nhanh tinh hình bị thiêt hai do lũ lụt cua nganh Giao duc và Đao tao. Kính gửi: - Ủy ban nhân dân tỉnh Ninh Thuận; - Bộ Giao duc và Đao tao. Vừa qua, tỉnh Ninh Thuân bị ảnh hưởng cua không khí lanh tăng cương manh xuông phia Nam.',
    ]);
    expect(d.issuer).toEqual({ parent: 'UBND TỈNH NINH THUẬN', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' });
    expect([d.number, d.symbol, d.place, d.date]).toEqual(['2917', 'SGDĐT-VP', 'Phan Rang-Tháp Chàm', '2010-11-05']);
    expect(d.subject).toBe('báo cáo nhanh tinh hình bị thiêt hai do lũ lụt cua nganh Giao duc và Đao tao');
    expect(d.recipients).toEqual(['Ủy ban nhân dân tỉnh Ninh Thuận', 'Bộ Giao duc và Đao tao']);
  });
});

describe('a plan with its appendix after the signature (tnt305/tai_lieu_noi_bo 8718801c503045f9, Kế hoạch 617/KH-UBND)', () => {
  const d = read([
    '|',
    '**ỦY BAN NHÂN',
    'DÂN**',
    'TỈNH ĐỒNG THÁP',
    '--------',
    '|',
    '**CỘNG HÒA XÃ',
    'HỘI CHỦ NGHĨA VIỆT NAM**',
    'Độc lập - Tự do - Hạnh phúc',
    '---------------',
    '|',
    '|',
    'Số: 617/KH-UBND',
    '|',
    '*Đồng Tháp,',
    'ngày 01 tháng 12 năm 2025*',
    '|',
    '',
    '',
    '**KẾ HOẠCH**',
    '',
    'CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP',
    'NHỎ VÀ VỪA, HỢP TÁC XÃ, HỘ KINH DOANH',
    '',
    'Thực hiện Kế hoạch số',
    '283/KH-UBND ngày 24/9/2025 của Uỷ ban nhân dân Tỉnh;',
    '',
    '|',
    '*Nơi nhận:*',
    '- Bộ Khoa học và Công nghệ;',
    '- CT, các PCT UBND Tỉnh;',
    '- VPUB: CVP, các PCVP;',
    '- Lưu: VT, KGVX. Thg.',
    '|',
    '**TM. ỦY BAN',
    'NHÂN DÂN**',
    'KT. CHỦ TỊCH',
    '**PHÓ CHỦ TỊCH**',
    '**Huỳnh Minh Tuấn**',
    '|',
    '',
    '',
    '**PHỤ LỤC**',
    '',
    'DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM',
    '',
    '*(Kèm theo Kế hoạch số 617/KH-UBND ngày 01/12/2025 của Ủy ban nhân dân tỉnh)*',
    '|',
    '**STT**',
    '|',
    '1',
    '|',
    'Triển khai nền tảng đào tạo',
    'trực tuyến mở đại trà.',
    '|',
    '-',
    'Hoàn thành tái cấu trúc quy trình.',
    '|',
  ]);

  it('reads the issuer, the type and the title in capitals', () => {
    expect(d.issuer).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP' });
    expect([d.docType, d.subject]).toEqual([
      'Kế hoạch',
      'CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA, HỢP TÁC XÃ, HỘ KINH DOANH',
    ]);
  });

  it('ends the signer and the Nơi nhận list at the name, before the appendix', () => {
    expect(d.signer).toEqual({
      authority: 'TM.',
      body: 'ỦY BAN NHÂN DÂN',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Huỳnh Minh Tuấn',
    });
    expect(d.distribution).toEqual([
      'Bộ Khoa học và Công nghệ',
      'CT, các PCT UBND Tỉnh',
      'VPUB: CVP, các PCVP',
      'Lưu: VT, KGVX. Thg',
    ]);
  });
});

describe('the number under "Số:" (tnt305/tai_lieu_noi_bo e3cc96834c0a575f, Công văn 5680/CT-CS)', () => {
  const d = read([
    '|',
    'BỘ TÀI CHÍNH',
    'CỤC THUẾ',
    '-------',
    '|',
    '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
    'Độc lập - Tự do - Hạnh phúc',
    '---------------',
    '|',
    '|',
    'Số:',
    '5680/CT-CS',
    '*V/v thuế TNCN từ tiền lương, tiền công.*',
    '|',
    '*Hà Nội, ngày 01 tháng 12 năm 2025*',
    '|',
    '',
    '',
    '**Kính gửi:** Ban Tuyên giáo và Dân vận Trung ương',
    '',
    'Cục Thuế',
    'nhận được công văn số 1879-CV/BTGVTW ngày 13/8/2025 của Ban Tuyên giáo và Dân vận',
    'Trung ương. Về vấn đề này, Cục Thuế có ý kiến như sau:',
    '',
    '|',
    'Nơi nhận:',
    '- Như trên;',
    '- PCT Đặng Ngọc Minh (để báo cáo);',
    '- Website CT;',
    '- Lưu VT, CS',
    '|',
    '**TL. CỤC TRƯỞNG**',
    'KT. TRƯỞNG BAN BAN CHÍNH SÁCH,',
    'THUẾ QUỐC TẾ',
    'Nguyễn Thị Thanh Hằng',
    '|',
  ]);

  it('reads a công văn of the Cục Thuế ("CT-CS" is no Chỉ thị)', () => {
    expect(d.issuer).toEqual({ parent: 'BỘ TÀI CHÍNH', name: 'CỤC THUẾ' });
    expect([d.number, d.symbol, d.docType]).toEqual(['5680', 'CT-CS', 'Công văn']);
    expect(d.subject).toBe('thuế TNCN từ tiền lương, tiền công');
    expect(d.recipients).toEqual(['Ban Tuyên giáo và Dân vận Trung ương']);
  });

  it('ends the list at its last entry with no closing mark and reads the outer authority', () => {
    expect(d.distribution).toEqual(['Như trên', 'PCT Đặng Ngọc Minh (để báo cáo)', 'Website CT', 'Lưu VT, CS']);
    expect([d.signer.authority, d.signer.body, d.signer.name]).toEqual(['TL.', 'CỤC TRƯỞNG', 'Nguyễn Thị Thanh Hằng']);
  });
});

describe("the subject in the number's cell (dev/ttg-2010-09-benhvien-timmach-angiang's header, its subject set in that cell)", () => {
  it('reads the subject across the cells with the date between its lines', () => {
    const d = read([
      'THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      '| Số: 1631/TTg-KGVX V/v bổ sung Bệnh viện Tim mạch An Giang vào quy hoạch | Hà Nội, ngày 16 tháng 09 năm 2010 |',
      '| mạng lưới khám, chữa bệnh | |',
      'Kính gửi: | - Bộ Y tế; |',
      '| - Ủy ban nhân dân tỉnh An Giang. |',
      'Xét đề nghị của Ủy ban nhân dân tỉnh An Giang, Thủ tướng Chính phủ có ý kiến như sau:',
    ]);
    expect([d.number, d.symbol, d.date]).toEqual(['1631', 'TTg-KGVX', '2010-09-16']);
    expect(d.subject).toBe('bổ sung Bệnh viện Tim mạch An Giang vào quy hoạch mạng lưới khám, chữa bệnh');
    expect(d.recipients).toEqual(['Bộ Y tế', 'Ủy ban nhân dân tỉnh An Giang']);
  });
});

describe('the body run on after the addressee (dev/bkhdt-2019-05-traloi-dieu162-pvgas)', () => {
  const d = read([
    'BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
    'Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS) Phúc đáp Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019 của Tổng công ty Khí Việt Nam- CTCP (PV GAS) về việc hướng dẫn áp dụng quy định tại Điều 162 Luật Doanh nghiệp 2014, Bộ Kế hoạch và Đầu tư có ý kiến như sau:',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, QLKTTW.',
    'TL.',
    'BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm',
  ]);

  it('ends the addressee where "Phúc đáp" opens the body', () => {
    expect(d.recipients).toEqual(['Tổng công ty Khí Việt Nam-CTCP (PV GAS)']);
    expect(d.subject).toBe('hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014');
  });

  it('joins "TL." to the line under it and splits the body from the title', () => {
    expect(d.signer).toEqual({
      authority: 'TL.',
      body: 'BỘ TRƯỞNG',
      title: 'CHÁNH VĂN PHÒNG',
      name: 'Nguyễn Đức Tâm',
    });
  });
});

describe('header cells wrapped at the page width (tnt305/tai_lieu_noi_bo 2c71d790ecdeb8d1, Công văn 11654/VPCP-CN)', () => {
  const d = read([
    '|',
    '**VĂN',
    'PHÒNG CHÍNH PHỦ**',
    '-------',
    '|',
    '**CỘNG',
    'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
    'Độc lập - Tự do - Hạnh phúc',
    '---------------',
    '|',
    '|',
    'Số: 11654/VPCP-CN',
    '*V/v cung ứng vật liệu xây dựng phục vụ Dự án',
    'tuyến đường bộ cao tốc CT.08, đoạn qua Nam Định, Thái Bình*',
    '|',
    '*Hà Nội, ngày 27',
    'tháng 11 năm 2025*',
    '|',
    '|',
    '**Kính gửi:**',
    '|',
    'Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh',
    'Bình, Bắc Ninh, Phú Thọ, Tuyên Quang.',
    '|',
    'Xét báo cáo và đề xuất, kiến nghị của Ủy ban nhân',
    'dân tỉnh Hưng Yên (văn bản số 84/BC-UBND ngày 19 tháng 11 năm 2025), Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến như sau:',
    'Văn phòng Chính phủ thông báo để các địa phương, cơ',
    'quan, đơn vị có liên quan biết, thực hiện./.',
    '|',
    '*Nơi nhận:*',
    '- Như trên;',
    '- Thủ tướng, các PTTgCP (để b/c);',
    '- UBND các tỉnh, thành phố: Hải Phòng, Hưng Yên, Ninh Bình, Bắc Ninh, Phú',
    'Thọ, Tuyên Quang;',
    '- VPCP: BTCN, các PCN,',
    'Trợ lý TTg, PTTg,',
    'Tổng GĐ CổngTTĐT,',
    'các Vụ: NN, KTTH, QHĐP, PL;',
    '- Lưu: VT, CN(2).',
    '|',
    '**KT. BỘ TRƯỞNG,',
    'CHỦ NHIỆM**',
    '**PHÓ CHỦ NHIỆM**',
    '**Nguyễn Sỹ Hiệp**',
    '|',
  ]);

  it('reads the issuer, subject and date across the wrapped cells', () => {
    expect(d.issuer).toEqual({ parent: null, name: 'VĂN PHÒNG CHÍNH PHỦ' });
    expect(d.subject).toBe(
      'cung ứng vật liệu xây dựng phục vụ Dự án tuyến đường bộ cao tốc CT.08, đoạn qua Nam Định, Thái Bình',
    );
    expect(d.date).toBe('2025-11-27');
  });

  it('reads one addressee wrapped over two lines', () => {
    expect(d.recipients).toEqual([
      'Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang',
    ]);
  });

  it('keeps a Nơi nhận entry wrapped over several lines as one entry', () => {
    expect(d.distribution).toEqual([
      'Như trên',
      'Thủ tướng, các PTTgCP (để b/c)',
      'UBND các tỉnh, thành phố: Hải Phòng, Hưng Yên, Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang',
      'VPCP: BTCN, các PCN, Trợ lý TTg, PTTg, Tổng GĐ CổngTTĐT, các Vụ: NN, KTTH, QHĐP, PL',
      'Lưu: VT, CN(2)',
    ]);
    expect(d.signer).toEqual({
      authority: 'KT.',
      body: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      title: 'PHÓ CHỦ NHIỆM',
      name: 'Nguyễn Sỹ Hiệp',
    });
  });
});

describe('a committee signing for its chairman (tnt305/tai_lieu_noi_bo 88b7667d728aef13, Công văn 6397/UBND-KT)', () => {
  const d = read([
    '** **',
    '',
    '|',
    '**Kính gửi:**',
    '|',
    '- Các sở, ban, ngành thuộc Thành phố;',
    '- Ủy ban nhân dân các xã, phường;',
    '- Các Tổng công ty, công ty, đơn vị trực thuộc Thành phố.',
    '|',
    '',
    'Thực hiện chỉ đạo của Ban Thường',
    'vụ Thành ủy tại Văn bản số 43-CV/TU ngày 12/11/2025 về việc tăng cường quản lý',
    'công tác đấu thầu trên địa bàn Thành phố, UBND Thành phố yêu cầu các sở, ban, ngành thực hiện nghiêm túc./.',
    '',
    '* *',
    '',
    '|',
    'Nơi nhận:',
    '- Như trên;',
    '- Thường trực Thành ủy; *(để b/c)*',
    '- Thường trực HĐND TP; *(để b/c)*',
    '- VPUBTP: CVP, các PCVP, các PCM;',
    '- Lưu: VT, KT.',
    '|',
    '**TM. ỦY BAN NHÂN',
    'DÂN**',
    'KT. CHỦ TỊCH',
    '**PHÓ CHỦ TỊCH**',
    '**Nguyễn Xuân Lưu**',
    '|',
  ]);

  it('reads the addressees between cell marks', () => {
    expect(d.recipients).toEqual([
      'Các sở, ban, ngành thuộc Thành phố',
      'Ủy ban nhân dân các xã, phường',
      'Các Tổng công ty, công ty, đơn vị trực thuộc Thành phố',
    ]);
  });

  it('keeps the italic purpose note with its entry and reads "TM." over "KT."', () => {
    expect(d.distribution).toEqual([
      'Như trên',
      'Thường trực Thành ủy (để b/c)',
      'Thường trực HĐND TP (để b/c)',
      'VPUBTP: CVP, các PCVP, các PCM',
      'Lưu: VT, KT',
    ]);
    expect(d.signer).toEqual({
      authority: 'TM.',
      body: 'ỦY BAN NHÂN DÂN',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Xuân Lưu',
    });
  });
});

describe('one addressee under "Kính gửi:" with its address in italics (tnt305/tai_lieu_noi_bo 72d08272d570f412, Công văn 5537/CT-CS)', () => {
  const d = read([
    '**Kính gửi:**',
    'Công ty TNHH TKG Taekwang Cần Thơ',
    '',
    '*(Đ/C: KCN Hưng Phú 2B, P.Phú Thứ, Q. Cái Răng, TP. Cần Thơ)*',
    '',
    'Cục Thuế nhận được công văn số 0909/2025/TAEK/CT',
    'ngày 9/9/2025 của Công ty TNHH TKG Taekwang Cần Thơ về việc nộp nghĩa vụ thuế',
    'thu nhập doanh nghiệp (TNDN). Về vấn đề này, Cục Thuế có ý kiến như sau:',
    '',
    'Cục Thuế trả lời để Công ty TNHH TKG Taekwang Cần',
    'Thơ biết./.',
    '',
    '|',
    '*Nơi nhận:*',
    '- Như trên:',
    '- PCTr. Đặng Ngọc Minh (để b/c):',
    '- Thuế thành phố Cần Thơ;',
    '- Lưu VT, CS (3b).',
    '|',
    '**TL. CỤC TRƯỞNG**',
    'KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ',
    'PHÓ TRƯỞNG BAN',
    'Mạnh Thị Tuyết Mai',
    '|',
  ]);

  it('reads the addressee printed alone under "Kính gửi:"', () => {
    expect(d.recipients).toEqual(['Công ty TNHH TKG Taekwang Cần Thơ']);
  });

  // The title is the signer's own office, the second authority line no part of it (samples/corpus/README.md, "Two
  // authority lines").
  it("reads the outer authority, the deputy's own office and the name", () => {
    expect(d.signer).toEqual({
      authority: 'TL.',
      body: 'CỤC TRƯỞNG',
      title: 'PHÓ TRƯỞNG BAN',
      name: 'Mạnh Thị Tuyết Mai',
    });
    expect(d.distribution).toEqual([
      'Như trên',
      'PCTr. Đặng Ngọc Minh (để b/c)',
      'Thuế thành phố Cần Thơ',
      'Lưu VT, CS (3b)',
    ]);
  });
});

describe('the Party central header (tnt305/tai_lieu_noi_bo ca9ba61fc61bf961, Quy định 384-QĐ/TW)', () => {
  it('reads the Central Committee over a motto wrapped in its cell, and the title after "VỀ"', () => {
    const d = read([
      '|',
      '**BAN CHẤP HÀNH',
      'TRUNG ƯƠNG**',
      '*',
      '|',
      '**ĐẢNG CỘNG SẢN',
      'VIỆT NAM**',
      '---------------',
      '|',
      '|',
      'Số 384-QĐ/TW',
      '|',
      '*Hà Nội, ngày 19',
      'tháng 11 năm 2025*',
      '|',
      '',
      '* *',
      '',
      '**QUY ĐỊNH**',
      '',
      'VỀ',
      'KẾT NỐI, CHIA SẺ DỮ LIỆU GIỮA CÁC CƠ QUAN ĐẢNG VỚI CÁC CƠ QUAN, TỔ CHỨC KHÁC',
      'TRONG HỆ THỐNG CHÍNH TRỊ',
      '',
      '-----',
      '',
      '- Căn cứ Điều lệ Đảng;',
    ]);
    expect(d.system).toBe('party');
    expect(d.issuer).toEqual({ parent: null, name: 'BAN CHẤP HÀNH TRUNG ƯƠNG' });
    expect([d.number, d.symbol, d.docType, d.date]).toEqual(['384', 'QĐ/TW', 'Quy định', '2025-11-19']);
    expect(d.subject).toBe(
      'KẾT NỐI, CHIA SẺ DỮ LIỆU GIỮA CÁC CƠ QUAN ĐẢNG VỚI CÁC CƠ QUAN, TỔ CHỨC KHÁC TRONG HỆ THỐNG CHÍNH TRỊ',
    );
  });

  it('reads a central department under the Central Committee (dev/btgdvtw-2025-11-huongdan-bantin-chibo)', () => {
    const d = read([
      '|',
      'BAN CHẤP HÀNH',
      'TRUNG ƯƠNG',
      '**BAN TUYÊN GIÁO VÀ DÂN VẬN**',
      '*',
      '|',
      '**ĐẢNG CỘNG SẢN',
      'VIỆT NAM**',
      '---------------',
      'Số 37-HD/BTGDVTW',
    ]);
    expect(d.issuer).toEqual({ parent: 'BAN CHẤP HÀNH TRUNG ƯƠNG', name: 'BAN TUYÊN GIÁO VÀ DÂN VẬN' });
  });

  it('reads "THÔNG BÁO KẾT LUẬN" as the type and the title under it (dev/vptw-2025-11-tbkl-treem-hoancanh-dacbiet)', () => {
    const d = read([
      '**ĐẢNG CỘNG',
      'SẢN VIỆT NAM**',
      'Số 432-TB/VPTW',
      '**THÔNG BÁO KẾT LUẬN**',
      'CỦA ĐỒNG CHÍ TỔNG BÍ THƯ',
      'TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ',
      '**-----**',
      'Ngày 24/11/2025, tại Trụ sở',
    ]);
    expect([d.docType, d.subject]).toEqual([
      'Thông báo kết luận',
      'CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ',
    ]);
  });
});

describe('a title in capitals (tnt305/tai_lieu_noi_bo 74e2ddc7b11340da, Thông báo 624/TB-VPCP)', () => {
  it('joins a word cut off its line and stops at the body', () => {
    const d = read([
      'Số: 624/TB-VPCP',
      '|',
      '*Hà Nội, ngày 16',
      'tháng 11 năm 2025*',
      '|',
      '**THÔNG BÁO**',
      'KẾT',
      'LUẬN PHIÊN HỌP LẦN THỨ NĂM CỦA BAN CHỈ ĐẠO CỦA CHÍNH PHỦ VỀ PHÁT TRIỂN KHOA HỌC,',
      'CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06',
      'Ngày 15 tháng 11 năm 2025, tại Trụ sở Chính phủ, Thủ',
      'tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp lần thứ năm.',
    ]);
    expect([d.docType, d.subject]).toEqual([
      'Thông báo',
      'KẾT LUẬN PHIÊN HỌP LẦN THỨ NĂM CỦA BAN CHỈ ĐẠO CỦA CHÍNH PHỦ VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06',
    ]);
  });

  it('goes on in running case after the capitals (dev/thuathienhue-tu-2022-05-ketluan-hatang)', () => {
    const d = read([
      'TỈNH ỦY THỪA THIÊN HUẾ',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 445-KL/TƯ',
      'Thừa Thiên Huế, ngày 13 tháng 5 năm 2022',
      'KẾT LUẬN',
      'HỘI NGHỊ LÂN THỨ BẢY',
      'BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)',
      'về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025,',
      'định hướng đến năm 2030',
      'Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp',
    ]);
    expect(d.subject).toBe(
      'HỘI NGHỊ LÂN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI) về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025, định hướng đến năm 2030',
    );
  });
});

describe('paper layouts', () => {
  it('ends the issuer block at running text when there is no number (dev/cantho-mttq-2020-02-dondoc-chuyentrang)', () => {
    const d = read([
      'ỦY BAN MTTQ VIỆT NAM',
      'THÀNH PHỐ CẦN THƠ',
      'BAN TUYÊN GIÁO  ',
      'Về việc đón đọc chuyên trang “Đại đoàn kết”',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập – Tự do – Hạnh phúc  ',
      '     Cần Thơ, ngày  21  tháng 02 năm 2020',
      '',
      '                          Kính gửi: Ban Thường trực UBMTTQVN các quận, huyện',
      '',
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ đề nghị các quận, huyện đón đọc.',
      'Nơi nhận:',
      '– Các quận, huyện;',
      '– Lưu VP, Ban DC-PL&TG.',
      'TM. BAN TUYÊN GIÁO',
      'TRƯỞNG BAN',
      'Đinh Trung Trực',
    ]);
    expect(d.issuer).toEqual({ parent: 'ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ', name: 'BAN TUYÊN GIÁO' });
    expect(d.subject).toBe('đón đọc chuyên trang “Đại đoàn kết”');
  });

  it('joins the last word of a parent cut by the cell (dev/hanoi-sgddt-2025-12-onhiem-khongkhi)', () => {
    const d = read(['UBND THÀNH PHỐ HÀ', 'NỘI', '**SỞ GIÁO DỤC VÀ ĐÀO TẠO**', '-------', 'Số: 5095/SGDĐT-CTTTHSSV']);
    expect(d.issuer).toEqual({ parent: 'UBND THÀNH PHỐ HÀ NỘI', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' });
  });

  it('reads "V/v:" with a colon and skips the date printed between the subject\'s lines', () => {
    const d = read([
      'ỦY BAN NHÂN DÂN',
      'HUYỆN MỸ ĐỨC',
      'Số: 1234/UBND-VP',
      'V/v: tăng cường công tác phòng cháy, chữa cháy',
      'Mỹ Đức, ngày 05 tháng 8 năm 2024',
      'trong mùa hanh khô',
      'Kính gửi: Ủy ban nhân dân các xã, thị trấn',
    ]);
    expect(d.subject).toBe('tăng cường công tác phòng cháy, chữa cháy trong mùa hanh khô');
    expect(d.recipients).toEqual(['Ủy ban nhân dân các xã, thị trấn']);
  });

  it('reads the signer with "KT" printed without its dot and no Nơi nhận (dev/vpcp-2003-05-suaqd28-vanhoathongtin)', () => {
    const d = read([
      'Văn phòng Chính phủ thông báo để Bộ Văn hoá-Thông tin, Bộ Ngoại Giao và các cơ quan liên quan biết, thực hiện./.',
      'KT BỘ TRƯỞNG, CHỦ NHIỆM VPCP',
      'PHÓ CHỦ NHIỆM',
      'Trần Quốc Toản',
    ]);
    expect(d.signer).toEqual({
      authority: 'KT.',
      body: 'BỘ TRƯỞNG, CHỦ NHIỆM VPCP',
      title: 'PHÓ CHỦ NHIỆM',
      name: 'Trần Quốc Toản',
    });
  });

  it('keeps "BAN BÍ THƯ" as the body a Party signer signs for, with no title line', () => {
    const d = read([
      'Nơi nhận:',
      '- Các tỉnh ủy, thành ủy,',
      '- Lưu Văn phòng Trung ương Đảng.',
      'T/M BAN BÍ THƯ',
      'Trần Cẩm Tú',
    ]);
    expect(d.signer).toEqual({ authority: 'T/M', body: 'BAN BÍ THƯ', title: null, name: 'Trần Cẩm Tú' });
    expect(d.distribution).toEqual(['Các tỉnh ủy, thành ủy', 'Lưu Văn phòng Trung ương Đảng']);
  });

  it('reads Nơi nhận entries whose dashes a scan lost (dev/cantho-mttq-2020-02-dondoc-chuyentrang, dashes removed)', () => {
    const d = read([
      'Trân trọng kính chào!',
      'Nơi nhận:',
      'Các quận, huyện;',
      'Lưu VP, Ban DC-PL&TG.',
      'TM. BAN TUYÊN GIÁO',
      'TRƯỞNG BAN',
      'Đinh Trung Trực',
    ]);
    expect(d.distribution).toEqual(['Các quận, huyện', 'Lưu VP, Ban DC-PL&TG']);
    expect(d.signer).toEqual({
      authority: 'TM.',
      body: 'BAN TUYÊN GIÁO',
      title: 'TRƯỞNG BAN',
      name: 'Đinh Trung Trực',
    });
  });

  it('reads a signer block printed above "Nơi nhận" (the right column read first; dev/haugiang-2011-04-binhchon-halong)', () => {
    const d = read([
      'Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1, Chủ tịch UBND tỉnh có ý kiến như sau./.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Thành Lập',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, NCTH.HH',
    ]);
    expect(d.signer).toEqual({ authority: 'KT.', body: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Trần Thành Lập' });
    expect(d.distribution).toEqual(['Như trên', 'Lưu: VT, NCTH.HH']);
  });

  it('ends the Nơi nhận list at the filing entry (dev/haugiang-2011-04-binhchon-halong)', () => {
    const d = read([
      'Nơi nhận:',
      '- Như trên;',
      '- Sở, ban, ngành tỉnh;',
      '- Lưu: VT, NCTH.HH',
      'd:\\2011\\CV\\SVH\\T4\\Bau cho Vinh Ha Long',
      'TL. CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
      'CHÁNH VĂN PHÒNG',
    ]);
    expect(d.distribution).toEqual(['Như trên', 'Sở, ban, ngành tỉnh', 'Lưu: VT, NCTH.HH']);
  });
});

describe('addressees outside "Kính gửi:"', () => {
  it('reads a công điện\'s "THỦ TƯỚNG CHÍNH PHỦ điện:" list (dev/ttg-2025-11-congdien-thiethai-nhao)', () => {
    const d = read([
      'Số: 232/CĐ-TTg',
      '**CÔNG ĐIỆN**',
      'V/V KHẨN TRƯƠNG THỐNG',
      'KÊ, RÀ SOÁT, TỔNG HỢP BÁO CÁO THIỆT HẠI VỀ NHÀ Ở',
      '**THỦ TƯỚNG CHÍNH PHỦ điện:**',
      '- Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk;',
      '- Bộ trưởng các Bộ: Tài chính, Nông nghiệp và Môi trường, Quốc phòng, Công an,',
      'Giáo dục và Đào tạo, Y tế.',
      'Vừa qua tại khu vực Nam Trung Bộ đã xảy ra đợt mưa lũ.',
    ]);
    expect(d.recipients).toEqual([
      'Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
      'Bộ trưởng các Bộ: Tài chính, Nông nghiệp và Môi trường, Quốc phòng, Công an, Giáo dục và Đào tạo, Y tế',
    ]);
  });

  it('reads a công điện of the Prime Minister (tnt305/tai_lieu_noi_bo fa0dcc139cec05de, Công điện 230/CĐ-TTg)', () => {
    const d = read([
      '|',
      '**THỦ',
      'TƯỚNG CHÍNH PHỦ**',
      '-------',
      '|',
      '**CỘNG',
      'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      '|',
      '|',
      'Số: 230/CĐ-TTg',
      '|',
      '*Hà Nội, ngày 26',
      'tháng 11 năm 2025*',
      '|',
      '**CÔNG ĐIỆN**',
      'VỀ VIỆC KHẨN TRƯƠNG HOÀN',
      'THÀNH CẬP NHẬT, RÀ SOÁT VÀ PHÂN LOẠI KẾT QUẢ THANH TRA CHUYÊN ĐỀ CÁC DỰ ÁN TỒN',
      'ĐỌNG KÉO DÀI',
      '**THỦ TƯỚNG CHÍNH PHỦ điện:**',
      '|',
      '|',
      '- Bộ trưởng; Thủ trưởng cơ quan ngang Bộ, cơ quan',
      'thuộc Chính phủ;',
      '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
      '|',
      'Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP của',
      'Văn phòng Chính phủ, Phó Thủ tướng giao nhiệm vụ.',
      '|',
      '*Nơi nhận:*',
      '- Như trên;',
      '- VPCP: BTCN, các PCN, TGĐ Cổng TTĐT;',
      'Các Vụ: TH, KTTH, NN, KGVX, QHĐP, V.I, PL;',
      '- Lưu: VT, CN.',
      '|',
      '**KT. THỦ TƯỚNG**',
      '**PHÓ THỦ TƯỚNG**',
      '**Nguyễn Hòa Bình**',
      '|',
      '[1] Lâm',
      'Đồng, Bắc Ninh, Huế, Tuyên Quang, Phú Thọ, Cà Mau, Hà Nội.',
    ]);
    expect([d.issuer.name, d.docType, d.number, d.symbol]).toEqual([
      'THỦ TƯỚNG CHÍNH PHỦ',
      'Công điện',
      '230',
      'CĐ-TTg',
    ]);
    expect(d.subject).toBe(
      'KHẨN TRƯƠNG HOÀN THÀNH CẬP NHẬT, RÀ SOÁT VÀ PHÂN LOẠI KẾT QUẢ THANH TRA CHUYÊN ĐỀ CÁC DỰ ÁN TỒN ĐỌNG KÉO DÀI',
    );
    expect(d.recipients).toEqual([
      'Bộ trưởng; Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    ]);
    expect(d.signer).toEqual({ authority: 'KT.', body: 'THỦ TƯỚNG', title: 'PHÓ THỦ TƯỚNG', name: 'Nguyễn Hòa Bình' });
  });

  it('reads "Kính gửi" printed without its colon', () => {
    const d = read([
      'Số: 12/UBND-VP',
      'V/v đề nghị xác nhận',
      'Kính gửi Ủy ban nhân dân thành phố Hà Nội.',
      'Thực hiện Công văn số 5/UBND ngày 01/02/2024, đề nghị Ủy ban nhân dân thành phố xác nhận.',
    ]);
    expect(d.recipients).toEqual(['Ủy ban nhân dân thành phố Hà Nội']);
  });

  it('adds the "Đồng kính gửi:" list without its purpose note (dev/vpcp-2025-11-chongbuonlau-tet)', () => {
    const d = read([
      'Số: 11554/VPCP-V.I',
      '**Kính gửi:**',
      '|',
      '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;',
      '- Chánh Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia.',
      '|',
      '|',
      '**Đồng kính gửi: **',
      '|',
      '- Thủ tướng Chính phủ Phạm Minh Chính (để báo',
      'cáo).',
      '|',
      'Sau khi Thủ tướng Chính phủ ban hành Chỉ thị số 13/CT-TTg, công tác chống buôn lậu có chuyển biến.',
    ]);
    expect(d.recipients).toEqual([
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      'Chánh Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia',
      'Thủ tướng Chính phủ Phạm Minh Chính',
    ]);
  });
});

describe('a web copy chunked into Markdown tables (dev/tct-2013-05-traloi-hatinh-tiensudungdat)', () => {
  it("the table's rule line under the Nơi nhận row is no distribution entry", () => {
    const { directive } = extractDirective(
      [
        '| BỘ TÀI CHÍNH TỔNG CỤC THUẾ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |',
        '|---|---|',
        '| Số: 1414/TCT-CS V/v hỗ trợ người có công với cách mạng cải thiện nhà ở. | Hà Nội, ngày 04 tháng 05 năm 2013 |',
        '',
        'Kính gửi: Cục Thuế tỉnh Hà Tĩnh.',
        '',
        'Tổng cục Thuế thông báo để Cục Thuế được biết, báo cáo UBND tỉnh Hà Tĩnh chỉ đạo các cơ quan liên quan giải quyết theo đúng quy định của pháp luật./.',
        '',
        '| Nơi nhận: - Như trên; - UBND tỉnh Hà Tĩnh; - Phó TCTr Cao Anh Tuấn để b/c; - Lưu: VT, CS (2b). | TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG Ngô Văn Độ |',
        '|---|---|',
      ].join('\n'),
    );
    expect(directive.distribution).toEqual([
      'Như trên',
      'UBND tỉnh Hà Tĩnh',
      'Phó TCTr Cao Anh Tuấn để b/c',
      'Lưu: VT, CS (2b)',
    ]);
  });
});
