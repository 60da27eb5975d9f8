/**
 * Header, subject, recipient, citation, deadline and requirement patterns of real published directives.
 * Each test quotes lines of a real document: the dev split of samples/corpus (folder named) or a
 * stored public page (address named). None of these texts was written for the extractor.
 */
import { extractDirective } from './extract-directive.js';
import { findAssignees } from './assignees.js';
import { parseDeadlines } from './parse-deadlines.js';
import { parseReferences } from './parse-references.js';
import { reportRoutes } from './report-routes.js';

const read = (text: string) => extractDirective(text).directive;
/** Body lines under a minimal header (a 2020 document to the units). */
const body = (lines: string[]) =>
  read(['Số: 1/UBND', 'Hà Nội, ngày 02 tháng 02 năm 2020', 'Kính gửi: Các đơn vị.', ...lines].join('\n'));

describe('header', () => {
  it("reads a web copy's header: markup, cell borders and cells wrapped at the page width (dev/daklak-2025-11-kehoach-moitruong-saulu)", () => {
    const d = read(
      [
        '|',
        '**ỦY BAN NHÂN DÂN**',
        'TỈNH ĐẮK LẮK',
        '-------',
        '|',
        '**CỘNG HÒA XÃ HỘI',
        'CHỦ NGHĨA VIỆT NAM**',
        'Độc lập - Tự do - Hạnh phúc',
        '---------------',
        '|',
        '|',
        'Số: 0130/KH-UBND',
        '|',
        '*Đắk Lắk, ngày 21',
        'tháng 11 năm 2025*',
        '|',
        '',
        '**KẾ HOẠCH**',
        '',
        'KHẮC PHỤC MÔI TRƯỜNG VÀ PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM',
        'SAU LỤT BÃO TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK',
      ].join('\n'),
    );
    expect(d.issuer).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK' });
    expect([d.number, d.symbol, d.place, d.date]).toEqual(['0130', 'KH-UBND', 'Đắk Lắk', '2025-11-21']);
  });

  it('splits a header flattened with its rules and address (dev/btc-2014-12-luathaiquan-huongdan)', () => {
    const d = read(
      [
        'BỘ TÀI CHÍNH --------',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------',
        'Số: 19046/BTC-TCHQ',
        'Hà Nội, ngày 29 tháng 12 năm 2014 Kính gửi: Cục Hải quan các tỉnh, thành phố.',
        'Luật hải quan được Quốc hội khóa XIII kỳ họp thứ 7 thông qua ngày 23/6/2014.',
      ].join('\n'),
    );
    expect(d.issuer).toEqual({ parent: null, name: 'BỘ TÀI CHÍNH' });
    expect([d.place, d.date]).toEqual(['Hà Nội', '2014-12-29']);
    expect(d.recipients).toEqual(['Cục Hải quan các tỉnh, thành phố']);
  });

  it('ends a title in capitals where the body in running case begins (dev/quangtri-2025-11-chithi-lanchiem-rung)', () => {
    const d = read(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH QUẢNG TRỊ',
        'Số: 06/CT-UBND',
        'Quảng Trị, ngày 25 tháng 11 năm 2025',
        'CHỈ THỊ',
        'VỀ',
        'VIỆC TĂNG CƯỜNG XỬ LÝ CHỒNG LẤN, LẤN CHIẾM RỪNG VÀ ĐẤT LÂM NGHIỆP TRÊN ĐỊA BÀN',
        'TỈNH QUẢNG TRỊ',
        '',
        'Trong những năm qua, thực hiện',
        'các chủ trương của Đảng, chính sách pháp luật của Nhà nước về lâm nghiệp.',
      ].join('\n'),
    );
    expect(d.subject).toBe('TĂNG CƯỜNG XỬ LÝ CHỒNG LẤN, LẤN CHIẾM RỪNG VÀ ĐẤT LÂM NGHIỆP TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ');
  });

  it('joins "Hà Nội," and "ngày ..." wrapped apart, and drops italics marks (dev/vpcp-2025-11-nhienlieu-sinhhoc)', () => {
    const d = read(
      [
        'Số: 11520/VPCP-CN',
        '*V/v',
        'Chỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất*',
        '|',
        '*Hà Nội,',
        'ngày 25 tháng 1**1** năm 2025** *',
        '|',
        '**Kính gửi:** Bộ trưởng',
        'Bộ Công Thương',
      ].join('\n'),
    );
    expect([d.place, d.date]).toEqual(['Hà Nội', '2025-11-25']);
    expect(d.subject).toBe('Chỉ thị của Thủ tướng Chính phủ về việc đẩy mạnh sản xuất');
  });

  it('splits Số and place-date flattened on one line (dev/haugiang-2017-06-lietsi-bolaodong)', () => {
    const d = read(
      [
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc',
        'Số: 985/UBND-KGVX Hậu Giang, ngày 16 tháng 6 năm 2017',
        'V/v đề nghị công nhận liệt sĩ đối với 06 trường hợp người có công',
        'Kính gửi: Bộ Lao động - Thương binh và Xã hội',
      ].join('\n'),
    );
    expect(d.issuer).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG' });
    expect([d.number, d.symbol, d.place, d.date]).toEqual(['985', 'UBND-KGVX', 'Hậu Giang', '2017-06-16']);
    expect(d.subject).toBe('đề nghị công nhận liệt sĩ đối với 06 trường hợp người có công');
    expect(d.recipients).toEqual(['Bộ Lao động - Thương binh và Xã hội']);
  });

  it('splits a Party parent, issuer and number glued on one line (dev/lachong-2011-09-gopda-truongsa)', () => {
    const d = read(
      [
        'ĐẢNG BỘ KHỐI DÂN CHÍNH ĐẢNG ĐẢNG ỦY TRƯỜNG ĐH LẠC HỒNG Số: 90 - CV/ĐULH |',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Biên Hòa, ngày 15 tháng 9 năm 2011 |',
      ].join('\n'),
    );
    expect(d.system).toBe('party');
    expect(d.issuer).toEqual({ parent: 'ĐẢNG BỘ KHỐI DÂN CHÍNH ĐẢNG', name: 'ĐẢNG ỦY TRƯỜNG ĐH LẠC HỒNG' });
    expect([d.number, d.symbol, d.place, d.date]).toEqual(['90', 'CV/ĐULH', 'Biên Hòa', '2011-09-15']);
  });

  it('reads two columns laid out with runs of spaces and a spaced symbol (dev/hcm-sgddt-2018-11-nghihoc)', () => {
    const d = read(
      [
        'UỶ BAN NHÂN DÂN                                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'THÀNH PHỐ HỒ CHÍ MINH                                         Độc lập – Tự do – Hạnh phúc',
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
        'Số : 4144 /GDĐT – VP                                        Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018',
        'Về cho học sinh nghỉ học',
        '   KHẨN',
        'Kính gửi : Chủ tịch Ủy ban nhân dân các quận, huyện.',
      ].join('\n'),
    );
    expect(d.issuer).toEqual({ parent: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' });
    expect([d.number, d.symbol]).toEqual(['4144', 'GDĐT-VP']);
    expect([d.place, d.date]).toEqual(['Thành phố Hồ Chí Minh', '2018-11-25']);
    expect(d.subject).toBe('cho học sinh nghỉ học');
    expect(d.recipients).toEqual(['Chủ tịch Ủy ban nhân dân các quận, huyện']);
  });

  it('reads a Party number with an en dash, the type line and a lower-case v/v (dev/vnua-2020-04-daihoichibo)', () => {
    const d = read(
      [
        'ĐẢNG BỘ KHỐI CÁC TRƯỜNG',
        'ĐẠI HỌC, CAO ĐẲNG HÀ NỘI',
        'ĐẢNG ỦY HỌC VIỆN NÔNG NGHIỆP VIỆT NAM',
        '*',
        'Số: 63 – TB/ĐU',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Hà Nội, ngày 23 tháng 4 năm 2020',
        'THÔNG BÁO',
        'v/v tiếp tục tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2020-2023',
      ].join('\n'),
    );
    expect(d.issuer).toEqual({
      parent: 'ĐẢNG BỘ KHỐI CÁC TRƯỜNG ĐẠI HỌC, CAO ĐẲNG HÀ NỘI',
      name: 'ĐẢNG ỦY HỌC VIỆN NÔNG NGHIỆP VIỆT NAM',
    });
    expect([d.docType, d.number, d.symbol]).toEqual(['Thông báo', '63', 'TB/ĐU']);
    expect(d.subject).toBe('tiếp tục tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2020-2023');
  });

  it('reads a Party subject printed with no prefix over two lines (dev/vinhuni-2023-07-soket-sinhhoatchibo)', () => {
    const d = read(
      [
        'ĐẢNG BỘ TỈNH NGHỆ AN                      ĐẢNG CỘNG SẢN VIỆT NAM',
        'ĐẢNG UỶ TRƯỜNG ĐẠI HỌC VINH',
        '                             *                                           Nghệ An, ngày 20 tháng 7 năm 2023',
        '                    Số 331-CV/ĐU',
        ' Sơ kết 2 năm thực hiện Quy định số 08-QĐ/TU,',
        '         ngày 15/9/2021 của Tỉnh ủy Nghệ An',
        '               Kính gửi:  Các Đảng bộ bộ phận, các chi bộ',
      ].join('\n'),
    );
    expect(d.issuer).toEqual({ parent: 'ĐẢNG BỘ TỈNH NGHỆ AN', name: 'ĐẢNG ỦY TRƯỜNG ĐẠI HỌC VINH' });
    expect(d.subject).toBe('Sơ kết 2 năm thực hiện Quy định số 08-QĐ/TU, ngày 15/9/2021 của Tỉnh ủy Nghệ An');
    // Named in the subject: what the document acts on.
    expect(d.references[0]).toMatchObject({ kind: 'Quy định', number: '08', symbol: 'QĐ/TU', role: 'basis' });
    expect(d.recipients).toEqual(['Các Đảng bộ bộ phận, các chi bộ']);
  });

  it('reads a "Về việc" subject over three lines (dev/hcm-2016-04-matcanbang-gioitinh)', () => {
    const d = read(
      [
        'ỦY BAN NHÂN DÂN',
        'THÀNH PHỐ HỒ CHÍ MINH',
        'Số: 1551 /UBND-VX',
        'Về việc thực hiện Đề án Kiểm soát',
        'mất cân bằng giới tính khi sinh',
        'giai đoạn 2016 - 2025',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Thành phố Hồ Chí Minh, ngày 07 tháng 4 năm 2016',
        'Kính gửi:',
        '- Sở Y tế;',
        '- Ủy ban nhân dân các quận - huyện.',
      ].join('\n'),
    );
    expect([d.number, d.symbol]).toEqual(['1551', 'UBND-VX']);
    expect(d.subject).toBe('thực hiện Đề án Kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2016 - 2025');
    expect(d.recipients).toEqual(['Sở Y tế', 'Ủy ban nhân dân các quận - huyện']);
  });

  it('reads a place name holding digits (https://trungtamvanhoaquan9.info.vn/van-ban-thong-bao-thu-moi/thong-bao-38/)', () => {
    const d = read(['ỦY BAN NHÂN DÂN QUẬN 9', 'TRUNG TÂM VĂN HÓA', 'Quận 9, ngày  04   tháng 6  năm 2014'].join('\n'));
    expect([d.place, d.date]).toEqual(['Quận 9', '2014-06-04']);
  });

  it('leaves a field the text does not carry null: no number printed (dev/vnua-2020-04-daihoichibo has no Kính gửi)', () => {
    const d = read(['ĐẢNG ỦY HỌC VIỆN NÔNG NGHIỆP VIỆT NAM', 'THÔNG BÁO', 'v/v tiếp tục tổ chức đại hội'].join('\n'));
    expect([d.number, d.symbol, d.place, d.date]).toEqual([null, null, null, null]);
    expect(d.recipients).toEqual([]);
  });

  it('names the missing fields in Vietnamese in its warnings', () => {
    const { warnings } = extractDirective('THÔNG BÁO\nv/v tiếp tục tổ chức đại hội');
    expect(warnings).toContain('Không đọc được Số văn bản / field "number" not found');
    expect(warnings.map((w) => w.split(' / ')[0]).join('\n')).not.toMatch(/"(number|date|signer)"/);
  });
});

describe('citations', () => {
  it.each([
    // dev/vnua-2020-04-daihoichibo: lower-case kind
    [
      'Thực hiện công văn số 1234-CV/ĐUK ngày 16/4/2020 của Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội về việc chuẩn bị.',
      { kind: 'Công văn', number: '1234', symbol: 'CV/ĐUK', date: '2020-04-16', role: 'basis' },
    ],
    // dev/haugiang-2017-06-lietsi-bolaodong: date in words, issuer after "của"
    [
      'Căn cứ Quyết định số 408/QĐ-LĐTBXH ngày 20 tháng 3 năm 2017 của Bộ Lao động - Thương binh và Xã hội ban hành Quy trình',
      {
        kind: 'Quyết định',
        number: '408',
        symbol: 'QĐ-LĐTBXH',
        date: '2017-03-20',
        issuer: 'Bộ Lao động - Thương binh và Xã hội',
        role: 'basis',
      },
    ],
    // dev/hanoi-sgddt-2020-02-nghihoc-ncov: a kind without "số"
    [
      'Căn cứ Chỉ thị 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ;',
      { kind: 'Chỉ thị', number: '06', symbol: 'CT-TTg', date: '2020-01-31', issuer: 'Thủ tướng Chính phủ' },
    ],
    // dev/vinhuni-2020-05-thongtri-daihoi: a comma before the date
    [
      'Chỉ thị số 35-CT/TW, ngày 30/05/2019 của Bộ Chính trị về đại hội đảng bộ các cấp',
      { kind: 'Chỉ thị', number: '35', symbol: 'CT/TW', date: '2019-05-30', issuer: 'Bộ Chính trị', role: 'cited' },
    ],
  ])('reads "%s"', (text, expected) => expect(parseReferences([{ text }])[0]).toMatchObject(expected));

  it('gives the issuer after the last of "Công văn số A ... và Công văn số B ... của X" to both (dev/hanoi-sgddt-2020-02-nghihoc-ncov)', () => {
    const refs = parseReferences([
      {
        text: 'Công văn số 260/BGDĐT-GDTC ngày 31/01/2020 và Công văn số 265/BGDĐT-GDTC ngày 01/02/2020 của Bộ Giáo dục và Đào tạo (GDĐT) về việc chỉ đạo',
      },
    ]);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([
      ['260', 'Bộ Giáo dục và Đào tạo'],
      ['265', 'Bộ Giáo dục và Đào tạo'],
    ]);
  });
});

describe('report routes', () => {
  it.each([
    // dev/luongminh-2025-11-kehoach-hiepthuong: two routes, the second named right after "Báo cáo"
    [
      'Gửi Biên bản và báo cáo tình hình hiệp thương về Ban Thường trực Ủy ban MTTQ xã ngay sau khi kết thúc hội nghị. Báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chậm nhất ngày 03/02/2026',
      ['Ban Thường trực Ủy ban MTTQ xã', 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh'],
    ],
    // dev/vpcp-2010-03-nangcap-truongcanbo
    ['Bộ Giáo dục và Đào tạo báo cáo Thủ tướng Chính phủ về việc này', ['Thủ tướng Chính phủ']],
    // dev/luongminh-2025-11-kehoach-baucu: "về công tác ..." is a topic, not a target
    ['Theo dõi, đôn đốc, tổng hợp, báo cáo về công tác bầu cử', []],
  ])('reads "%s"', (text, targets) => expect(reportRoutes(text).map((r) => r.target)).toEqual(targets));
});

describe('deadlines', () => {
  it('takes the end of "từ ngày ... đến ngày ..." (dev/vnua-2020-04-daihoichibo)', () => {
    const found = parseDeadlines('từ ngày 24/4/2020 đến ngày 4/5/2020 rà soát lại toàn bộ nội dung');
    expect(found.map((d) => d.date)).toEqual(['2020-05-04']);
  });

  it('reads a date in words (dev/huongxuan-2015-10-gopy-vanminhdothi)', () => {
    const found = parseDeadlines(
      'gửi về Ban Chỉ đạo phường (qua bộ phận Văn phòng UBND phường) trước ngày 20 tháng 10 năm 2015.',
    );
    expect(found.map((d) => [d.kind, d.date])).toEqual([['absolute', '2015-10-20']]);
  });

  it('reads a monthly deadline (https://trungtamvanhoaquan9.info.vn/van-ban-thong-bao-thu-moi/thong-bao-38/)', () => {
    const found = parseDeadlines('gửi về Văn phòng Trung tâm Văn hóa Quận 9 chậm nhất là ngày 07 hàng tháng.');
    expect(found.map((d) => d.rrule)).toEqual(['FREQ=MONTHLY;BYMONTHDAY=7']);
  });

  it('gives a day and month without a year the document year, and nothing without one', () => {
    // The issue's own example: "báo cáo về ... trước ngày 15.3" in a directive of 2026.
    expect(parseDeadlines('báo cáo trước ngày 15.3.', '2026').map((d) => d.date)).toEqual(['2026-03-15']);
    expect(parseDeadlines('báo cáo trước ngày 15.3.')).toEqual([]);
    expect(parseDeadlines('trước ngày 15.3.2026').map((d) => d.date)).toEqual(['2026-03-15']);
  });

  it('reads an hour before the day (dev/luongminh-2025-12-huongdan-gioithieu-ungcu)', () => {
    const found = parseDeadlines(
      'phải gửi về Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh chậm nhất là 17 giờ 00 ngày 30/01/2026 để tổng hợp.',
    );
    expect(found.map((d) => d.date)).toEqual(['2026-01-30']);
  });

  it('takes no deadline from the period of an event (dev/vpcp-2013-06-hoinghi-vietlao)', () => {
    const text =
      'Đồng ý Bộ Lao động - Thương binhvà Xã hội tổ chức Hội nghị Bộ trưởng lao động và phúc lợi xã hội Việt Nam - Làolần thứ 3 từ ngày 30 tháng 6 đến ngày 03 tháng 7 năm 2013 tại thành phố Huế.';
    expect(parseDeadlines(text)).toEqual([]);
  });

  it('reads a date written without "ngày" (https://thanhnienonline.com/tag/hanh-chinh)', () => {
    const found = parseDeadlines(
      'Số liệu phải được gửi về Bộ Nội vụ trước 30/8. Bộ Nội vụ sẽ tổng hợp, báo cáo Chính phủ, Thủ tướng trước 30/9.',
      '2025',
    );
    expect(found.map((d) => d.date)).toEqual(['2025-08-30', '2025-09-30']);
    expect(parseDeadlines('báo cáo trước 15/3/2026').map((d) => d.date)).toEqual(['2026-03-15']);
  });

  it('reads "trong tháng 3/2026" as the last day of the month', () => {
    expect(parseDeadlines('hoàn thành trong tháng 3/2026').map((d) => [d.date, d.text])).toEqual([
      ['2026-03-31', 'hoàn thành trong tháng 3/2026'],
    ]);
  });
});

describe('requirements in prose', () => {
  it('finds a đề nghị sentence with its addressees, and skips the announcement (dev/hanoi-sgddt-2020-02-nghihoc-ncov)', () => {
    const d = body([
      'Sở GDĐT Hà Nội thông báo cho các trường mầm non được nghỉ học từ ngày 03/02/2020 đến hết ngày 09/02/2020.',
      'Sở GDĐT đề nghị các phòng GDĐT quận, huyện, thị xã và các đơn vị trường học thông báo kịp thời đến toàn thể học sinh và cha mẹ học sinh được biết và thực hiện./.',
    ]);
    expect(d.requirements).toHaveLength(1);
    expect(d.requirements[0].assignees).toEqual(['các phòng GDĐT quận, huyện, thị xã', 'các đơn vị trường học']);
    expect(d.deadlines).toEqual([]);
  });

  it('gives the dash items under "giao X:" to X (dev/hanoi-2010-03-thanglong-1000nam)', () => {
    const d = body([
      'Ủy ban nhân dân Thành phố Hà Nội giao Văn phòng Ban Chỉ đạo quốc gia kỷ niệm 1000 năm Thăng Long:',
      '- Chủ trì, phối hợp với các sở, ban, ngành triển khai thực hiện chỉ đạo của Phó Thủ tướng.',
      '- Là đầu mối liên hệ, phối hợp hoạt động với các bộ ngành.',
    ]);
    expect(d.requirements.map((r) => r.ref)).toEqual(['1', '2']);
    expect(d.requirements[1].assignees).toEqual(['Văn phòng Ban Chỉ đạo quốc gia kỷ niệm 1000 năm Thăng Long']);
  });

  it('reads "Giao A chủ trì, phối hợp với B và C" as A, the lead (dev/hcm-2016-04-matcanbang-gioitinh)', () => {
    const d = body([
      'Ủy ban nhân dân Thành phố chỉ đạo như sau:',
      'Giao Sở Y tế chủ trì, phối hợp với các Sở - ngành liên quan và Ủy ban nhân dân các quận - huyện tham mưu trình Thường trực Ủy ban nhân dân Thành phố kế hoạch triển khai thực hiện Quyết định nêu trên tại thành phố, trước ngày 17 tháng 4 năm 2016 để xem xét ban hành./.',
    ]);
    expect(d.requirements).toHaveLength(1);
    expect(d.requirements[0].assignees).toEqual(['Sở Y tế']);
    expect(d.deadlines.map((x) => x.date)).toEqual(['2016-04-17']);
  });

  it('finds no requirement in a notice that directs nobody (dev/haugiang-2018-01-uyquyen-chutich)', () => {
    const d = body([
      'Từ ngày 15 tháng 01 đến hết ngày 19 tháng 01 năm 2018, Chủ tịch UBND tỉnh Hậu Giang đi công tác tại Hà Nội.',
      'Kính báo đến Thường trực Tỉnh ủy, Thường trực HĐND tỉnh và thông báo đến các sở, ban, ngành tỉnh và UBND huyện, thị xã, thành phố biết liên hệ công tác./.',
    ]);
    expect(d.requirements).toEqual([]);
    expect(d.deadlines).toEqual([]);
  });

  it('closes the requirement before a separate deadline sentence instead of starting a new one', () => {
    // The pattern the issue names ("Thời gian gửi báo cáo trước ngày ..."), on a real đề nghị sentence
    // of dev/bgddt-2015-12-dongphuc-baocao.
    const d = body([
      'Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo tổng hợp và báo cáo bằng văn bản gửi về Bộ Giáo dục và Đào tạo.',
      'Thời gian gửi báo cáo trước ngày 20/12/2015.',
    ]);
    expect(d.requirements).toHaveLength(1);
    expect(d.requirements[0].deadlines.map((x) => x.date)).toEqual(['2015-12-20']);
  });
});

describe('plans in rounds (dev/luongminh-2025-12-kehoach-kiemtra-giamsat)', () => {
  const d = body([
    'II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN',
    'Hoạt động kiểm tra, giám sát được chia thành 03 đợt theo lịch trình chung của tỉnh:',
    '1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:',
    'a) Nội dung Kiểm tra (Đối với Ban CTMT các thôn):',
    '- Kiểm tra việc tổ chức Hội nghị Ban công tác Mặt trận để dự kiến người giới thiệu ứng cử (thực hiện quy trình, biên bản mẫu 03/HNMT).',
    'b) Nội dung Giám sát (Đối với UBBC và UBND xã):',
    '- Giám sát việc ban hành các văn bản chỉ đạo bầu cử của xã.',
    '2. Đợt 2: Từ ngày 23/02/2026 đến ngày 14/3/2026 gồm các nội dung trọng tâm:',
    'b) Nội dung Giám sát (Đối với UBBC và UBND xã):',
    '- Giám sát việc tổ chức lấy ý kiến cử tri nơi cư trú đối với người ứng cử (từ 04/02/2026 đến 08/02/2026).',
    'V. TỔ CHỨC THỰC HIỆN',
    '4. Kinh phí thực hiện: Kinh phí phục vụ công tác kiểm tra, giám sát công tác bầu cử được thực hiện theo quy định tài chính hiện hành và dự toán kinh phí bầu cử của xã Lương Minh.',
  ]);

  it('numbers the dash items under a lettered sub-heading, which is no task itself', () => {
    expect(d.requirements.map((r) => r.ref)).toEqual(['II.1.a.1', 'II.1.b.1', 'II.2.b.1']);
  });

  it("gives the items the end of their round's window, unless they state their own", () => {
    expect(d.requirements.map((r) => r.deadlines.map((x) => x.date))).toEqual([
      ['2026-02-20'],
      ['2026-02-20'],
      ['2026-02-08'],
    ]);
  });

  it('takes the funding clause for no task', () => {
    expect(d.requirements.some((r) => /^Kinh phí/u.test(r.text))).toBe(false);
  });
});

describe('citations of a plan (dev/cantho-2025-11-kehoach-danso)', () => {
  it('reads a basis list that goes on in the next paragraph after ";"', () => {
    const refs = parseReferences([
      {
        text: 'Thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về việc tăng cường thực hiện công tác dân số trong tình hình mới (sau đây viết tắt là Chỉ thị số 27/CT-TTg);',
      },
      {
        text: 'Công văn số 6676/BYT-CDS ngày 29 tháng 10 năm 2024 của Bộ Y tế về việc triển khai thực hiện Chỉ thị số 27/CT-TTg của Thủ tướng Chính phủ.',
      },
      {
        text: 'Sau 8 năm triển khai thực hiện Nghị quyết số 21-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ sáu.',
      },
    ]);
    expect(refs.map((r) => [r.number, r.role])).toEqual([
      ['27', 'basis'],
      ['6676', 'basis'],
      ['21', 'cited'],
    ]);
  });

  it('cites the documents of footnotes printed after the signature, and joins a body broken after NHÂN', () => {
    const d = read(
      [
        'Số: 165/KH-UBND',
        'Cần Thơ, ngày 21 tháng 11 năm 2025',
        'Các sở, ban, ngành đã ban hành nhiều chương trình, kế hoạch[1] để triển khai.',
        '**TM. ỦY BAN NHÂN',
        'DÂN **',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Nguyễn Thị Ngọc Điệp',
        '[3]',
        'Thông tư số 01/2021/TT-BYT ngày 25/01/2021 của Bộ trưởng Bộ Y tế về hướng dẫn một',
        'số nội dung để địa phương ban hành chính sách khen thưởng; Quyết định số 403/QĐ-BYT ngày 20/01/2021 của Bộ Trưởng Bộ',
        'Y tế về việc ban hành Kế hoạch hành động.',
      ].join('\n'),
    );
    expect(d.references.map((r) => [r.kind, r.number, r.symbol, r.role])).toEqual([
      ['Thông tư', '01/2021', 'TT-BYT', 'cited'],
      ['Quyết định', '403', 'QĐ-BYT', 'cited'],
    ]);
    // The body broken after NHÂN (as the page prints it) is one name.
    expect(d.signer).toEqual({
      authority: 'TM.',
      body: 'ỦY BAN NHÂN DÂN',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Thị Ngọc Điệp',
    });
  });
});

describe('who acts in a plan (dev/luongminh-2026-01-kehoach-laykien-cutri)', () => {
  it('takes the unit a "Đề nghị ..." heading names for the items under it', () => {
    const d = body([
      'V. TỔ CHỨC THỰC HIỆN',
      '2. Đề nghị Ủy ban nhân dân xã phối hợp',
      '- Phối hợp với Ban Thường trực Ủy ban MTTQ xã trong việc xác minh, trả lời kịp thời, đầy đủ các ý kiến, kiến nghị của cử tri liên quan đến người ứng cử thuộc thẩm quyền giải quyết của UBND xã, bảo đảm đúng thời hạn theo quy định.',
    ]);
    expect(d.requirements.map((r) => r.assignees)).toEqual([['Ủy ban nhân dân xã']]);
  });

  it('reads the unit after a label and after "Đối với ... thì"', () => {
    expect(
      findAssignees(
        'Nội dung: Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh phối hợp với UBND xã tổ chức hội nghị lấy ý kiến nhận xét',
      ),
    ).toEqual(['Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh']);
    expect(
      findAssignees(
        'Đối với người tự ứng cử đại biểu Hội đồng nhân dân thì Ủy ban bầu cử có trách nhiệm phối hợp với cơ quan, tổ chức, đơn vị trực tiếp quản lý người đó',
      ),
    ).toEqual(['Ủy ban bầu cử']);
  });

  it('leaves out the partner of "X phối hợp với Y triệu tập ..."', () => {
    expect(
      findAssignees('Ban Thường trực UBMTTQ xã phối hợp với UBND xã triệu tập (phát giấy mời) và chủ trì hội nghị'),
    ).toEqual(['Ban Thường trực UBMTTQ xã']);
  });
});

describe('where reports go', () => {
  it('ends the body before what is done there or a form in brackets (dev/luongminh-2025-12-kehoach-kiemtra-giamsat, dev/cantho-2025-11-kehoach-danso)', () => {
    expect(
      reportRoutes(
        'Kịp thời phát hiện những sai sót, vi phạm hoặc những vấn đề phát sinh tại khu dân cư để báo cáo Ban Thường trực UBMTTQ xã xử lý',
      ),
    ).toEqual([{ target: 'Ban Thường trực UBMTTQ xã', forGroups: [] }]);
    expect(
      reportRoutes(
        'tra, giám sát việc thực hiện Kế hoạch này; định kỳ tổng hợp, báo cáo Ủy ban nhân dân thành phố kết quả thực hiện theo quy định',
      ),
    ).toEqual([{ target: 'Ủy ban nhân dân thành phố', forGroups: [] }]);
  });
});

describe('an inspection plan (dev/baccamranh-2025-11-kehoach-giamsat-baucu)', () => {
  const d = body([
    'III. NỘI DUNG KIỂM TRA, GIÁM SÁT',
    '5. Giám sát việc lập, niêm yết danh sách cử tri',
    '',
    'Giám sát việc lập danh sách cử tri theo quy định từ Điều 29 đến Điều 34 của Luật Bầu cử năm 2015.',
    '- Cách tính tuổi (quy định tại Điều 2 của Luật Bầu cử năm 2015);',
    '- Việc giải quyết khiếu nại về danh sách cử tri (quy định tại Điều 33 của Luật Bầu cử năm 2015).',
    '* Thời gian thực hiện: Trong khoảng thời gian từ ngày 03/02/2026 đến ngày 15/03/2026',
    '7. Kiểm tra, giám sát việc tuyên truyền, vận động bầu cử',
    '7.1. Kiểm tra việc vận động bầu cử thông qua hội nghị tiếp xúc cử tri (quy định tại Điều 66 Luật Bầu cử năm 2015)',
    '- Cơ quan chủ trì, thành phần, số lượng cử tri tham dự hội nghị.',
    '- Đảm bảo các nội dung của chương trình hội nghị tiếp xúc cử tri.',
    'IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT',
    '1. Giám sát trực tiếp',
    'Ban Thường trực Ủy ban MTTQ Việt Nam phường giám sát trực tiếp thông qua:',
    '- Việc tham gia các tổ chức phụ trách bầu cử các cấp.',
    '3. Tổ chức đoàn kiểm tra, giám sát',
    '+ Trưởng đoàn: Đại diện Ban Thường trực Ủy ban MTTQ Việt Nam phường.',
  ]);

  it('takes each check for one task, not the points it examines', () => {
    expect(d.requirements.map((r) => r.text)).toEqual([
      'Giám sát việc lập, niêm yết danh sách cử tri',
      'Kiểm tra việc vận động bầu cử thông qua hội nghị tiếp xúc cử tri (quy định tại Điều 66 Luật Bầu cử năm 2015)',
    ]);
  });

  it('bounds a check by the "* Thời gian thực hiện" under it', () => {
    expect(d.requirements[0].deadlines.map((x) => x.date)).toEqual(['2026-03-15']);
  });
});

describe('topics, notes and bare headings (dev/luongminh-2025-12-kehoach-tiepcongdan-baucu)', () => {
  it('takes none of them for a task', () => {
    const d = body([
      'II. NỘI DUNG THỰC HIỆN',
      '2. Tiếp nhận và xử lý đơn thư khiếu nại, tố cáo, kiến nghị Ban Thường trực UBMTTQ xã thực hiện quy trình xử lý đơn thư theo hướng dẫn tại Mục II Kế hoạch số 16/KH-BTT-MTTQ của Tỉnh, cụ thể:',
      '2.2. Đối với đơn thư liên quan đến người ứng cử',
      '2.5. Lưu ý: Không xem xét giải quyết đối với đơn tố cáo nặc danh, mạo danh, không rõ địa chỉ.',
      '2.6. Việc tổ chức hội nghị tiếp xúc cử tri cho những người ứng cử.',
    ]);
    expect(d.requirements).toEqual([]);
  });
});

describe('the Kính gửi line', () => {
  it('ends at an empty line: the next paragraph is the body (dev/bvhttdl-2009-12-tuyentruyen-ngayle)', () => {
    const d = read(
      [
        'Số: 4360/BVHTTDL-VP',
        'Hà Nội, ngày 04 tháng 12 năm 2009',
        'Kính gửi: Các cơ quan báo chí thuộc Bộ',
        '\u00a0',
        'Bộ Văn hóa, Thể thao và Du lịch nhận được Hướng dẫn số 91-HD/BTGTW về việc Tuyên truyền, giáo dục các Ngày lễ lớn năm 2010 (có kèm theo sau).',
      ].join('\n'),
    );
    expect(d.recipients).toEqual(['Các cơ quan báo chí thuộc Bộ']);
  });
});

describe('after the numbered items', () => {
  it('takes a closing đề nghị that asks for something of its own (dev/duchop-2021-12-tamdung-tiepdan)', () => {
    const d = body([
      'Ủy ban nhân dân xã Đức Hợp thông báo như sau:',
      '1. Tạm dừng hoạt động tiếp công dân tại Trụ sở UBND xã Đức Hợp (bao gồm tiếp công dân thường xuyên, định kì và tổ chức đối thoại) kể từ ngày 23/12/2021 để phòng, chống dịch Covid-19.',
      'Vậy UBND xã thông báo tới toàn thể cán bộ và nhân dân trong xã biết và thực hiện.',
      'Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo liên tục trên hệ thống truyền thanh xã, thôn để toàn thể nhân dân biết thực hiện./.',
    ]);
    expect(d.requirements.at(-1)).toMatchObject({
      text: 'Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo liên tục trên hệ thống truyền thanh xã, thôn để toàn thể nhân dân biết thực hiện',
      assignees: ['Đài truyền thanh xã', 'Trưởng thôn'],
    });
  });

  it('leaves out the closing call to carry the document out (dev/luongminh-2025-12-huongdan-gioithieu-ungcu)', () => {
    const d = body([
      '1. Ban Thường trực Ủy ban MTTQ xã chủ trì hội nghị hiệp thương lần thứ nhất.',
      'Căn cứ hướng dẫn này, đề nghị Thủ trưởng các cơ quan, đơn vị và Trưởng Ban Công tác Mặt trận các thôn nghiêm túc triển khai thực hiện, bảo đảm đúng quy định.',
    ]);
    expect(d.requirements.map((r) => r.ref)).toEqual(['1']);
  });
});

describe('addressees and names', () => {
  it('reads a lower-case addressee after đề nghị (dev/bgddt-2013-05-giaovien-tieuhoc-tccn)', () => {
    expect(
      findAssignees(
        'Bộ GDĐT đề nghị sở GDĐT các tỉnh, thành phố trực thuộc Trung ương báo cáo về tình hình mở ngành, đào tạo và sử dụng giáo viên tiểu học',
      ),
    ).toEqual(['sở GDĐT các tỉnh, thành phố trực thuộc Trung ương']);
  });

  it('keeps "Bộ Văn hóa, Thể thao và Du lịch" one name (dev/vpcp-2016-05-quyhoach-conmoong)', () => {
    expect(findAssignees('Giao Bộ Văn hóa, Thể thao và Du lịch, Sở Y tế chủ trì hướng dẫn')).toEqual([
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Sở Y tế',
    ]);
  });

  it('finds a unit that opens a sentence and "chủ động" acts (dev/bvhttdl-2009-12-tuyentruyen-ngayle)', () => {
    const d = body([
      'Các cơ quan báo chí thuộc Bộ chủ động xây dựng kế hoạch, nội dung tuyên truyền; mở các chuyên trang, chuyên mục, thông tin kịp thời các hoạt động kỷ niệm trong năm 2010.',
    ]);
    expect(d.requirements.map((r) => r.assignees)).toEqual([['Các cơ quan báo chí thuộc Bộ']]);
  });
});

describe('deadlines of web copies', () => {
  it('reads a date glued to "ngày" (dev/bnv-2014-01-gopy-tinhgianbienche)', () => {
    expect(
      parseDeadlines(
        'Đề nghị quý cơ quan có ý kiến bằng văn bản vào Dựthảo Tờ trình, Dự thảo Nghị định nêu trên và gửi về Bộ Nội vụ trước ngày20/02/2014',
      ).map((d) => d.date),
    ).toEqual(['2014-02-20']);
  });
});

describe('citations with a joint programme (dev/cantho-mttq-2020-02-dondoc-chuyentrang)', () => {
  it('reads "Chương trình phối hợp" and a symbol with a dot', () => {
    expect(
      parseReferences([
        {
          text: 'Căn cứ Chương trình phối hợp số 01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP ngày 27 tháng 5 năm 2016, giữa Ủy ban MTTQVN thành phố với các Đoàn thể chính trị – xã hội.',
        },
      ]).map((r) => [r.kind, r.number, r.symbol, r.date, r.role]),
    ).toEqual([['Chương trình phối hợp', '01', 'CTrPH-MTTQ-ĐTCTXH-BĐ.TP', '2016-05-27', 'basis']]);
  });
});

describe('a Văn phòng Chính phủ letter (dev/vpcp-2003-01-hatang-hotay)', () => {
  const d = read(
    [
      'Số: 204/VPCP-CN',
      'Hà Nội, ngày 10 tháng 01 năm 2003',
      'Kính gửi: - Bộ Kế hoạch và Đầu tư;',
      '- Bộ Tài chính.',
      'Văn phòng Chính phủ đã nhận được các công văn số 3491/UB-KH ngày 18 tháng 12 năm 2002 và số 3612/UB-KH ngày 30 tháng 12 năm 2002 của Uỷ ban nhân dân thành phố Hà Nội trình Thủ tướng Chính phủ.',
      'KT. BỘ TRƯỞNG',
      'CHỦ NHIỆM VP CHÍNH PHỦ',
      'PHÓ CHỦ NHIỆM',
      'Văn Trọng Lý',
    ].join('\n'),
  );

  it('takes the documents it has received ("đã nhận được") for its basis', () => {
    expect(d.references.map((r) => [r.number, r.role])).toEqual([
      ['3491', 'basis'],
      ['3612', 'basis'],
    ]);
  });

  it('joins a signing body broken over lines and takes the last line for the title', () => {
    expect(d.signer).toEqual({
      authority: 'KT.',
      body: 'BỘ TRƯỞNG CHỦ NHIỆM VP CHÍNH PHỦ',
      title: 'PHÓ CHỦ NHIỆM',
      name: 'Văn Trọng Lý',
    });
  });
});

describe('more report routes (dev/luongminh-2025-12-kehoach-tiepcongdan-baucu, dev/byt-2021-05-tieuchi-ytexa)', () => {
  it('reads "báo cáo ngay với X", "thông báo kịp thời cho X" and a department in brackets', () => {
    expect(
      reportRoutes('Báo cáo ngay với Ban Thường trực UBMTTQ xã khi phát sinh đơn thư hoặc vụ việc phức tạp tại thôn'),
    ).toEqual([{ target: 'Ban Thường trực UBMTTQ xã', forGroups: [] }]);
    expect(
      reportRoutes(
        'Nếu người ứng cử thay đổi nơi ở, cơ quan giới thiệu phải thông báo kịp thời cho Ban Thường trực Uỷ ban MTTQ xã',
      ),
    ).toEqual([{ target: 'Ban Thường trực Ủy ban MTTQ xã', forGroups: [] }]);
    expect(reportRoutes('gửi về Bộ Y tế (Vụ Kế hoạch-Tài chính) trước ngày 08 tháng 6 năm 2021')).toEqual([
      { target: 'Bộ Y tế (Vụ Kế hoạch-Tài chính)', forGroups: [] },
    ]);
  });
});

describe('headers of web tables broken into cells', () => {
  it('joins cells broken inside (https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-33-2009-QD-UBND-quan-ly-va-khai-thac-mang-tin-hoc-dien-rong-105414.aspx)', () => {
    const d = read(
      [
        'ỦY',
        'BAN NHÂN DÂN',
        'TỈNH TIỀN GIANG',
        '-------',
        '|',
        'CỘNG',
        'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập – Tự do – Hạnh phúc',
        '--------------',
        '|',
        'Số:',
        '33/2009/QĐ-UBND',
        '|',
        'Mỹ',
        'Tho, ngày 24 tháng 12 năm 2009',
        '|',
        'QUYẾT ĐỊNH',
      ].join('\n'),
    );
    expect(d.issuer).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG' });
    expect([d.docType, d.number, d.symbol]).toEqual(['Quyết định', '33/2009', 'QĐ-UBND']);
    expect([d.place, d.date]).toEqual(['Mỹ Tho', '2009-12-24']);
  });

  it('joins a date broken after the day and skips the motto broken over two lines (https://thuviennhadat.vn/vbpl/ke-hoach-07-kh-ubnd-2020-giai-phap-phong-chong-han-han-thieu-nuoc-san-xuat-nong-nghiep-lang-son-439614.html)', () => {
    const d = read(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH LẠNG SƠN',
        '-------',
        '|',
        'CỘNG HÒA XÃ HỘI',
        'CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        '---------------',
        '|',
        'Số: 07/KH-UBND',
        '|',
        'Lạng Sơn, ngày 13',
        'tháng 01 năm 2020',
        '|',
        'KẾ HOẠCH',
        'TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN',
      ].join('\n'),
    );
    expect(d.issuer).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN' });
    expect([d.docType, d.number, d.symbol, d.place, d.date]).toEqual([
      'Kế hoạch',
      '07',
      'KH-UBND',
      'Lạng Sơn',
      '2020-01-13',
    ]);
  });
});

describe('thuvienphapluat layouts', () => {
  it('joins a one-word first line and reads a number spaced before its year (https://thuvienphapluat.vn/documents/law.aspx?id=0%3DpZd05qWTTm&mode=09JoMWIyNW5YekWT)', () => {
    const d = read(
      [
        'BỘ',
        'Y TẾ',
        '-----',
        '|',
        'CỘNG',
        'HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        '-------',
        '|',
        'Số: 05 /2008/TT-BYT',
        '|',
        'Hà Nội, ngày 14 tháng 5 năm 2008',
        '|',
        'THÔNG TƯ',
      ].join('\n'),
    );
    expect(d.issuer).toEqual({ parent: null, name: 'BỘ Y TẾ' });
    expect([d.docType, d.number, d.symbol, d.place, d.date]).toEqual([
      'Thông tư',
      '05/2008',
      'TT-BYT',
      'Hà Nội',
      '2008-05-14',
    ]);
  });

  it('joins words of a name and a date cut by the cell width (https://thuviennhadat.vn/vbpl/ke-hoach-1312-kh-ubnd-thuc-hien-de-an-tuyen-truyen-pho-bien-phap-luat-ben-tre-182346.html)', () => {
    const d = read(
      [
        'UỶ BAN NHÂN',
        'DÂN',
        'TỈNH BẾN TRE',
        '--------',
        '|',
        'CỘNG HÒA XÃ',
        'HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        '---------------',
        '|',
        'Số:',
        '1312/KH-UBND',
        '|',
        'Bến Tre, ngày',
        '28 tháng 3 năm 2013',
        '|',
        'KẾ HOẠCH',
      ].join('\n'),
    );
    expect(d.issuer).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH BẾN TRE' });
    expect([d.system, d.docType, d.number, d.symbol, d.place, d.date]).toEqual([
      'state',
      'Kế hoạch',
      '1312',
      'KH-UBND',
      'Bến Tre',
      '2013-03-28',
    ]);
  });

  it('reads addressees one per line without dashes', () => {
    // The addressees of dev/hcm-2016-04-matcanbang-gioitinh, printed without their dashes.
    const d = read(
      [
        'Kính gửi:',
        'Sở Y tế;',
        'Sở Tài chính;',
        'Ủy ban nhân dân các quận - huyện.',
        'Thực hiện Quyết định số 468/QĐ-TTg;',
      ].join('\n'),
    );
    expect(d.recipients).toEqual(['Sở Y tế', 'Sở Tài chính', 'Ủy ban nhân dân các quận - huyện']);
  });
});

describe('closing', () => {
  it('splits the Nơi nhận and signer columns a page joined with "|" (https://dulieuphapluat.vn/van-ban/hanh-chinh-van-ban/quyet-dinh-412019qd-ubnd-quy-dinh-ve-che-do-bao-cao-dinh-ky-phuc-vu-muc-tieu-quan-ly-tren-dia-ban-tinh-quang-tri-47183.html)', () => {
    const d = read(['Nơi nhận:', '- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |', '| CHỦ TỊCH'].join('\n'));
    expect(d.distribution).toEqual(['Như Điều 3']);
    expect([d.signer.authority, d.signer.body, d.signer.title]).toEqual(['TM.', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('reads a Nơi nhận interleaved with the signer column (dev/hcm-2016-04-matcanbang-gioitinh)', () => {
    const d = read(
      [
        'Nơi nhận:',
        'KT. CHỦ TỊCH',
        '- Như trên (kèm QĐ số 468);',
        '- TTUB: CT, các PCT;',
        '- Phòng VX;- Lưu VT, (VX/P) T.',
        'PHÓ CHỦ TỊCHNguyễn Thị Thu',
      ].join('\n'),
    );
    expect(d.distribution).toEqual(['Như trên (kèm QĐ số 468)', 'TTUB: CT, các PCT', 'Phòng VX', 'Lưu VT, (VX/P) T']);
    expect(d.signer).toEqual({ authority: 'KT.', body: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thị Thu' });
  });

  it('joins an authority body broken after ỦY (dev/angiang-2006-02-treoco-mekong)', () => {
    const d = read(
      [
        'Nơi nhận:',
        '- Lưu VP, P.KT, VHXH.',
        'TL. CHỦ TỊCH ỦY',
        'BAN NHÂN DÂN TỈNH',
        'CHÁNH VĂN PHÒNGThái Hữu Phép',
      ].join('\n'),
    );
    expect(d.signer).toEqual({
      authority: 'TL.',
      body: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
      title: 'CHÁNH VĂN PHÒNG',
      name: 'Thái Hữu Phép',
    });
  });
});

describe('more stored pages', () => {
  it('reads a header whose cells a page joined with "|" (https://hethongphapluat.com/ke-hoach-7822-kh-ubnd-nam-2021-thuc-hien-de-an-bao-ve-va-phat-trien-rung-vung-ven-bien-ung-pho-voi-bien-doi-khi-hau-va-thuc-day-tang-truong-xanh-giai-doan-2021-2030-tren-dia-ban-tinh-ben-tre.html)', () => {
    const d = read(
      [
        'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
        'Số: 7822/KH-UBND | Bến Tre, ngày 26 tháng 11 năm 2021 |',
        'Căn cứ Quyết định số 1662/QĐ-TTg ngày 04 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt “Đề án bảo vệ và phát triển rừng vùng ven biển”;',
      ].join('\n'),
    );
    expect(d.issuer).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN' });
    expect([d.docType, d.number, d.symbol, d.place, d.date]).toEqual([
      'Kế hoạch',
      '7822',
      'KH-UBND',
      'Bến Tre',
      '2021-11-26',
    ]);
    expect(d.references[0]).toMatchObject({ number: '1662', date: '2021-10-04', issuer: 'Thủ tướng Chính phủ' });
  });

  it('reads a request with no addressee but a deadline, and "Quý cơ quan, đơn vị" as every recipient (https://vnforest.gov.vn/2025/05/16/du-thao-thong-tu-quy-dinh-mot-so-noi-dung-trong-linh-vuc-lam-nghiep-thuc-hien-chinh-quyen-dia-phuong-hai-cap)', () => {
    const d = read(
      [
        'Số: 1/KL',
        'Hà Nội, ngày 16 tháng 5 năm 2025',
        'Kính gửi: Các cơ quan, đơn vị.',
        'Để hoàn thiện dự thảo Thông tư, Cục Lâm nghiệp và Kiểm lâm trân trọng đề nghị Quý cơ quan, đơn vị nghiên cứu và góp ý đối với hồ sơ dự thảo Thông tư.',
        'Văn bản góp ý của Quý cơ quan, đơn vị đề nghị gửi về Cục Lâm nghiệp và Kiểm lâm trước ngày 25/5/2025, địa chỉ: Số 02 Ngọc Hà, phường Ngọc Hà, quận Ba Đình, thành phố Hà Nội; Bản điện tử gửi qua email: hthaohuong@gmail.com',
      ].join('\n'),
    );
    expect(d.requirements.map((r) => r.assignees)).toEqual([[], []]);
    expect(d.requirements[1].deadlines.map((x) => x.date)).toEqual(['2025-05-25']);
    expect(d.requirements[1].reportTo.map((r) => r.target)).toEqual([
      'Cục Lâm nghiệp và Kiểm lâm',
      'hthaohuong@gmail.com',
    ]);
  });
});
