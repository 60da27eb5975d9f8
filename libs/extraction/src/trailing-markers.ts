import type { Line } from './text-utils.js';

/**
 * "2. Nâng cao năng lực, hiệu quả quản lý nhà nước về quan hệ lao động 2.1." / "Rà soát, kiến nghị cấp có thẩm quyền ..."
 * (dev kontum-2020-05-ctrhanhdong-quanhelaodong II.2): a numbered heading with its first sub-item's number glued to its
 * end by the PDF-to-text. The number goes to a line of its own, as the copy prints "1.4." over its text; so does the
 * sub-item when its text follows on the same line ("3. Giải quyết tốt tranh chấp lao động và đình công 3.1. Rà soát, kiện
 * toàn ...", II.3).
 */
export function splitTrailingMarkers(lines: Line[]): Line[] {
  return lines.flatMap((line) => {
    const head = /^(\d{1,2})\.\s/u.exec(line.text);
    const tail = head ? new RegExp(String.raw`\s(${head[1]}\.1\.?)(?:\s+(?=\p{Lu})|$)`, 'u').exec(line.text) : null;
    if (!head || !tail) return [line];
    const end = line.start + tail.index;
    return [
      { ...line, text: line.text.slice(0, tail.index).trimEnd(), end },
      { text: line.text.slice(tail.index + 1), start: end + 1, end: line.end },
    ];
  });
}
