import { foldAccents } from '@congvan/common';
import { lineConfidence, textOf } from './line-retry.js';
import type { RecognisedLine } from './native-tesseract.js';
import type { GreyImage, Rect } from './grey-image.js';

/** A recipients list longer than this many lines after "Kính gửi" is cut here (the rest is read as body). */
const MAX_RECIPIENT_LINES = 12;

/**
 * Which lines of a reading form its "Kính gửi" block — the addressees, whose names the tasking is
 * built on: the line that opens with "Kính gửi" and the lines after it down to the one that closes
 * the list with a full stop (each recipient ends with "," or ";", the last with "."), at most 12
 * lines after it. Samples: "Kính gửi: - Các Ban Đảng và Văn phòng Huyện ủy, … huyện," … "- Đảng ủy
 * các xã, thị trấn, Đảng ủy Khối doanh nghiệp." (samples/directives/myduc-2024-08-matkhau); "Kính
 * gửi:" alone on its line, then "- Thủ trưởng các phòng chuyên môn, …;" … "- Hiệu trưởng các trường
 * MN, TH, THCS công lập thuộc quận." (samples/directives/dongda-2024-01-matkhau).
 */
export function recipientBlock(lines: RecognisedLine[]): boolean[] {
  const inBlock = lines.map(() => false);
  const start = lines.findIndex((line) => /^kinh\s*gui\b/u.test(foldAccents(textOf(line).trim())));
  if (start < 0) return inBlock;
  for (let index = start; index < lines.length && index <= start + MAX_RECIPIENT_LINES; index++) {
    inBlock[index] = true;
    if (/\.$/u.test(textOf(lines[index]).trim())) break;
  }
  return inBlock;
}

/**
 * The runs of lines of a region read with the fast model that the cascade reads again with the best
 * model, as [first, last] line numbers in order: its "Kính gửi" block (recipientBlock), and each run
 * of lines holding letters or digits read with a mean confidence below `lowConfidence` (a line the
 * fast model was unsure of, most of a poor scan's misreadings) — runs that touch or overlap joined.
 */
export function cascadeBlocks(lines: RecognisedLine[], lowConfidence: number): Array<[number, number]> {
  const recipients = recipientBlock(lines);
  const wanted = lines.map(
    (line, index) =>
      recipients[index] ||
      (line.words.some((word) => /[\p{L}\p{N}]/u.test(word.text)) && lineConfidence(line) < lowConfidence),
  );
  const blocks: Array<[number, number]> = [];
  wanted.forEach((yes, index) => {
    if (!yes) return;
    const last = blocks[blocks.length - 1];
    if (last && last[1] === index - 1) last[1] = index;
    else blocks.push([index, index]);
  });
  return blocks;
}

/**
 * The rectangle of lines `from`…`to` of a reading of `image`: around their words, widened by a
 * third of a line's height, but not into the lines before and after them.
 */
export function blockRect(lines: RecognisedLine[], from: number, to: number, image: GreyImage): Rect | null {
  const words = lines.slice(from, to + 1).flatMap((line) => line.words);
  if (words.length === 0) return null;
  const y0 = Math.min(...words.map((word) => word.bbox.y0));
  const y1 = Math.max(...words.map((word) => word.bbox.y1));
  const pad = Math.max(4, Math.round(Math.max(...lines.slice(from, to + 1).map(lineHeight)) / 3));
  const above = from > 0 ? Math.max(...lines[from - 1].words.map((word) => word.bbox.y1)) : -Infinity;
  const below = to + 1 < lines.length ? Math.min(...lines[to + 1].words.map((word) => word.bbox.y0)) : Infinity;
  const left = Math.max(0, Math.min(...words.map((word) => word.bbox.x0)) - pad);
  const right = Math.min(image.width, Math.max(...words.map((word) => word.bbox.x1)) + pad);
  const top = Math.max(0, y0 - pad, above + 1);
  const bottom = Math.min(image.height, y1 + pad, below);
  if (right - left < 4 || bottom - top < 4) return null;
  return { left, top, width: right - left, height: bottom - top };
}

function lineHeight(line: RecognisedLine): number {
  if (line.words.length === 0) return 0;
  return Math.max(...line.words.map((word) => word.bbox.y1)) - Math.min(...line.words.map((word) => word.bbox.y0));
}
