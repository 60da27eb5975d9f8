import { splitGluedWords } from './glued-words.js';

describe('splitGluedWords: a web copy that dropped the space at a line break', () => {
  it.each([
    // dev bacgiang-2013-03-rasoat-cosogayonhiem (luatminhkhue.vn)
    ['Sở Tài nguyên và Môi trường chủtrì, phối hợp', 'Sở Tài nguyên và Môi trường chủ trì, phối hợp'],
    ['lập danhmục cơ sở gây ô nhiễm', 'lập danh mục cơ sở gây ô nhiễm'],
    // dev vpcp-2009-03-baocao-nq30-nq01: a glued capital, and a syllable opening with a vowel
    ['gửi Bộ Kế hoạch vàĐầu tư để tổng hợp', 'gửi Bộ Kế hoạch và Đầu tư để tổng hợp'],
    ['các tỉnh, thành phố trực thuộc Trungương', 'các tỉnh, thành phố trực thuộc Trung ương'],
    // dev vpcp-2013-03-quangbao-giaothong
    [
      'Chuyển Bộ Giao thông vận tải nghiêncứu, xử lý theo thẩm quyền',
      'Chuyển Bộ Giao thông vận tải nghiên cứu, xử lý theo thẩm quyền',
    ],
    // dev bgddt-2015-12-dongphuc-baocao: a whole addressee line glued
    ['Kính gửi: Cácsởgiáodụcđàotạo', 'Kính gửi: Các sở giáo dục đào tạo'],
    // dev hanoi-2010-03-thanglong-1000nam
    ['định kỳ báo cáo Ban chỉ đạo quốc gia, UBND Thànhphố', 'định kỳ báo cáo Ban chỉ đạo quốc gia, UBND Thành phố'],
  ])('%s', (glued, apart) => {
    expect(splitGluedWords(glued)).toBe(apart);
  });

  it('leaves words that are one syllable, abbreviations, foreign words, place names and addresses as printed', () => {
    const text = [
      'Ủy ban nhân dân huyện Nậm Nhùn, UBND, GDĐT, TTg, KHĐT; Australia; online; Internet',
      'Thủ tướng Chính phủ; nghiêng; khuỷu; ngoèo; Nguyễn',
      'Địa chỉ thư điện tử: vanphong@hanoi.gov.vn; https://chinhphu.vn/vanban',
    ].join('\n');
    expect(splitGluedWords(text)).toBe(text);
  });

  it('splits only where correct text is known to hold the pair: an unknown pair stays glued', () => {
    // "ương" + "xoong": two syllables, but no correct text holds the pair.
    expect(splitGluedWords('ươngxoong')).toBe('ươngxoong');
  });
});
