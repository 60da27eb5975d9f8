import { VERB } from './assignee-patterns.js';
import { BODY_HEADS, HEADS } from './assignee-words.js';
import { findAssignees } from './assignees.js';
import { splitUnits } from './unit-lists.js';
import type { Requirement } from './directive.types.js';
import type { Paragraph } from './parse-body.js';
import { deadlinesOf, parseDeadlines } from './parse-deadlines.js';
import { directs } from './directing-sentences.js';
import { reportRoutes } from './report-routes.js';
import { labelledTask } from './labelled-lines.js';
import { clean, type Span, splitSentences } from './text-utils.js';

/**
 * The words that open a heading naming a unit: the head word of a body's or an office holder's name (HEADS), and words
 * that only open a heading: a group ("Các Sở, ngành"; not "Các bước", "Các nhiệm vụ"), staff ("Cán bộ", "Chuyên viên"),
 * a ministry's department or a committee's sub-committee ("3. Vụ Tổ chức cán bộ", "2. Tiểu ban giúp việc Ban Chỉ đạo
 * 934", Công văn 6225/BVHTTDL-VP, tnt305/tai_lieu_noi_bo 987cadc82373c854.md). In HEADS these would move the
 * assignees of a sentence's subject and lists, read on the same words.
 */
const HEADING_UNIT = new RegExp(
  String.raw`^(?:${HEADS}|Các(?!\s(?:bước|nội dung|nhiệm vụ|giải pháp|hoạt động|biện pháp|yêu cầu|chỉ tiêu|mục tiêu|văn bản|công việc|hình thức|phương pháp|tiêu chí|vấn đề|chương trình|dự án|kiến nghị|đề xuất|căn cứ|quy định|tài liệu|sản phẩm)[\s,:]|\s*$)|Cán bộ|Chuyên viên|Vụ(?= \p{Lu})|Tiểu ban)[\s,]`,
  'u',
);

/**
 * A heading that only names a unit ("1. Ban Thường trực Ủy ban MTTQ Việt Nam xã", "2. Trung tâm Y tế:", "5. Sở, ban,
 * ngành liên quan", "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"), or null. "3. Tổ chức đoàn kiểm tra"
 * is a task ("tổ chức" the verb), "Tổ chức đoàn thể" a unit; "3. Các bước đánh giá", "2. Các nhiệm vụ cụ thể" name steps and
 * tasks, no unit.
 */
export function unitHeading(text: string): string | null {
  // "5. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, ...)": the aside in brackets is not the name. "1. Các cơ
  // quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, ...):": an aside that names the bodies of the group
  // is part of it, as written.
  // "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo" over "1. Tổ chức chỉ đạo ...", "2. Chủ trì, ...": the article's unit.
  const bare = text
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]\s*|^Điều\s+\d{1,2}\s*[.:]\s*(?:Giao\s+)?/u, '')
    .replace(/^Đề nghị:?\s+/u, '');
  const aside = /\s*\(([^)]*)\)\s*:?\s*$/u.exec(bare);
  const name = clean(aside ? bare.slice(0, aside.index) : bare);
  const named = aside !== null && ASIDE_UNITS.test(aside[1]) ? `${name} (${clean(aside[1])})` : name;
  // "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố và các tổ chức thành viên của
  // Mặt trận": a list of bodies with no act runs longer than one name.
  const words = name.split(/\s+/u).length;
  const fits = words <= 18 || (words <= 32 && !VERB.test(name));
  return (HEADING_UNIT.test(name) || YOUTH_UNION.test(name)) && fits && !/[.]/u.test(name) ? named : null;
}

/** "**14. Tỉnh đoàn**" (Kế hoạch 144/KH-UBND Bắc Ninh, VI.14): the province's or city's youth union, named alone. */
const YOUTH_UNION = /^(?:Tỉnh|Thành) [Đđ]oàn(?:\s+\p{Lu}[\p{L}\s]*)?\s*:?$/u;

/** An aside that lists bodies by name: "(Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, ...)". */
const ASIDE_UNITS = new RegExp(String.raw`^(?:${BODY_HEADS})\s[^,]+(?:,\s*(?:${BODY_HEADS})\s[^,]+)+$`, 'u');

export interface Task {
  ref: string;
  head: Paragraph;
  labels: Paragraph[];
  subs: Paragraph[];
  /** Unlabelled dash lines: notes on a task with labels, its actions when it has none ("1.2. Báo cáo kết quả" / "- Gửi biên bản ..."). */
  actions: Paragraph[];
  /** Plain paragraphs right under a titled task ("2.2. Thanh tra Thành phố:" / "Tăng cường công tác thanh tra ..."): its text. */
  body?: Paragraph[];
  /** Time lines under its actions that set no date ("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc ..."). */
  open?: Paragraph[];
}

