/**
 * The same directive in another layout reads the same (bench/experiments/format-stress.mjs): lines quoted from dev
 * documents of samples/corpus (folder named), as published and indented as a copy may indent them.
 */
import { extractDirective } from './extract-directive.js';
import { joinSpacedLetters } from './spaced-letters.js';
import { toParagraphs } from './parse-body.js';
import { prepareText, splitLines } from './text-utils.js';

const indent = (text: string) => text.replace(/^(?=\S)/gmu, '    ');
const lines = (text: string) => splitLines(prepareText(text)).map((l) => l.text);

describe('an indented copy', () => {
  // dev vpcp-2025-11-nhienlieu-sinhhoc: the motto and the place wrapped inside their cells.
  const header = [
    '**VĂN PHÒNG',
    'CHÍNH PHỦ**',
    '-------',
    '|',
    '**CỘNG HÒA',
    'XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
    'Độc lập - Tự do - Hạnh phúc',
    '|',
    'Số: 11520/VPCP-CN',
    '*Hà Nội,',
    'ngày 25 tháng 11 năm 2025*',
  ].join('\n');
  it.each([
    ['as published', header],
    ['indented', indent(header)],
  ])('joins the wrapped motto and place %s', (_, text) => {
    expect(lines(text)).toEqual(
      expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hà Nội, ngày 25 tháng 11 năm 2025']),
    );
  });

  it('joins a wrapped Party motto and a wrapped place date (paraphrase)', () => {
    expect(lines('  ĐẢNG CỘNG SẢN\n  VIỆT NAM\n  Đắk Lắk,\n  ngày 21 tháng 11 năm 2025')).toEqual([
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Đắk Lắk, ngày 21 tháng 11 năm 2025',
    ]);
  });

  // dev bldtbxh-2019-07-dutoan-nguoicocong
  it('joins the letters spaced inside an indented header row', () => {
    const row = '| B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |';
    expect(joinSpacedLetters(indent(row))).toBe(indent(joinSpacedLetters(row)));
    expect(joinSpacedLetters(row)).toContain('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
  });

  // dev ddqh-2025-01-kehoach-nq57-khcn
  it('reads an indented Markdown bullet as a dash item', () => {
    expect(lines(indent('*   Là cơ quan đầu mối, tham mưu, giúp việc tổng hợp.'))).toEqual([
      '- Là cơ quan đầu mối, tham mưu, giúp việc tổng hợp.',
    ]);
  });

  it('reads the whole header the same (dev vpcp-2025-11-nhienlieu-sinhhoc)', () => {
    const text = `${header}\n**Kính gửi:** Bộ trưởng Bộ Công Thương\n\nThủ tướng Chính phủ đã ký ban hành Chỉ thị số 31/CT-TTg.`;
    const read = (t: string) => {
      const { issuer, date, place } = extractDirective(t).directive;
      return { issuer, date, place };
    };
    expect(read(indent(text))).toEqual(read(text));
    expect(read(text)).toMatchObject({ date: '2025-11-25', place: 'Hà Nội' });
  });
});

describe('a flattened header wrapped as a PDF wraps it', () => {
  // dev bkhdt-2019-05-traloi-dieu162-pvgas
  const published = [
    'Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 ' +
      'Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS) Phúc đáp Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019.',
  ];
  const at90 = [
    'Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà Nội,',
    'ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS) Phúc đáp Công',
    'văn số 615/KVN-PC ngày 3 tháng 4 năm 2019.',
  ];
  const at70 = [
    'Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật',
    'DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam-CTCP',
    '(PV GAS) Phúc đáp Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019.',
  ];
  it.each([
    ['as published', published],
    ['wrapped at 90', at90],
    ['wrapped at 70', at70],
  ])('keeps the place with its date and the body off the addressee %s', (_, text) => {
    const out = lines(text.join('\n'));
    expect(out.some((l) => l.includes('Hà Nội, ngày 23 tháng 5 năm 2019'))).toBe(true);
    expect(out.some((l) => l.startsWith('Phúc đáp Công'))).toBe(true);
  });

  it('joins a place wrapped at the end of a line to its date (paraphrase)', () => {
    expect(lines('Số: 12/UBND-VX V/v phòng chống dịch Thành phố Hồ Chí Minh,\nngày 05 tháng 3 năm 2024')).toEqual([
      'Số: 12/UBND-VX V/v phòng chống dịch Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2024',
    ]);
  });
});

describe('a copy with no empty lines', () => {
  const paragraphsOf = (text: string) => toParagraphs(splitLines(prepareText(text))).map((p) => p.text);
  // dev vpcp-2025-11-tbkl-thanhhoa: a part's heading in capitals wrapped over two lines, its first sentence under it.
  const part = [
    'toàn quốc lần thứ XIV.',
    '',
    '**II. NHIỆM VỤ, GIẢI PHÁP TRỌNG',
    'TÂM THỜI GIAN TỚI**',
    '',
    'Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ',
    'đạo, tập trung thực hiện các nhiệm vụ, giải pháp; trong đó lưu ý một số nội dung trọng tâm sau:',
  ].join('\n');
  it.each([
    ['as published', part],
    ['with no empty lines', part.replace(/\n\s*\n/gu, '\n')],
  ])('ends a wrapped heading in capitals where the sentence starts, %s', (_, text) => {
    expect(paragraphsOf(text).slice(1, 3)).toEqual([
      'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI',
      'Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo, tập trung thực hiện các nhiệm vụ, giải pháp; trong đó lưu ý một số nội dung trọng tâm sau:',
    ]);
  });
  it('a paraphrase: "III. TỔ CHỨC" / "THỰC HIỆN" / "Các phòng, ban ..."', () => {
    expect(
      paragraphsOf('III. TỔ CHỨC\nTHỰC HIỆN\nCác phòng, ban căn cứ nhiệm vụ được giao triển khai kế hoạch.'),
    ).toEqual(['III. TỔ CHỨC THỰC HIỆN', 'Các phòng, ban căn cứ nhiệm vụ được giao triển khai kế hoạch.']);
  });
  // dev thanhhoa-2025-11-kehoach-quantrac-thuysan: a lettered heading wrapped over two lines, a labelled line under it.
  const item = [
    'a) Nguồn nước cấp nuôi tôm',
    'nước lợ',
    '',
    'Điểm quan trắc: Thực hiện quan',
    'trắc tại 07 cửa sông cấp nước cho các vùng nuôi tôm nước lợ tập trung trên địa',
    'bàn tỉnh, lấy mẫu tại 15 vị trí như sau:',
  ].join('\n');
  it.each([
    ['as published', item],
    ['with no empty lines', item.replace(/\n\s*\n/gu, '\n')],
  ])('ends a wrapped lettered heading where a labelled line starts, %s', (_, text) => {
    expect(paragraphsOf(text)).toEqual([
      'a) Nguồn nước cấp nuôi tôm nước lợ',
      'Điểm quan trắc: Thực hiện quan trắc tại 07 cửa sông cấp nước cho các vùng nuôi tôm nước lợ tập trung trên địa bàn tỉnh, lấy mẫu tại 15 vị trí như sau:',
    ]);
  });
  it('a paraphrase: "2. Tập huấn cán bộ" / "cơ sở" / "Thời gian: Tháng 3/2026 ..."', () => {
    expect(paragraphsOf('2. Tập huấn cán bộ\ncơ sở\nThời gian: Tháng 3/2026 tại hội trường xã.')).toEqual([
      '2. Tập huấn cán bộ cơ sở',
      'Thời gian: Tháng 3/2026 tại hội trường xã.',
    ]);
  });
  // dev baccamranh-2025-11-kehoach-giamsat-baucu: a numbered heading, the item's own sentence opening with its act.
  const act = [
    '5. Giám sát việc lập, niêm yết danh sách cử tri',
    '',
    'Giám sát việc lập danh sách cử tri theo quy định từ Điều 29 đến Điều 34 của Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025). Cụ thể các nội dung:',
  ].join('\n');
  it.each([
    ['as published', act],
    ['with no empty lines', act.replace(/\n\s*\n/gu, '\n')],
  ])('ends a numbered heading where a whole sentence opens with its act, %s', (_, text) => {
    expect(paragraphsOf(text)).toHaveLength(2);
  });
  it('a paraphrase, and a heading wrapped in running case stays whole', () => {
    expect(
      paragraphsOf(
        '3. Tuyên truyền về bầu cử\nTổ chức tuyên truyền về bầu cử trên loa truyền thanh của xã và các thôn, tổ dân phố.',
      ),
    ).toHaveLength(2);
    expect(paragraphsOf('3. Phối hợp tuyên truyền về\nChương trình mục tiêu quốc gia')).toHaveLength(1);
  });
});

describe('a sentence wrapped at a page break or a list', () => {
  const paragraphs = (text: string) => toParagraphs(splitLines(prepareText(text))).map((p) => p.text);

  it('goes on in lower case after an empty line under a one-line item (dev cp-2026-04-nq-tthc-bnnmt)', () => {
    const text = [
      'b) Trình cơ quan, người có thẩm quyền ban hành hoặc ban hành theo thẩm',
      '',
      'quyền văn bản quy phạm pháp luật theo các Phụ lục ban hành kèm theo Nghị quyết này;',
      'c) Công bố thủ tục hành chính theo quy định.',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      'b) Trình cơ quan, người có thẩm quyền ban hành hoặc ban hành theo thẩm quyền văn bản quy phạm pháp luật theo các Phụ lục ban hành kèm theo Nghị quyết này;',
      'c) Công bố thủ tục hành chính theo quy định.',
    ]);
  });

  it('a paraphrase; a heading ended by its colon still ends at the empty line', () => {
    expect(paragraphs('a) Phòng Văn hóa - Xã hội hướng dẫn các thôn tổ\n\nchức ngày hội đại đoàn kết.')).toHaveLength(
      1,
    );
    expect(paragraphs('1. Về công tác tuyên truyền:\n\ntổ chức tuyên truyền sâu rộng.')).toHaveLength(2);
  });

  it("keeps an article's list of who carries it out to its verb (dev hagiang-2022-03-qd-congbo-tthc-xangdau)", () => {
    const text = [
      'Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương; Thủ trưởng các sở, ban, ngành;',
      'UBND các huyện, thành phố; UBND các xã, phường, thị trấn chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    expect(paragraphs(text)).toHaveLength(1);
  });

  it('a paraphrase; an article whose actors already act ends at its ";"', () => {
    expect(
      paragraphs('Điều 3. Giám đốc Sở Nội vụ; Chủ tịch UBND các xã;\nThủ trưởng các cơ quan liên quan thi hành.'),
    ).toHaveLength(1);
    expect(paragraphs('Điều 2. Sở Y tế chủ trì triển khai;\nSở Tài chính bố trí kinh phí.')).toHaveLength(2);
  });

  it("keeps the names a group's colon opens on its sentence (dev vpcp-2025-11-vatlieu-caotoc-ct08)", () => {
    const text = [
      'Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên báo cáo kết quả trước ngày 03 tháng 12 năm 2025. Ủy ban nhân dân các tỉnh:',
      'Ninh',
      'Bình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy nhanh các thủ tục theo quy định.',
    ].join('\n');
    expect(paragraphs(text)).toHaveLength(1);
    expect(paragraphs('Đề nghị Sở Nội vụ các tỉnh:\nLạng Sơn, Cao Bằng gửi hồ sơ trước ngày 10/12/2025.')).toHaveLength(
      1,
    );
    expect(paragraphs('Văn phòng thông báo ý kiến như sau:\nSở Xây dựng khẩn trương kiểm tra.')).toHaveLength(2);
  });
});

describe('a numbered heading set in italics or bold, with no empty line under it', () => {
  const paragraphs = (text: string) => toParagraphs(splitLines(prepareText(text))).map((p) => p.text);

  it('ends where its emphasis ends (dev dongthap-2025-11-kehoach-chuyendoiso-hatang-giaothong)', () => {
    const text = [
      '*4.4. Nền tảng giám sát, điều',
      'hành giao thông thông minh*',
      'Nghiên cứu, triển khai các nền tảng số chuyên dùng,',
      'cung cấp dịch vụ hỗ trợ giám sát, điều hành giao thông thông minh như:',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      '4.4. Nền tảng giám sát, điều hành giao thông thông minh',
      'Nghiên cứu, triển khai các nền tảng số chuyên dùng, cung cấp dịch vụ hỗ trợ giám sát, điều hành giao thông thông minh như:',
    ]);
  });

  it('a paraphrase in bold; emphasis inside a sentence changes nothing', () => {
    expect(paragraphs('**2.1. Về công tác tuyên truyền**\nPhòng Văn hóa tổ chức tuyên truyền.')).toHaveLength(2);
    expect(paragraphs('2.1. Phòng Văn hóa thực hiện theo *Kế hoạch số 12*\nvà báo cáo kết quả.')).toHaveLength(1);
  });
});
