/**
 * Clauses of normative resolutions that are no tasks (wave 20 of samples/corpus, dev split; folder and clause named), and
 * the tasks beside them that stay.
 */
import { articleNorm } from './article-norms.js';
import { findAssignees } from './assignees.js';
import { extractDirective } from './extract-directive.js';

describe('article norms', () => {
  it.each([
    [
      "an employer's duty (dev/ubtvqh-2022-03-nq-giolamthem-covid 3.3)",
      'Người sử dụng lao động có trách nhiệm áp dụng các biện pháp nâng cao năng suất lao động và các biện pháp khác nhằm giảm thiểu việc làm thêm giờ',
    ],
    [
      "a household business's entitlement (dev/ubtvqh-2025-05-nq-bhxh-chuhokinhdoanh 1.2)",
      'Chủ hộ kinh doanh đã đủ điều kiện hưởng chế độ bảo hiểm xã hội trước ngày Nghị quyết này có hiệu lực thi hành thì được giải quyết hưởng chế độ bảo hiểm xã hội kể từ ngày đủ điều kiện hưởng chế độ bảo hiểm xã hội theo quy định',
    ],
    [
      'an exemption from liability (dev/cp-2026-04-nq-tthc-bocongan 4.3)',
      'Người đứng đầu cơ quan, đơn vị, cán bộ, công chức, viên chức, chiến sĩ Công an nhân dân tham gia xây dựng, ban hành Nghị quyết này được xem xét loại trừ, miễn hoặc giảm trách nhiệm theo quy định tại khoản 11 Điều 68 của Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15',
    ],
    [
      'provisions taking effect (dev/cp-2026-04-nq-tthc-bkhcn 7.2)',
      'Các quy định tại Mục XIX Phần B Phụ lục I; Mục III, Mục IV Phần A Phụ lục II ban hành kèm theo Nghị quyết này có hiệu lực thi hành kể từ thời điểm cùng với hiệu lực thi hành quy định tại Điều 97 Nghị định số 37/2026/NĐ-CP',
    ],
    [
      'provisions losing effect (dev/cp-2026-04-nq-tthc-bocongan 6.1)',
      'Trường hợp luật, nghị quyết của Quốc hội; pháp lệnh, nghị quyết của Ủy ban Thường vụ Quốc hội; nghị định, nghị quyết của Chính phủ; quyết định của Thủ tướng Chính phủ có quy định về thủ tục hành chính liên quan đến quy định tại Nghị quyết này được thông qua hoặc ban hành sau thời điểm Nghị quyết này có hiệu lực và thời điểm có hiệu lực trong khoảng thời gian từ ngày 29 tháng 4 năm 2026 đến trước ngày 01 tháng 3 năm 2027 thì các quy định tương ứng trong Nghị quyết này hết hiệu lực kể từ thời điểm các văn bản quy phạm pháp luật đó có hiệu lực',
    ],
    ['an article title over its clauses (dev/cp-2026-04-nq-tthc-bocongan Điều 4)', 'Tổ chức thi hành'],
  ])('is no task: %s', (_name, text) => {
    expect(articleNorm(text)).toBe(true);
  });

  it.each([
    [
      'a task with a deadline that names an entry into force (dev/cp-2026-04-nq-tthc-bocongan 4.1.c)',
      'Chủ động xây dựng, ban hành Thông tư để cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh, bảo đảm có hiệu lực trước ngày 01 tháng 3 năm 2027',
    ],
    [
      "the employers' organisations asked to inform (dev/ubtvqh-2022-03-nq-giolamthem-covid 3.6)",
      'Phòng Thương mại và Công nghiệp Việt Nam, Liên minh Hợp tác xã Việt Nam và các tổ chức đại diện của người sử dụng lao động khác tăng cường tuyên truyền, thông tin đến người sử dụng lao động để thực hiện Nghị quyết này',
    ],
  ])('stays a task: %s', (_name, text) => {
    expect(articleNorm(text)).toBe(false);
  });

  it("keeps the minister's items and drops the article title (dev/cp-2026-04-nq-tthc-bocongan Điều 4)", () => {
    const d = extractDirective(
      [
        'CHÍNH PHỦ',
        'Số: 22/2026/NQ-CP',
        'Hà Nội, ngày 29 tháng 4 năm 2026',
        'NGHỊ QUYẾT',
        'Cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính',
        'CHÍNH PHỦ',
        'QUYẾT NGHỊ:',
        'Điều 1. Phạm vi điều chỉnh',
        'Điều 4. Tổ chức thi hành ',
        '1. Bộ trưởng Bộ Công an có trách nhiệm: ',
        'a) Tổ chức thi hành Nghị quyết này; ',
        'd) Công bố, công khai thủ tục hành chính theo thẩm quyền và quy định ',
        'của pháp luật về kiểm soát thủ tục hành chính. ',
        '3. Người đứng đầu cơ quan, đơn vị, cán bộ, công chức, viên chức, chiến ',
        'sĩ Công an nhân dân tham gia xây dựng, ban hành Nghị quyết này được xem ',
        'xét loại trừ, miễn hoặc giảm trách nhiệm theo quy định tại khoản 11 Điều 68 ',
        'của Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15. ',
      ].join('\n'),
    ).directive;
    expect(d.requirements.map((r) => r.ref)).toEqual(['4.1.a', '4.1.d']);
  });
});