/** "2.1.a. Thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở:": a lettered title printed under a numbered sub-item. */
const SUB_TITLE = /^\d{1,2}(?:\.\d{1,2}){1,2}\.([a-zđ])[.)]\s[^.;]{3,200}:\s*$/u;

/** A figure or record a report must give ("Số hộ dân có nhà bị sập ...", "Tổng kinh phí cần thiết ...", "Danh sách ..."). */
export const DATUM = /^(?:số|số lượng|tổng số|tổng kinh phí|tổng giá trị|danh sách|nhu cầu|tỷ lệ|diện tích)\s/iu;

/**
 * A document cited as the object of a task ("- Nghị định số 214/2025/NĐ-CP ngày 04/8/2025 của Chính phủ quy định ...", "- Ý
 * kiến chỉ đạo của Ban Thường vụ Thành ủy tại Văn bản số 43-CV/TU ..."): listed under "Nghiên cứu, quán triệt và thực hiện
 * nghiêm túc ...:", it is what is to be studied, no task of its own.
 */
export const CITES =
  /^(?:[-–+•]\s*)?(?:các\s+)?(?:bộ luật|luật|nghị định|nghị quyết|thông tư|chỉ thị|quyết định|kết luận|công văn|văn bản|kế hoạch|hướng dẫn|thông báo|quy định|ý kiến chỉ đạo)\s[^.;]{0,80}?\bsố\s*\d/iu;

/** The labelled lines of a plan's task: when, who leads, who works with it, what it yields. */
export const LABEL =
  /^[-–+•*]\s*(?:thời gian|thời hạn|địa điểm|thành phần|hình thức|đơn vị chủ trì|đơn vị phối hợp|cơ quan chủ trì|cơ quan phối hợp|chủ trì|phối hợp|đơn vị thực hiện|cơ quan thực hiện|kết quả|sản phẩm|nguyên tắc|tài liệu|kinh phí)[^:]{0,40}:/iu;

export function taskRequirements(task: Task, year: string | null): Array<Requirement & { span: Span }> {
  const value = (label: RegExp) =>
    task.labels
      .filter((l) => label.test(l.text.replace(/^[-–+•]\s*/u, '')))
      .map((l) => l.text.replace(/^[^:]*:\s*/u, ''));
  // "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với ...": the unit before "chủ trì" leads.
  // "- Cơ quan thực hiện: Bộ Công an, Bộ Tư pháp, ..., Thông tấn xã Việt Nam và các cơ quan báo chí, ... khác."
  // (dev/ttg-2025-11-qd-kehoach-luat-baove-dulieu-canhan): a list of leads is one assignee each.
  // "- Cơ quan thực hiện: Sở Thông tin và Truyền thông đôn đốc, hướng dẫn các đơn vị, địa phương triển khai thực hiện."
  // (dev/kontum-2020-05-ctrhanhdong-quanhelaodong): a clause whose subject acts; its subject leads.
  const lead = value(/^(?:đơn vị |cơ quan )?(?:chủ trì|thực hiện)/iu).flatMap((v) => {
    const unit = clean(v.replace(/\s+chủ trì(?=[\s,.;:]|$).*$/u, '')).replace(/[.;]$/u, '');
    const acting = unit === clean(v).replace(/[.;]$/u, '') ? findAssignees(unit) : [];
    return acting.length > 0 ? acting : unit ? splitUnits(unit) : [''];
  });
  const partners = value(/^(?:đơn vị |cơ quan )?phối hợp/iu).flatMap((v) => v.split(/,\s*/u).map(clean));
  // "- Đơn vị chủ trì: X" / "- Đơn vị phối hợp: Y, Z": the lead owns the task; those it works with act only when no
  // lead is named.
  const assignees = (lead.some(Boolean) ? lead : partners).filter(Boolean);
  // The label as printed: one that names completion ("Thời gian hoàn thành: 15/12/2025") makes a bare date a deadline.
  const when = task.labels
    .map((l) => l.text.replace(/^[-–+•*]\s*/u, ''))
    .filter((l) => /^thời (?:gian|hạn)[^:]*:/iu.test(l))
    .flatMap((l) =>
      parseDeadlines(
        l.replace(/^([^:]*):\s*/u, (_, label: string) => `${label.trim()}: `),
        year,
      ),
    );
  // "- Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành.": where the task's result goes.
  const routes = value(/^(?:kết quả|sản phẩm)/iu).flatMap((v) => reportRoutes(clean(v)));
  const routed = (requirement: Requirement) => {
    if (requirement.reportTo.length === 0) requirement.reportTo = routes.map((r) => ({ ...r }));
  };
  // "6.1. Tham gia thực hiện các nhiệm vụ:" introduces its dash lines: they are the requirements.
  // "1.1. Nghiên cứu, quán triệt và thực hiện nghiêm túc quy định pháp luật và chỉ đạo của Thành ủy:" over the documents it
  // names: the title is the task.
  if (/:\s*$/u.test(task.head.text) && task.actions.length > 0 && task.actions.every((a) => CITES.test(a.text)))
    task = { ...task, actions: [] };
  if (task.actions.length > 0 && (task.labels.length === 0 || /:\s*$/u.test(task.head.text))) {
    const found = task.actions.map((action, i) => {
      const requirement = makeRequirement(`${task.ref}.${i + 1}`, [action], year);
      if (requirement.deadlines.length === 0) requirement.deadlines = when.map(({ at: _at, ...d }) => d);
      if (assignees.length > 0 && requirement.assignees.length === 0) requirement.assignees = assignees;
      routed(requirement);
      return requirement;
    });
    return labelledTask(task.actions, found, task.ref) ?? found;
  }
  // "3.1. Báo cáo định kỳ hàng tháng:" / "Yêu cầu UBND các xã, phường ... báo cáo số liệu ... bao gồm:" / "(1). Tổng số gói
  // thầu ...": the paragraph under the title is the task; the figures listed after it are what the report holds.
  const figures = task.subs.length > 0 && task.subs.every((s) => DATUM.test(s.text.replace(/^\([^)]*\)\.?\s*/u, '')));
  if (task.body && task.body.length > 0) {
    const unit = unitHeading(task.head.text);
    // "2.1. Bước 1:" / "2.1.a. Thành lập Ban Chỉ đạo ...:" / "Ủy ban nhân dân xã ... thành lập ...": a lettered title
    // under the task heads the paragraphs after it (ref "2.1.a"); it is no task itself.
    let letter = '';
    const found = task.body.flatMap((p) => {
      const titled = SUB_TITLE.exec(p.text);
      if (titled) {
        letter = `.${titled[1]}`;
        return [];
      }
      const requirement = makeRequirement(task.ref + letter, [p], year);
      if (requirement.deadlines.length === 0) requirement.deadlines = when.map(({ at: _at, ...d }) => d);
      if (assignees.length > 0) requirement.assignees = assignees;
      else if (unit) requirement.assignees = [unit];
      return [requirement];
    });
    return figures
      ? found
      : [...found, ...task.subs.map((sub) => makeRequirement(`${task.ref}.${sub.marker}`, [sub], year))];
  }
  const head = makeRequirement(task.ref, [task.head], year);
  if (head.deadlines.length === 0) head.deadlines = when.map(({ at: _at, ...d }) => d);
  if (assignees.length > 0) head.assignees = assignees;
  routed(head);
  const subs = task.subs.map((sub) => {
    const requirement = makeRequirement(`${task.ref}.${sub.marker}`, [sub], year);
    if (assignees.length > 0) requirement.assignees = assignees;
    routed(requirement);
    return requirement;
  });
  return [head, ...subs];
}

