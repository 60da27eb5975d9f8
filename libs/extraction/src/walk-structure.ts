import { onlyCarriesOut } from './carry-out-calls.js';
import { foldAccents } from '@congvan/common';
import { numbered } from './positions.js';
import { DIRECTS, ESTIMATING } from './describes.js';
import type { Paragraph } from './parse-body.js';
import { deadlinesOf } from './parse-deadlines.js';
import { LABEL, unitHeading, type Task } from './plan-tasks.js';
import { COURTESY, directs } from './directing-sentences.js';
import { headingUnits } from './lead-in-units.js';
import { continuesHead, joinHead, periodicReport, reportsBack } from './task-tails.js';
import {
  AIMS,
  CLOSING,
  COUNTED,
  EXAMPLES,
  PERIOD,
  procedure,
  roman,
  SCOPE,
  STEP,
  strip,
} from './requirement-patterns.js';
import { closePart, flush, flushTask, flushTasks, prefix, subItemUnits, type Walk } from './requirement-walk.js';
import { listedMembers } from './listed-members.js';
import { bareParent } from './step-procedures.js';
import { readParts } from './walk-parts.js';

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
  if (w.task && (reportsBack(paragraph, year) || periodicReport(paragraph, year))) {
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
      !onlyCarriesOut(paragraph.text)
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
  if (readParts(w, paragraph)) return null;
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
