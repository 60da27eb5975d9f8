import type { Line } from './text-utils.js';

const WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const COUNTS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** "Thứ nhất, ...", "Thứ năm , ...", "Một là, ...": the ordinal that opens a paragraph (1-based), or 0. */
function ordinalOf(text: string): number {
  const ordinal = /^Thứ\s+(\p{Ll}+)\s*[,:]\s+/u.exec(text);
  if (ordinal) return WORDS.indexOf(ordinal[1]) + 1;
  const count = /^(\p{L}+)\s+là\s*[,:]\s+/u.exec(text);
  return count ? COUNTS.indexOf(count[1].toLowerCase()) + 1 : 0;
}

/**
 * Paragraphs numbered in words: "Thứ nhất, các bộ, ngành, địa phương ... tập trung ..." / "Thứ hai, ..." or "Một là, ...",
 * "Hai là, ...". They are items like "1.", "2." (refs "II.1", "II.2"; the ordinal is their marker, not part of their text).
 * Only a run that starts at the first and goes on with the second counts: a lone "Thứ hai, ngày 15/12" names a weekday.
 */
export function numberOrdinals(lines: Line[]): Line[] {
  const ordinals = lines.map((line) => ordinalOf(line.text));
  const first = ordinals.indexOf(1);
  if (first < 0 || !ordinals.slice(first + 1).includes(2)) return lines;
  // "1. Việc hợp nhất 03 Chương trình ... với các khía cạnh:" / "Thứ nhất, vùng lõi nghèo ...": ordinals inside a numbered
  // item are its points, not items of their own; they number items only under a part ("II. MỘT SỐ YÊU CẦU") or none.
  const above = lines
    .slice(0, first)
    .reverse()
    .find((line) => /^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s/u.test(line.text));
  if (above && !/^[IVX]{1,4}\./u.test(above.text)) return lines;
  let expected = 1;
  return lines.map((line, i) => {
    if (i < first || ordinals[i] !== expected) return line;
    expected++;
    return { ...line, text: line.text.replace(/^\p{L}+\s+\p{L}+\s*[,:]\s+/u, `${ordinals[i]}. `) };
  });
}
