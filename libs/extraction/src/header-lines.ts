import type { Line } from './text-utils.js';

/** A web table's cell separator ("- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |"): never text. */
const PIPE = /(?<=\S)\s*\|\s*/u;

/** Header parts a web copy or an OCR that merges the two columns glues onto one line. */
const GLUED = [
  /(?<=\S)\s*(?=CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA)/u,
  /(?<=\S)\s*(?=Độc [lL]ập\s*[-–]\s*Tự [dD]o)/u,
  /(?<=\S)\s*(?=ĐẢNG CỘNG SẢN VIỆT NAM)/u,
  /(?<=\p{Lu}{2,}\s*)(?=Số\s*:?\s*\d)/u,
  /(?<=[^\p{L}\s]\s*)(?=Số\s*:\s*\d)/u,
  PIPE,
];

/**
 * Splits the header lines a page glued together ("ĐẢNG BỘ ... Số: 90 - CV/ĐULH", "UBND ... CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA VIỆT NAM", "Số: 985/UBND-KGVX Hậu Giang, ngày ...") into one line per part, with their
 * offsets. Only the first `count` lines are looked at.
 */
export function splitGluedHeader(input: Line[], count = 30): Line[] {
  const result: Line[] = [];
  const lines = joinBrokenHeader(input, count);
  lines.forEach((line, index) => {
    // A cell separator opening the line goes with it.
    const lead = /^\|\s*/u.exec(line.text)?.[0].length ?? 0;
    const pieces: Line[] = [{ ...line, text: line.text.slice(lead), start: line.start + lead }];
    for (const pattern of index < count ? [...GLUED, PLACE_DATE_START] : [PIPE]) {
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i];
        const match = pattern.exec(piece.text);
        if (!match || match.index === 0) continue;
        const cut = match.index;
        const rest = piece.text.slice(cut + match[0].length);
        const head = piece.text.slice(0, cut).trimEnd();
        const restStart = piece.start + cut + match[0].length;
        const tail = rest.trimStart();
        const split: Line[] = [];
        if (head) split.push({ text: head, start: piece.start, end: piece.start + head.length });
        if (tail) split.push({ text: tail, start: restStart + (rest.length - tail.length), end: piece.end });
        pieces.splice(i, 1, ...split);
      }
    }
    result.push(...pieces.filter((p) => p.text.replace(/[|*\s]/g, '') !== '' || p.text.includes('*')));
  });
  return result;
}

/** The place before ", ngày ... tháng": capitalised words after a number, symbol, "*" or "|". */
const PLACE_DATE_START =
  /(?<=[\d\p{Lu}][\p{Lu}\d/-]*[\p{Lu}\d]|\*)\s+(?=(?:\p{Lu}\p{Ll}*|phố|thị|xã)(?:\s+(?:\p{Lu}\p{Ll}*|phố|thị|xã)){0,5},\s*ngày\s)/u;

/**
 * Joins header cells a web table broke inside ("ỦY" / "BAN NHÂN DÂN", "CỘNG" / "HÒA XÃ HỘI ...",
 * "Số:" / "33/2009/QĐ-UBND", "Mỹ" / "Tho, ngày 24 ...", "Lạng Sơn, ngày 13" / "tháng 01 năm 2020")
 * and drops the "|" cell separators.
 */
function joinBrokenHeader(lines: Line[], count: number): Line[] {
  const result: Line[] = [];
  lines.forEach((line, index) => {
    const previous = result.at(-1);
    if (index < count && /^\|$/u.test(line.text)) return;
    const join =
      previous &&
      index < count &&
      (/^(?:[ỦU][YỶ]|CỘNG|Số\s*:?)$/u.test(previous.text) ||
        // "BỘ" / "Y TẾ": one short upper-case word, then the rest of the name.
        (/^\p{Lu}{1,4}$/u.test(previous.text) && /^\p{Lu}[\p{Lu}\s]*$/u.test(line.text) && line.text.length <= 40) ||
        (/^\p{L}+,\s*ngày\s/u.test(line.text) && /^\p{Lu}\p{Ll}*$/u.test(previous.text)) ||
        (/ngày\s*\d{0,2}$/u.test(previous.text) && /^tháng\s/u.test(line.text)) ||
        (/ngày$/u.test(previous.text) && /^\d{1,2}\s+tháng\s/u.test(line.text)) ||
        // Words of one name cut by the cell width: "UỶ BAN NHÂN" / "DÂN", "CỘNG HÒA XÃ" / "HỘI ...".
        (/NHÂN$/u.test(previous.text) && /^DÂN(?:\s|$)/u.test(line.text)) ||
        (/\sXÃ$/u.test(previous.text) && /^HỘI\s/u.test(line.text)));
    if (join)
      result[result.length - 1] = { text: `${previous.text} ${line.text}`, start: previous.start, end: line.end };
    else result.push(line);
  });
  return result;
}
