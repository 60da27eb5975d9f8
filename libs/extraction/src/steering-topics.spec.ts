/**
 * A steering body named by its topic keeps "về ..." in a report route: "Ban Chỉ đạo tỉnh về phát triển khoa học, công
 * nghệ, đổi mới sáng tạo và chuyển đổi số" (dev dongthap-2025-11-kehoach-chuyendoiso-hatang-giaothong names it so).
 */
import { reportRoutes } from './report-routes.js';

const targets = (text: string) => reportRoutes(text).map((r) => r.target);

describe('a steering body named by its topic', () => {
  it.each([
    [
      // dev dongthap-2025-11-kehoach-chuyendoiso-hatang-giaothong, the body as the plan names it, sent a report
      'Các sở, ngành gửi báo cáo về Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp trước ngày 30 tháng 11.',
      ['Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp'],
    ],
    [
      'Định kỳ hằng quý báo cáo kết quả về Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực trước ngày 15 của tháng cuối quý.',
      ['Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực'],
    ],
    ['Báo cáo Ban Chỉ đạo tỉnh về an toàn thực phẩm để tổng hợp.', ['Ban Chỉ đạo tỉnh về an toàn thực phẩm']],
    [
      'Gửi kết quả về Ban Chỉ đạo về giảm nghèo tỉnh, đồng thời gửi Sở Y tế.',
      ['Ban Chỉ đạo về giảm nghèo tỉnh', 'Sở Y tế'],
    ],
    ['Báo cáo Ban Chỉ đạo quốc gia về IUU kết quả thực hiện.', ['Ban Chỉ đạo quốc gia về IUU']],
  ])('%s', (text, expected) => {
    expect(targets(text)).toEqual(expected);
  });

  it.each([
    // what is reported, not the body's name
    ['Báo cáo Ban Chỉ đạo tỉnh về kết quả thực hiện trước ngày 10/12/2025.', ['Ban Chỉ đạo tỉnh']],
    ['Gửi báo cáo về Ban Chỉ đạo huyện về tình hình triển khai.', ['Ban Chỉ đạo huyện']],
    // no steering body: "về" + lower case is the topic (dev ttg-2012-11-chithi-daotaonghe-conlietsi)
    [
      'Hằng năm báo cáo về Bộ Lao động - Thương binh và Xã hội về việc đào tạo nghề, giải quyết việc làm cho con liệt sĩ.',
      ['Bộ Lao động - Thương binh và Xã hội'],
    ],
    [
      'Báo cáo về Sở Tài nguyên và Môi trường về tình hình thực hiện trước ngày 5/12/2025.',
      ['Sở Tài nguyên và Môi trường'],
    ],
  ])('%s', (text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});
