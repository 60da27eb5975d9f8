import { foldAccents } from '@congvan/common';
import { assessmentDirections } from './assessment-directions.js';
import { numbered } from './positions.js';
import { CARRY_OUT, DIRECTS, ESTIMATING } from './describes.js';
import type { Paragraph } from './parse-body.js';
import { deadlinesOf, parseDeadlines } from './parse-deadlines.js';
import { LABEL, makeRequirement, unitHeading, type Task } from './plan-tasks.js';
import { COURTESY, directs } from './prose-requirements.js';
import { headingUnits, leadInSubject } from './lead-in-units.js';
import { continuesHead, joinHead, reportsBack } from './task-tails.js';
import {
  AIM_HEADING,
  AIM_JOINED,
  AIMS,
  reopensPlanPart,
  SITUATION,
  ASSESSMENT,
  CLOSING,
  COUNTED,
  EXAMPLES,
  PERIOD,
  procedure,
  REOPENS,
  roman,
  SCOPE,
  STEP,
  strip,
} from './requirement-patterns.js';
import {
  closePart,
  flush,
  flushTask,
  flushTasks,
  partRef,
  prefix,
  subItemUnits,
  type Walk,
} from './requirement-walk.js';
import { listedMembers } from './listed-members.js';
import { bareParent } from './step-procedures.js';

/** "- Kinh phí: ngân sách tỉnh" labels a task; "- Kinh phí điều trị: căn cứ ... để xây dựng dự toán ..." is a task itself. */
const labelLine = (text: string) => LABEL.test(text) && !ESTIMATING.test(text);

/** A division's heading in capitals: "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020". */
const DIVISION = /^([A-HĐ])\.\s+(?=\p{Lu})[^\p{Ll}]{4,200}$/u;

/** A request for a report whose contents the items after it list: "... báo cáo ... theo các nội dung sau:". */
const REPORT_CONTENTS =
  /(?:\bbáo cáo\b[^:]{0,200}?\s(?:theo|về|gồm|bao gồm|với|tập trung vào)\s+(?:(?:các|những|một số)\s+)?(?:nội dung|vấn đề|thông tin)|\bnội dung báo cáo)[^:]{0,40}:\s*$/iu;

/**
 * A numbered item that is a title over the dash items under it, not a task they describe: no label in either ("3. Tổ chức
 * Đoàn kiểm tra, giám sát: Ban Thường trực ... thành lập Đoàn ..." / "- Thành phần đoàn: ..." is a task and its details, dev
 * luongminh-2025-12-kehoach-kiemtra-giamsat IV.3).
 */
const titlesDashes = (heading: Paragraph, dash: Paragraph) =>
  !labelLine(dash.text) && !/:/u.test(strip(heading.text)) && !/^[-–+•]\s*[^:;,.]{1,40}:/u.test(dash.text);

/** How a paragraph the structure did not take sits under the open section. */
export interface Placement {
  /** A lettered item "a) ..." or "(1) ...". */
  lettered: boolean;
  /** The open section holds the items and paragraphs under it (its heading ends in ":", names a unit or is bare). */
  open: boolean;
}

/**
 * The structure a paragraph opens or belongs to: a part, a numbered or lettered heading, a titled sub-item and its
 * labels, aims and assessments skipped, counted members. Returns null when the paragraph is taken, else where it sits.
 */
