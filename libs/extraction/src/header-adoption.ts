import type { Header } from './parse-header.js';
import { isoDate, type Line } from './text-utils.js';

/**
 * "Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, phiên họp thứ 9
 * thông qua ngày 23 tháng 3 năm 2022./.": a resolution of the National Assembly's Standing Committee prints no place
 * and date line; it is dated by its adoption in this closing formula. The text names itself ("... này được"), so a
 * cited resolution's adoption ("Nghị quyết số 30/2021/QH15 ... thông qua ngày ...") is not read.
 */
const ADOPTION =
  /(?:Nghị quyết|Luật|Pháp lệnh|Bộ luật) này (?:đã )?được [^./;]{0,240}?thông qua (?:ngày|vào ngày)\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

/** The adoption date in the closing formula, for a header with no date line; scanned from the end of the text. */
export function readAdoptionDate(lines: Line[], header: Header): void {
  // The formula runs over two or three lines of a PDF copy: each window joins a line with the two before it.
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 60; i--) {
    const window = lines.slice(Math.max(0, i - 2), i + 1);
    const match = ADOPTION.exec(window.map((line) => line.text.trim()).join(' '));
    if (!match) continue;
    const date = isoDate(match[1], match[2], match[3]);
    if (!date) return;
    header.date = date;
    header.dateSpan = { start: lines[i].start, end: lines[i].end };
    return;
  }
}
