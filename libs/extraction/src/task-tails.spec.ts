import { extractDirective } from './extract-directive.js';

// Phrases from bodies/dev/bcdcqdp-2025-12-thaogo-cqdp2cap (Công văn 174/CV-BCĐ, 2 December 2025): a body whose header
// the crawl lost, its lines wrapped with no blank line between paragraphs.
const BODY = [
  '**Kính gửi:** Các',
  'đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ',
  'Ban Chỉ đạo yêu cầu các đồng chí Bộ trưởng, Thủ trưởng cơ',
  'quan ngang Bộ khẩn trương chỉ đạo thực hiện các nội dung sau:',
  '**1. Về phân cấp, phân quyền, phân định thẩm quyền khi vận hành chính quyền địa phương 2 cấp**',
  '*1.1.* Các Bộ, cơ quan ngang Bộ khẩn trương rà soát, ban hành các văn bản hướng dẫn tổ chức thực hiện. *Thời hạn',
  'hoàn thành chậm nhất ngày 25/12/2025.*',
  '*1.2. Đối với 10 nhiệm vụ cần điều chỉnh thẩm quyền,* yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;',
  'Khoa học và Công nghệ xây dựng phương án đề xuất điều chỉnh thẩm quyền, báo cáo Ban Chỉ đạo của Chính phủ *trước ngày 15/12/2025 để thống',
  'nhất phương án thực hiện*.',
  '*1.3.* Các Bộ, cơ quan ngang Bộ thực hiện rà soát, có Kế hoạch đề xuất sửa đổi, bổ sung các quy định pháp luật.',
  'Trên đây là một số nội dung trọng tâm cần thực hiện',
  'ngay, Ban Chỉ đạo của Chính phủ đề nghị các đồng chí Bộ trưởng, Thủ trưởng cơ',
  'quan ngang Bộ quan tâm chỉ đạo thực hiện và báo cáo kết quả thực hiện về Ban Chỉ đạo của Chính phủ *(qua',
  'Bộ Nội vụ)* trước Thứ Tư ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần',
  'để tổng hợp, báo cáo cấp có thẩm quyền theo quy định./.',
  '|',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT, BCĐ (02).',
].join('\n');

const requirements = () => extractDirective(BODY).directive.requirements;

describe('a numbered sub-item whose line ends at ";"', () => {
  it('goes on in the paragraph after it: its text, its report route and its date', () => {
    const item = requirements().find((r) => r.ref === '1.2')!;
    expect(item.text).toContain('Khoa học và Công nghệ xây dựng phương án');
    expect(item.deadlines.map((d) => d.date)).toEqual(['2025-12-15']);
    expect(item.reportTo.map((r) => r.target)).toEqual(['Ban Chỉ đạo của Chính phủ']);
  });

  it('keeps the bodies listed after "các Bộ:" at ";" as one addressee', () => {
    expect(requirements().find((r) => r.ref === '1.2')!.assignees).toEqual([
      'các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ',
    ]);
  });
});

describe('a closing formula after the last sub-item', () => {
  it('is a task of its own when it asks for a report somewhere by a date', () => {
    const last = requirements().at(-1)!;
    expect(last.text).toMatch(/^Trên đây là .* báo cáo kết quả thực hiện về Ban Chỉ đạo/u);
    expect(last.deadlines.map((d) => d.date ?? d.rrule)).toEqual(['2025-12-03', 'FREQ=WEEKLY']);
    expect(last.reportTo.map((r) => r.target)).toEqual(['Ban Chỉ đạo của Chính phủ (qua Bộ Nội vụ)']);
  });

  it('stays no task when it only calls for carrying the items out', () => {
    const called = extractDirective(
      BODY.replace(/ và báo cáo kết quả[^]*?hằng tuần\n/u, '\n').replace('để tổng hợp, báo cáo cấp', 'nghiêm túc, cấp'),
    ).directive.requirements;
    expect(called.some((r) => r.text.startsWith('Trên đây là'))).toBe(false);
  });
});
