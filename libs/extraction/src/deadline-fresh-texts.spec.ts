/**
 * Deadline phrasings met in unlabelled published directives that are not in the corpus (tnt305/tai_lieu_noi_bo,
 * src/etl/dataset/<md5 of the page address>.md), quoted as printed, shortened only where marked "...".
 */
import { parseDeadlines } from './parse-deadlines.js';

const keys = (text: string, year: string | null = '2025') =>
  parseDeadlines(text, year).map((d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`);

describe('the date an act takes place is no deadline', () => {
  it('Công điện 234/CĐ-TTg (692e12b0ab77712a): "triển khai ngay ... vào ngày 01/12/2025" dates the launch', () => {
    expect(
      keys(
        'Tổ chức xây dựng kế hoạch cụ thể, phát động và triển khai ngay "Chiến dịch Quang Trung" vào ngày 01/12/2025 để huy động tổng lực, thần tốc xây dựng lại và sửa chữa nhà ở',
      ),
    ).toEqual([]);
  });

  it('Công điện 224/CĐ-TTg (1095764e502a89b8): "lễ khánh thành ... vào ngày 19 tháng 12 năm 2025" dates the ceremony', () => {
    expect(
      keys(
        'chuẩn bị tổ chức lễ khánh thành, khởi công trực tuyến đồng thời các công trình, dự án trên cả nước vào ngày 19 tháng 12 năm 2025 nhân kỷ niệm 79 năm ngày toàn quốc kháng chiến',
      ),
    ).toEqual([]);
  });

  it('keeps "vào ngày" after a verb that hands in or finishes ("gửi ... vào ngày", "hoàn thành vào ngày")', () => {
    expect(keys('gửi báo cáo về Sở Nội vụ vào ngày 15/12/2025 để tổng hợp')).toEqual(['absolute|2025-12-15']);
    expect(keys('hoàn thành vào ngày 30 tháng 11 năm 2025')).toEqual(['absolute|2025-11-30']);
  });
});

describe('a report due every week or month, its receiver named between', () => {
  it.each([
    [
      // Thông báo 637/TB-VPCP (75a0867a09525909).
      'chỉ đạo tiếp tục thực hiện nghiêm việc báo cáo Thủ tướng Chính phủ hằng tuần về tiến độ, tình hình, kết quả thực hiện các nhiệm vụ được giao',
      ['recurring|FREQ=WEEKLY'],
    ],
    [
      // Công văn 6316/BVHTTDL-VP (77bf894e2b13c72c).
      'Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện hiệu quả chương trình mục tiêu quốc gia về phát triển văn hoá giai đoạn 2025 - 2035, tổng hợp kết quả thực hiện, trình Lãnh đạo Bộ báo cáo Thủ tướng Chính phủ hằng tháng.',
      ['recurring|FREQ=MONTHLY'],
    ],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('does not reach past a comma or over more than five words ("báo cáo ..., Nghị quyết hằng năm")', () => {
    expect(keys('báo cáo kết quả, thực hiện Nghị quyết hằng năm của Hội đồng nhân dân')).toEqual([]);
    expect(keys('báo cáo cấp có thẩm quyền xem xét việc bố trí ngân sách hằng năm')).toEqual([]);
  });
});
