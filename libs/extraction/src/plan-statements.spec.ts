/** Plan and decision lines that state, not task: phrases of dev hcm-2025-11-qd-kehoach-ruiro-thientai-congdong. */
import { extractDirective } from './extract-directive.js';
import { PLAN_STATEMENT, REPLACES } from './plan-statements.js';

describe("a plan's scope and funding sources", () => {
  it('are no tasks', () => {
    expect(
      PLAN_STATEMENT.test(
        'Phạm vi: triển khai thực hiện trên toàn địa bàn Thành phố; trong đó ưu tiên tập trung cho các phường, xã, đặc khu thuộc khu vực có nguy cơ rủi ro cao',
      ),
    ).toBe(true);
    expect(PLAN_STATEMENT.test('Nguồn Quỹ Phòng chống thiên tai Thành phố.')).toBe(true);
    // A task that raises funds is one.
    expect(
      PLAN_STATEMENT.test(
        'Huy động các nguồn vốn hợp pháp khác theo quy định của pháp luật để triển khai thực hiện Kế hoạch.',
      ),
    ).toBe(false);
  });

  it("drops them from a plan's numbered items", () => {
    const found = extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'THÀNH PHỐ HỒ CHÍ MINH',
        'Số: 2853/KH-UBND',
        'Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'Triển khai thực hiện Đề án',
        'I. THỜI GIAN VÀ PHẠM VI',
        '1. Thời gian: từ nay đến năm 2030.',
        '2. Phạm vi: triển khai thực hiện trên toàn địa bàn Thành phố; trong đó ưu tiên tập trung cho các phường, xã, đặc khu thuộc khu vực có nguy cơ rủi ro cao, thường xuyên chịu tác động của thiên tai.',
        'II. NGUỒN VỐN THỰC HIỆN KẾ HOẠCH',
        '1. Nguồn Ngân sách Thành phố.',
        '2. Nguồn Quỹ Phòng chống thiên tai Thành phố.',
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện các chương trình có liên quan.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => r.ref)).toEqual(['III.1']);
  });
});

describe('what a decision does to earlier ones', () => {
  it('is its own act', () => {
    expect(
      REPLACES.test(
        'Thay thế Quyết định số 3089/QĐ-UBND ngày 24 tháng 8 năm 2021 của Ủy ban nhân dân Thành phố Hồ Chí Minh về ban hành Kế hoạch triển khai thực hiện Đề án',
      ),
    ).toBe(true);
    expect(REPLACES.test('Bãi bỏ Quy chế làm việc ban hành kèm theo Quyết định số 12/QĐ-UBND.')).toBe(true);
    expect(REPLACES.test('Thay thế thiết bị hư hỏng tại các trạm quan trắc.')).toBe(false);
  });
});
