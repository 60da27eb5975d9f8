import type { Requirement } from './directive.types.js';
import type { Paragraph } from './parse-body.js';
import { deadlinesOf } from './parse-deadlines.js';
import { reportRoutes } from './report-routes.js';
import type { Span } from './text-utils.js';

/**
 * Items a conclusion notice numbers inside its paragraph ("3. Khẩn trương xây dựng ... chiến lược dữ liệu: (1) Thanh tra
 * Chính phủ ban hành trước ngày 25 tháng 11 năm 2025; (2) Bộ Công an chủ trì, ...", "a) Bộ Khoa học và Công nghệ: (1)
 * trình Thủ tướng Chính phủ ...; (2) chủ trì, ..."): each "(n)" is an item of its own, as if printed on its own line, so
 * its ref is "3.(1)" and a unit named by the lead-in ("a) Bộ Khoa học và Công nghệ:") is whose the items are.
 *
 * Only a run "(1)", "(2)", ... counted from one, the first after a colon, each next after ";" or "." — a figure in
 * brackets inside a sentence ("đạt (2) chỉ tiêu") is no item.
 */
export function splitInlineItems(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.flatMap((p) => {
    const found = inlineItems(p.text, 'digit');
    // "3.1. Đối với cơ quan, tổ chức, đơn vị: (1) Họp Ban lãnh đạo ...; (2) Hội nghị lấy ý kiến cử tri ...": the steps of
    // one procedure for the case the item opens with, one task (dev luongminh-2025-12-huongdan-gioithieu-ungcu).
    if (!found || /^(?:\S+\s+)?Đối với\s/u.test(found.head)) return [p];
    const at = (i: number) => Math.min(p.span.start + i, p.span.end);
    const lead: Paragraph[] = found.head
      ? [{ ...p, text: found.head, span: { start: p.span.start, end: at(found.items[0].at) } }]
      : [];
    return [
      ...lead,
      ...found.items.map((item, i) => ({
        text: item.text,
        marker: item.marker,
        span: { start: at(item.at), end: i + 1 < found.items.length ? at(found.items[i + 1].at) : p.span.end },
      })),
    ];
  });
}

/**
 * A requirement's own list "(3) các bộ, ngành, địa phương tập trung: (i) Sửa đổi ...; (ii) Rà soát ..." (dev
 * vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5): one requirement per "(i)" item, ref "4.(3).(i)", with the lead-in's
 * assignees and routes. Not a list of what something is or holds ("... với 05 chức năng chính: (i) Lưu trữ dữ liệu
 * ...; (ii) Định danh ..."), which is one task.
 */
export function splitRomanLists<T extends Requirement & { span: Span }>(
  requirements: T[],
  year: string | null,
  articles = false,
): T[] {
  return requirements.flatMap((r) => {
    // Only inside an inline "(n)" item: elsewhere a sentence's "(i)", "(ii)" spell out what one task covers ("... làm rõ các
    // nội dung ..., cụ thể: (i) Đánh giá ...; (ii) Rà soát ...", dev vpcp-2025-11-nhienlieu-sinhhoc).
    // "Điều 2. Giao Bộ trưởng Bộ Tài chính: (i) Thừa ủy quyền ...; (ii) Căn cứ ý kiến ..." (dev
    // cp-2025-11-nq-duthao-nq136-danang): in a resolution's or decision's article, an assignment that names only its
    // addressee lists that addressee's tasks, each with its own route. Not in a conclusion ("Giao Đảng uỷ Chính phủ: (i) Chỉ
    // đạo ...; (ii) Chỉ đạo ...", dev vptw-2025-11-tbkl-treem-hoancanh-dacbiet 4.1: one task).
    const assigned = articles && ASSIGNS.test(r.text);
    if (!/\.\(\d{1,2}\)$/u.test(r.ref) && !assigned) return [r];
    const found = inlineItems(r.text, 'roman');
    if (!found || HOLDS.test(found.head.replace(/\s*:$/u, ''))) return [r];
    const bound = deadlinesOf(found.head, year);
    return found.items.map((item) => {
      const text = item.text.replace(/^\([ivx]+\)\s*/u, '').replace(/[\s;.,]+$/u, '');
      const reportTo = assigned ? reportRoutes(text) : r.reportTo;
      return {
        ...r,
        ref: `${r.ref}.${item.marker}`,
        text,
        reportTo,
        deadlines: [...bound, ...deadlinesOf(text, year)],
      };
    });
  });
}

/** "Giao Bộ trưởng Bộ Tài chính: (i) ...": the issuer's assignment, its addressee alone before the colon. */
const ASSIGNS = /^Giao\s+\p{Lu}[^:;,.()]{2,100}:\s*\(i\)\s/u;

const NUMERALS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** "... với 05 chức năng chính:", "... gồm:", "... như sau: " — what follows lists what something is or holds. */
const HOLDS = /(?:\s(?:với|gồm|bao gồm|như|là|có)\s[^:;,]*|\s\d+\s+\p{L}[^:;,]*)$/u;

interface Inline {
  head: string;
  items: Array<{ text: string; marker: string; at: number }>;
}

/** The run "(1) ...; (2) ..." (or "(i) ...; (ii) ...") in a text: the text before it and each item, null when none. */
function inlineItems(text: string, kind: 'digit' | 'roman'): Inline | null {
  const label = (n: number) => (kind === 'digit' ? String(n) : NUMERALS[n - 1]);
  const cuts: number[] = [];
  for (let n = 1; n <= (kind === 'digit' ? 30 : NUMERALS.length); n++) {
    const mark = `(${label(n)})`;
    const from = cuts.length > 0 ? cuts.at(-1)! + mark.length : 0;
    let at = text.indexOf(mark, from);
    // The first item follows a colon; the next ones a clause's end.
    while (at >= 0 && !fits(text, at, mark, n === 1)) at = text.indexOf(mark, at + 1);
    if (at < 0) break;
    cuts.push(at);
  }
  if (cuts.length < 2) return null;
  return {
    head: text.slice(0, cuts[0]).trim(),
    items: cuts.map((cut, i) => ({
      text: text.slice(cut, cuts[i + 1] ?? text.length).trim(),
      marker: `(${label(i + 1)})`,
      at: cut,
    })),
  };
}

/** Whether "(n)" at `at` opens an item: after a colon for the first, after ";" or "." for the next, a word after it. */
function fits(text: string, at: number, mark: string, first: boolean): boolean {
  const before = text.slice(0, at).trimEnd();
  const after = text.slice(at + mark.length);
  if (!/^\s+\S/u.test(after)) return false;
  return first ? /:$/u.test(before) : /[;.]$/u.test(before);
}
