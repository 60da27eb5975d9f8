import { foldAccents, canonicaliseTones } from '@congvan/common';
import type { Requirement } from './directive.types.js';
import type { Paragraph } from './parse-body.js';
import { deadlinesOf, parseDeadlines } from './parse-deadlines.js';
import { CARRY_OUT, DIRECTS, informs, PROCEDURE_HEADING, RULES_HEADING, TASKS_HEADING } from './describes.js';
import { CUE, findAssignees, SUBJECT_START } from './assignees.js';
import { BACKGROUND, COURTESY, directs, UNIT_SUBJECT, unitMustAct } from './prose-requirements.js';
import {
  CITES,
  DATUM,
  LABEL,
  makeRequirement,
  REQUEST_TOPIC,
  taskRequirements,
  unitHeading,
  type Task,
} from './plan-tasks.js';
import { clean, type Span } from './text-utils.js';

const CLOSING = /\.\/\.\s*$/;
/** "Thời gian thực hiện: ...", "* Thời hạn hoàn thành: ...": a period stated for the items of a section. */
const PERIOD = /^(?:[*]\s*)?(?:thời gian|thời hạn)(?:\s+\p{L}+){0,4}\s*:/iu;
/**
 * An item that states its own timing without a date ("ngay sau khi kết thúc hội nghị", "định kỳ hằng năm", "kịp
 * thời"): the period of its section is not its deadline.
 */
const OWN_TIMING = /ngay sau khi|ngay khi|ngay trong ngày|định kỳ|hằng (?:ngày|tuần|tháng|quý|năm)|kịp thời/iu;
const CLOSES = /^(?:chậm nhất|thời hạn|hạn chót|trước ngày)\b/iu;
const NOTE = /^(?:lưu ý|ghi chú|địa điểm|thành phần|hình thức|trình tự|phương thức|đối tượng)[^:]{0,30}:/iu;
const AIM_HEADING = /^\d+\.\s*(muc dich|yeu cau|muc tieu)(,?\s*(yeu cau|muc dich))?\s*:?\s*$/;
/**
 * "1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay", "1. Kết quả đạt được": in a text without parts, a
 * numbered heading over an assessment (a kết luận's or a report's first section); what it lists are results.
 */
const ASSESSMENT =
  /^\d+\.\s*(?:ve\s+)?(?:danh gia (?:tinh hinh|ket qua|chung|thuc trang|cong tac)|tinh hinh|ket qua (?:dat duoc|thuc hien|hoat dong)|nhung ket qua|thuc trang|boi canh|uu diem|han che|ton tai)/;
/**
 * Parts that state aims or assess the situation, not tasks: "I. MỤC ĐÍCH, YÊU CẦU", "I. ĐÁNH GIÁ TÌNH HÌNH", a conclusion's
 * "I. VỀ KẾT QUẢ ĐẠT ĐƯỢC" and "II. VỀ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN CHỦ YẾU".
 */
const AIMS =
  /^[ivx]+\.\s*(?:ve\s+)?(muc dich|yeu cau|muc tieu|danh gia|tinh hinh|ket qua|thuc trang|boi canh|khau hieu|trinh tu|ton tai|han che|nguyen nhan|uu diem)/;
/** "3. Trình tự tổ chức hội nghị", "2. Khẩu hiệu tuyên truyền": what happens or is displayed, up to the next item. */
const procedure = (text: string) =>
  PROCEDURE_HEADING.test(foldAccents(text).replace(/^(?:\d+|[ivx]+|[a-zđ])[.)]\s*/, '')) && !DIRECTS.test(text);
/** "III. NỘI DUNG KIỂM TRA, GIÁM SÁT": each check is a task, the points listed under it are what it examines. */
const SCOPE = /^[ivx]+\.\s*noi dung (?:cac cuoc |cuoc )?(?:kiem tra|giam sat)/;
const INSPECTS = /^(?:kiểm tra|giám sát|theo dõi|khảo sát|phúc tra)(?=[\s,])/iu;
const strip = (text: string) =>
  text.replace(/^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4}|[a-zđ])[.)]?\s+|^[-–+•*]\s*/u, '');
const ROUTE = /^Đối với\s+(.+?)\s*(?:,\s*)?(?:sau khi[^.]*?)?\bbáo cáo(?:\s+kịp thời)?\s+(?:đến|về|cho)\s+(.+?)\.?$/iu;
const REQUIRES = /(yêu cầu|đề nghị|giao|chỉ đạo)/iu;
/** "..., tập trung vào các nhóm nội dung", "... gồm các nội dung sau:": the contents of a bulletin or a programme follow. */
const CONTENTS =
  /(?:tập trung vào|gồm|bao gồm|với)\s+(?:các|những)\s+(?:nhóm\s+)?nội dung(?:\s+(?:chính|chủ yếu|sau|như sau))?\s*:?\s*$/iu;
/**
 * "Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với các sở, ban, ngành ... và các đơn vị có liên quan", "+ Sở Văn hóa và
 * Thể thao chủ trì, phối hợp với ... và các đơn vị có liên quan": who carries out the activity above, no task of its own.
 */
const ACTORS =
  /^(?:(?:cơ quan|đơn vị) (?:thực hiện|chủ trì|phối hợp)\s*(?::|$)|[^,;:]{3,80}?\schủ trì,\s*phối hợp(?: với)?\s[^;:]*?(?:và )?các (?:cơ quan|đơn vị)(?: có)? liên quan$)/iu;
