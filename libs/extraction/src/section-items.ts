import { findAssignees } from './assignees.js';
import { splitUnits } from './unit-lists.js';
import type { Requirement } from './directive.types.js';
import { labelledTask } from './labelled-lines.js';
import { namedList } from './named-lists.js';
import type { Paragraph } from './parse-body.js';
import { deadlinesOf } from './parse-deadlines.js';
import { makeRequirement, taskRequirements } from './plan-tasks.js';
import type { Found } from './prose-requirements.js';
import { headingUnits } from './lead-in-units.js';
import { AGENCY, CONTENT, CONTENT_LABEL, INSPECTS, strip } from './requirement-patterns.js';
import { clean } from './text-utils.js';

/** An item that names who acts ("- Đồng chí Chủ tịch ... chỉ đạo chung") says it better than the heading. */
export function actors(text: string, named: string[]): string[] {
  const own = findAssignees(text);
  return own.length > 0 ? own : named;
}

/** What a heading's items are read with: the section's ref, its labels and plain paragraphs, its period and units. */
export interface ItemContext {
  ref: string;
  items: Paragraph[];
  labels: Paragraph[];
  plain: Paragraph[];
  /** Inside an inspection's scope: only the checks are tasks. */
  scope: boolean;
  year: string | null;
  /** The period of the heading and its labels, for the items that state none. */
  bound: Requirement['deadlines'];
  /** Who does the items that name no one. */
  itemUnits: string[];
  /** The labelled lines under each lettered task. */
  itemLabels?: Map<Paragraph, Paragraph[]>;
  /** An item's deadlines from the time line printed under it (item-periods.ts). */
  itemPeriods?: Map<Paragraph, Requirement['deadlines']>;
  /** The items as printed, before those that only describe were left out: dash lines are numbered among them. */
  printed?: Paragraph[];
}

/**
 * The requirements of a heading's dash, lettered and "(1)" items: one per item (ref "1.2"), "a)" or a dash line over
 * "+" lines a sub-heading ("1.a.1"), "- Nội dung: ..." / "- Cơ quan thực hiện: ..." one activity.
 */
