import type { Paragraph } from './parse-body.js';

/** An item that ends by announcing its target: "... còn tồn đọng với mục tiêu:", "... đạt các chỉ tiêu sau:". */
const ANNOUNCES_TARGET = /(?:mục tiêu|chỉ tiêu)(?:\s+(?:cụ thể|sau|như sau|sau đây))*\s*:\s*$/iu;

/**
 * "đ) Đẩy nhanh tiến độ giải quyết hồ sơ ... còn tồn đọng với mục tiêu:" / "Đến năm 2020, giải quyết căn bản hồ sơ ...": the
 * target printed under a numbered or lettered item is that item's, one paragraph (its year is the item's deadline).
 */
export function joinTargetLines(paragraphs: Paragraph[]): Paragraph[] {
  const joined: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const item = paragraphs[i];
    const target = paragraphs[i + 1];
    if (
      item.marker !== null &&
      item.marker !== '-' &&
      ANNOUNCES_TARGET.test(item.text) &&
      target?.marker === null &&
      (paragraphs[i + 2] === undefined || paragraphs[i + 2].marker !== null)
    ) {
      joined.push({
        ...item,
        text: `${item.text} ${target.text}`,
        span: { start: item.span.start, end: target.span.end },
      });
      i++;
    } else joined.push(item);
  }
  return joined;
}