describe('bodies a Standing Committee resolution tasks', () => {
  it('reads the trade-union confederation as the subject (dev/ubtvqh-2022-03-nq-giolamthem-covid 3.5)', () => {
    expect(
      findAssignees(
        'Tổng Liên đoàn Lao động Việt Nam tăng cường tuyên truyền, thông tin, chỉ đạo, hướng dẫn công đoàn các cấp trong việc giám sát thực hiện Nghị quyết, bảo vệ quyền lợi của người lao động',
      ),
    ).toEqual(['Tổng Liên đoàn Lao động Việt Nam']);
  });

  it('reads the Government first in a list of bodies (dev/ubtvqh-2022-03-nq-giolamthem-covid 3.4)', () => {
    expect(
      findAssignees(
        'Chính phủ, Bộ Lao động - Thương binh và Xã hội và các Bộ, ngành, chính quyền địa phương, trong phạm vi nhiệm vụ, quyền hạn của mình, hướng dẫn, tổ chức thi hành Nghị quyết này',
      ).slice(0, 2),
    ).toEqual(['Chính phủ', 'Bộ Lao động - Thương binh và Xã hội']);
  });
});

describe('the deputies beside their delegations', () => {
  it('splits "Đoàn đại biểu Quốc hội, đại biểu Quốc hội" (dev/ubtvqh-2025-05-nq-bhxh-chuhokinhdoanh 2.2)', () => {
    expect(
      findAssignees(
        'Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội, đại biểu Quốc hội và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này',
      ),
    ).toEqual([
      'Hội đồng Dân tộc',
      'các Ủy ban của Quốc hội',
      'Đoàn đại biểu Quốc hội',
      'đại biểu Quốc hội',
      'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    ]);
  });
});

describe('article norms of the wave-22 Government resolutions (dev split)', () => {
  it.each([
    [
      'an exemption "giảm trừ trách nhiệm" (dev/cp-2026-04-nq-tthc-bgddt 4.3)',
      'Người đứng đầu cơ quan, đơn vị, cán bộ, công chức, viên chức tham gia xây dựng, ban hành Nghị quyết này được xem xét loại trừ, miễn hoặc giảm trừ trách nhiệm quy định tại khoản 11 Điều 68 Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15',
    ],
    [
      'an item that opens with its effect (dev/cp-2026-04-nq-tthc-bgddt 6.2.a)',
      'Có hiệu lực cùng thời điểm với Phụ lục IV ban hành kèm Luật Đầu tư năm 2025',
    ],
    [
      'the rules that go on until then (dev/cp-2026-04-nq-tthc-bgddt 6.2.b)',
      'Từ ngày Nghị quyết này có hiệu lực thi hành đến trước ngày Phụ lục IV ban hành kèm Luật Đầu tư năm 2025 có hiệu lực thi hành, việc thực hiện các thủ tục hành chính, điều kiện kinh doanh đối với kinh doanh dịch vụ tư vấn du học tiếp tục thực hiện theo quy định của pháp luật hiện hành',
    ],
    [
      'provisions named with a dotted number (dev/cp-2026-04-nq-tthc-bnnmt 5.1.b)',
      'Các quy định tại mục A Phụ lục I, mục A Phụ lục V, tiểu mục A.2 mục A Phụ lục XIV ban hành kèm theo Nghị quyết này có hiệu lực cùng thời điểm với Phụ lục IV ban hành kèm theo Luật Đầu tư năm 2025',
    ],
    [
      'provisions that end (dev/cp-2026-05-nq-giamdinh-adn-hai-cot-liet-si 5.2.b)',
      'Kể từ ngày Nghị quyết này có hiệu lực thi hành, các quy định về phê duyệt kế hoạch đặt hàng và các đơn vị cung cấp dịch vụ giám định ADN xác định danh tính hài cốt liệt sĩ còn thiếu thông tin sau đây chấm dứt hiệu lực: điểm h khoản 1 Điều 182 Nghị định số 131/2021/NĐ-CP',
    ],
    [
      'the scope (dev/cp-2026-05-nq-giamdinh-adn-hai-cot-liet-si 1.1)',
      'Nghị quyết này quy định cơ chế, chính sách đặc thù nhằm tháo gỡ khó khăn và bảo đảm việc tổ chức thực hiện lấy mẫu, giám định và xác định danh tính hài cốt liệt sĩ còn thiếu thông tin bằng phương pháp giám định ADN',
    ],
    [
      'a condition abolished (dev/cp-2026-04-nq-tthc-yte 3.5)',
      'Không quy định điều kiện kinh doanh liên quan đến cung cấp dịch vụ tư vấn, xét nghiệm HIV quy định tại khoản 2 Điều 38 Nghị định số 141/2024/NĐ-CP',
    ],
    [
      'an article title (dev/cp-2026-05-nq-giamdinh-adn-hai-cot-liet-si Điều 5)',
      'Tổ chức thực hiện và hiệu lực thi hành',
    ],
  ])('%s', (_name, text) => {
    expect(articleNorm(text)).toBe(true);
  });

  it('keeps the transfer a unit must make within three months (dev/cp-2026-04-nq-tthc-bnnmt 4.3)', () => {
    expect(
      articleNorm(
        'Trong thời hạn 03 tháng kể từ ngày Nghị quyết này có hiệu lực thi hành, các cơ quan, đơn vị thuộc Bộ Nông nghiệp và Môi trường có trách nhiệm chuyển giao hồ sơ giải quyết thủ tục hành chính được phân cấp',
      ),
    ).toBe(false);
  });
});
