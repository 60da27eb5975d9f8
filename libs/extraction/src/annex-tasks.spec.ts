/**
 * A Government monthly-meeting resolution as the Official Gazette prints it: its tasks after an assessment part's lead-in,
 * and its Phụ lục of tasks per ministry after the signature. Lines quoted from dev/cp-2026-05-nq-phienhop-thuongky-thang4
 * (Nghị quyết 122/NQ-CP).
 */
import { extractDirective } from './extract-directive.js';
import { isEveryone } from './general-wording.js';
import { endTopRoute } from './route-ends.js';

const NQ_122 = [
  'CHÍNH PHỦ',
  'Số: 122/NQ-CP',
  'Hà Nội, ngày 06 tháng 5 năm 2026',
  'NGHỊ QUYẾT',
  'Phiên họp Chính phủ thường kỳ tháng 4 năm 2026',
  'QUYẾT NGHỊ:',
  'I. Về quan điểm, định hướng chỉ đạo, điều hành',
  '1. Quán triệt, tổ chức thực hiện nghiêm, đồng bộ, hiệu quả các chủ trương,',
  'định hướng phát triển đất nước theo Nghị quyết Đại hội XIV của Đảng.',
  'II. Về tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2026;',
  '1. Những kết quả nổi bật',
  'Tăng trưởng kinh tế tiếp tục được duy trì.',
  '3. Phương hướng, nhiệm vụ, giải pháp trọng tâm tháng 5 và thời gian tới',
  'Để hoàn thành các mục tiêu, nhiệm vụ của năm 2026, Chính phủ yêu cầu',
  'các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh,',
  'thành phố phát huy tinh thần trách nhiệm, tập trung chỉ đạo, điều hành chủ động, hiệu',
  'quả các nhiệm vụ, giải pháp đã đề ra, trong đó chú trọng những nội dung sau:',
  'a) Chủ động rà soát, tổ chức triển khai quyết liệt, hiệu quả các nhiệm vụ theo',
  'Kết luận số 18-KL/TW của Trung ương.',
  'b) Chủ động xây dựng Kế hoạch triển khai thi hành 14 luật, nghị quyết được',
  'Quốc hội khóa XVI thông qua tại Kỳ họp thứ nhất.',
  'Văn phòng Chính phủ theo dõi, đôn đốc, tổng hợp, báo cáo Chính phủ,',
  'Thủ tướng Chính phủ kết quả thực hiện Nghị quyết này./.',
  'TM. CHÍNH PHỦ',
  'THỦ TƯỚNG',
  'Lê Minh Hưng',
  'Phụ lục',
  'NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG',
  'TRONG THÁNG 5 NĂM 2026 VÀ THỜI GIAN TỚI',
  '(Kèm theo Nghị quyết số 122/NQ-CP ngày 06 tháng 5 năm 2026',
  'của Chính phủ)',
  '___________',
  '1. Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao:',
  'a) Đẩy nhanh tiến độ lập, điều chỉnh các quy hoạch thuộc hệ thống quy',
  'hoạch, hoàn thành việc phê duyệt quy hoạch trong quý II năm 2026.',
  '3. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:',
  'a) Theo dõi, đôn đốc, tổng hợp báo cáo kế hoạch đầu tư công trung hạn giai',
  'đoạn 2026 - 2030 của quốc gia.',
  'b) Tăng cường thực hiện đồng bộ, hiệu quả các giải pháp quản lý thuế, chống',
  'thất thu, chuyển giá, trốn thuế.',
  '19. Bộ Công an, Bộ Quốc phòng khẩn trương xây dựng, trình Chính phủ ban hành',
  'các Nghị định hướng dẫn thi hành Luật An ninh mạng.',
].join('\n');

describe('a monthly-meeting resolution and its annex of tasks (dev cp-2026-05-nq-phienhop-thuongky-thang4)', () => {
  const requirements = extractDirective(NQ_122).directive.requirements;
  const byRef = (ref: string) => requirements.filter((r) => r.ref === ref);

  it('reads the items after the lead-in "trong đó chú trọng những nội dung sau:" as tasks of the ministers and provincial chairs', () => {
    expect(byRef('II.3.a')).toHaveLength(1);
    // The lead-in's ministers and provincial chairs, one entry per office (corpus README, settled 3 December 2026).
    expect(byRef('II.3.b')[0].assignees).toEqual([
      'các Bộ trưởng',
      'Thủ trưởng cơ quan ngang bộ',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố',
    ]);
  });

  it('reads the Phụ lục items as "PL." rows, each under the ministry its heading names', () => {
    expect(byRef('PL.1.a')[0].assignees).toEqual([]);
    expect(byRef('PL.1.a')[0].deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
    expect(byRef('PL.3.b')[0].assignees).toEqual(['Bộ Tài chính']);
    expect(byRef('PL.19')[0].assignees).toEqual(['Bộ Công an', 'Bộ Quốc phòng']);
  });

  it('takes every minister and province, whatever mandate follows them, for general wording', () => {
    expect(isEveryone(['Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao'])).toBe(true);
    expect(isEveryone(['Ủy ban nhân dân các tỉnh, thành phố'])).toBe(false);
  });
});

describe('a route to the Government ends before what is submitted (dev cp-2026-05-nq-phienhop-thuongky-thang4, PL.3.i, PL.7.a)', () => {
  it('cuts the draft after "Thủ tướng Chính phủ" and "Chính phủ", keeps a person\'s name', () => {
    const targets = [
      'Thủ tướng Chính phủ Quyết định',
      'Chính phủ Nghị định',
      'Thủ tướng Chính phủ giải pháp điều hành phù hợp với',
      'Phó Thủ tướng Chính phủ Trần Hồng Hà',
    ];
    expect(targets.map(endTopRoute)).toEqual([
      'Thủ tướng Chính phủ',
      'Chính phủ',
      'Thủ tướng Chính phủ',
      'Phó Thủ tướng Chính phủ Trần Hồng Hà',
    ]);
  });
});
