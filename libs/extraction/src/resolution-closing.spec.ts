import { dropClosingArticle } from './decision-closing.js';
import { extractDirective } from './extract-directive.js';

describe("a decision's closing article is dropped only when it only carries the decision out", () => {
  const task = { text: 'Bộ Tài chính chủ trì hướng dẫn thực hiện' };
  it('drops the article naming everyone who carries it out', () => {
    const closing = { text: 'Chánh Văn phòng, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này' };
    expect(dropClosingArticle([task, closing])).toEqual([task]);
  });

  it('keeps an article that goes on with tasks (dev ubtvqh-2025-06-nq-sapxep-capxa-laichau, Điều 3.1)', () => {
    const article = {
      text: 'Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Lai Châu, chính quyền địa phương các đơn vị hành chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên quan có trách nhiệm tổ chức thi hành Nghị quyết này; sắp xếp, ổn định bộ máy các cơ quan, tổ chức ở địa phương; ổn định đời sống của Nhân dân địa phương',
    };
    expect(dropClosingArticle([task, article])).toEqual([task, article]);
  });

  it("keeps a unit's own item under its heading (dev cp-2026-04-nq-tthc-bgddt 4.1.a)", () => {
    const item = { text: 'Chịu trách nhiệm tổ chức thi hành Nghị quyết này' };
    expect(dropClosingArticle([task, item])).toEqual([task, item]);
  });
});

describe('an article telling every body concerned to act (dev ubtvqh-2025-06-nq-sapxep-capxa-laichau, Điều 2.2)', () => {
  it('is a task though it names no unit of its own', () => {
    const found = extractDirective(
      [
        'ỦY BAN THƯỜNG VỤ QUỐC HỘI',
        'Số: 1670/NQ-UBTVQH15',
        'Hà Nội, ngày 16 tháng 6 năm 2025',
        'NGHỊ QUYẾT',
        'Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lai Châu năm 2025',
        'Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Lai Châu',
        'Trên cơ sở Đề án số 358/ĐA-CP, Ủy ban Thường vụ Quốc hội quyết định sắp xếp để thành lập các đơn vị hành chính cấp xã.',
        'Điều 2. Hiệu lực thi hành',
        '1. Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.',
        '2. Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết, bảo đảm để chính quyền địa phương ở các đơn vị hành chính cấp xã hình thành sau sắp xếp quy định tại Điều 1 của Nghị quyết này chính thức hoạt động từ ngày 01 tháng 7 năm 2025.',
        'Điều 3. Tổ chức thực hiện',
        '1. Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu Quốc hội tỉnh Lai Châu giám sát việc thực hiện Nghị quyết này.',
      ].join('\n'),
    ).directive.requirements.map((r) => r.text.slice(0, 49));
    expect(found).toContain('Các cơ quan theo thẩm quyền khẩn trương thực hiện');
  });
});
