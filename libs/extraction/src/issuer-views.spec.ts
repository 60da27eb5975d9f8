/**
 * The issuing body's own view told in its name ("Chính phủ thống nhất thông qua ...", "Bộ Chính trị ghi nhận ...") is no
 * task in a meeting resolution or a conclusion (the gold's approvals and background, samples/corpus/README.md), and a
 * competence granted by delegation is none in a resolution's articles; the items that go on to direct stay tasks.
 */
import { articleNorm } from './article-norms.js';
import { decides, issuerView } from './describes.js';
import { notTask } from './non-tasks.js';

describe('issuer views', () => {
  it.each([
    [
      'an approval in the name of the Government (dev/cp-2025-11-nq-phaplenh-canhsat-moitruong, as an item)',
      'Chính phủ cơ bản thống nhất với dự án Pháp lệnh Cảnh sát môi trường',
    ],
    [
      "a meeting resolution's approval of a report (paraphrase)",
      'Chính phủ thống nhất thông qua báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội tháng 5 năm 2026',
    ],
    [
      "a conclusion's commendation in the Politburo's name (paraphrase)",
      'Bộ Chính trị ghi nhận, đánh giá cao những nỗ lực của Ban cán sự đảng Chính phủ trong chỉ đạo triển khai Nghị quyết',
    ],
    [
      "a steering committee's agreement (paraphrase)",
      'Ban Chỉ đạo cơ bản thống nhất với phương án phân kỳ đầu tư do Bộ Xây dựng đề xuất',
    ],
    [
      "a Deputy Prime Minister's finding (paraphrase)",
      'Phó Thủ tướng Chính phủ nhận thấy tiến độ giải phóng mặt bằng còn chậm',
    ],
  ])('is no task: %s', (_name, text) => {
    expect(issuerView(text)).toBe(true);
    expect(decides(text)).toBe(true);
  });

  it.each([
    [
      'an agreement that assigns (paraphrase)',
      'Chính phủ thống nhất giao Bộ Công an chủ trì, phối hợp với các bộ hoàn thiện hồ sơ dự án Luật',
    ],
    [
      'an agreement that asks (paraphrase)',
      'Bộ Chính trị cơ bản đồng ý với Tờ trình, yêu cầu Đảng ủy Chính phủ chỉ đạo hoàn thiện Đề án',
    ],
    [
      'a commendation followed by a task (paraphrase)',
      'Ban Chỉ đạo ghi nhận kết quả đạt được và đề nghị Bộ Xây dựng khẩn trương hoàn thành hồ sơ thiết kế',
    ],
  ])('stays a task: %s', (_name, text) => {
    expect(decides(text)).toBe(false);
  });

  it.each([
    [
      'a delegated competence (paraphrase)',
      'Giám đốc Sở Tài chính được ủy quyền phê duyệt dự toán mua sắm tài sản có giá trị dưới 500 triệu đồng',
    ],
    [
      'a decentralised competence (paraphrase)',
      'Chủ tịch Ủy ban nhân dân cấp xã được phân cấp cấp giấy phép xây dựng nhà ở riêng lẻ',
    ],
  ])('is no task in an article: %s', (_name, text) => {
    expect(articleNorm(text)).toBe(true);
  });

  it.each([
    [
      "a scheme's scope and period (paraphrase)",
      'Đề án được triển khai trên phạm vi cả nước trong giai đoạn 2026 - 2030',
    ],
    ["a plan's period (paraphrase)", 'Kế hoạch này được thực hiện trong giai đoạn từ năm 2026 đến năm 2028'],
  ])('is no task: %s', (_name, text) => {
    expect(notTask(text)).toBe(true);
  });

  it("keeps a plan's scope that tells units to act (paraphrase)", () => {
    expect(
      notTask(
        'Kế hoạch được triển khai trên phạm vi toàn tỉnh; yêu cầu các sở, ngành xây dựng kế hoạch chi tiết trước ngày 15/7/2026',
      ),
    ).toBe(false);
  });
});
