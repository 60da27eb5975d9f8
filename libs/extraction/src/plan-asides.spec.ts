/** Items of long plans that ask nothing: phrases of the wave-15 excerpts of samples/bodies/dev (sources cited per case). */
import { extractDirective } from './extract-directive.js';
import { onlyCarriesOut } from './carry-out-calls.js';
import { isPlanAside } from './plan-asides.js';
import { isTarget } from './plan-targets.js';

describe('the call to carry the plan out, read by onlyCarriesOut (carry-out-calls.ts) over all requirements', () => {
  it.each([
    // Kế hoạch 980/KH-UBND Nghệ An, IV.1.
    'Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chịu trách nhiệm thực hiện Kế hoạch này.',
    // Kế hoạch 556/KH-UBND Đồng Tháp, VI.1 (samples/bodies kh-dongthap-2025-11-kehoach-tainguyen-bien).
    'Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường nghiên cứu triển khai thực hiện, đảm bảo phù hợp với chức năng, nhiệm vụ của ngành, cơ quan, đơn vị mình.',
    // Kế hoạch 980/KH-UBND Nghệ An, after IV.5; Kế hoạch 982/KH-UBND Nghệ An, closing paragraph.
    'Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường và các đơn vị có liên quan thực hiện nghiêm túc./.',
    'Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai và thực hiện có hiệu quả các nội dung nêu trên.',
  ])('no task: %s', (text) => expect(onlyCarriesOut(text)).toBe(true));

  it.each([
    // Kế hoạch 980/KH-UBND Nghệ An, IV.3: a plan of their own and a yearly report.
    'Căn cứ nội dung Kế hoạch và tình hình thực tiễn, các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường xây dựng Kế hoạch triển khai thi hành Nghị định trong phạm vi, lĩnh vực, địa bàn quản lý.',
    'Đề nghị các đơn vị thực hiện nghiêm túc, báo cáo kết quả trước ngày 15/12/2025.',
  ])('a task: %s', (text) => expect(onlyCarriesOut(text)).toBe(false));
});

describe("a decision's entry into force and the annex pointer", () => {
  it('are no tasks', () => {
    // Quyết định 2530/QĐ-TTg, Điều 2 and IV.2.p.
    expect(isPlanAside('Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.')).toBe(true);
    expect(
      isPlanAside(
        'Phân công cụ thể kèm theo tiến độ triển khai thực hiện Kế hoạch hành động tại Phụ lục I và Phụ lục II kèm theo Quyết định này.',
      ),
    ).toBe(true);
    // Corpus dev twdoan-2013-10-qd-banhanh-vanban Điều 4: the article goes on with who carries it out.
    expect(
      isPlanAside(
        'Quyết định này có hiệu lực từ ngày ký. Các tỉnh, thành đoàn, đoàn trực thuộc căn cứ Quyết định thi hành.',
      ),
    ).toBe(false);
  });
});

describe('forecasts, resources, statements and principles', () => {
  it('are no tasks', () => {
    // Kế hoạch 0134/KH-UBND Đắk Lắk, II.2 and II.3.
    expect(isPlanAside('Dự kiến khoảng 1.000 thuê bao di động nhận tin nhắn kết quả quan trắc.')).toBe(true);
    expect(
      isPlanAside(
        'Báo cáo: Chế độ báo cáo gồm báo cáo định kỳ, báo cáo tổng hợp… và báo cáo theo yêu cầu của cơ quan quản lý.',
      ),
    ).toBe(true);
    // Quyết định 2530/QĐ-TTg, V.1.
    expect(
      isPlanAside(
        'Nguồn lực thực hiện Kế hoạch bao gồm: (i) Nguồn ngân sách nhà nước (đầu tư, xây dựng cơ bản, chi thường xuyên...)',
      ),
    ).toBe(true);
    // Kế hoạch 144/KH-UBND Bắc Ninh, VI.18.d and V.8.
    expect(
      isPlanAside(
        'Doanh nghiệp công nghệ số là lực lượng tiên phong trong kiến tạo hạ tầng, phát triển nền tảng, dẫn dắt đổi mới sáng tạo.',
      ),
    ).toBe(true);
    expect(
      isPlanAside(
        'Khen thưởng đúng người, đúng việc, kịp thời; tạo khí thế thi đua sôi nổi, lan tỏa tinh thần đổi mới sáng tạo.',
      ),
    ).toBe(true);
    // A planned activity is a task, not a forecast.
    expect(isPlanAside('Dự kiến tổ chức 02 hội nghị tập huấn cho người nuôi.')).toBe(false);
    expect(isPlanAside('Tổ chức 02 hội nghị tập huấn cho người nuôi trồng thủy sản.')).toBe(false);
  });
});

describe('a share to reach, without a year', () => {
  it('is a target, no task', () => {
    // Kế hoạch 144/KH-UBND Bắc Ninh, VI.19.c.
    expect(
      isTarget(
        'Phấn đấu tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học đạt tối thiểu 30%, gắn với nhu cầu phát triển nguồn nhân lực số và công nghiệp công nghệ cao.',
      ),
    ).toBe(true);
    expect(isTarget('Phấn đấu hoàn thành việc số hóa hồ sơ trong năm 2026.')).toBe(false);
  });
});

describe('an excerpt of a decision without its header', () => {
  it('drops its closing article when the plan assigns the tasks', () => {
    // Quyết định 2597/QĐ-TTg, end of V and Điều 2-3.
    const text = [
      '**V. TỔ CHỨC THỰC HIỆN**',
      '',
      '1. Bộ Xây dựng',
      '',
      'a) Chủ trì, phối hợp với các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố tổ chức triển khai thực hiện Đề án.',
      '',
      '**Điều 2.** Quyết định này có',
      'hiệu lực kể từ ngày ký ban hành.',
      '',
      '**Điều 3. **Các Bộ trưởng, Thủ',
      'trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố và các cơ quan, tổ chức, cá nhân có liên quan chịu',
      'trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    const texts = extractDirective(text).directive.requirements.map((r) => r.text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^Chủ trì, phối hợp/u);
  });

  it('reads no issuer from the section heading it opens with', () => {
    // Quyết định 2597/QĐ-TTg, IV (funding): the heading stays a part of the body, its items are funding lines.
    const text = [
      '**IV. KINH PHÍ THỰC HIỆN ĐỀ ÁN**',
      '',
      '1. Kinh phí thực hiện Đề án từ ngân sách nhà nước, bao gồm chi thường xuyên và chi đầu tư phát triển.',
      '',
      '2. Khuyến khích nguồn kinh phí huy động từ các doanh nghiệp, tổ chức, cá nhân trong và ngoài nước.',
      '',
      '**V. TỔ CHỨC THỰC HIỆN**',
      '',
      '1. Bộ Tài chính chủ trì bố trí kinh phí chi thường xuyên để thực hiện Đề án.',
    ].join('\n');
    const { directive } = extractDirective(text);
    expect(directive.issuer.name).toBe('');
    expect(directive.requirements.map((r) => r.ref)).toEqual(['V.1']);
  });
});
