import { informs } from './describes.js';
import { extractDirective } from './extract-directive.js';
import { parseRequirements, toParagraphs } from './parse-body.js';
import { parseProseRequirements } from './prose-requirements.js';
import { splitLines } from './text-utils.js';

const requirements = (text: string) => parseRequirements(toParagraphs(splitLines(text)), '2026');

describe('informs: items that describe an event, not a task', () => {
  // Lines of the Lương Minh plans and guidance (samples/corpus/dev/luongminh-*).
  it.each([
    'Thời gian thực hiện: Từ ngày 17/12/2025 đến ngày 25/01/2026',
    'Tổ chức chính trị: Thành phần dự hội nghị gồm Ban lãnh đạo và đại điện lãnh đạo trực thuộc',
    'Địa điểm: Hội nghị được tổ chức tại thôn nơi người ứng cử cư trú',
    'Quy định về hình thức biểu quyết và kết quả tín nhiệm',
  ])('"%s" describes', (text) => expect(informs(text)).toBe(true));

  it.each([
    'Nội dung: Lựa chọn, lập danh sách chính thức những người đủ tiêu chuẩn ứng cử đại biểu HĐND xã',
    'Thành phần: đề nghị các đơn vị cử 01 lãnh đạo tham dự',
    'Tổ chức hội nghị lấy ý kiến cử tri nơi cư trú',
  ])('"%s" asks for an action', (text) => expect(informs(text)).toBe(false));
});

describe('numbered headings are structure', () => {
  it('takes the paragraph under a one-line unit heading as the requirement, done by that unit', () => {
    const found = requirements(
      [
        '7. Các tổ chức chính trị - xã hội xã',
        '',
        '- Tuyên truyền, vận động đoàn viên, hội viên tham gia bầu cử.',
        '8. Ban công tác Mặt trận các thôn trên địa bàn xã',
        '',
        'Căn cứ Kế hoạch này, chủ động tham mưu, phối hợp thực hiện công tác bầu cử tại thôn mình.',
      ].join('\n'),
    );
    expect(found.at(-1)).toMatchObject({
      ref: '8',
      text: 'Căn cứ Kế hoạch này, chủ động tham mưu, phối hợp thực hiện công tác bầu cử tại thôn mình',
      assignees: ['Ban công tác Mặt trận các thôn trên địa bàn xã'],
    });
  });

  it('reads the dash items under a heading without ":" as its items', () => {
    const found = requirements(
      [
        '2. Đề nghị Ủy ban nhân dân xã phối hợp',
        '',
        '- Phối hợp chặt chẽ với Ban Thường trực Ủy ban MTTQ Việt Nam xã trong việc triệu tập hội nghị.',
        '',
        '- Chỉ đạo Công an xã bảo đảm an ninh trật tự trong quá trình tổ chức hội nghị.',
      ].join('\n'),
    );
    expect(found.map((r) => r.ref)).toEqual(['2.1', '2.2']);
  });

  it('drops a heading that describes attendance together with its items', () => {
    const found = requirements(
      [
        '1. Ban Thường trực xã',
        '',
        '- Triệu tập và chủ trì hội nghị.',
        '2. Thành phần dự hội nghị',
        '',
        '- Khách mời: Chủ tịch HĐND xã, người ứng cử đại biểu Hội đồng nhân dân.',
        '',
        '- Số lượng cử tri dự hội nghị: theo quy định.',
      ].join('\n'),
    );
    expect(found.map((r) => r.text)).toEqual(['Triệu tập và chủ trì hội nghị']);
  });

  it('gives a "Thời gian thực hiện" item its deadline to the item before it', () => {
    const text = [
      'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH',
      'Lương Minh, ngày 17 tháng 12 năm 2025',
      'HƯỚNG DẪN',
      'Giới thiệu người ứng cử',
      '4. Các cơ quan, tổ chức, đơn vị giới thiệu người ứng cử tổ chức hội nghị cử tri nơi công tác.',
      '5. Thời gian thực hiện: Từ ngày 17/12/2025 đến ngày 25/01/2026.',
    ].join('\n');
    const { directive } = extractDirective(text);
    expect(directive.requirements).toHaveLength(1);
    expect(directive.requirements[0].deadlines.map((d) => d.kind === 'absolute' && d.date)).toEqual(['2026-01-25']);
  });
});

describe('closing courtesy in prose', () => {
  it.each([
    'Trường hợp có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Phòng Nội vụ để được hướng dẫn.',
    'Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Ban Tổ chức Quận ủy để được hướng dẫn.',
    'Mọi vướng mắc đề nghị các đơn vị liên hệ Văn phòng UBND xã.',
  ])('"%s" is no requirement', (courtesy) => {
    const paragraphs = toParagraphs(
      splitLines(`Đề nghị UBND các xã, thị trấn báo cáo về UBND huyện trước ngày 15/3/2026.\n${courtesy}`),
    );
    expect(parseProseRequirements(paragraphs, '2026').map((r) => r.text)).toEqual([
      'Đề nghị UBND các xã, thị trấn báo cáo về UBND huyện trước ngày 15/3/2026',
    ]);
  });
});
