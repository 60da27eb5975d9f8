/**
 * "Kết quả báo cáo X, Chủ tịch Y trước ngày ..." closing the paragraph of a task (dev bacgiang-2013-03-rasoat-cosogayonhiem):
 * the sentence that sends the result closes the task, and a chair named after another body is a second receiver.
 */
import { extractDirective } from './extract-directive.js';
import { reportRoutes } from './report-routes.js';

const targets = (text: string) => reportRoutes(text).map((r) => r.target);

describe('a body and a chair reported to', () => {
  it.each([
    [
      // dev bacgiang-2013-03-rasoat-cosogayonhiem (the scan glues the comma to the next word)
      'Kết quả báo cáo Bộ Tài nguyên và Môi trường,Chủ tịch UBND tỉnh trước ngày 15/4/2013.',
      ['Bộ Tài nguyên và Môi trường', 'Chủ tịch UBND tỉnh'],
    ],
    [
      'Báo cáo Sở Y tế, Chủ tịch Ủy ban nhân dân huyện trước ngày 10/12/2025.',
      ['Sở Y tế', 'Chủ tịch Ủy ban nhân dân huyện'],
    ],
    // a body beside its own chair is two routes (corpus README, 3 December 2026; dev daklak-2025-11-chithi-thamdinh-dautu
    // III.1, III.2)
    [
      'kịp thời báo cáo UBND tỉnh, Chủ tịch UBND tỉnh (thông qua Sở Tài chính) để xem xét, giải quyết.',
      ['UBND tỉnh', 'Chủ tịch UBND tỉnh (thông qua Sở Tài chính)'],
    ],
    ['Kịp thời báo cáo UBND tỉnh, Chủ tịch UBND tỉnh xem xét, giải quyết.', ['UBND tỉnh', 'Chủ tịch UBND tỉnh']],
  ])('%s', (text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});

describe('a result report closing the task before it', () => {
  const letter = (body: string) =>
    extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH BẮC GIANG',
        'Số: 100/UBND-MT',
        'V/v rà soát cơ sở gây ô nhiễm',
        'Bắc Giang, ngày 28 tháng 3 năm 2013',
        'Kính gửi: Sở Tài nguyên và Môi trường.',
        body,
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT.',
      ].join('\n'),
    ).directive.requirements;

  it.each([
    [
      // dev bacgiang-2013-03-rasoat-cosogayonhiem
      'Sở Tài nguyên và Môi trường chủ trì, phối hợp với cơ quan liên quan thực hiện việc rà soát, phân loại, lập danh mục cơ sở gây ô nhiễm môi trường nghiêm trọng trên địa bàn tỉnh. Kết quả báo cáo Bộ Tài nguyên và Môi trường, Chủ tịch UBND tỉnh trước ngày 15/4/2013.',
      ['Bộ Tài nguyên và Môi trường', 'Chủ tịch UBND tỉnh'],
      '2013-04-15',
    ],
    [
      'Sở Y tế chủ trì kiểm tra các cơ sở khám bệnh, chữa bệnh trên địa bàn. Kết quả thực hiện báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2025.',
      ['Ủy ban nhân dân tỉnh'],
      '2025-12-20',
    ],
  ])('%s', (body, routes, date) => {
    const found = letter(body);
    expect(found).toHaveLength(1);
    expect(found[0].text).toMatch(/\. Kết quả /u);
    expect(found[0].reportTo.map((r) => r.target)).toEqual(routes);
    expect(found[0].deadlines.map((d) => d.date)).toEqual([date]);
  });
});
