import type { ReportRoute, Requirement } from './directive.types.js';
import { parseDeadlines } from './parse-deadlines.js';
import { clean, fold, type Line, type Span } from './text-utils.js';

export interface Paragraph {
  text: string;
  span: Span;
  /** "1", "II", "a" for numbered items; "-" for dash items; null for plain paragraphs. */
  marker: string | null;
}

/**
 * Lines → paragraphs. A paragraph starts at a numbered or dashed line, or after a line that ends a
 * sentence; other lines continue the paragraph before them (scans break lines mid-sentence).
 */
export function toParagraphs(lines: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    const marker = /^(\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s/u.exec(line.text)?.[1] ?? (/^[-–+•]\s*/.test(line.text) ? '-' : null);
    const previous = paragraphs.at(-1);
    const continues = previous && marker === null && !/[.:;!?]["”)]?$/u.test(previous.text);
    if (continues) {
      previous.text += ` ${line.text}`;
      previous.span.end = line.end;
    } else paragraphs.push({ text: line.text, span: { start: line.start, end: line.end }, marker });
  }
  return paragraphs;
}

/** "Kính gửi: - A; - B." → ["A", "B"]; a single addressee on the line itself works too. */
export function parseRecipients(paragraphs: Paragraph[]): { recipients: string[]; span: Span | null; next: number } {
  const first = paragraphs.findIndex((p) => /^kinh gui/.test(fold(p.text)));
  if (first < 0) return { recipients: [], span: null, next: 0 };
  const items: string[] = [];
  const head = paragraphs[first].text.replace(/^[^:]*:\s*/u, '');
  let end = first;
  const take = (text: string) => text.split(/\s+-\s+(?=\p{Lu})|^-\s*/u).map(clean).filter(Boolean).forEach((t) => items.push(t));
  if (head) take(head);
  for (let i = first + 1; i < paragraphs.length && paragraphs[i].marker === '-'; i++) {
    take(paragraphs[i].text);
    end = i;
  }
  return { recipients: items, span: { start: paragraphs[first].span.start, end: paragraphs[end].span.end }, next: end + 1 };
}

const CLOSING = /\.\/\.\s*$/;
const ROUTE = /^Đối với\s+(.+?)\s*(?:,\s*)?(?:sau khi[^.]*?)?\bbáo cáo(?:\s+kịp thời)?\s+(?:đến|về|cho)\s+(.+?)\.?$/iu;
const REQUIRES = /(yêu cầu|đề nghị|giao|chỉ đạo)/iu;

/**
 * Requirements in document order: each numbered item is one; a numbered item holding dash items
 * gives one per dash item (ref "1.2"); after the numbered items, a paragraph that sets a deadline
 * (the closing "gửi báo cáo ... trước ngày ...") is one more, and the "Đối với ... báo cáo đến ..."
 * items under it are its report routes. Formulas ending in "./." close the body.
 */
export function parseRequirements(paragraphs: Paragraph[]): Array<Requirement & { span: Span }> {
  const requirements: Array<Requirement & { span: Span }> = [];
  let section: { ref: string; heading: Paragraph; items: Paragraph[]; plain: Paragraph[] } | null = null;
  let lastTop = 0;

  const flush = () => {
    if (!section) return;
    const { ref, heading, items, plain } = section;
    if (items.length > 0) items.forEach((item, i) => requirements.push(makeRequirement(`${ref}.${i + 1}`, [item])));
    else requirements.push(makeRequirement(ref, [heading, ...plain]));
    section = null;
  };

  for (const paragraph of paragraphs) {
    if (paragraph.marker && paragraph.marker !== '-') {
      flush();
      lastTop = /^\d+$/.test(paragraph.marker) ? Number(paragraph.marker) : lastTop + 1;
      section = { ref: /^\d+$/.test(paragraph.marker) ? paragraph.marker : String(lastTop), heading: paragraph, items: [], plain: [] };
      continue;
    }
    const route = paragraph.marker === '-' ? ROUTE.exec(paragraph.text.replace(/^[-–+•]\s*/u, '')) : null;
    const current = requirements.at(-1);
    if (route && !section && current) {
      current.reportTo.push({ target: clean(route[2]), forGroups: splitGroups(route[1]) });
      continue;
    }
    // A heading ending in ":" ("1. Về rà soát ...:") holds the dash items and paragraphs under it;
    // a numbered item that is a whole sentence holds nothing more.
    const open = section !== null && /:\s*$/u.test(section.heading.text);
    if (section && open && paragraph.marker === '-') {
      section.items.push(paragraph);
      continue;
    }
    if (section && open && !CLOSING.test(paragraph.text) && !(REQUIRES.test(paragraph.text) && parseDeadlines(paragraph.text).length > 0 && section.plain.length > 0)) {
      section.plain.push(paragraph);
      continue;
    }
    flush();
    if (lastTop > 0 && !CLOSING.test(paragraph.text) && parseDeadlines(paragraph.text).length > 0) {
      lastTop += 1;
      requirements.push(makeRequirement(String(lastTop), [paragraph]));
    }
  }
  flush();
  return requirements;
}

/** "A; B, Đảng ủy Khối doanh nghiệp" → groups at ";" and before a bloc or party committee named after a list. */
function splitGroups(text: string): string[] {
  return text
    .split(/;\s*/)
    .flatMap((part) => part.split(/,\s+(?=(?:Đảng ủy|Đảng bộ|Khối)\s)/u))
    .map(clean)
    .filter(Boolean);
}

function makeRequirement(ref: string, parts: Paragraph[]): Requirement & { span: Span } {
  const text = clean(parts.map((p) => p.text.replace(/^(\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s*|^[-–+•]\s*/u, '')).join(' '));
  return {
    ref,
    text,
    deadlines: parseDeadlines(text).map(({ at: _at, ...deadline }) => deadline),
    assignees: [],
    reportTo: reportRoutes(text),
    span: { start: parts[0].span.start, end: parts.at(-1)!.span.end },
  };
}

/** Where results go: "gửi báo cáo ... về UBND quận (qua phòng Nội vụ ...)", an e-mail address, a "Lưu ý: X gửi ... về Y". */
export function reportRoutes(text: string): ReportRoute[] {
  const routes: ReportRoute[] = [];
  const note = /Lưu ý:\s*(.+?)\s+gửi[^()]*?\s+về\s+([^().;]+)/iu.exec(text);
  const main = (note ? text.slice(0, note.index) : text).replace(/\s+để tổng hợp(?=\))/gu, '');
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u.exec(main);
  if (email) routes.push({ target: email[0], forGroups: [] });
  else {
    const sent = /gửi(?: báo cáo| kết quả)*(?:[^.;]{0,40}?)\s+(?:về|đến)\s+(.+?)(?=\s+(?:xong\s+)?(?:trước|chậm nhất|trong vòng|để tổng hợp)(?:\s|$)|[.;]|$)/iu.exec(main);
    if (sent) routes.push({ target: clean(sent[1]), forGroups: [] });
  }
  if (note) routes.push({ target: clean(note[2]), forGroups: [clean(note[1])] });
  return routes;
}
