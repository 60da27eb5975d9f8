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
  return { drop, leads };
}
