/**
 * Target years of a goal, from the wave-9 gold calls (samples/corpus/README.md, "Wave 9": "target dates on a requirement's
 * goal ('đến hết năm 2030', 'ngay trong năm 2025') → the year's last day").
 */
import { parseDeadlines } from './parse-deadlines.js';

const dates = (text: string) => parseDeadlines(text, '2025').map((d) => d.date ?? null);

describe('target years', () => {
  it('"ngay trong năm 2025" is due by the year\'s last day, like "đến hết năm 2030"', () => {
    expect(dates('Triển khai thực hiện các giải pháp ngay trong năm 2025.')).toEqual(['2025-12-31']);
    expect(dates('Phấn đấu đến hết năm 2030, 100% xã, phường không có ma túy.')).toEqual(['2030-12-31']);
  });

  it('a bare "trong năm 2025" or a span of years is no target', () => {
    expect(dates('Tổ chức hội nghị sơ kết trong năm 2025.')).toEqual([]);
    expect(dates('Thực hiện ngay trong năm 2025 - 2026.')).not.toContain('2025-12-31');
  });

  // Quyết định 2530/QĐ-TTg, IV.2.m (wave-15 excerpt kh-ttg-2025-11-qd-kehoach-onhiem-khongkhi of samples/bodies/dev).
  it('"trước năm 2030" is due by the last day of 2029', () => {
    expect(
      dates(
        'Hoàn thành việc rà soát quy hoạch lại các khu công nghiệp; tổ chức thực hiện di dời các cơ sở sản xuất công nghiệp không đáp ứng yêu cầu về bảo vệ môi trường của phân vùng môi trường trước năm 2030.',
      ),
    ).toEqual(['2029-12-31']);
    expect(dates('Số hồ sơ tồn đọng giảm mạnh so với trước năm 2020.')).toEqual([]);
  });

  it('a goal to meet "vào năm 2030" is due by that year\'s last day; a plan indicator is not', () => {
    expect(
      dates(
        'Khẩn trương xây dựng các “Vùng phát thải thấp” (LEZ); đảm bảo mục tiêu 100% phương tiện giao thông công cộng (xe buýt) sử dụng năng lượng sạch, năng lượng xanh vào năm 2030.',
      ),
    ).toEqual(['2030-12-31']);
    expect(dates('Chỉ tiêu 1: Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2025.')).toEqual([]);
  });
});