/**
 * "Về kiến nghị tăng mức hỗ trợ ... trung hạn 2026-2030: Giao Bộ Tài chính nghiên cứu ...": a conclusion answers the requests
 * it received point by point; the request it quotes is the topic, the answer is the task.
 */
export const REQUEST_TOPIC = /^Về\s+(?:các\s+|những\s+)?(?:kiến nghị|đề nghị|đề xuất)\s[^:]{0,600}?:\s+(?=\S)/iu;

/**
 * The answer to a request ("Về đề nghị ...: Về vấn đề này, Chính phủ đã ban hành ... . Các bộ, ngành ... hoàn thiện ..."):
 * without the request, and without the sentences before it that tell what was already done.
 */
export function answerOf(text: string): string {
  const topic = REQUEST_TOPIC.exec(text);
  if (!topic) return text;
  const sentences = splitSentences(text.slice(topic[0].length));
  const first = sentences.findIndex((s) => directs(s) || !/(?:^|\s)(?:đã|đang|vừa)\s/u.test(s));
  return sentences.slice(Math.max(first, 0)).join(' ');
}

export function makeRequirement(ref: string, parts: Paragraph[], year: string | null): Requirement & { span: Span } {
  const text = clean(
    parts
      .map((p) =>
        p.text.replace(
          /^\d{1,2}(?:\.\d{1,2}){1,3}(?:\.[a-zđ](?=[.)]))?[.)]?\s*|^\((?:\d{1,2}|[ivx]{1,4})\)\s*|^(\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s*|^Điều\s+\d{1,2}\s*[.:]\s*|^[-–+•]\s*/u,
          '',
        ),
      )
      .join(' '),
  );
  const task = answerOf(text);
  return {
    ref,
    text: task,
    deadlines: deadlinesOf(task, year),
    assignees: [],
    reportTo: reportRoutes(task),
    span: { start: parts[0].span.start, end: parts.at(-1)!.span.end },
  };
}
