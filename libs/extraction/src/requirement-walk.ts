import { findAssignees } from './assignees.js';
import type { Requirement } from './directive.types.js';
import { groupHeads } from './plan-roles.js';
import type { Paragraph } from './parse-body.js';
import { taskRequirements, type Task } from './plan-tasks.js';
import type { Found } from './prose-requirements.js';
import { INSPECTS, OWN_TIMING, roman, strip } from './requirement-patterns.js';
import { sectionRequirements, type Section } from './section-requirements.js';
import { stepProcedures } from './step-procedures.js';
import { titledItems, titleUnits } from './titled-items.js';

/** Where the walk over a body's paragraphs stands: the requirements found so far and the open part, section and task. */
export interface Walk {
  readonly year: string | null;
  readonly requirements: Found[];
  /** Procedure headings over steps to be finished (step-procedures.ts): work, not an order of business. */
  readonly steps: Set<Paragraph>;
  /** Numbered items over dash tasks that each carry a label group (plan-roles.ts): headings. */
  readonly groupHeads: Set<Paragraph>;
  /** A plan with parts I., II. holding items 1., 2.: the parts are headings only, refs are "II.1", "II.1.a". */
  readonly nested: boolean;
  section: Section | null;
  lastTop: number;
  /** A plan divided "A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG ..." above its parts: the division's letter heads every ref. */
  division: string | null;
  part: string | null;
  /** A plan's "I. MỤC ĐÍCH, YÊU CẦU" states aims, not tasks. */
  aims: boolean;
  /** Inside such a part: its heading and the last item and letter skipped ("II. MỤC TIÊU" / "2." / "d)"). */
  aimPart: string;
  aimTop: string | null;
  aimLetter: string | null;
  scope: boolean;
  skipping: boolean;
  /**
   * "III. TỔ CHỨC HỘI NGHỊ ..." / "Việc tổ chức hội nghị ... được thực hiện trong khoảng từ ngày 04/02/2026 đến ngày
   * 08/02/2026 ..., cụ thể như sau:": the period of a part's opening paragraph holds for its items that state none.
   */
  period: { from: number; deadlines: Requirement['deadlines'] } | null;
  opening: boolean;
  /**
   * "I. ĐÁNH GIÁ CHUNG" / ... / "..., thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:" /
   * "1. ...", "2. ...": the lead-in's subject does the part's items that name no one.
   */
  partLead: { from: number; units: string[] } | null;
  /**
   * A plan's sub-item "1.1. ..." is a task: its title is the requirement, its labelled dash lines ("- Thời gian hoàn
   * thành: ...", "- Đơn vị chủ trì: ...") give its deadline and assignees, its "(1)" lines are requirements of their own.
   */
  task: Task | null;
  /**
   * Tasks of one numbered section wait for its end: a "Thời gian thực hiện" printed once under the last one ("3.1.",
   * "3.2.", "3.3." / "- Thời gian thực hiện: ...") holds for the unlabelled ones before it.
   */
  pending: Task[];
  /** The units a numbered heading over "3.1.", "3.2." names: who does those tasks, unless they name their own. */
  taskUnits: string[];
  /** After a counted list's lead-in: its dash items (or, after a dash lead-in, its "+" items) are members, skipped. */
  members: 'dash' | 'plus' | null;
  /**
   * "1. Cấp ủy, chính quyền Thành phố phải ..." / "Ủy ban nhân dân Thành phố chỉ đạo ..." / "2. ...": the paragraphs after
   * item `top` that direct someone; their ref is their position unless the next item of the level follows.
   */
  trailing: { top: number; ref: string; found: Found[] } | null;
  /** After "... báo cáo ... theo các nội dung cụ thể sau:": the items list what the report holds, no tasks. */
  contents: boolean;
  letterParent: string | null;
  letterUnits: string[];
}

export function startWalk(paragraphs: Paragraph[], year: string | null): Walk {
  return {
    year,
    requirements: [],
    steps: stepProcedures(paragraphs, year),
    groupHeads: groupHeads(paragraphs),
    nested:
      paragraphs.some((p) => roman(p.marker)) && paragraphs.some((p) => p.marker !== null && /^\d+$/.test(p.marker)),
    section: null,
    lastTop: 0,
    division: null,
    part: null,
    aims: false,
    aimPart: '',
    aimTop: null,
    aimLetter: null,
    scope: false,
    skipping: false,
    period: null,
    opening: false,
    partLead: null,
    task: null,
    pending: [],
    taskUnits: [],
    members: null,
    contents: false,
    trailing: null,
    letterParent: null,
    letterUnits: [],
  };
}

/** The ref prefix of the open division and part: "II.", "B.II.", "C." */
export const prefix = (w: Walk) => (w.division ? `${w.division}.` : '') + (w.nested && w.part ? `${w.part}.` : '');

/** The ref of the open part itself: "VII", "B.VII". */
export const partRef = (w: Walk) => (w.division ? `${w.division}.` : '') + (w.part ?? '');

/** The part ends: its lead-in's units and its opening period go to its requirements that have none. */
export function closePart(w: Walk): void {
  const { requirements, partLead, period } = w;
  for (const requirement of partLead ? requirements.slice(partLead.from) : [])
    if (requirement.assignees.length === 0 && findAssignees(requirement.text).length === 0)
      requirement.assignees = [...partLead!.units];
  w.partLead = null;
  w.trailing = null;
  for (const requirement of period ? requirements.slice(period.from) : [])
    if (requirement.deadlines.length === 0 && !OWN_TIMING.test(requirement.text))
      requirement.deadlines = [...period!.deadlines];
  w.period = null;
}

export function flushTask(w: Walk): void {
  if (w.task) w.pending.push(w.task);
  w.task = null;
}

/**
 * "2. Các Sở, ngành có liên quan" / "2.1. Sở Xây dựng:" / "- Nghiên cứu, thiết kế ...": a titled sub-item that names a unit
 * is whose its dash lines are, before the heading above it; null when its title names none.
 */
export function subItemUnits(t: Task, w: Walk): string[] | null {
  if (w.scope || /[.;!?]["”)]?$/u.test(t.head.text)) return null;
  const units = titleUnits(t.head.text);
  return units.length > 0 ? units : null;
}

export function flushTasks(w: Walk): void {
  flushTask(w);
  const { pending, scope, taskUnits } = w;
  // In an inspection's scope "7.1. Kiểm tra việc vận động ..." over the points it examines is one task.
  const checks = (t: Task) =>
    scope && INSPECTS.test(strip(t.head.text)) && !t.actions.some((a) => INSPECTS.test(strip(a.text)));
  let carried: Paragraph[] = [];
  for (let i = pending.length - 1; i >= 0; i--) {
    if (pending[i].labels.length > 0) carried = pending[i].labels;
    else if (pending[i].actions.length === 0 || checks(pending[i])) pending[i].labels = carried;
  }
  for (const t of pending) {
    const found =
      (!checks(t) && titledItems(t, w.year)) ||
      taskRequirements(checks(t) ? { ...t, actions: [], subs: [] } : t, w.year);
    const units = subItemUnits(t, w) ?? taskUnits;
    if (units.length > 0)
      for (const r of found) if (r.assignees.length === 0) r.assignees = findAssignees(r.text, units);
    w.requirements.push(...found);
  }
  w.pending = [];
}

/** The open tasks and section end: their requirements are added. */
export function flush(w: Walk): void {
  flushTasks(w);
  w.taskUnits = [];
  if (!w.section) return;
  w.requirements.push(...sectionRequirements(w.section, w.scope, w.year));
  w.section = null;
}
