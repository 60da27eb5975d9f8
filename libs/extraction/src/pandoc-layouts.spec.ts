import { findAssignees } from './assignees.js';
import { extractDirective } from './extract-directive.js';
import { prepareText } from './text-utils.js';

/** Pandoc's Markdown of a Standing Committee resolution (dev ubtvqh-2025-06-nq-sapxep-capxa-laichau, lines as printed). */
describe('a pandoc Markdown copy (dev ubtvqh-2025-06-nq-sapxep-capxa-laichau)', () => {
  it('drops hard line breaks and escapes, keeps a file path', () => {
    expect(prepareText('2\\. Giao Chính phủ, căn cứ vào Nghị quyết này')).toBe(
      '2. Giao Chính phủ, căn cứ vào Nghị quyết này',
    );
    expect(prepareText('- Chính phủ;\\')).toBe('- Chính phủ;');
    expect(prepareText('d:\\2011\\CV\\SVH')).toBe('d:\\2011\\CV\\SVH');
  });

  const d = extractDirective(
    [
      '    **ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\',
      '         QUỐC HỘI\\                 Độc lập - Tự do - Hạnh phúc\\',
      '     \\-\\-\\-\\-\\-\\-\\--**            \\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\--**',
      '',
      '  Nghị quyết số: 1670/NQ-UBTVQH15              *Hà Nội, ngày 16 tháng 6 năm 2025*',
      '',
      '**NGHỊ QUYẾT**',
      '',
      '**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lai Châu năm 2025**',
      '',
      '**Điều 3. Tổ chức thực hiện**',
      '',
      '3\\. Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và',
      'đại biểu Quốc hội tỉnh Lai Châu, trong phạm vi nhiệm vụ, quyền hạn của',
      'mình, giám sát việc thực hiện Nghị quyết này.',
      '',
      '+-------------------------------+:------------------------------------:+',
      '| *** ***                       | **TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\\     |',
      '|                               | CHỦ TỊCH\\                            |',
      '| ***Nơi nhận:\\***              | \\                                    |',
      '| - Chính phủ;\\                 | \\                                    |',
      '| - Ủy ban TW Mặt trận Tổ quốc  | \\                                    |',
      '| Việt Nam;\\                    | Trần Thanh Mẫn**                     |',
      '| - Tỉnh ủy, HĐND, UBND, Đoàn   |                                      |',
      '| ĐBQH,\\                        |                                      |',
      '| Ủy ban MTTQVN tỉnh Lai Châu;\\ |                                      |',
      '| - Lưu: HC, PLTP.              |                                      |',
      '+-------------------------------+--------------------------------------+',
    ].join('\n'),
  ).directive;

  it("reads the Standing Committee's name broken over two lines as one issuer", () => {
    expect(d.issuer).toEqual({ parent: null, name: 'ỦY BAN THƯỜNG VỤ QUỐC HỘI' });
  });

  it('reads the signer of a grid table whose columns interleave, the name among the Nơi nhận rows', () => {
    expect(d.signer).toEqual({
      authority: 'TM.',
      body: 'ỦY BAN THƯỜNG VỤ QUỐC HỘI',
      title: 'CHỦ TỊCH',
      name: 'Trần Thanh Mẫn',
    });
    expect(d.distribution).toContain('Tỉnh ủy, HĐND, UBND, Đoàn ĐBQH, Ủy ban MTTQVN tỉnh Lai Châu');
  });
});

describe('deputies named after their delegation (dev ubtvqh-2025-06-nq-sapxep-capxa-laichau 3.3)', () => {
  it('splits "Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Lai Châu" at the "và"', () => {
    expect(
      findAssignees(
        'Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Lai Châu, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này',
      ),
    ).toEqual([
      'Hội đồng Dân tộc',
      'các Ủy ban của Quốc hội',
      'Đoàn đại biểu Quốc hội',
      'đại biểu Quốc hội tỉnh Lai Châu',
    ]);
  });
});