/** "- Nội dung: Triển khai Tháng hành động ...": an activity's task after its label. */
const CONTENT = /^[-–+•]\s*nội dung(?:\s+(?:thực hiện|hoạt động|công việc))?\s*:\s*(?=\S)/iu;
/** "- Nội dung:" with the activity's lines under it. */
const CONTENT_LABEL = /^[-–+•]\s*nội dung(?:\s+(?:thực hiện|hoạt động|công việc))?\s*:\s*$/iu;
/** "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với ...": who carries out the activity above. */
const AGENCY = /^[-–+•]\s*(?:cơ quan|đơn vị)\s+(?:thực hiện|chủ trì)\s*:\s*/iu;
/** "Nguồn tài trợ, viện trợ; nguồn hợp pháp khác (nếu có)": a source of funds listed as a noun, no task. */
const FUNDS = /^(?:các )?nguồn\s(?:kinh phí|vốn|tài trợ|viện trợ|ngân sách|xã hội hóa|hợp pháp|thu)[^.:]*\.?$/iu;
/** "Ví dụ:", "Ví dụ 2:", "Ví dụ: Đồng chí ...": a worked example, no task. */
const EXAMPLE = /^\(?ví dụ(?:\s*\d{1,2})?\s*[:.)]/iu;
/** "Đồng chí Nguyễn Văn A , Chủ nhiệm Ủy ban Y ...": a made-up person of an example (a name ending in one capital letter). */
const PLACEHOLDER =
  /(?:^|\s)(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s+\p{Lu}(?![\p{L}\p{N}])/u;
/** "Cán bộ có trình độ khoa học công nghệ là: (i) ...": a definition. */
const DEFINITION = /^[^,;:]{3,80}?\s(?:là|được hiểu là)\s*:/u;
/** A lead-in to the tasks that follow: "... cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:". */
const REOPENS =
  /(?:thực hiện|triển khai|tập trung)[^:]{0,60}?\s(?:nhiệm vụ|giải pháp|hoạt động|công việc)[^:]{0,20}?\s(?:sau|sau đây|như sau)\s*:\s*$/iu;
/**
 * "lấy mẫu tại 15 vị trí như sau:", "Lấy mẫu 04 vị trí gồm:": a counted list of places or things follows; its members
 * spell out the one task, they are no tasks ("- Cửa sông lạch Càn: Lấy mẫu 01 vị trí ..."). Not "05 nội dung sau:".
 */
const COUNTED =
  /(?:^|\s)\d{1,3}\s+(?!(?:nội dung|nhiệm vụ|việc|công việc|giải pháp|biện pháp|yêu cầu|vấn đề|điểm|bước|hoạt động|đợt|nhóm|mục)[\s/,])[\p{L}/]+(?:\s+[\p{L}/]+){0,4}\s*,?\s*(?:cụ thể\s+)?(?:như sau|(?:bao )?gồm(?: có)?)\s*:\s*$/iu;

/**
 * "Nghiên cứu, triển khai các nền tảng số chuyên dùng, cung cấp dịch vụ hỗ trợ giám sát, điều hành giao thông thông minh
 * như:" / "- Hệ thống giám sát, điều hành giao thông thông minh.": "như:" (not "như sau:") names examples of what the task
 * covers; they are no tasks of their own.
 */
const EXAMPLES = /\s(?:chẳng hạn\s+)?như\s*:\s*$/iu;

/**
 * The subject of a lead-in over the items that follow ("Để tiếp tục vận hành chính quyền địa phương 02 cấp hoạt động hiệu
 * lực, hiệu quả, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:"; "..., Văn phòng Trung
 * ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ
 * trọng tâm sau:"; "Đề nghị thành phố Đà Nẵng:"): who does the items that name no one themselves.
 */
function leadInSubject(text: string): string[] {
  if (!/(?:sau|sau đây|như sau)\s*:\s*$|^(?:đề nghị|yêu cầu|giao)\s[^.;:]{3,120}:\s*$/iu.test(text)) return [];
  const last = text.split(/(?<=[\p{Ll}\d)”"][.!?])\s+(?=[\p{Lu}“"])/u).at(-1)!;
  const cued = findAssignees(last);
  if (cued.length > 0) return cued;
  const cue = /^(?:đề nghị|yêu cầu|giao)\s+((?:thành phố|tỉnh|Thành phố|Tỉnh)\s+\p{Lu}[^.;:]{1,60}?)\s*:\s*$/u.exec(
    last,
  );
  if (cue) return [clean(cue[1])];
  // The main clause's subject: the first clause that opens with a unit or a place ("..., thành phố Đà Nẵng cần ...").
  const starts = [0, ...[...last.matchAll(/[,;]\s+/gu)].map((m) => m.index + m[0].length)];
  for (const start of starts) {
    const rest = last.slice(start);
    const place =
      /^(?:thành phố|tỉnh|Thành phố|Tỉnh)\s+\p{Lu}[\p{L}\s]{1,40}?(?=\s(?:cần|phải|có trách nhiệm|tập trung|tiếp tục|chủ động)\s)/u.exec(
        rest,
      );
    if (place) return [clean(place[0])];
    // "các Sở, ngành, UBND cấp xã ..." in mid-sentence: read as a sentence would open, kept as written.
    const opened = rest.replace(/^các\s/u, 'Các ');
    if (!SUBJECT_START.test(opened)) continue;
    const units = findAssignees(opened);
    if (units.length > 0)
      return units.map((u, i) => (i === 0 && opened !== rest && u.startsWith('Các ') ? `các ${u.slice(4)}` : u));
  }
  return [];
}

/**
 * Requirements in document order: each numbered item is one; a numbered item holding dash items
 * gives one per dash item (ref "1.2"); after the numbered items, a paragraph that sets a deadline
 * (the closing "gửi báo cáo ... trước ngày ...") is one more, and the "Đối với ... báo cáo đến ..."
 * items under it are its report routes. Formulas ending in "./." close the body.
 */
