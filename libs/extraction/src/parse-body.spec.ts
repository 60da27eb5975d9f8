import { parseRecipients, parseRequirements, reportRoutes, toParagraphs } from './parse-body.js';
import { prepareText, splitLines } from './text-utils.js';

const requirements = (text: string) => parseRequirements(toParagraphs(splitLines(text)));

describe('parseRequirements', () => {
  it('reads a plan with parts I., II., items 1., 2. and lettered sub-items', () => {
    const text = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Chủ động phát hiện sớm các ổ dịch.',
      'II. NHIỆM VỤ CỤ THỂ',
      '1. Trung tâm Kiểm soát bệnh tật:',
      'a) Giám sát tình hình dịch bệnh, báo cáo về Sở Y tế trước ngày 05 hằng tháng.',
      'b) Tập huấn chuyên môn trước ngày 30/4/2025.',
      '2. Các bệnh viện bố trí khu vực cách ly.',
      'III. TỔ CHỨC THỰC HIỆN',
      'Các đơn vị báo cáo kết quả về Sở Y tế (qua phòng Nghiệp vụ Y) trước ngày 15/11/2025./.',
    ].join('\n');
    const found = requirements(text);
    expect(found.map((r) => r.ref)).toEqual(['II.1.a', 'II.1.b', 'II.2', 'III']);
    expect(found[0].reportTo).toEqual([{ target: 'Sở Y tế', forGroups: [] }]);
    expect(found[3].deadlines.map((d) => d.date)).toEqual(['2025-11-15']);
  });

  it('numbers dash and lettered items under a heading ending in ":"', () => {
    const found = requirements(
      [
        '1. Về công tác báo cáo:',
        'a) Rà soát số liệu.',
        'b) Gửi báo cáo trước ngày 15/3/2025.',
        '2. Cập nhật phần mềm.',
      ].join('\n'),
    );
    expect(found.map((r) => r.ref)).toEqual(['1.a', '1.b', '2']);
  });

  it('ends a heading\'s dash items at a plain paragraph that sets a deadline; its "Đối với" items are routes', () => {
    const text = [
      '1. Về kiểm điểm:',
      '- Các chi bộ họp kiểm điểm trước ngày 20/3/2025.',
      'Các chi bộ gửi báo cáo về Đảng ủy xã trước ngày 05 tháng 4 năm 2025.',
      '- Đối với các chi bộ thôn báo cáo đến đồng chí Lê Thị Hoa, Văn phòng Đảng ủy.',
    ].join('\n');
    const found = requirements(text);
    expect(found.map((r) => r.ref)).toEqual(['1.1', '2']);
    expect(found[1].reportTo).toEqual([
      { target: 'Đảng ủy xã', forGroups: [] },
      { target: 'đồng chí Lê Thị Hoa, Văn phòng Đảng ủy', forGroups: ['các chi bộ thôn'] },
    ]);
  });

  it('skips the aims of a plan ("I. MỤC ĐÍCH, YÊU CẦU")', () => {
    const text = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Nâng cao hiệu quả hoạt động.',
      'II. NHIỆM VỤ',
      '1. Số hóa sổ hộ tịch chậm nhất ngày 15.11.2025.',
    ].join('\n');
    expect(requirements(text).map((r) => r.ref)).toEqual(['II.1']);
  });

  it('keeps a plain list of roman parts as requirements', () => {
    expect(
      requirements(['I. Rà soát hồ sơ.', 'II. Báo cáo trước ngày 15/3/2025.'].join('\n')).map((r) => r.ref),
    ).toEqual(['1', '2']);
  });
});

describe('parseRecipients', () => {
  it('splits at dashes that open an item, not inside a name', () => {
    const paragraphs = toParagraphs(
      splitLines(
        ['Kính gửi: - Phòng Nội vụ; - Phòng Tư pháp;', '- Trưởng phòng Văn hóa - Xã hội các phường, xã;'].join('\n'),
      ),
    );
    expect(parseRecipients(paragraphs).recipients).toEqual([
      'Phòng Nội vụ',
      'Phòng Tư pháp',
      'Trưởng phòng Văn hóa - Xã hội các phường, xã',
    ]);
  });

  it('leaves out the tax code and address lines under a company addressee', () => {
    const paragraphs = toParagraphs(
      splitLines(
        [
          'Kính gửi:',
          'Công ty TNHH Cơ khí Minh Phát;',
          'Mã số thuế: 3901234567;',
          'Địa chỉ nhận thông báo: Lô B2 Khu công nghiệp Trảng Bàng, tỉnh Tây Ninh.',
          'Trả lời văn bản số 12/CV ngày 05/11/2025 của Công ty, Thuế tỉnh có ý kiến như sau:',
        ].join('\n'),
      ),
    );
    expect(parseRecipients(paragraphs).recipients).toEqual(['Công ty TNHH Cơ khí Minh Phát']);
  });
});

