import type { Paragraph } from './parse-body.js';

/**
 * A provision the text cites and quotes ("- Tại khoản 7, Điều 2 Quyết định số 118/TTg nêu trên quy định: "7. Những quy
 * định trên đây ..."", "Theo điểm a khoản 2 Điều 5 ... quy định như sau: "..."): the law as it stands, no task.
 */
const CITES_PROVISION =
  /^(?:[-–+•]\s*)?(?:tại|theo)\s+(?:điểm|khoản|điều|mục|chương)\s[^"“”]{0,300}?\squy định(?:\s+như sau)?\s*:\s*["“]/iu;

/**
 * The paragraphs of a reply that quote the law ("- Tại khoản 1, khoản 2, Điều 1 Quyết định số 117/2007/QĐ-TTg ... quy
 * định:" / ""1. Đối tượng được hỗ trợ ..., bao gồm:" / "a) Người hoạt động cách mạng ...;" / ... / "l) Người có công giúp
 * đỡ cách mạng""): a quotation opened at the start of a paragraph and closed paragraphs later, and a cited provision quoted
 * in its own paragraph. Quoted items are the provision's points, not what the letter asks anyone to do; the documents they
 * name are still references. A quotation never closed is read as a stray mark and quotes nothing.
 */
export function quotedParagraphs(paragraphs: Paragraph[]): Set<Paragraph> {
  const quoted = new Set<Paragraph>();
  let open: Paragraph[] | null = null;
  for (const paragraph of paragraphs) {
    const inside = open !== null;
    let state = inside;
    for (const ch of paragraph.text)
      if (ch === '"') state = !state;
      else if (ch === '“') state = true;
      else if (ch === '”') state = false;
    if (CITES_PROVISION.test(paragraph.text)) quoted.add(paragraph);
    if (inside) open!.push(paragraph);
    else if (state && /^(?:[-–+•]\s*)?["“]/u.test(paragraph.text)) open = [paragraph];
    if (open !== null && !state) {
      for (const p of open) quoted.add(p);
      open = null;
    }
  }
  // "... l) Người có công giúp đỡ cách mạng"" / "2. Sửa đổi, bổ sung điểm c khoản 2 Điều 2 Quyết định số 118/TTg:" / ""c)
  // ...": the provision's next point, printed between two quotations of it, is quoted too.
  paragraphs.forEach((paragraph, i) => {
    if (i > 0 && quoted.has(paragraphs[i - 1]) && quoted.has(paragraphs[i + 1]) && /:\s*$/u.test(paragraph.text))
      quoted.add(paragraph);
  });
  return quoted;
}
