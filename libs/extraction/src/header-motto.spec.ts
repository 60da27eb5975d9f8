/** A Party thông tri whose first body sentence names the Party (adapted from a dev document of a university Party committee). */
import { extractDirective } from './extract-directive.js';

describe('a body sentence that names the Party under a short header', () => {
  it('is read as the body, not as the motto line', () => {
    const d = extractDirective(
      [
        'ĐẢNG BỘ TỈNH NGHỆ AN                     ĐẢNG CỘNG SẢN VIỆT NAM',
        'ĐẢNG UỶ TRƯỜNG ĐẠI HỌC VINH',
        'Nghệ An, ngày 28 tháng 05 năm 2020',
        'Số 19-TT/ĐU',
        'THÔNG TRI',
        'triệu tập đại biểu tham dự Đại hội đại biểu Đảng bộ Trường',
        '-----',
        'Thực hiện Điều lệ Đảng Cộng sản Việt Nam và các văn bản hướng dẫn thi hành; Chỉ thị số 35-CT/TW, ngày 30/05/2019 của Bộ Chính trị về đại hội đảng bộ các cấp, Ban Chấp hành Đảng bộ Trường quyết định triệu tập Đại hội.',
        '1. Thành phần tham dự',
      ].join('\n'),
    ).directive;
    expect(d.system).toBe('party');
    expect(d.references).toEqual([
      { kind: 'Chỉ thị', number: '35', symbol: 'CT/TW', date: '2019-05-30', issuer: 'Bộ Chính trị', role: 'basis' },
    ]);
  });
});