describe('toParagraphs: the addressee with or without an empty line under it', () => {
  const recipients = (lines: string[]) =>
    parseRecipients(toParagraphs(splitLines(prepareText(lines.join('\n'))))).recipients;
  it.each([
    // dev bldtbxh-2011-01-uudai-giaoduc-nguoicocong: a date of two digits opens the body.
    [
      'Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc trung ương',
      'Ngày 15 tháng 11 năm 2010 Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính ban hành Thông tư liên tịch số 29/2010/TTLT.',
    ],
    // dev bldtbxh-2015-07-traloi-longan-doan-xdkt
    [
      'Kính gửi: Ủy ban nhân dân tỉnh Long An',
      'Bộ Lao động - Thương binh và Xã hội nhận được Công văn số 1879/UBND-VX ngày 27/05/2015 của Ủy ban nhân dân tỉnh.',
    ],
    // dev vpcp-2013-04-thongtu-nannhan-dioxin
    [
      'Kính gửi: Bộ Lao động - Thương binh và Xã hội',
      'Tại công văn số 8014/VPCP-KGVX ngày 09 tháng 10 năm 2012 của Văn phòng Chính phủ, Phó Thủ tướng đã giao Bộ.',
    ],
    // dev cucthue-2025-12-traloi-tncn-nhiemvu-khcn-btgdvtw: the page wrapped the sentence after its subject.
    [
      '**Kính gửi:** Ban Tuyên giáo và Dân vận Trung ương',
      'Cục Thuế',
      'nhận được công văn số 1879-CV/BTGVTW ngày 13/8/2025.',
    ],
    // Paraphrases.
    ['Kính gửi: Sở Y tế tỉnh Đồng Nai', 'Vừa qua, trên địa bàn tỉnh xảy ra nhiều vụ ngộ độc thực phẩm.'],
    ['Kính gửi: Ủy ban nhân dân các xã', 'Ủy ban nhân dân huyện đã nhận được đơn của ông Nguyễn Văn A.'],
  ])('%s', (...lines) => {
    const addressee = lines[0].replace(/^\**Kính gửi:\**\s*/u, '');
    expect(recipients(lines)).toEqual([addressee]);
    expect(recipients([lines[0], '', ...lines.slice(1)])).toEqual([addressee]);
  });

  it('goes on with a wrapped addressee', () => {
    expect(
      recipients([
        'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc',
        'Trung ương',
        'Ngày 05 tháng 3 năm 2024, ...',
      ]),
    ).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });
});

describe('toParagraphs: a line that opens in lower case', () => {
  // dev btgdvtw-2025-11-huongdan-bantin-chibo, and the same with an empty line after the line ending in ";".
  const lines = [
    '**2.** Các tỉnh ủy, thành ủy, đảng ủy trực thuộc',
    'Trung ương cụ thể hóa hướng dẫn này phù hợp với thực tiễn địa phương, đơn vị;',
    'chỉ đạo cấp ủy, chi bộ trực thuộc thực hiện nghiêm túc, hiệu quả.',
    'Chỉ đạo các cấp ủy, tổ chức đảng trực thuộc hướng dẫn đảng viên.',
  ];
  it.each([
    ['as published', lines.join('\n')],
    ['with an empty line after a clause', lines.join('\n').replace(/;\n/u, ';\n\n')],
    // A paraphrase: a paragraph wrapped after its comma, an empty line under it.
    ['a paraphrase', 'Sở Y tế chủ trì,\n\nphối hợp với các sở, ngành thực hiện.\nSở Tài chính bố trí kinh phí.'],
  ])('goes on the sentence above %s', (_, text) => {
    const paragraphs = toParagraphs(splitLines(prepareText(text)));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0].text).toMatch(/(?:đơn vị; chỉ đạo cấp ủy|chủ trì, phối hợp)/u);
  });
});

describe('toParagraphs: a Markdown bullet', () => {
  // dev ddqh-2025-01-kehoach-nq57-khcn
  const lines = [
    '**a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT**',
    '*   Là cơ quan đầu mối, tham mưu, giúp việc tổng hợp, báo cáo Đảng đoàn Quốc hội.',
    '*   Chủ trì thẩm tra các dự án luật, pháp lệnh, dự thảo nghị quyết.',
  ];
  it.each([
    ['as published', lines.join('\n\n')],
    ['with no empty lines', lines.join('\n')],
  ])('is an item of its own %s', (_, text) => {
    expect(toParagraphs(splitLines(prepareText(text))).map((p) => [p.marker, p.text.slice(0, 19)])).toEqual([
      ['a', 'a) Tổ đảng ở Thường'],
      ['-', '- Là cơ quan đầu mố'],
      ['-', '- Chủ trì thẩm tra '],
    ]);
  });
});

describe('reportRoutes', () => {
  it.each([
    [
      'báo cáo nhu cầu về phòng Văn hóa và Thông tin trong thời hạn 10 ngày làm việc kể từ ngày ký',
      'phòng Văn hóa và Thông tin',
    ],
    [
      'Gửi danh sách đảng viên có sai lệch thông tin về Ban Tổ chức Huyện ủy chậm nhất ngày 25.5.2025',
      'Ban Tổ chức Huyện ủy',
    ],
    ['gửi báo cáo về việc thực hiện về Phòng Nội vụ trước ngày 15/3/2025', 'Phòng Nội vụ'],
    ['gửi Đảng ủy xã chậm nhất ngày 31.3.2025', 'Đảng ủy xã'],
    ['tổng hợp báo cáo Thường trực Huyện ủy.', 'Thường trực Huyện ủy'],
    ['gửi báo cáo về UBND quận (qua phòng Nội vụ) trước ngày 25/01/2024', 'UBND quận (qua phòng Nội vụ)'],
    ['báo cáo kết quả về Sở Y tế (qua phòng Nghiệp vụ Y) trước ngày 15/11/2025', 'Sở Y tế (qua phòng Nghiệp vụ Y)'],
  ])('reads "%s"', (text, target) => expect(reportRoutes(text)).toEqual([{ target, forGroups: [] }]));
});