export function readStructure(w: Walk, paragraph: Paragraph): Placement | null {
  const { year } = w;
  const plus = /^\+/u.test(paragraph.text);
  if (w.members && paragraph.marker === '-' && (w.members === 'dash' || plus)) return null;
  w.members =
    (COUNTED.test(paragraph.text) || EXAMPLES.test(paragraph.text)) && !DIRECTS.test(paragraph.text)
      ? paragraph.marker === '-' && !plus
        ? 'plus'
        : paragraph.marker === null
          ? 'dash'
          : null
      : listedMembers(paragraph);
  const division = paragraph.marker === null ? DIVISION.exec(paragraph.text) : null;
  if (division) {
    // "A. MỤC ĐÍCH, YÊU CẦU" / "B. NỘI DUNG, NHIỆM VỤ" / "I. ..." / "1. ...": a division above the parts.
    flush(w);
    closePart(w);
    const folded = foldAccents(paragraph.text).replace(/^\S+\s*/u, 'i. ');
    Object.assign(w, { division: division[1], part: null, lastTop: 0, skipping: false, letterParent: null });
    w.aims = AIMS.test(folded) || (procedure(paragraph.text) && !w.steps.has(paragraph));
    w.scope = SCOPE.test(folded);
    [w.aimPart, w.aimTop, w.aimLetter] = [folded, null, null];
    return null;
  }
  // "Bộ ... đề nghị các sở báo cáo tình hình thực hiện ... theo các nội dung cụ thể sau:" / "1. Công tác chỉ đạo ..." /
  // "2. Những đề xuất, kiến nghị ...": the items are what the report holds; the request is the task.
  if (w.contents && paragraph.marker !== null && !roman(paragraph.marker) && !directs(paragraph.text)) return null;
  w.contents =
    paragraph.marker === null ? REPORT_CONTENTS.test(paragraph.text) : w.contents && !roman(paragraph.marker);
  if (w.contents) flush(w);
  const decimal = paragraph.marker !== null && /^\d+(?:\.\d+)+(?:\.[a-zđ])?$/u.test(paragraph.marker);
  if (decimal && !w.aims && !w.skipping) {
    // "2.1. Trách nhiệm chung" / "a) ..." / "đ) Chịu trách nhiệm ..." / "2.2. ...": the last lettered task of a sub-item
    // is a leaf, not a heading over the next sub-item.
    const leaf = w.letterParent !== null && w.section !== null && /^[a-zđ]$/u.test(w.section.heading.marker ?? '');
    w.letterParent = null;
    // The numbered heading above its sub-items is structure, not a requirement ("2.1. Bước 1:" / "2.1.a. ...").
    if (w.task && bareParent(w.task, paragraph.marker!)) w.task = null;
    flushTask(w);
    if (leaf) flush(w);
    // "7. Kiểm tra, giám sát việc tuyên truyền" over "7.1.", "7.2.": the checks are its leaves.
    if (w.section && ((w.section.items.length === 0 && w.section.plain.length === 0) || w.scope)) {
      w.taskUnits = w.scope ? [] : headingUnits(w.section.heading.text);
      w.section = null;
    } else if (w.section) flush(w);
    w.task = { ref: prefix(w) + paragraph.marker!, head: paragraph, labels: [], subs: [], actions: [] };
    return null;
  }
  if (w.task && paragraph.marker !== null && /^\((?:\d+|[ivx]+)\)$/.test(paragraph.marker)) {
    w.task.subs.push(paragraph);
    return null;
  }
  if (w.task && continuesHead(w.task, paragraph)) {
    joinHead(w.task, paragraph);
    return null;
  }
  if (w.task && reportsBack(paragraph, year)) {
    flush(w);
    return { lettered: false, open: false };
  }
  if (w.task && (paragraph.marker === '-' || paragraph.marker === null)) {
    // "7.1. ..." / "7.2. ..." / "* Thời gian thực hiện: ...": the period printed once after the last sub-item.
    if (paragraph.marker === null && PERIOD.test(paragraph.text) && deadlinesOf(paragraph.text, year).length > 0)
      w.task.labels.push({ ...paragraph, text: `- ${paragraph.text.replace(/^[*]\s*/u, '')}` });
    // "- Tuyên truyền ..." / "Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.": an open window under an
    // action is that action's time line, with no deadline.
    else if (paragraph.marker === null && PERIOD.test(paragraph.text) && w.task.actions.length > 0)
      (w.task.open ??= []).push(paragraph);
    // "2.2. Thanh tra Thành phố:" / "Tăng cường công tác thanh tra ...": the paragraphs right under a titled sub-item are
    // its task; not a closing formula printed after the last one.
    else if (
      paragraph.marker === null &&
      w.task.actions.length + w.task.subs.length + w.task.labels.length === 0 &&
      (/:\s*$/u.test(w.task.head.text) ||
        !/[.;!?]["”)]?$/u.test(w.task.head.text) ||
        STEP.test(strip(w.task.head.text))) &&
      !CLOSING.test(paragraph.text) &&
      !COURTESY.test(paragraph.text) &&
      !CARRY_OUT.test(paragraph.text)
    )
      (w.task.body ??= []).push(paragraph);
    else if (paragraph.marker === '-' && labelLine(paragraph.text)) w.task.labels.push(paragraph);
    else if (paragraph.marker === '-') w.task.actions.push(paragraph);
    return null;
  }
  // "2. Kiểm tra ..." / "- ..." / "* Thời gian thực hiện: ...": the period of the section's items.
  if (
    w.section &&
    w.section.items.length > 0 &&
    paragraph.marker === null &&
    PERIOD.test(paragraph.text) &&
    deadlinesOf(paragraph.text, year).length > 0
  ) {
    w.section.labels.push(paragraph);
    return null;
  }
  if (w.section && paragraph.marker === '-' && labelLine(paragraph.text)) {
    // "a) Phối hợp rà soát, tổng kết ..." / "- Đơn vị chủ trì: Vụ Pháp luật hình sự - hành chính." / "- Thời gian thực hiện:
    // Cả năm 2015.": the labels under a lettered task are that task's.
    const last = w.section.items.at(-1);
    if (last && /^[a-zđ]$/u.test(last.marker ?? '')) {
      const labels = (w.section.itemLabels ??= new Map()).get(last) ?? [];
      w.section.itemLabels.set(last, [...labels, paragraph]);
    } else w.section.labels.push(paragraph);
    return null;
  }
  // A lettered item "a) ..." under a heading ending in ":" is one of its items, like a dash item; so is "(1) ...".
  const lettered = paragraph.marker !== null && /^(?:[a-zđ]|\((?:\d{1,2}|[ivx]{1,4})\))$/u.test(paragraph.marker);
  // "2. Duy trì, phát triển các mô hình ... trên cơ sở giới." / "a) Hoạt động 1": a numbered item whose first line under it
  // is "a)" is a heading over its lettered items, even when it ends in a full stop.
  // So is a plan part's numbered item over dash items: "4. Tăng cường, nâng cao năng lực cho các cơ quan quản lý nhà nước
  // ..., bảo đảm quản lý, sử dụng quỹ bảo hiểm y tế hiệu quả, cân đối." / "- Phối hợp chặt chẽ, đồng bộ ..." (dev
  // ttg-2026-05-qd-kehoach-bhyt-toandan-ct52, Kế hoạch hành động of Quyết định 844/QĐ-TTg, II.4).
  if (
    w.section !== null &&
    (paragraph.marker === 'a' ||
      (w.nested && paragraph.marker === '-' && titlesDashes(w.section.heading, paragraph))) &&
    w.section.items.length + w.section.plain.length === 0 &&
    /^\d+$/u.test(w.section.heading.marker ?? '')
  )
    w.section.lettered = true;
  const open =
    w.section !== null &&
    (/:\s*$/u.test(w.section.heading.text) ||
      unitHeading(w.section.heading.text) !== null ||
      // "2. Sở Lao động, Thương binh và Xã hội có trách nhiệm." over the dash items it is responsible for.
      /\s(?:có trách nhiệm|có nhiệm vụ)\s*[.:]?$/u.test(w.section.heading.text) ||
      w.section.lettered === true ||
      w.groupHeads.has(w.section.heading) ||
      STEP.test(strip(w.section.heading.text)) ||
      !/[.;:!?]["”)]?$/u.test(w.section.heading.text));
  // "1.1. Tôm nuôi nước lợ" / "a) Nguồn nước cấp nuôi tôm nước lợ" / ... / "b) Môi trường ao nuôi tôm": a sub-item titled
  // over lettered items is a heading; each lettered item is a section of its own ("II.1.1.a"), its text or items the task.
  const letter = paragraph.marker !== null && /^[a-zđ]$/u.test(paragraph.marker);
  if (
    letter &&
    !w.aims &&
    !w.skipping &&
    (w.task || (w.letterParent && (!w.section || /^[a-zđ]$/u.test(w.section.heading.marker ?? ''))))
  ) {
    if (w.task) {
      const titled: Task = w.task;
      w.task = null;
      if (titled.labels.length + titled.actions.length + titled.subs.length > 0) w.pending.push(titled);
      w.letterParent = titled.ref;
      w.letterUnits = subItemUnits(titled, w) ?? w.taskUnits;
      flushTasks(w);
    }
    flush(w);
    w.section = {
      ref: `${w.letterParent}.${paragraph.marker}`,
      heading: paragraph,
      items: [],
      plain: [],
      labels: [],
      inherited: w.letterUnits,
    };
    return null;
  }
  if (
    paragraph.marker !== null &&
    paragraph.marker !== '-' &&
    !letter &&
    !/^\((?:\d{1,2}|[ivx]{1,4})\)$/u.test(paragraph.marker)
  )
    w.letterParent = null;
  // "I. ĐÁNH GIÁ TÌNH HÌNH" of a kết luận without nested items: an assessment, skipped up to the next part.
  if (!w.nested && roman(paragraph.marker)) {
    w.aims = AIMS.test(foldAccents(paragraph.text)) || (procedure(paragraph.text) && !w.steps.has(paragraph));
    w.scope = SCOPE.test(foldAccents(paragraph.text));
    [w.aimPart, w.aimTop, w.aimLetter] = [foldAccents(paragraph.text), null, null];
    if (w.aims) {
      flush(w);
      return null;
    }
  }
  if (w.opening && paragraph.marker === null && !w.section && !w.task && /:\s*$/u.test(paragraph.text)) {
    const own = deadlinesOf(paragraph.text, year);
    if (own.length > 0) {
      w.period = { from: w.requirements.length, deadlines: own };
      w.opening = false;
      return null;
    }
  }
  w.opening = false;
  // "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI" / "Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, ...; trong đó
  // lưu ý một số nội dung trọng tâm sau:" / "1. Đổi mới tư duy ...": the part's lead-in names who does its items.
  if (w.nested && w.part && !w.aims && paragraph.marker === null && !w.section && !w.task && w.partLead === null) {
    const units = leadInSubject(paragraph.text);
    if (units.length > 0) w.partLead = { from: w.requirements.length, units };
  }
  if (w.nested && roman(paragraph.marker)) {
    flush(w);
    closePart(w);
    w.part = paragraph.marker;
    w.lastTop = 0;
    w.aims = AIMS.test(foldAccents(paragraph.text)) || (procedure(paragraph.text) && !w.steps.has(paragraph));
    w.scope = SCOPE.test(foldAccents(paragraph.text));
    [w.aimPart, w.aimTop, w.aimLetter] = [foldAccents(paragraph.text), null, null];
    if (w.aims) return null;
    // Scans join a part's heading and its first paragraph; one that sets a deadline is a requirement itself.
    if (parseDeadlines(paragraph.text, year).length > 0)
      w.requirements.push(makeRequirement(partRef(w), [paragraph], year));
    else w.opening = true;
    return null;
  }
  // "I. ĐÁNH GIÁ CHUNG" / ... / "Để tiếp tục ..., thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải
  // pháp sau đây:" / "1. ...": a kết luận lists its tasks inside the assessment; so does a plan's "II. MỤC TIÊU" / "2. Tháng
  // hành động" / "d) Các hoạt động chính" / "Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện
  // các hoạt động sau:". The items after such a lead-in are tasks ("II.2.d.1"); aims stated as aims stay out.
  if (
    w.aims &&
    paragraph.marker === null &&
    REOPENS.test(paragraph.text) &&
    !/^[ivx]+\.\s*(?:muc dich|yeu cau)/u.test(w.aimPart)
  ) {
    w.aims = false;
    const units = leadInSubject(paragraph.text);
    if (w.aimTop === null && units.length > 0) w.partLead = { from: w.requirements.length, units };
    if (w.aimTop !== null) {
      w.lastTop = Number(w.aimTop);
      w.section = {
        ref: prefix(w) + [w.aimTop, w.aimLetter].filter((m) => m !== null).join('.'),
        heading: paragraph,
        items: [],
        plain: [],
        labels: [],
      };
    }
    return null;
  }
  if (w.aims && !/^[ivx]+\.\s*(?:muc dich|yeu cau|muc tieu)/u.test(w.aimPart)) {
    // "I. ĐÁNH GIÁ CHUNG" / "3. Một số tồn tại, hạn chế" / ... / "Tỉnh Thanh Hóa cần nỗ lực, ... khẩn trương khắc phục ...".
    const ref = w.aimTop === null ? null : prefix(w) + [w.aimTop, w.aimLetter].filter((m) => m !== null).join('.');
    const directions = assessmentDirections(paragraph, ref, w.requirements.length, year);
    w.requirements.push(...directions);
    if (directions.length > 0) return null;
  }
  if (w.aims && reopensPlanPart(w.aimPart, paragraph)) w.aims = false;
  if (w.aims) {
    if (paragraph.marker !== null && /^\d+$/u.test(paragraph.marker))
      [w.aimTop, w.aimLetter] = [paragraph.marker, null];
    else if (paragraph.marker !== null && /^[a-zđ]$/u.test(paragraph.marker)) w.aimLetter = paragraph.marker;
    return null;
  }
  // "1. Mục đích", "2. Yêu cầu" of a plan without parts: aims, up to the next numbered item.
  const assessment =
    (!w.nested || SITUATION.test(foldAccents(paragraph.text))) &&
    ASSESSMENT.test(foldAccents(paragraph.text)) &&
    !/[.;!?]["”)]?$/u.test(paragraph.text) &&
    !DIRECTS.test(paragraph.text);
  if (
    paragraph.marker !== null &&
    /^\d+$/.test(paragraph.marker) &&
    (AIM_HEADING.test(foldAccents(paragraph.text)) ||
      AIM_JOINED.test(paragraph.text) ||
      (procedure(paragraph.text) && !w.steps.has(paragraph)) ||
      assessment)
  ) {
    flush(w);
    w.skipping = true;
    return null;
  }
  if (w.skipping && paragraph.marker !== null && /^(?:\d+|[IVX]+)$/.test(paragraph.marker)) w.skipping = false;
  if (w.skipping) return null;
  if (paragraph.marker && paragraph.marker !== '-' && !(lettered && w.section && open)) {
    if (w.trailing && paragraph.marker === String(w.trailing.top + 1))
      for (const requirement of w.trailing.found) numbered(requirement, w.trailing.ref);
    w.trailing = null;
    flush(w);
    w.lastTop = /^\d+$/.test(paragraph.marker) ? Number(paragraph.marker) : w.lastTop + 1;
    w.section = {
      ref: prefix(w) + (/^\d+$/.test(paragraph.marker) ? paragraph.marker : String(w.lastTop)),
      heading: paragraph,
      items: [],
      plain: [],
      labels: [],
    };
    return null;
  }
  return { lettered, open };
}
