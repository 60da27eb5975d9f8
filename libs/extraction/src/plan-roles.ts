import { findAssignees, SUBJECT_START } from './assignees.js';
import { splitUnits } from './unit-lists.js';
import { GENERIC } from './assignee-patterns.js';
import type { Paragraph } from './parse-body.js';
import { clean, type Span } from './text-utils.js';

/**
 * A plan written out as text gives each of its parts the columns of a task table as numbered items: "1. Nội dung, biện
 * pháp" (the lettered tasks), "2. Cơ quan chủ trì, phối hợp" ("a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia." / "b) Cơ
 * quan phối hợp" / "- ..."), "3. Thời gian thực hiện: ...". The item naming who leads is no task: its entries are the
 * leads of the tasks listed before it in the part (lead, not partners).
 */
const ROLE =
  /^(?:\d{1,2}[.)]\s*)(?:(?:cơ quan|đơn vị)\s+)?chủ trì(?:\s*,\s*(?:phối hợp|thực hiện))?(?:\s+thực hiện)?\s*(?::\s*(.*?))?\s*\.?$/iu;
/** "1. Nội dung, biện pháp", "1. Nhiệm vụ", "1. Nội dung thực hiện": the tasks of the part. */
const TASKS = /^\d{1,2}[.)]\s*(?:nội dung|nhiệm vụ|biện pháp|giải pháp|các hoạt động)(?:[\s,]+[^.:;]{0,40})?\s*:?$/iu;
/** "a) Cơ quan chủ trì", "a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.", "b) Đơn vị thực hiện: ...". */
const ROLE_LABEL = /^[a-zđ][.)]\s*((?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|phối hợp|thực hiện)[^:]{0,30})(?::\s*(.*))?$/iu;

/** "Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh" → two; "Các cơ quan báo chí Trung ương, địa phương, quân đội" → one. */
export function splitEntries(entry: string): string[] {
  return clean(entry.replace(/^[-–+•]\s*/u, '').replace(/[.;,]\s*$/u, ''))
    .split(/\s*;\s*/u)
    .flatMap((part) =>
      part.split(
        /,\s+(?=(?:Ban|Bộ|Ủy ban|Uỷ ban|UBND|Sở|Cục|Tổng cục|Văn phòng|Trung tâm|Hội|Mặt trận|Tư lệnh|Chủ tịch|Các|Đoàn|Công an|Viện|Đài|Báo)\s)/u,
      ),
    )
    .map(clean)
    .filter(Boolean);
}

export interface PlanRoles {
  /** The paragraphs of the items naming who leads and works with: no tasks. */
  drop: Set<Paragraph>;
  /** The tasks printed in `span` are led by `units`. */
  leads: Array<{ span: Span; units: string[] }>;
  /** The tasks printed in `span` are led by the `units` a labelled line under their item names. */
  labelled: Array<{ span: Span; units: string[] }>;
}

/**
 * "- Cơ quan chủ trì: Sở Nội vụ, Sở Tài chính.", "- Đơn vị thực hiện: ...": a line under a task naming who leads it
 * ("Cơ quan phối hợp: ..." names partners, no lead).
 */
const ROLE_LINE =
  /^(?:[-–+•]\s*)?(?:cơ quan|đơn vị)\s+(?:chủ trì|thực hiện)(?:\s+(?:chính|(?:tham mưu\s+)?thực hiện))?\s*:\s*(\S.*)$/iu;
/** "Đơn vị phối hợp: ...", "Thời gian thực hiện: ...": the other lines of a task's label group. */
const GROUP_LINE = /^(?:(?:cơ quan|đơn vị)\s+(?:chủ trì|thực hiện|phối hợp)|thời gian|thời hạn)[^:]{0,30}:/iu;
/** A role label inside a task's text, up to the next label or the end of its sentence. */
const INLINE_ROLE =
  /(?:^|[.;]\s+)(?:Cơ quan|Đơn vị)\s+(?:chủ trì|thực hiện)(?:\s+chính)?\s*:\s*(.+?)(?=\.?\s+(?:[Cc]ơ quan|[Đđ]ơn vị) phối hợp\s*:|\.?\s+(?:Thời gian|Thời hạn|Sản phẩm|Kinh phí|Kết quả)[^:]{0,30}:|[.;]\s|\.?$)/u;
/** "trong phạm vi chức năng, nhiệm vụ của mình": how each acts, not part of a name. */
const WITHIN =
  /,?\s+(?:trong phạm vi|theo)\s+(?:chức năng,?\s+nhiệm vụ|nhiệm vụ,?\s+quyền hạn)(?:,?\s+(?:quyền hạn|thẩm quyền))?(?:\s+(?:của mình|được giao))?/giu;

/**
 * The leads a role line names: the subjects of its clauses when it says what each does ("Sở Nội vụ chủ trì ...; Sở Tư
 * pháp và ... chủ động tổ chức ..."), else the bodies it lists ("Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Tài chính").
 */
export function roleUnits(value: string): string[] {
  const text = clean(value.replace(WITHIN, '')).replace(/[.;,]\s*$/u, '');
  if (!SUBJECT_START.test(text.charAt(0).toUpperCase() + text.slice(1))) return [];
  const acting = findAssignees(text);
  if (acting.length > 0) return acting;
  // "Đơn vị chủ trì thực hiện: Các cơ quan, đơn vị, địa phương." (dev/bacninh-2025-11-kehoach-nangluc-xdpl): every unit
  // in general words, no one to hand the task to (README: empty for every recipient).
  if (GENERIC.test(text.replace(/\s+theo quy định$/u, ''))) return [];
  return /\s(?:phối hợp|chủ trì)(?:\s|$)/u.test(text) ? [] : splitUnits(text);
}

