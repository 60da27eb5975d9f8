/** Paragraphs numbered in words ("Thứ nhất, ...", "Một là, ..."), as in Thông báo 627/TB-VPCP (2025). */
import { numberOrdinals } from './ordinal-paragraphs.js';
import { parseRequirements, toParagraphs } from './parse-body.js';

const lines = (texts: string[]) => {
  let start = 0;
  return texts.map((text) => {
    const line = { text, start, end: start + text.length };
    start += text.length + 1;
    return line;
  });
};

describe('ordinal paragraphs', () => {
  it('reads "Thứ nhất, ...", "Thứ hai, ..." under a part as its items II.1, II.2, the ordinal out of the text', () => {
    const found = parseRequirements(
      toParagraphs(
        lines([
          'II. MỘT SỐ YÊU CẦU',
          'Thứ nhất, các bộ, ngành, địa phương, các nhà đầu tư, nhà thầu phải tập trung cao độ để hoàn thành các dự án.',
          'Thứ hai, các địa phương cần chủ động, quyết liệt hơn nữa để tháo gỡ vướng mắc, hoàn thành dứt điểm công tác GPMB.',
          'III. NHIỆM VỤ TRỌNG TÂM',
          '1. Bộ Xây dựng đẩy nhanh tiến độ phê duyệt Báo cáo nghiên cứu khả thi.',
        ]),
      ),
      '2025',
    );
    expect(found.map((r) => [r.ref, r.text.slice(0, 30)])).toEqual([
      ['II.1', 'các bộ, ngành, địa phương, các'],
      ['II.2', 'các địa phương cần chủ động, q'],
      ['III.1', 'Bộ Xây dựng đẩy nhanh tiến độ '],
    ]);
  });

  it('numbers "Một là, ...", "Hai là, ..." and one printed with a space before its comma ("Ba là , ...")', () => {
    const texts = numberOrdinals(
      lines(['Một là, rà soát các dự án.', 'Hai là, báo cáo kết quả.', 'Ba là , tổng kết.']),
    ).map((l) => l.text);
    expect(texts).toEqual(['1. rà soát các dự án.', '2. báo cáo kết quả.', '3. tổng kết.']);
  });

  it('leaves the points of a numbered item and a lone weekday alone', () => {
    const inside = lines([
      '1. Việc hợp nhất 03 Chương trình có ý nghĩa quan trọng với các khía cạnh:',
      'Thứ nhất, vùng lõi nghèo hiện nay chủ yếu là vùng sinh sống của đồng bào dân tộc thiểu số;',
      'Thứ hai, việc xây dựng nông thôn mới đã được thực hiện trong phạm vi cả nước;',
    ]);
    expect(numberOrdinals(inside)).toBe(inside);
    const weekday = lines(['Thứ hai, ngày 15/12/2025, Ủy ban nhân dân xã tổ chức hội nghị.']);
    expect(numberOrdinals(weekday)).toBe(weekday);
  });
});
