import { parseRecipients, parseRequirements, reportRoutes, toParagraphs } from './parse-body.js';
import { splitLines } from './text-utils.js';

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