export function itemRequirements({
  ref,
  items,
  labels,
  plain,
  scope,
  year,
  bound,
  itemUnits,
  itemLabels,
  itemPeriods,
  printed = items,
}: ItemContext): Found[] {
  const requirements: Found[] = [];
  // "a) Nội dung kiểm tra:" over dash items is a sub-heading: its items are "1.a.1", "1.a.2", ...
  type Sub = {
    marker: string;
    count: number;
    bound: Requirement['deadlines'];
    units: string[];
    /** The sub holds an activity ("- Nội dung: ..." / "- Cơ quan thực hiện: ..."): its tasks take its ref. */
    activity?: boolean;
    /** A dash line over "+" lines. */
    dash?: boolean;
  };
  // Dash lines count as printed, labels too ("- Địa điểm: ..." / "- Thời gian: ..." / "- Nhiệm vụ:" is "1.3").
  const dashLines = [...printed, ...labels]
    .filter((p) => p.marker === '-' && !/^\+/u.test(p.text))
    .map((p) => p.span.start);
  const position = (item: Paragraph) => 1 + dashLines.filter((start) => start < item.span.start).length;
  // The dash line a "+" line hangs under: the last one printed before it (an item's or a label's).
  const under = (item: Paragraph) => Math.max(-1, ...dashLines.filter((start) => start < item.span.start));
  const consumed = new Set<number>();
  let numbered: { marker: string; count: number } | null = null;
  let plus: { at: number; start: number; count: number } | null = null;
  let sub: Sub | null = null;
  items.forEach((item, i) => {
    const lettered = item.marker !== null && /^[a-zđ]$/u.test(item.marker);
    // "h) Chủ trì triển khai ... các dự án trong Chương trình ..., bao gồm:" / "- Dự án 1: ...": one task, the names its scope.
    const names = lettered ? namedList(items, i) : null;
    names?.forEach((j) => consumed.add(j));
    // "a) Thu gom và xử lý rác thải" (a bare title, bold or italic on the page) over dash items is a sub-heading
    // too; "a) Phòng Văn hóa - Xã hội:" over its dash items names who does them.
    if (
      lettered &&
      names === null &&
      (!/[.;!?]["”)]?$/u.test(item.text) || /\.{2,}$/u.test(item.text)) &&
      (items[i + 1]?.marker === '-' ||
        // "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:" / "(i) Tập đoàn ... báo cáo ...": a lead-in over its "(i)" items.
        (/:\s*$/u.test(item.text) && /^\((?:\d{1,2}|[ivx]{1,4})\)$/u.test(items[i + 1]?.marker ?? '')))
    ) {
      const units = /:\s*$/u.test(item.text) ? headingUnits(item.text) : [];
      sub = { marker: item.marker!, count: 0, bound: deadlinesOf(item.text, year), units };
      return;
    }
    if (lettered) sub = null;
    // "(1) Bộ Y tế chỉ đạo ..." / "- Chỉ đạo Ban Quản lý dự án ..." / "- Chủ trì ...": dash lines under a "(1)" item are its
    // sub-items ("2.(1).1").
    if (item.marker !== null && /^\(\d{1,2}\)$/u.test(item.marker)) numbered = { marker: item.marker, count: 0 };
    else if (item.marker !== '-') numbered = null;
    // "- Tổng hợp, báo cáo ở cấp thành phố" / "+ Các cơ quan, đơn vị liên quan thu thập thông tin ..." / "+ ...": a dash line
    // over "+" lines is a sub-heading as well; its "+" lines are the tasks ("IV.3.1.1").
    const dash = item.marker === '-' && !/^\+/u.test(item.text);
    // "- Ban hành quyết định thành lập Đoàn ... bao gồm:" / "+ Trưởng đoàn: ..." / "+ Lựa chọn địa điểm ...": "+" lines
    // count under the dash line above them ("3.2.3").
    if (dash) plus = { at: position(item), start: item.span.start, count: 0 };
    else if (item.marker === '-' && plus) plus.count++;
    else if (item.marker !== '-') plus = null;
    if (
      dash &&
      !scope &&
      // "- Ban hành quyết định thành lập Đoàn kiểm tra, giám sát bao gồm:" / "+ Trưởng đoàn: ...": what it is made of.
      !/(?:bao gồm|gồm|gồm có)\s*:\s*$/u.test(item.text) &&
      (sub === null || sub.dash) &&
      /^\+/u.test(items[i + 1]?.text ?? '') &&
      items[i + 1]?.marker === '-' &&
      // "- Nội dung: rà soát ..." / "- Cơ quan thực hiện: ..." / "- Thời gian thực hiện:" / "+ ...": the "+" lines hang under
      // the label line between, not under the dash line (Kế hoạch of Quyết định 2623/QĐ-TTg).
      ![...labels, ...plain].some((p) => p.span.start > item.span.start && p.span.start < items[i + 1].span.start)
    ) {
      const units = /:\s*$/u.test(item.text) ? headingUnits(strip(item.text)) : [];
      sub = { marker: String(position(item)), count: 0, bound: deadlinesOf(item.text, year), units, dash: true };
      return;
    }
    if (dash && sub?.dash) sub = null;
    const current: Sub | null = sub;
    if (scope && !INSPECTS.test(strip(item.text))) return;
    // "a) Hoạt động 1" / "- Nội dung: Triển khai Tháng hành động ..." / "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp
    // với ...": the activity is the sub's task, the agency line below it names its lead.
    if (consumed.has(i)) return;
    // "a) Gửi dự kiến chương trình ..." / "- Đơn vị chủ trì: ..." / "- Thời gian thực hiện: Quý I/2015.": a task and its labels.
    const own = itemLabels?.get(item);
    if (own && !current) {
      const found = taskRequirements(
        { ref: `${ref}.${item.marker}`, head: item, labels: own, subs: [], actions: [] },
        year,
      );
      for (const r of found)
        if (r.assignees.length === 0 && itemUnits.length > 0) r.assignees = actors(r.text, itemUnits);
      requirements.push(...found);
      return;
    }
    // "- Nội dung:" / "+ Tổng kết ..." / "+ Tập huấn ...": the "+" lines are the activity's task, one requirement.
    let content = item;
    if (current && CONTENT_LABEL.test(item.text)) {
      const parts: Paragraph[] = [];
      for (let j = i + 1; j < items.length && items[j].marker === '-' && /^\+/u.test(items[j].text); j++) {
        parts.push(items[j]);
        consumed.add(j);
      }
      if (parts.length > 0)
        content = {
          ...item,
          text: `- Nội dung: ${parts.map((p) => clean(strip(p.text)).replace(/[.;]$/u, '')).join('. ')}`,
        };
    }
    // "1. Phổ biến, giáo dục Luật Việc làm ..." / "- Nội dung thực hiện: Tổ chức phổ biến ..." / "- Cơ quan thực hiện: ...": a
    // heading's one activity is the heading's task, its ref the heading's.
    const single = !current && items.filter((p) => CONTENT.test(p.text)).length === 1;
    if ((current || single) && CONTENT.test(content.text)) {
      const next = items.findIndex((p, j) => j > i && p.marker !== null && /^[a-zđ]$/u.test(p.marker));
      const end = next < 0 ? Infinity : items[next].span.start;
      const after = [...labels, ...items]
        .filter((p) => p.span.start > item.span.start && p.span.start < end)
        .sort((a, b) => a.span.start - b.span.start);
      const at = after.findIndex((p) => AGENCY.test(p.text));
      const agency = at < 0 ? '' : after[at].text.replace(AGENCY, '') || (after[at + 1]?.text ?? '');
      const requirement = makeRequirement(
        current ? `${ref}.${current.marker}` : ref,
        [{ ...content, text: content.text.replace(CONTENT, '') }],
        year,
      );
      if (requirement.deadlines.length === 0)
        requirement.deadlines = [...(current && current.bound.length > 0 ? current.bound : bound)];
      // "- Cơ quan chủ trì: Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Tài chính.": a bare list of the leads.
      const named = findAssignees(strip(agency));
      requirement.assignees =
        named.length > 0 || !/^\p{Lu}[^:]{0,200}$/u.test(agency)
          ? named
          : splitUnits(clean(agency).replace(/[.;]$/u, ''));
      if (current) current.activity = true;
      requirements.push(requirement);
      return;
    }
    // The item's own marker, else its number as printed: under a "(1)" item, under its sub-heading, among the dash lines,
    // under the dash line over "+" lines, or its place among the items.
    const markOf = (): string => {
      if (item.marker && item.marker !== '-') return item.marker;
      if (!current && dash && numbered) return `${numbered.marker}.${++numbered.count}`;
      if (current) return String(++current.count);
      if (dash) return String(position(item));
      if (item.marker === '-' && plus && under(item) === plus.start) return `${plus.at}.${plus.count}`;
      return String(i + 1);
    };
    const mark = markOf();
    if (current?.activity) {
      // "+ Sở Xây dựng đăng tải thông điệp ..." under the activity's agency line: a task of its own, the same ref.
      const requirement = makeRequirement(`${ref}.${current.marker}`, [item], year);
      requirement.assignees = findAssignees(requirement.text);
      requirements.push(requirement);
      return;
    }
    const requirement = makeRequirement(current ? `${ref}.${current.marker}.${mark}` : `${ref}.${mark}`, [item], year);
    if (requirement.deadlines.length === 0)
      requirement.deadlines = [
        ...(itemPeriods?.get(item) ?? (current && current.bound.length > 0 ? current.bound : bound)),
      ];
    if (current && current.units.length > 0) requirement.assignees = actors(requirement.text, current.units);
    else if (itemUnits.length > 0) requirement.assignees = actors(requirement.text, itemUnits);
    requirements.push(requirement);
  });
  // "b) Môi trường ao nuôi tôm" / "- Điểm quan trắc: ..." / "- Thông số ...: ...": one task described line by line.
  return labelledTask(items, requirements, ref) ?? requirements;
}
