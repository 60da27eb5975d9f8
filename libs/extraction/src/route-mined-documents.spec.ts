/**
 * Report routes read in whole documents outside the corpus (sources in __fixtures__/route-mined.sources.ts): where a route sits in
 * the layout of a plan, not only in its sentence.
 */
import { extractDirective } from './extract-directive.js';

describe('a plan’s closing call that asks for a report of its own (hn310, Kế hoạch 310/KH-UBND Hà Nội)', () => {
  const plan = [
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
    'Số: 310/KH-UBND',
    'Hà Nội, ngày 20 tháng 11 năm 2025',
    'KẾ HOẠCH',
    'Phát triển hạ tầng 5G, IoT trong các khu công nghệ cao, khu công nghiệp, cụm công nghiệp trên địa bàn Thành phố Hà Nội đến năm 2030',
    'I. TỔ CHỨC THỰC HIỆN',
    '1. Ban Quản lý các khu công nghệ cao và khu công nghiệp',
    '- Tổ chức triển khai xây dựng hạ tầng 5G, IoT theo quy hoạch, kế hoạch.',
    '2. Các Sở, ban, ngành của Thành phố, UBND phường, xã',
    '- Phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp tổ chức thực hiện kế hoạch theo đúng quy định của pháp luật và chức năng nhiệm vụ được giao.',
    '',
    'Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn thông nghiêm túc triển khai thực hiện; định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố (qua Ban Quản lý các khu công nghệ cao và khu công nghiệp). Trong quá trình thực hiện, nếu có phát sinh, vướng mắc, kịp thời phản ánh về Ban Quản lý các khu công nghệ cao và khu công nghiệp để tổng hợp, báo cáo UBND Thành phố xem xét, giải quyết./.',
  ].join('\n');

  it('is a requirement with its route; the courtesy after it is none', () => {
    const requirements = extractDirective(plan).directive.requirements;
    const last = requirements.at(-1)!;
    expect(last.text).toMatch(
      /^Ủy ban nhân dân Thành phố yêu cầu .* \(qua Ban Quản lý các khu công nghệ cao và khu công nghiệp\)$/u,
    );
    expect(last.reportTo.map((r) => r.target)).toEqual([
      'UBND Thành phố (qua Ban Quản lý các khu công nghệ cao và khu công nghiệp)',
    ]);
    expect(requirements.filter((r) => /Trong quá trình/u.test(r.text))).toEqual([]);
  });

  it('without the report the call is no requirement (README: the closing call asks nothing the items do not)', () => {
    const bare = plan.replace(
      /; định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố \(qua Ban Quản lý các khu công nghệ cao và khu công nghiệp\)/u,
      '',
    );
    const texts = extractDirective(bare).directive.requirements.map((r) => r.text);
    expect(texts.filter((t) => /^Ủy ban nhân dân Thành phố yêu cầu/u.test(t))).toEqual([]);
  });
});