/**
 * "5. Nghiên cứu giải pháp thu hút, tuyển dụng; ... pháp luật." / "- Nghiên cứu tham mưu UBND tỉnh ..." / "Đơn vị chủ trì
 * tham mưu thực hiện: Sở Nội vụ." (dev/bacninh-2025-11-kehoach-nangluc-xdpl): a numbered item whose first dash line is
 * followed by a plain label group is a heading over those tasks, even when it ends in a full stop.
 */
export function groupHeads(paragraphs: Paragraph[]): Set<Paragraph> {
  const heads = new Set<Paragraph>();
  paragraphs.forEach((p, i) => {
    const [dash, label] = [paragraphs[i + 1], paragraphs[i + 2]];
    if (
      p.marker !== null &&
      /^\d+$/u.test(p.marker) &&
      dash?.marker === '-' &&
      label?.marker === null &&
      ROLE_LINE.test(label.text)
    )
      heads.add(p);
  });
  return heads;
}

/** The items whose labelled lines name their lead: the item's span, to the next numbered or lettered item. */
function labelledLeads(paragraphs: Paragraph[], drop: Set<Paragraph>): PlanRoles['labelled'] {
  const labelled: PlanRoles['labelled'] = [];
  const isItem = (p: Paragraph) => p.marker !== null && p.marker !== '-';
  paragraphs.forEach((paragraph, i) => {
    const role = drop.has(paragraph) || isItem(paragraph) ? null : ROLE_LINE.exec(paragraph.text);
    if (!role) return;
    let owner = i - 1;
    while (owner >= 0 && !isItem(paragraphs[owner])) owner--;
    if (owner < 0) return;
    let start = paragraphs[owner].span.start;
    let next = paragraphs.findIndex((p, j) => j > i && isItem(p));
    // "4. Nâng cao ..." / "- Tăng cường ..." / "Đơn vị thực hiện: Các Sở, ngành ..." / "Thời gian thực hiện: ..." / "- Tổ chức
    // tập huấn ..." / "Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp." (dev/bacninh-2025-11-kehoach-nangluc-xdpl): plain label
    // lines after each dash task name that task's lead; the dash tasks since the last label group are this line's.
    if (paragraph.marker === null) {
      for (let k = i - 1; k > owner; k--)
        if (
          paragraphs[k].marker === '-' &&
          paragraphs[k - 1].marker === null &&
          GROUP_LINE.test(paragraphs[k - 1].text)
        ) {
          start = paragraphs[k].span.start;
          break;
        }
      const dash = paragraphs.findIndex((p, j) => j > i && p.marker === '-');
      if (dash > 0 && (next < 0 || dash < next)) next = dash;
    }
    const units = roleUnits(role[1]);
    if (units.length > 0)
      labelled.push({ span: { start, end: next < 0 ? Infinity : paragraphs[next].span.start }, units });
  });
  return labelled;
}

export function planRoles(paragraphs: Paragraph[]): PlanRoles {
  const drop = new Set<Paragraph>();
  const leads: PlanRoles['leads'] = [];
  let tasks: Paragraph | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    if (paragraph.marker !== null && /^[IVX]+$/u.test(paragraph.marker)) tasks = null;
    if (paragraph.marker !== null && /^\d+$/u.test(paragraph.marker) && TASKS.test(paragraph.text)) tasks = paragraph;
    const role = ROLE.exec(paragraph.text);
    if (!role || tasks === null || paragraph.marker === null || !/^\d+$/u.test(paragraph.marker)) continue;
    const units: string[] = role[1] ? splitEntries(role[1]) : [];
    let lead = true;
    let j = i + 1;
    for (; j < paragraphs.length; j++) {
      const p = paragraphs[j];
      if (p.marker !== null && /^(?:\d+|[IVX]+)$/u.test(p.marker)) break;
      drop.add(p);
      const label = p.marker !== null && p.marker !== '-' ? ROLE_LABEL.exec(p.text) : null;
      if (label) {
        lead = /chủ trì/iu.test(label[1]);
        if (lead && label[2]) units.push(...splitEntries(label[2]));
      } else if (p.marker !== null && p.marker !== '-') break;
      else if (lead && p.marker === '-') units.push(...splitEntries(p.text));
    }
    drop.add(paragraph);
    if (units.length > 0) leads.push({ span: { start: tasks.span.start, end: paragraph.span.start }, units });
    tasks = null;
    i = j - 1;
  }
  return { drop, leads, labelled: labelledLeads(paragraphs, drop) };
}

/**
 * Gives each task that names no one the lead of its plan part, and each task under a labelled role line that line's
 * lead (the line says who leads better than units the task's heading carries down).
 */
export function assignLeads<R extends { span: Span; text: string; assignees: string[] }>(
  requirements: R[],
  roles: PlanRoles,
): void {
  const within = (r: R, span: Span) => r.span.start >= span.start && r.span.start < span.end;
  for (const requirement of requirements) {
    // "Nội dung: Rà soát ... Cơ quan chủ trì: Sở Y tế. Cơ quan phối hợp: ... Thời gian: ...": a task table's row, flattened.
    const inline = INLINE_ROLE.exec(requirement.text);
    const units = inline ? roleUnits(inline[1]) : [];
    if (units.length > 0) {
      requirement.assignees = units;
      continue;
    }
    const led = roles.leads.find((l) => within(requirement, l.span));
    if (led && requirement.assignees.length === 0) requirement.assignees = [...led.units];
    const line = roles.labelled.find((l) => within(requirement, l.span));
    if (line && (requirement.assignees.length === 0 || findAssignees(requirement.text).length === 0))
      requirement.assignees = [...line.units];
  }
}