export function parseRequirements(
  paragraphs: Paragraph[],
  year: string | null = null,
): Array<Requirement & { span: Span }> {
  paragraphs = joinPeriodLines(paragraphs, year);
  const requirements: Array<Requirement & { span: Span }> = [];
  let section: {
    ref: string;
    heading: Paragraph;
    items: Paragraph[];
    plain: Paragraph[];
    labels: Paragraph[];
    /** Paragraphs after a unit's item that set that unit more tasks ("2. Các tỉnh ủy ... cụ thể hóa ..." / "Bố trí kinh phí ..."). */
    more?: Paragraph[];
    /** The units of the heading over a titled sub-item whose lettered items this section is ("2. Các sở, ban, ngành ...:" / "2.1. Trách nhiệm chung" / "a) ..."). */
    inherited?: string[];
    /** A numbered item followed by "a)": a heading over its lettered items. */
    lettered?: boolean;
  } | null = null;
  let lastTop = 0;
  // A plan with parts I., II. holding items 1., 2.: the parts are headings only, refs are "II.1", "II.1.a".
  const roman = (m: string | null): m is string => m !== null && /^[IVX]+$/.test(m);
  const nested =
    paragraphs.some((p) => roman(p.marker)) && paragraphs.some((p) => p.marker !== null && /^\d+$/.test(p.marker));
  let part: string | null = null;
  // A plan's "I. MỤC ĐÍCH, YÊU CẦU" states aims, not tasks.
  let aims = false;
  // Inside such a part: its heading and the last item and letter skipped ("II. MỤC TIÊU" / "2." / "d)").
  let aimPart = '';
  let aimTop: string | null = null;
  let aimLetter: string | null = null;
  let scope = false;
  let skipping = false;
  const prefix = () => (nested && part ? `${part}.` : '');
  // "III. TỔ CHỨC HỘI NGHỊ ..." / "Việc tổ chức hội nghị ... được thực hiện trong khoảng từ ngày 04/02/2026 đến ngày
  // 08/02/2026 ..., cụ thể như sau:": the period of a part's opening paragraph holds for its items that state none.
  let period: { from: number; deadlines: Requirement['deadlines'] } | null = null;
  let opening = false;
  // "I. ĐÁNH GIÁ CHUNG" / ... / "..., thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:" /
  // "1. ...", "2. ...": the lead-in's subject does the part's items that name no one.
  let partLead: { from: number; units: string[] } | null = null;
  const closePart = () => {
    for (const requirement of partLead ? requirements.slice(partLead.from) : [])
      if (requirement.assignees.length === 0 && findAssignees(requirement.text).length === 0)
        requirement.assignees = [...partLead!.units];
    partLead = null;
    for (const requirement of period ? requirements.slice(period.from) : [])
      if (requirement.deadlines.length === 0 && !OWN_TIMING.test(requirement.text))
        requirement.deadlines = [...period!.deadlines];
    period = null;
  };

  // A plan's sub-item "1.1. ..." is a task: its title is the requirement, its labelled dash lines
  // ("- Thời gian hoàn thành: ...", "- Đơn vị chủ trì: ...") give its deadline and assignees, its
  // "(1)" lines are requirements of their own under it.
  let task: Task | null = null;
  // Tasks of one numbered section wait for its end: a "Thời gian thực hiện" printed once under the last
  // one ("3.1.", "3.2.", "3.3." / "- Thời gian thực hiện: ...") holds for the unlabelled ones before it.
  let pending: Task[] = [];
  // The units a numbered heading over "3.1.", "3.2." names: who does those tasks, unless they name their own.
  let taskUnits: string[] = [];
  const flushTask = () => {
    if (task) pending.push(task);
    task = null;
  };
  const flushTasks = () => {
    flushTask();
    // In an inspection's scope "7.1. Kiểm tra việc vận động ..." over the points it examines is one task.
    const checks = (t: Task) =>
      scope && INSPECTS.test(strip(t.head.text)) && !t.actions.some((a) => INSPECTS.test(strip(a.text)));
    let carried: Paragraph[] = [];
    for (let i = pending.length - 1; i >= 0; i--) {
      if (pending[i].labels.length > 0) carried = pending[i].labels;
      else if (pending[i].actions.length === 0 || checks(pending[i])) pending[i].labels = carried;
    }
    for (const t of pending) {
      const found = taskRequirements(checks(t) ? { ...t, actions: [], subs: [] } : t, year);
      if (taskUnits.length > 0)
        for (const r of found) if (r.assignees.length === 0) r.assignees = findAssignees(r.text, taskUnits);
      requirements.push(...found);
    }
    pending = [];
  };
  const flush = () => {
    flushTasks();
    taskUnits = [];
    if (!section) return;
    const from = requirements.length;
    const { ref, heading, plain, labels } = section;
    let { items } = section;
    // "1. Trung tâm Kiểm soát bệnh tật:" names who does the items under it.
    // "2. Thành phần dự hội nghị", "4. Quy định về hình thức biểu quyết": the items under it describe, too,
    // but for those where a unit acts ("1. Thời gian: ... như sau:" / "- Từ ngày 04/02/2026: Ban Thường trực ...
    // họp với ...").
    if (
      items.length + plain.length > 0 &&
      informs(clean(heading.text.replace(/^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s*/u, '')))
    ) {
      items = items.filter((item) => !informs(clean(item.text)) && findAssignees(strip(item.text)).length > 0);
      if (items.length === 0) {
        section = null;
        return;
      }
    }
    // "1. Bản tin sinh hoạt thường kỳ, tập trung vào các nhóm nội dung": what a product carries, listed; no tasks.
    const title = strip(heading.text);
    if (
      items.length + plain.length > 0 &&
      CONTENTS.test(title) &&
      !DIRECTS.test(title) &&
      !UNIT_SUBJECT.test(title) &&
      unitHeading(heading.text) === null
    ) {
      section = null;
      return;
    }
    const bare = !/[.;:!?]["”)]?$/u.test(heading.text);
    const units = headingUnits(heading.text);
    // "2. Về nhiệm vụ trọng tâm ..." / "..., Văn phòng Trung ương Đảng ... cần tập trung một số nhiệm vụ trọng tâm sau:" /
    // "(1) ...": the lead-in before the items names who does them.
    const leadIn = plain.filter((p) => items.length > 0 && p.span.end <= items[0].span.start).at(-1);
    const itemUnits = units.length === 0 && leadIn ? leadInSubject(leadIn.text) : units;
    // An item that names who acts ("- Đồng chí Chủ tịch ... chỉ đạo chung") says it better than the heading.
    const actors = (text: string, named = units) => {
      const own = findAssignees(text);
      return own.length > 0 ? own : named;
    };
    // "* Thời gian thực hiện: ..." under a heading's items bounds them, as the heading's own period does
    // ("1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:").
    const stated = [heading, ...labels].flatMap((p) => deadlinesOf(strip(p.text), year));
    // "2. ... phấn đấu hoàn thành xây dựng trước ngày 30 tháng 11 năm 2025 ..., yêu cầu ... như sau:" / "(1) ... hoàn
    // thành việc xây dựng trước ngày 30 tháng 11 năm 2025": when an item restates the heading's date, the date is that
    // item's task, not a period for every item.
    const same = (a: Requirement['deadlines'][number], b: Requirement['deadlines'][number]) =>
      a.kind === b.kind && a.date === b.date && a.rrule === b.rrule && a.offset === b.offset;
    const restated = items.some((item) =>
      deadlinesOf(strip(item.text), year).some((d) => stated.some((b) => same(b, d))),
    );
    const bound = restated ? [] : stated;
    if (scope && items.length > 0 && !items.some((item) => INSPECTS.test(strip(item.text)))) {
      // "5. Giám sát việc lập, niêm yết danh sách cử tri" over the points it examines is the task.
      if (INSPECTS.test(strip(heading.text))) {
        const requirement = makeRequirement(ref, [heading], year);
        if (requirement.deadlines.length === 0) requirement.deadlines = bound;
        requirements.push(requirement);
      }
      section = null;
      return;
    }
    // "1. Chủ tịch UBND các tỉnh ... tổng hợp báo cáo cụ thể về một số nội dung sau:" / "(1) Số hộ dân có nhà bị sập ..." /
    // "(3) Tổng kinh phí ...": what the report must hold, listed as nouns; the heading over them is the task.
    if (
      items.length > 0 &&
      /:\s*$/u.test(heading.text) &&
      items.every((item) => DATUM.test(strip(item.text.replace(/^\((?:\d{1,2}|[ivx]{1,4})\)\s*/u, ''))))
    ) {
      requirements.push(makeRequirement(ref, [heading, ...items, ...plain], year));
      section = null;
      return;
    }
    // "1. Nghiên cứu, quán triệt ... các văn bản sau:" / "- Nghị định số ...": the documents named are what the heading asks.
    if (
      items.length > 0 &&
      /:\s*$/u.test(heading.text) &&
      !BACKGROUND.test(strip(heading.text)) &&
      items.every((item) => CITES.test(item.text))
    ) {
      requirements.push(makeRequirement(ref, [heading], year));
      section = null;
      return;
    }
    if (items.length > 0) {
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
      let dashes = 0;
      const consumed = new Set<number>();
      let sub: Sub | null = null;
      items.forEach((item, i) => {
        const lettered = item.marker !== null && /^[a-zđ]$/u.test(item.marker);
        // "a) Thu gom và xử lý rác thải" (a bare title, bold or italic on the page) over dash items is a sub-heading
        // too; "a) Phòng Văn hóa - Xã hội:" over its dash items names who does them.
        if (
          lettered &&
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
        // "- Tổng hợp, báo cáo ở cấp thành phố" / "+ Các cơ quan, đơn vị liên quan thu thập thông tin ..." / "+ ...": a dash line
        // over "+" lines is a sub-heading as well; its "+" lines are the tasks ("IV.3.1.1").
        const dash = item.marker === '-' && !/^\+/u.test(item.text);
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
          sub = { marker: String(++dashes), count: 0, bound: deadlinesOf(item.text, year), units, dash: true };
          return;
        }
        if (dash && sub?.dash) sub = null;
        if (dash) dashes++;
        const current: Sub | null = sub;
        if (scope && !INSPECTS.test(strip(item.text))) return;
        // "a) Hoạt động 1" / "- Nội dung: Triển khai Tháng hành động ..." / "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp
        // với ...": the activity is the sub's task, the agency line below it names its lead.
        if (consumed.has(i)) return;
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
        if (current && CONTENT.test(content.text)) {
          const next = items.findIndex((p, j) => j > i && p.marker !== null && /^[a-zđ]$/u.test(p.marker));
          const end = next < 0 ? Infinity : items[next].span.start;
          const after = [...labels, ...items]
            .filter((p) => p.span.start > item.span.start && p.span.start < end)
            .sort((a, b) => a.span.start - b.span.start);
          const at = after.findIndex((p) => AGENCY.test(p.text));
          const agency = at < 0 ? '' : after[at].text.replace(AGENCY, '') || (after[at + 1]?.text ?? '');
          const requirement = makeRequirement(
            `${ref}.${current.marker}`,
            [{ ...content, text: content.text.replace(CONTENT, '') }],
            year,
          );
          if (requirement.deadlines.length === 0)
            requirement.deadlines = [...(current.bound.length > 0 ? current.bound : bound)];
          requirement.assignees = findAssignees(strip(agency));
          current.activity = true;
          requirements.push(requirement);
          return;
        }
        const mark = item.marker && item.marker !== '-' ? item.marker : String(current ? ++current.count : i + 1);
        if (current?.activity) {
          // "+ Sở Xây dựng đăng tải thông điệp ..." under the activity's agency line: a task of its own, the same ref.
          const requirement = makeRequirement(`${ref}.${current.marker}`, [item], year);
          requirement.assignees = findAssignees(requirement.text);
          requirements.push(requirement);
          return;
        }
        const requirement = makeRequirement(
          current ? `${ref}.${current.marker}.${mark}` : `${ref}.${mark}`,
          [item],
          year,
        );
        if (requirement.deadlines.length === 0)
          requirement.deadlines = [...(current && current.bound.length > 0 ? current.bound : bound)];
        if (current && current.units.length > 0) requirement.assignees = actors(requirement.text, current.units);
        else if (itemUnits.length > 0) requirement.assignees = actors(requirement.text, itemUnits);
        requirements.push(requirement);
      });
      // "1. Chủ tịch Ủy ban nhân dân các tỉnh ...:" / "a) ..." / "c) ..." / "Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm
      // toàn diện trước Thủ tướng Chính phủ ...": a paragraph after the items in which a unit must act is one more task.
      for (const p of plain)
        if (
          p.span.start > items.at(-1)!.span.start &&
          (unitMustAct(p.text) ||
            (UNIT_SUBJECT.test(p.text) &&
              /^[^,;.]{3,160}?\s(?:chịu trách nhiệm|có trách nhiệm|phải|cần)\s/u.test(p.text) &&
              findAssignees(p.text).length > 0)) &&
          !COURTESY.test(p.text) &&
          !CARRY_OUT.test(p.text) &&
          !CLOSING.test(p.text)
        )
          requirements.push(makeRequirement(ref, [p], year));
    } else if (labels.length > 0) {
      // Under a bare heading the paragraph is the task its labels ("- Thời gian: ...") describe.
      const head = bare && plain.length > 0 ? { ...plain[0], text: plain.map((p) => p.text).join(' ') } : heading;
      requirements.push(...taskRequirements({ ref, head, labels, subs: [], actions: [] }, year));
    } else if (plain.length > 0 && (bare || (unitHeading(heading.text) !== null && /:\s*$/u.test(heading.text)))) {
      // A heading on its own line ("8. Ban công tác Mặt trận thôn", "3. Hội nghị hiệp thương lần thứ ba") is
      // structure: the paragraphs under it are the requirement, done by the unit it names.
      // Each paragraph under it is a task of its own ("4. Các tỉnh ủy ..." / "Chỉ đạo ..." / "Bố trí kinh phí ..."),
      // but for the closing courtesy and call.
      const tasks = plain.filter((p, i) => i === 0 || !(COURTESY.test(p.text) || CARRY_OUT.test(p.text)));
      for (const p of tasks) {
        const requirement = makeRequirement(ref, [p], year);
        if (units.length > 0) requirement.assignees = actors(requirement.text);
        requirements.push(requirement);
      }
    } else if (plain.length > 0 && /:\s*$/u.test(heading.text) && REQUEST_TOPIC.test(`${strip(heading.text)} …`)) {
      // "1. Về kiến nghị ...:" / "Giao Bộ Tài chính ..." / "Sau khi ..., Bộ Tài chính khẩn trương ...": the request is the
      // topic; each paragraph answering it is a task.
      for (const p of plain.filter((p) => !COURTESY.test(p.text) && !CARRY_OUT.test(p.text)))
        requirements.push(makeRequirement(ref, [p], year));
    } else requirements.push(makeRequirement(ref, [heading, ...plain], year));
    const subject = findAssignees(strip(heading.text))[0];
    for (const p of section.more ?? []) {
      const requirement = makeRequirement(ref, [p], year);
      if (subject && strip(heading.text).startsWith(subject)) requirement.assignees = [subject];
      requirements.push(requirement);
    }
    for (const requirement of requirements.slice(from))
      if (
        section.inherited?.length &&
        requirement.assignees.length === 0 &&
        findAssignees(requirement.text).length === 0
      )
        requirement.assignees = [...section.inherited];
    section = null;
  };

  // After a counted list's lead-in: its dash items (or, after a dash lead-in, its "+" items) are members, skipped.
  let members: 'dash' | 'plus' | null = null;
  let letterParent: string | null = null;
  let letterUnits: string[] = [];
  for (const paragraph of paragraphs) {
    const plus = /^\+/u.test(paragraph.text);
    if (members && paragraph.marker === '-' && (members === 'dash' || plus)) continue;
    members =
      (COUNTED.test(paragraph.text) || EXAMPLES.test(paragraph.text)) && !DIRECTS.test(paragraph.text)
        ? paragraph.marker === '-' && !plus
          ? 'plus'
          : paragraph.marker === null
            ? 'dash'
            : null
        : null;
    const decimal = paragraph.marker !== null && /^\d+(?:\.\d+)+$/.test(paragraph.marker);
    if (decimal && !aims && !skipping) {
      letterParent = null;
      // The numbered heading above its sub-items is structure, not a requirement.
      flushTask();
      // "7. Kiểm tra, giám sát việc tuyên truyền" over "7.1.", "7.2.": the checks are its leaves.
      if (section && ((section.items.length === 0 && section.plain.length === 0) || scope)) {
        taskUnits = scope ? [] : headingUnits(section.heading.text);
        section = null;
      } else if (section) flush();
      task = { ref: prefix() + paragraph.marker!, head: paragraph, labels: [], subs: [], actions: [] };
      continue;
    }
    if (task && paragraph.marker !== null && /^\((?:\d+|[ivx]+)\)$/.test(paragraph.marker)) {
      task.subs.push(paragraph);
      continue;
    }
    if (task && (paragraph.marker === '-' || paragraph.marker === null)) {
      // "7.1. ..." / "7.2. ..." / "* Thời gian thực hiện: ...": the period printed once after the last sub-item.
      if (paragraph.marker === null && PERIOD.test(paragraph.text) && deadlinesOf(paragraph.text, year).length > 0)
        task.labels.push({ ...paragraph, text: `- ${paragraph.text.replace(/^[*]\s*/u, '')}` });
      // "2.2. Thanh tra Thành phố:" / "Tăng cường công tác thanh tra ...": the paragraphs right under a titled sub-item are
      // its task; not a closing formula printed after the last one.
      else if (
        paragraph.marker === null &&
        task.actions.length + task.subs.length + task.labels.length === 0 &&
        (/:\s*$/u.test(task.head.text) || !/[.;!?]["”)]?$/u.test(task.head.text)) &&
        !CLOSING.test(paragraph.text) &&
        !COURTESY.test(paragraph.text) &&
        !CARRY_OUT.test(paragraph.text)
      )
        (task.body ??= []).push(paragraph);
      else if (paragraph.marker === '-' && LABEL.test(paragraph.text)) task.labels.push(paragraph);
      else if (paragraph.marker === '-') task.actions.push(paragraph);
      continue;
    }
    // "2. Kiểm tra ..." / "- ..." / "* Thời gian thực hiện: ...": the period of the section's items.
    if (
      section &&
      section.items.length > 0 &&
      paragraph.marker === null &&
      PERIOD.test(paragraph.text) &&
      deadlinesOf(paragraph.text, year).length > 0
    ) {
      section.labels.push(paragraph);
      continue;
    }
    if (section && paragraph.marker === '-' && LABEL.test(paragraph.text)) {
      section.labels.push(paragraph);
      continue;
    }
    // A lettered item "a) ..." under a heading ending in ":" is one of its items, like a dash item; so is "(1) ...".
    const lettered = paragraph.marker !== null && /^(?:[a-zđ]|\((?:\d{1,2}|[ivx]{1,4})\))$/u.test(paragraph.marker);
    // "2. Duy trì, phát triển các mô hình ... trên cơ sở giới." / "a) Hoạt động 1": a numbered item whose first line under it
    // is "a)" is a heading over its lettered items, even when it ends in a full stop.
    if (
      section !== null &&
      paragraph.marker === 'a' &&
      section.items.length + section.plain.length === 0 &&
      /^\d+$/u.test(section.heading.marker ?? '')
    )
      section.lettered = true;
    const open =
      section !== null &&
      (/:\s*$/u.test(section.heading.text) ||
        unitHeading(section.heading.text) !== null ||
        section.lettered === true ||
        !/[.;:!?]["”)]?$/u.test(section.heading.text));
    // "1.1. Tôm nuôi nước lợ" / "a) Nguồn nước cấp nuôi tôm nước lợ" / ... / "b) Môi trường ao nuôi tôm": a sub-item titled
    // over lettered items is a heading; each lettered item is a section of its own ("II.1.1.a"), its text or items the task.
    const letter = paragraph.marker !== null && /^[a-zđ]$/u.test(paragraph.marker);
    if (
      letter &&
      !aims &&
      !skipping &&
      (task || (letterParent && section && /^[a-zđ]$/u.test(section.heading.marker ?? '')))
    ) {
      if (task) {
        const titled: Task = task;
        task = null;
        if (titled.labels.length + titled.actions.length + titled.subs.length > 0) pending.push(titled);
        letterParent = titled.ref;
        letterUnits = taskUnits;
        flushTasks();
      }
      flush();
      section = {
        ref: `${letterParent}.${paragraph.marker}`,
        heading: paragraph,
        items: [],
        plain: [],
        labels: [],
        inherited: letterUnits,
      };
      continue;
    }
    if (
      paragraph.marker !== null &&
      paragraph.marker !== '-' &&
      !letter &&
      !/^\((?:\d{1,2}|[ivx]{1,4})\)$/u.test(paragraph.marker)
    )
      letterParent = null;
    // "I. ĐÁNH GIÁ TÌNH HÌNH" of a kết luận without nested items: an assessment, skipped up to the next part.
    if (!nested && roman(paragraph.marker)) {
      aims = AIMS.test(foldAccents(paragraph.text)) || procedure(paragraph.text);
      scope = SCOPE.test(foldAccents(paragraph.text));
      [aimPart, aimTop, aimLetter] = [foldAccents(paragraph.text), null, null];
      if (aims) {
        flush();
        continue;
      }
    }
    if (opening && paragraph.marker === null && !section && !task && /:\s*$/u.test(paragraph.text)) {
      const own = deadlinesOf(paragraph.text, year);
      if (own.length > 0) {
        period = { from: requirements.length, deadlines: own };
        opening = false;
        continue;
      }
    }
    opening = false;
    // "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI" / "Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, ...; trong đó
    // lưu ý một số nội dung trọng tâm sau:" / "1. Đổi mới tư duy ...": the part's lead-in names who does its items.
    if (nested && part && !aims && paragraph.marker === null && !section && !task && partLead === null) {
      const units = leadInSubject(paragraph.text);
      if (units.length > 0) partLead = { from: requirements.length, units };
    }
    if (nested && roman(paragraph.marker)) {
      flush();
      closePart();
      part = paragraph.marker;
      lastTop = 0;
      aims = AIMS.test(foldAccents(paragraph.text)) || procedure(paragraph.text);
      scope = SCOPE.test(foldAccents(paragraph.text));
      [aimPart, aimTop, aimLetter] = [foldAccents(paragraph.text), null, null];
      if (aims) continue;
      // Scans join a part's heading and its first paragraph; one that sets a deadline is a requirement itself.
      if (parseDeadlines(paragraph.text, year).length > 0) requirements.push(makeRequirement(part, [paragraph], year));
      else opening = true;
      continue;
    }
    // "I. ĐÁNH GIÁ CHUNG" / ... / "Để tiếp tục ..., thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải
    // pháp sau đây:" / "1. ...": a kết luận lists its tasks inside the assessment; so does a plan's "II. MỤC TIÊU" / "2. Tháng
    // hành động" / "d) Các hoạt động chính" / "Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện
    // các hoạt động sau:". The items after such a lead-in are tasks ("II.2.d.1"); aims stated as aims stay out.
    if (
      aims &&
      paragraph.marker === null &&
      REOPENS.test(paragraph.text) &&
      !/^[ivx]+\.\s*(?:muc dich|yeu cau)/u.test(aimPart)
    ) {
      aims = false;
      const units = leadInSubject(paragraph.text);
      if (aimTop === null && units.length > 0) partLead = { from: requirements.length, units };
      if (aimTop !== null) {
        lastTop = Number(aimTop);
        section = {
          ref: prefix() + [aimTop, aimLetter].filter((m) => m !== null).join('.'),
          heading: paragraph,
          items: [],
          plain: [],
          labels: [],
        };
      }
      continue;
    }
    if (aims) {
      if (paragraph.marker !== null && /^\d+$/u.test(paragraph.marker)) [aimTop, aimLetter] = [paragraph.marker, null];
      else if (paragraph.marker !== null && /^[a-zđ]$/u.test(paragraph.marker)) aimLetter = paragraph.marker;
      continue;
    }
    // "1. Mục đích", "2. Yêu cầu" of a plan without parts: aims, up to the next numbered item.
    const assessment =
      !nested &&
      ASSESSMENT.test(foldAccents(paragraph.text)) &&
      !/[.;!?]["”)]?$/u.test(paragraph.text) &&
      !DIRECTS.test(paragraph.text);
    if (
      paragraph.marker !== null &&
      /^\d+$/.test(paragraph.marker) &&
      (AIM_HEADING.test(foldAccents(paragraph.text)) || procedure(paragraph.text) || assessment)
    ) {
      flush();
      skipping = true;
      continue;
    }
    if (skipping && paragraph.marker !== null && /^(?:\d+|[IVX]+)$/.test(paragraph.marker)) skipping = false;
    if (skipping) continue;
    if (paragraph.marker && paragraph.marker !== '-' && !(lettered && section && open)) {
      flush();
      lastTop = /^\d+$/.test(paragraph.marker) ? Number(paragraph.marker) : lastTop + 1;
      section = {
        ref: prefix() + (/^\d+$/.test(paragraph.marker) ? paragraph.marker : String(lastTop)),
        heading: paragraph,
        items: [],
        plain: [],
        labels: [],
      };
      continue;
    }
    const route = paragraph.marker === '-' ? ROUTE.exec(paragraph.text.replace(/^[-–+•]\s*/u, '')) : null;
    const current = requirements.at(-1);
    if (route && !section && current) {
      current.reportTo.push({ target: clean(canonicaliseTones(route[2])), forGroups: splitGroups(route[1]) });
      continue;
    }
    // A heading ending in ":" ("1. Về rà soát ...:") holds the dash items and paragraphs under it;
    // a numbered item that is a whole sentence holds nothing more.
    if (section && open && (paragraph.marker === '-' || lettered)) {
      section.items.push(paragraph);
      continue;
    }
    // A plain paragraph with a deadline after a heading's items, or after its plain text, is the next requirement.
    const setsDeadline = parseDeadlines(paragraph.text, year).length > 0;
    // "1. ... tổng hợp báo cáo cụ thể về một số nội dung sau:" / "(1) Số hộ dân ..." / "Ủy ban nhân dân các tỉnh ... gửi
    // Báo cáo về Văn phòng Chính phủ ... trước 17 giờ ngày 27/11/2025": the sentence sending the report closes it.
    if (
      section &&
      setsDeadline &&
      paragraph.marker === null &&
      section.plain.length === 0 &&
      section.items.length > 0 &&
      /:\s*$/u.test(section.heading.text) &&
      section.items.every((item) => DATUM.test(strip(item.text.replace(/^\((?:\d{1,2}|[ivx]{1,4})\)\s*/u, '')))) &&
      /\bgửi\s+(?:các\s+)?báo cáo\b/iu.test(paragraph.text)
    ) {
      section.plain.push(paragraph);
      continue;
    }
    const ends =
      setsDeadline &&
      ((REQUIRES.test(paragraph.text) && section?.plain.length) ||
        (paragraph.marker === null && section?.items.length));
    // "- Cung ứng đầy đủ, kịp thời thuốc, ..." / "Thường xuyên rà soát kết quả đấu thầu cung ứng thuốc, ..." / "- Chịu trách
    // nhiệm ...": a paragraph printed between the dash items of a unit's heading is one more of its tasks.
    if (
      section &&
      open &&
      paragraph.marker === null &&
      section.items.length > 0 &&
      section.items.at(-1)!.marker === '-' &&
      unitHeading(section.heading.text) !== null &&
      !CLOSING.test(paragraph.text) &&
      !COURTESY.test(paragraph.text) &&
      !CARRY_OUT.test(paragraph.text) &&
      !NOTE.test(paragraph.text) &&
      /^\p{Lu}\p{Ll}*\s/u.test(paragraph.text)
    ) {
      section.items.push({ ...paragraph, marker: '-' });
      continue;
    }
    if (section && open && !CLOSING.test(paragraph.text) && !ends) {
      section.plain.push(paragraph);
      continue;
    }
    // After an item whose sentence a unit opens, a plain paragraph that opens with a verb ("Bố trí kinh phí ...", "Quan
    // tâm lãnh đạo ...") is one more task of that unit; a request ("Đề nghị ...") or a closing formula is not.
    if (
      section &&
      !open &&
      paragraph.marker === null &&
      UNIT_SUBJECT.test(strip(section.heading.text)) &&
      findAssignees(strip(section.heading.text)).some((u) => strip(section!.heading.text).startsWith(u)) &&
      /^\p{Lu}\p{Ll}*\s/u.test(paragraph.text) &&
      !UNIT_SUBJECT.test(paragraph.text) &&
      !BACKGROUND.test(paragraph.text) &&
      !/^(?:đề nghị|yêu cầu|giao)\s/iu.test(paragraph.text) &&
      !COURTESY.test(paragraph.text) &&
      !CARRY_OUT.test(paragraph.text) &&
      !setsDeadline
    ) {
      (section.more ??= []).push(paragraph);
      continue;
    }
    flush();
    const found = parseDeadlines(paragraph.text, year);
    // "Chậm nhất là ngày 08 tháng 02 năm 2026, ...": a deadline sentence closes the requirement before it.
    const previous = requirements.at(-1);
    if (found.length > 0 && previous && CLOSES.test(paragraph.text)) {
      previous.deadlines.push(...found.map(({ at: _at, ...d }) => d));
      continue;
    }
    // "Lưu ý: ...", "Địa điểm: ...": notes and attributes, not tasks.
    if (NOTE.test(paragraph.text)) continue;
    // "VII. CHẾ ĐỘ BÁO CÁO" / "" / "Các sở, ban, ngành ... gửi báo cáo ... về Sở Nội vụ trước ngày 16 tháng 12 năm 2025 ...
    // ./.": a part without items whose paragraph has a unit report by a date is a task of its own, ref the part.
    if (
      nested &&
      part !== null &&
      lastTop === 0 &&
      paragraph.marker === null &&
      found.length > 0 &&
      (unitMustAct(paragraph.text, true) || directs(paragraph.text)) &&
      !COURTESY.test(paragraph.text) &&
      !CARRY_OUT.test(paragraph.text)
    ) {
      requirements.push(makeRequirement(part, [paragraph], year));
      continue;
    }
    if (lastTop > 0 && !CLOSING.test(paragraph.text) && found.length > 0) {
      lastTop += 1;
      requirements.push(makeRequirement(prefix() + String(lastTop), [paragraph], year));
    } else if (
      lastTop > 0 &&
      paragraph.marker === null &&
      (directs(paragraph.text) || unitMustAct(paragraph.text)) &&
      !CARRY_OUT.test(paragraph.text) &&
      !COURTESY.test(paragraph.text)
    ) {
      // "Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo liên tục ..." after the items asks for
      // something of its own; "Đề nghị các đơn vị nghiêm túc thực hiện" only for the items again.
      const requirement = makeRequirement(String(requirements.length + 1), [paragraph], year);
      requirement.assignees = findAssignees(requirement.text);
      requirements.push(requirement);
    } else if (lastTop > 0 && paragraph.marker === null && !COURTESY.test(paragraph.text)) {
      // "Ủy ban nhân dân Thành phố yêu cầu các Sở, ngành ... nghiêm túc thực hiện những nội dung trên. Giao Bảo hiểm xã hội
      // Thành phố chủ trì, phối hợp Sở Y tế đôn đốc ...; tổng hợp báo cáo ...": after the call to carry the items out, a
      // sentence that gives a unit a task of its own is one.
      const sentences = paragraph.text.split(/(?<=[\p{Ll}\d)”"][.!?])\s+(?=[\p{Lu}“"])/u);
      for (const sentence of sentences.slice(1))
        if (
          directs(sentence) &&
          !CARRY_OUT.test(sentence) &&
          !COURTESY.test(sentence) &&
          CARRY_OUT.test(sentences[0])
        ) {
          const requirement = makeRequirement(
            String(requirements.length + 1),
            [{ ...paragraph, text: sentence }],
            year,
          );
          requirement.assignees = findAssignees(requirement.text);
          requirements.push(requirement);
        }
    }
  }
  flush();
  closePart();
  return dropRules(requirements, paragraphs, year);
}

/**
 * A heading that only names what a plan's activity covers, how it is carried out or the steps of a visit ("1. Nội dung",
 * "2. Hình thức", "III. NỘI DUNG, HÌNH THỨC", "1. Nội dung giám sát", "2. Nội dung đánh giá", "1. Phương pháp", "2. Các
 * bước giám sát"): the items under it are the messages, channels or points examined, carried out through the tasks the
 * plan gives its units elsewhere. Not "NỘI DUNG THỰC HIỆN", "NỘI DUNG HOẠT ĐỘNG" (the tasks), nor "NỘI DUNG KIỂM TRA, GIÁM
 * SÁT" over the checks themselves ("1. Giám sát việc ..."). Text without accents, marker removed, the whole label.
 */
const DESCRIPTION_PART =
  '(?:noi dung(?: (?:giam sat|danh gia|kiem tra|theo doi|tuyen truyen|truyen thong))?|hinh thuc|phuong phap|cac buoc (?:giam sat|kiem tra))';
const DESCRIPTION_HEADING = new RegExp(`^${DESCRIPTION_PART}(?:(?:,| va) ${DESCRIPTION_PART})*$`, 'u');

/** "III. ĐỐI TƯỢNG, NGUYÊN TẮC, ..." → rules; "VI. TỔ CHỨC THỰC HIỆN" → tasks; a heading that names neither → null. */
function headingKind(paragraph: Paragraph): 'rules' | 'tasks' | 'funds' | 'describes' | null {
  const text = foldAccents(clean(strip(paragraph.text)));
  // "1. Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp ...": the label names the heading; a sentence names none.
  const label = /^([^:]{1,80}):/u.exec(text)?.[1] ?? (/[.;!?]$/u.test(text) || text.split(' ').length > 20 ? '' : text);
  if (TASKS_HEADING.test(label)) return 'tasks';
  // A bare heading only: "1.1. Nội dung: Hiệp thương về cơ cấu, ..." states the task after its label.
  // A part titled "II. NỘI DUNG" holds the plan's tasks (Kế hoạch 172/KH-UBND of Hồ Chí Minh City); its item "1. Nội dung"
  // under "III. NỘI DUNG, HÌNH THỨC" holds messages.
  const bare = text.replace(/\*/gu, '').replace(/\s*:?\s*$/u, '');
  if (DESCRIPTION_HEADING.test(bare) && !(bare === 'noi dung' && /^[IVX]+$/u.test(paragraph.marker ?? '')))
    return 'describes';
  if (/^(?:ve\s+)?kinh phi\b/u.test(label)) return 'funds';
  return RULES_HEADING.test(label) ? 'rules' : null;
}

/**
 * Items under a heading over rules ("III. ... TIÊU CHUẨN KHEN THƯỞNG", "3. Tiêu chí đánh giá, xếp loại") state who may
 * be rewarded, how, by which criteria and quotas: no tasks, but for one that directs a unit ("giao Sở Y tế thành lập đoàn
 * ..."), one a unit opens with what it must do ("Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp với ... báo cáo ...") and
 * one with a deadline ("Hồ sơ ... gửi về Sở Nội vụ ... trước ngày 31/3/2026"). "Chủ tịch UBND thành phố xem xét tặng
 * Bằng khen ..." states a competence.
 */
function dropRules<T extends Requirement & { span: Span }>(
  requirements: T[],
  paragraphs: Paragraph[],
  year: string | null,
) {
  type Kind = ReturnType<typeof headingKind>;
  const kinds = new Map<number, Kind>();
  // Contents, forms and methods describe only where a later part gives the units their tasks ("V. TỔ CHỨC THỰC HIỆN").
  const tasksPart = paragraphs.findLastIndex(
    (p) => p.marker !== null && /^[IVX]+$/u.test(p.marker) && headingKind(p) === 'tasks',
  );
  const described = (kind: Kind, at: number): Kind => (kind === 'describes' ? (at < tasksPart ? 'rules' : null) : kind);
  let part: Kind = null;
  let item: Kind = null;
  let sub: Kind = null;
  // "Ví dụ:" / "- Đồng chí Nguyễn Văn X hiện là ...": a guidance's worked example, up to the next numbered item.
  let example = false;
  const examples = new Set<number>();
  for (const [at, p] of paragraphs.entries()) {
    if (p.marker !== null && p.marker !== '-') example = false;
    if (p.marker === null && EXAMPLE.test(p.text)) example = true;
    if (example) examples.add(p.span.start);
    if (p.marker !== null && /^[IVX]+$/u.test(p.marker))
      [part, item, sub] = [described(headingKind(p), at), null, null];
    else if (p.marker !== null && /^\d+$/u.test(p.marker)) [item, sub] = [described(headingKind(p), at), null];
    else if (p.marker !== null && /^\d+(?:\.\d+)+$/u.test(p.marker)) sub = described(headingKind(p), at);
    kinds.set(p.span.start, sub ?? item ?? part);
  }
  return requirements.filter((r, i) => {
    const body = r.text.replace(/^[^:]{1,120}:\s*(?=\S)/u, '');
    if (ACTORS.test(r.text) || FUNDS.test(r.text)) return false;
    if (
      examples.has(r.span.start) ||
      EXAMPLE.test(body) ||
      /:\s*ví dụ\s*:/iu.test(r.text) ||
      PLACEHOLDER.test(r.text) ||
      DEFINITION.test(r.text)
    )
      return false;
    // "- Khi có một trong các căn cứ ..., thì thực hiện như sau:" over its "+" items: the items are the leaves.
    const next = requirements[i + 1];
    if (next?.ref.startsWith(`${r.ref}.`) && /(?:như sau|sau đây|sau)\s*:?$/u.test(r.text)) return false;
    const kind = kinds.get(r.span.start);
    if (kind !== 'rules' && kind !== 'funds') return true;
    const due = parseDeadlines(body, year).some((d) => !/^(?:đến|vào|từ)\s/iu.test(d.text));
    // "IV. KINH PHÍ THỰC HIỆN" / "1. Ngân sách nhà nước thực hiện theo quy định phân cấp ngân sách ..." says what pays;
    // "Các sở, ban, ngành ... xây dựng dự toán kinh phí ..." is a unit's task.
    const unitActs = kind === 'funds' && UNIT_SUBJECT.test(body) && !/^[^,;]{0,80}?\s(?:được|sẽ được)\s/u.test(body);
    return due || directs(body) || unitMustAct(body) || unitActs;
  });
}

/**
 * The units a heading names for the items under it: "1. Trung tâm Y tế:", "2. Đề nghị Ủy ban nhân dân xã phối hợp",
 * "3. Bộ trưởng Bộ Tài chính ... chỉ đạo các đơn vị liên quan khẩn trương thực hiện một số nhiệm vụ sau:".
 */
function headingUnits(text: string): string[] {
  const bare = !/[.;:!?]["”)]?$/u.test(text);
  const named = unitHeading(text);
  // "4. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ", "2. Sở, ban, ngành thành phố và
  // Ủy ban nhân dân xã, phường", "3. Ủy ban MTTQ Việt Nam xã và các đoàn thể": units at ";" and at "và" before a
  // unit's head word; "Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng" is one group.
  // "5. Bộ trưởng Bộ Tài chính chủ trì:", "1. Bí thư tỉnh ủy ... tập trung một số nhiệm vụ sau:": a lead-in's subject.
  const cued = (CUE.test(text) && bare) || /:\s*$/u.test(text) ? findAssignees(text) : [];
  if (cued.length > 0) return cued;
  // "5. Để nâng cao hiệu lực, ..., các Sở, ngành, UBND cấp xã ... triển khai thực hiện những nội dung sau:": a lead-in.
  if (!named) return /:\s*$/u.test(text) ? leadInSubject(strip(text)) : [];
  if (/phụ trách/u.test(named)) return [named];
  // "e) Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh": two bodies at ", " before a capitalised head word (not in an aside).
  if (named.includes('(')) return [named];
  return named
    .split(
      /;\s*|\s+và\s+(?=(?:Ủy ban|Uỷ ban|UBND|Sở|Phòng|Ban|Trung tâm|Công an|Báo|Đài|các|Mặt trận|Đoàn|Hội|Chi cục|Cục|Chi bộ|Đảng ủy|Đảng uỷ|Hiệp hội|Liên minh|Tập đoàn)\s)|,\s+(?=(?:Hội|Hiệp hội|Liên minh|Liên đoàn|Tập đoàn|Ủy ban|Uỷ ban|UBND|Sở|Ban|Trung tâm|Công an|Bộ Chỉ huy|Bộ đội|Báo|Đài|Mặt trận|Chi cục|Cục|Đảng ủy|Đảng uỷ|Kho bạc|Bảo hiểm xã hội)\s)/u,
    )
    .filter(Boolean);
}

/**
 * "* Thời gian thực hiện:" / "+ Đợt 1: Trong khoảng thời gian từ ngày ... đến ngày ..." / "+ Đợt 2: ...": a period label
 * whose value is printed on the dash lines under it is one paragraph, "Thời gian thực hiện: + Đợt 1: ... + Đợt 2: ...".
 */
function joinPeriodLines(paragraphs: Paragraph[], year: string | null): Paragraph[] {
  const joined: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const label = paragraphs[i];
    let end = i;
    while (paragraphs[end + 1]?.marker === '-' && paragraphs[end + 1].text.length <= 300) end++;
    const lines = paragraphs.slice(i + 1, end + 1);
    if (
      label.marker === null &&
      PERIOD.test(label.text) &&
      /:\s*$/u.test(label.text) &&
      lines.length > 0 &&
      lines.some((l) => deadlinesOf(l.text, year).length > 0) &&
      // "- Từ ngày 04/02/2026: Ban Thường trực ... họp với ...": dated tasks, not the label's value.
      !lines.some((l) => {
        const value = strip(l.text).replace(/^[^:]{0,60}:\s*/u, '');
        return findAssignees(value).length > 0 || directs(value) || unitMustAct(value);
      })
    ) {
      joined.push({
        ...label,
        text: [label.text, ...lines.map((l) => l.text)].join(' '),
        span: { start: label.span.start, end: lines.at(-1)!.span.end },
      });
      i = end;
    } else joined.push(label);
  }
  return joined;
}

/** "A; B, Đảng ủy Khối doanh nghiệp" → groups at ";" and before a bloc or party committee named after a list. */
function splitGroups(text: string): string[] {
  return text
    .split(/;\s*/)
    .flatMap((part) => part.split(/,\s+(?=(?:Đảng ủy|Đảng bộ|Khối)\s)/u))
    .map(clean)
    .filter(Boolean);
}
