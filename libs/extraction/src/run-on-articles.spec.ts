/** A decision reposted on one line (Quyết định 367-QĐ/TWĐTN-VP of the Youth Union's Secretariat, 2013, forum copy). */
import { extractDirective } from './extract-directive.js';
import { splitRunOnArticles } from './run-on-articles.js';

const ONE_LINE =
  'BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh. Điều 2. Quyết định này thay thế Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006 của Ban Bí thư Trung ương Đoàn. Điều 3. Giao Văn phòng Trung ương Đoàn hướng dẫn, kiểm tra, đôn đốc việc thực hiện Quyết định này. Điều 4. Quyết định này có hiệu lực từ ngày ký. Các tỉnh, thành đoàn, đoàn trực thuộc căn cứ Quyết định thi hành./. Nơi nhận: - Như điều 4; - Lưu VT-LT. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi';

describe('a decision on one line', () => {
  it('starts a line at each article in order and at the Nơi nhận after them', () => {
    const lines = splitRunOnArticles([{ text: ONE_LINE, start: 0, end: ONE_LINE.length }]);
    expect(lines.map((l) => l.text.slice(0, 9))).toEqual([
      'BAN CHẤP ',
      'Điều 1. B',
      'Điều 2. Q',
      'Điều 3. G',
      'Điều 4. Q',
      'Nơi nhận:',
    ]);
    expect(lines.every((l) => ONE_LINE.slice(l.start, l.end) === l.text)).toBe(true);
  });

  it('leaves a line that cites one article alone', () => {
    const line = { text: 'Căn cứ Điều 1. Điều lệ Đoàn; Điều 3 Quy chế hoạt động.', start: 0, end: 55 };
    expect(splitRunOnArticles([line])).toEqual([line]);
  });

  it('reads the articles that direct someone; an article entering into force keeps only its sentence that assigns', () => {
    expect(extractDirective(ONE_LINE).directive.requirements.map((r) => [r.ref, r.text])).toEqual([
      ['3', 'Giao Văn phòng Trung ương Đoàn hướng dẫn, kiểm tra, đôn đốc việc thực hiện Quyết định này'],
      ['4', 'Các tỉnh, thành đoàn, đoàn trực thuộc căn cứ Quyết định thi hành'],
    ]);
  });
});

/** The same line hard-wrapped at 70 columns as a PDF's text is: the articles fall mid-line on different lines. */
const wrapAt70 = (text: string): string => {
  const out: string[] = [];
  let rest = text;
  while (rest.length > 70) {
    const cut = rest.lastIndexOf(' ', 70);
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  return [...out, rest].join('\n');
};

describe('a decision on one line, then hard-wrapped', () => {
  it('reads the same articles as the one line', () => {
    expect(extractDirective(wrapAt70(ONE_LINE)).directive.requirements.map((r) => [r.ref, r.text])).toEqual([
      ['3', 'Giao Văn phòng Trung ương Đoàn hướng dẫn, kiểm tra, đôn đốc việc thực hiện Quyết định này'],
      ['4', 'Các tỉnh, thành đoàn, đoàn trực thuộc căn cứ Quyết định thi hành'],
    ]);
  });

  it('cuts articles in order across lines and the Nơi nhận after them (paraphrase)', () => {
    const text = [
      'QUYẾT ĐỊNH Điều 1. Phê duyệt kế hoạch tập huấn năm 2024. Điều 2. Giao',
      'Phòng Nội vụ tổ chức thực hiện. Điều 3. Quyết định này có hiệu lực',
      'từ ngày ký./. Nơi nhận: - Như Điều 3;',
    ].join('\n');
    let start = 0;
    const lines = text.split('\n').map((t) => {
      const line = { text: t, start, end: start + t.length };
      start += t.length + 1;
      return line;
    });
    const split = splitRunOnArticles(lines);
    expect(split.map((l) => l.text.slice(0, 9))).toEqual([
      'QUYẾT ĐỊN',
      'Điều 1. P',
      'Điều 2. G',
      'Phòng Nội',
      'Điều 3. Q',
      'từ ngày k',
      'Nơi nhận:',
    ]);
    expect(split.every((l) => text.slice(l.start, l.end) === l.text)).toBe(true);
  });

  it('leaves articles that start their lines, with one cited mid-line, alone (paraphrase)', () => {
    const lines = [
      { text: 'Điều 1. Phê duyệt kế hoạch.', start: 0, end: 27 },
      { text: 'Điều 2. Thực hiện theo Điều 3. Quy chế đã ban hành.', start: 28, end: 79 },
    ];
    expect(splitRunOnArticles(lines)).toEqual(lines);
  });
});
