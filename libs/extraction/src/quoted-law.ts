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
  for (const [at, paragraph] of paragraphs.entries()) {
    const inside = open !== null;
    let state = inside;
    let closedAt = -1;
    let stray = false;
    for (const [i, ch] of [...paragraph.text].entries())
      if (ch === '"') [state, closedAt] = [!state, state ? i : closedAt];
      else if (ch === '“') state = true;
      else if (ch === '”') {
        if (!state && !inside) stray = true;
        [state, closedAt] = [false, i];
      }
    if (CITES_PROVISION.test(paragraph.text)) quoted.add(paragraph);
    // "+ Tại Điều 2 quy định hiệu lực thi hành như sau:" / "Điều 2. Hiệu lực thi hành ..." / "1. Nghị định này có hiệu lực
    // ..." / "…”": a quotation whose opening mark the page lost runs from the lead-in to its closing mark.
    if (stray && closedAt >= 0) for (const p of quotedSince(paragraphs, at)) quoted.add(p);
    if (inside) open!.push(paragraph);
    else if (state && /^(?:[-–+•]\s*)?["“]/u.test(paragraph.text)) open = [paragraph];
    if (open !== null && !state) {
      // "…” Căn cứ quy định trên, ... Công ty tham chiếu ...": the letter goes on after the closing mark.
      const after = [...paragraph.text]
        .slice(closedAt + 1)
        .join('')
        .trim();
      for (const p of open) if (p !== paragraph || after.length < 40) quoted.add(p);
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

/** The lead-in of a quoted provision: "+ Tại Điều 2 quy định hiệu lực thi hành như sau:", "Theo khoản 1 Điều 5 quy định:". */
const QUOTES_BELOW = /(?:^|\s)(?:tại|theo)\s[^:]{0,200}?\squy định[^:]{0,60}:\s*$/iu;

/** The paragraphs after the nearest such lead-in (at most 30 back) up to and including the one at `at`. */
function quotedSince(paragraphs: Paragraph[], at: number): Paragraph[] {
  for (let i = at - 1; i >= Math.max(0, at - 30); i--)
    if (QUOTES_BELOW.test(paragraphs[i].text)) return paragraphs.slice(i + 1, at + 1);
  return [];
}
