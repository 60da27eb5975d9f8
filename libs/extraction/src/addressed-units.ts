import { findAssignees, UNIT_START } from './assignees.js';
import type { Paragraph } from './parse-body.js';
import type { Span } from './text-utils.js';

/**
 * A lead-in that ends by naming its addressee: "..., Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành
 * phố trực thuộc Trung ương:" — the addressee does the items that follow and name no one. What it asks may follow the
 * addressee at length ("... yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung, khẩn
 * trương chỉ đạo, giải quyết dứt điểm ..., một số nội dung cụ thể sau:", Công văn 171/CV-BCĐ, 2025).
 */
const ADDRESSED = /(?:^|[\s,])(đề nghị|yêu cầu|giao)\s+([^.;:]{3,300}?)\s*:\s*$/iu;

export function addressedLeadIn(text: string): string[] {
  const cue = ADDRESSED.exec(text);
  // "yêu cầu các bộ, ngành, địa phương, đơn vị, cá nhân liên quan:": everyone, in general words; a named body has a capital.
  if (!cue || !UNIT_START.test(cue[2]) || !/\p{Lu}/u.test(cue[2])) return [];
  // "..., Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Thủ trưởng Cơ quan thuộc Chính phủ, Chủ tịch
  // Ủy ban nhân dân các tỉnh, ... thực hiện một số nhiệm vụ trọng tâm cấp bách sau:" (dev ttg-2025-11-congdien-thidua-caodiem),
  // "... yêu cầu Giám đốc, Thủ trưởng các sở, ban ngành, ... và các đơn vị liên quan ... tập trung thực hiện ...:" (dev
  // cantho-2025-11-chithi-nuocduoidat): the formula that names every recipient asks the items of everyone.
  if (cue[2].length > 160 && /Thủ trưởng\s+(?:các\s+)?(?:cơ quan|sở|ban)|đơn vị (?:có )?liên quan/iu.test(cue[2]))
    return [];
  return findAssignees(`Đề nghị ${cue[2]} thực hiện`);
}

/**
 * "..., Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:" / "1. Chỉ đạo các
 * cấp ..." / "3. Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm ...": the numbered items after a
 * lead-in that names its addressee are that addressee's tasks, unless an item names its own actor. The lead-in holds
 * until the next lead-in or part heading.
 */
export function carryLeadIns<R extends { span: Span; assignees: string[] }>(
  requirements: R[],
  paragraphs: Paragraph[],
): void {
  let units: string[] = [];
  let from = Infinity;
  const spans: Array<{ start: number; end: number; units: string[] }> = [];
  paragraphs.forEach((paragraph, i) => {
    const next = paragraphs[i + 1];
    if (paragraph.marker === null && /:\s*$/u.test(paragraph.text)) {
      if (units.length > 0) spans.push({ start: from, end: paragraph.span.start, units });
      const opens = next !== undefined && next.marker !== null && /^\d{1,2}$/u.test(next.marker);
      units = opens ? addressedLeadIn(paragraph.text.replace(/\s+/gu, ' ')) : [];
      from = paragraph.span.end;
    } else if (paragraph.marker !== null && /^[IVX]{1,4}$/u.test(paragraph.marker)) {
      if (units.length > 0) spans.push({ start: from, end: paragraph.span.start, units });
      units = [];
    }
  });
  if (units.length > 0) spans.push({ start: from, end: Infinity, units });
  for (const requirement of requirements) {
    const span = spans.find((s) => requirement.span.start >= s.start && requirement.span.start < s.end);
    if (span && requirement.assignees.length === 0) requirement.assignees = [...span.units];
  }
}

/**
 * "Ủy ban nhân dân thành phố HảiPhòng", "BộCông Thương": a web copy glues two words of a name; a word never holds a
 * capital after its small letters, so the assignee is given whole ("Hải Phòng"), the requirement's text as printed.
 */
export function unglueAssignees<R extends { assignees: string[] }>(requirements: R[]): void {
  for (const requirement of requirements)
    // A short name in parentheses is left as printed: "(VNPT, Viettel, MobiFone ...)" (dev
    // daklak-2025-11-kehoach-nhuyeupham-mualu IV.13) writes brands, which do.
    requirement.assignees = requirement.assignees.map((unit) =>
      unit.replace(/\([^()]*\)|[^()]+/gu, (part) =>
        part.startsWith('(') ? part : part.replace(/(?<=(?:^|\s)\p{Lu}\p{Ll}+)(?=\p{Lu}\p{Ll})/gu, ' '),
      ),
    );
}
