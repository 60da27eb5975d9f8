import { canonicaliseTones } from '@congvan/common';
import { findAssignees } from './assignees.js';
import { reportRoutes } from './report-routes.js';
import { endTopRoute } from './route-ends.js';
import { CARRY_OUT } from './describes.js';
import type { Paragraph } from './parse-body.js';
import { parseDeadlines } from './parse-deadlines.js';
import { DATUM, makeRequirement, unitHeading } from './plan-tasks.js';
import { BACKGROUND, COURTESY, directs, UNIT_SUBJECT, unitMustAct } from './directing-sentences.js';
import { onlyCarriesOut } from './carry-out-calls.js';
import { CALL, CLOSES, CLOSING, NOTE, REQUIRES, ROUTE, strip } from './requirement-patterns.js';
import { positional } from './positions.js';
import { flush, partRef, prefix, type Walk } from './requirement-walk.js';
import { informedReporters } from './informed-groups.js';
import type { Placement } from './walk-structure.js';
import { OPENS_RECURRING, periodicReport, REPORTS_BACK, reportsBack } from './task-tails.js';
import { clean, splitSentences } from './text-utils.js';

/**
 * A paragraph that opens no structure: an item or paragraph of the open section, a report route of the last
 * requirement, a deadline sentence closing it, or a task of its own after the items.
 */
export function readContent(w: Walk, paragraph: Paragraph, { lettered, open }: Placement): void {
  const route = paragraph.marker === '-' ? ROUTE.exec(paragraph.text.replace(/^[-–+•]\s*/u, '')) : null;
  const current = w.requirements.at(-1);
  if (route && !w.section && current) {
    current.reportTo.push({
      target: endTopRoute(clean(canonicaliseTones(route[2]))),
      forGroups: splitGroups(route[1]),
    });
    return;
  }
  // A heading ending in ":" ("1. Về rà soát ...:") holds the dash items and paragraphs under it;
  // a numbered item that is a whole sentence holds nothing more.
  if (w.section && open && (paragraph.marker === '-' || lettered)) {
    w.section.items.push(paragraph);
    return;
  }
  // "a) Đánh giá sự phù hợp của dự án ..." / "Khi đánh giá sự phù hợp ... thì ..." / "Đối với các dự án ..., có trách
  // nhiệm ...": a paragraph that sets a case of the item above it goes on with that item.
  if (w.section && paragraph.marker === null && CASE.test(paragraph.text) && !directs(paragraph.text)) {
    const { items } = w.section;
    const last = items.at(-1);
    if (last && open && last.marker === '-')
      items[items.length - 1] = {
        ...last,
        text: `${last.text} ${paragraph.text}`,
        span: { start: last.span.start, end: paragraph.span.end },
      };
    else if (items.length === 0 && !open) w.section.plain.push(paragraph);
    else return void readRest(w, paragraph, open);
    return;
  }
  readRest(w, paragraph, open);
}

/** The closing call to carry the letter out, then the courtesy: no task (see CALL). */
function closingCall(text: string): boolean {
  const [first, ...rest] = splitSentences(text);
  return (
    CALL.test(first) &&
    !/\bbáo cáo\b/iu.test(first) &&
    parseDeadlines(first, null).length === 0 &&
    rest.every((sentence) => COURTESY.test(sentence) || CLOSING.test(sentence))
  );
}

/** A paragraph that sets a case of the item above it: "Khi ...", "Trường hợp ...", "Đối với các dự án ...". */
const CASE = /^(?:khi|trường hợp|trong trường hợp|đối với|nếu)\s/iu;

function readRest(w: Walk, paragraph: Paragraph, open: boolean): void {
  const { year } = w;
  // A plain paragraph with a deadline after a heading's items, or after its plain text, is the next requirement.
  const setsDeadline = parseDeadlines(paragraph.text, year).length > 0;
  // "1. ... tổng hợp báo cáo cụ thể về một số nội dung sau:" / "(1) Số hộ dân ..." / "Ủy ban nhân dân các tỉnh ... gửi
  // Báo cáo về Văn phòng Chính phủ ... trước 17 giờ ngày 27/11/2025": the sentence sending the report closes it.
  if (
    w.section &&
    setsDeadline &&
    paragraph.marker === null &&
    w.section.plain.length === 0 &&
    w.section.items.length > 0 &&
    /:\s*$/u.test(w.section.heading.text) &&
    w.section.items.every((item) => DATUM.test(strip(item.text.replace(/^\((?:\d{1,2}|[ivx]{1,4})\)\s*/u, '')))) &&
    /\bgửi\s+(?:các\s+)?báo cáo\b/iu.test(paragraph.text)
  ) {
    w.section.plain.push(paragraph);
    return;
  }
  // "**Lưu ý về nộp bổ sung tiền ký quỹ:** Trong thời hạn 30 ngày kể từ ngày rút tiền ký quỹ ..." (bodies dev
  // hcm-snv-2025-chothuelai-laodong): a note under the heading, however it dates, does not end its items.
  const ends =
    (setsDeadline &&
      !NOTE.test(paragraph.text.replace(/^\*+/u, '')) &&
      ((REQUIRES.test(paragraph.text) && w.section?.plain.length) ||
        (paragraph.marker === null && w.section?.items.length))) ||
    periodicReport(paragraph, year);
  // "- Cung ứng đầy đủ, kịp thời thuốc, ..." / "Thường xuyên rà soát kết quả đấu thầu cung ứng thuốc, ..." / "- Chịu trách
  // nhiệm ...": a paragraph printed between the dash items of a unit's heading is one more of its tasks.
  if (
    w.section &&
    open &&
    paragraph.marker === null &&
    w.section.items.length > 0 &&
    w.section.items.at(-1)!.marker === '-' &&
    unitHeading(w.section.heading.text) !== null &&
    !CLOSING.test(paragraph.text) &&
    !COURTESY.test(paragraph.text) &&
    !onlyCarriesOut(paragraph.text) &&
    !NOTE.test(paragraph.text) &&
    /^\p{Lu}\p{Ll}*\s/u.test(paragraph.text)
  ) {
    w.section.items.push({ ...paragraph, marker: '-' });
    return;
  }
  if (w.section && open && !CLOSING.test(paragraph.text) && !ends) {
    w.section.plain.push(paragraph);
    return;
  }
  // After an item whose sentence a unit opens, a plain paragraph that opens with a verb ("Bố trí kinh phí ...", "Quan
  // tâm lãnh đạo ...") is one more task of that unit; a request ("Đề nghị ...") or a closing formula is not.
  if (
    w.section &&
    !open &&
    paragraph.marker === null &&
    UNIT_SUBJECT.test(strip(w.section.heading.text)) &&
    findAssignees(strip(w.section.heading.text)).some((u) => strip(w.section!.heading.text).startsWith(u)) &&
    /^\p{Lu}\p{Ll}*\s/u.test(paragraph.text) &&
    !UNIT_SUBJECT.test(paragraph.text) &&
    !BACKGROUND.test(paragraph.text) &&
    !/^(?:đề nghị|yêu cầu|giao)\s/iu.test(paragraph.text) &&
    !COURTESY.test(paragraph.text) &&
    !onlyCarriesOut(paragraph.text) &&
    !setsDeadline
  ) {
    (w.section.more ??= []).push(paragraph);
    return;
  }
  flush(w);
  const found = parseDeadlines(paragraph.text, year);
  // "Chậm nhất là ngày 08 tháng 02 năm 2026, ...": a deadline sentence closes the requirement before it.
  const previous = w.requirements.at(-1);
  if (found.length > 0 && previous && CLOSES.test(paragraph.text)) {
    previous.deadlines.push(...found.map(({ at: _at, ...d }) => d));
    return;
  }
  // "Lưu ý: ...", "Địa điểm: ...": notes and attributes, not tasks.
  if (NOTE.test(paragraph.text)) return;
  // "VII. CHẾ ĐỘ BÁO CÁO" / "" / "Các sở, ban, ngành ... gửi báo cáo ... về Sở Nội vụ trước ngày 16 tháng 12 năm 2025 ...
  // ./.": a part without items whose paragraph has a unit report by a date is a task of its own, ref the part.
  if (
    w.nested &&
    w.part !== null &&
    w.lastTop === 0 &&
    paragraph.marker === null &&
    found.length > 0 &&
    (unitMustAct(paragraph.text, true) || directs(paragraph.text)) &&
    !COURTESY.test(paragraph.text) &&
    !onlyCarriesOut(paragraph.text)
  ) {
    w.requirements.push(makeRequirement(partRef(w), [paragraph], year));
    return;
  }
  // "Trên đây là ..., đề nghị ... và báo cáo kết quả thực hiện về Ban Chỉ đạo ... trước Thứ Tư ngày 03/12/2025 ...
  // ./.": a closing formula that asks for a report by a date asks what no item does: a task of its own.
  if (w.lastTop > 0 && (!CLOSING.test(paragraph.text) || reportsBack(paragraph, year)) && found.length > 0) {
    w.lastTop += 1;
    const requirement = makeRequirement(prefix(w) + String(w.lastTop), [paragraph], year);
    w.requirements.push(requirement);
    // "3. Bộ Tài chính chỉ đạo ... xong trước ngày 01 tháng 5 năm 2026, ..." / "Đối với chi phí ..., yêu cầu Bộ Tài chính,
    // ... xong trước ngày 01 tháng 5 năm 2026 ..." / "4. ..." (Nghị quyết 113/NQ-CP, dev
    // cp-2026-04-nq-thanhtoan-kcb-bhyt-vuot-dutoan): if the next item follows, the paragraph answered the item above.
    const above = w.lastTop - 1;
    if (paragraph.marker === null && w.trailing?.top !== above)
      w.trailing = { top: above, ref: prefix(w) + String(above), found: [] };
    if (paragraph.marker === null) w.trailing!.found.push(requirement);
  } else if (w.lastTop > 0 && paragraph.marker === null && yearlyReport(paragraph.text, year)) {
    const requirement = positional(makeRequirement(String(w.requirements.length + 1), [paragraph], year));
    // The units named after how often: "Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh ... báo cáo ...".
    requirement.assignees = findAssignees(requirement.text.replace(OPENS_RECURRING, '').trim());
    w.requirements.push(requirement);
  } else if (w.lastTop > 0 && paragraph.marker === null && informedReporters(paragraph.text) !== null) {
    const requirement = positional(makeRequirement(String(w.requirements.length + 1), [paragraph], year));
    requirement.assignees = informedReporters(requirement.text)!;
    w.requirements.push(requirement);
  } else if (
    w.lastTop > 0 &&
    paragraph.marker === null &&
    (directs(paragraph.text) || unitMustAct(paragraph.text)) &&
    !CARRY_OUT.test(paragraph.text) &&
    !COURTESY.test(paragraph.text) &&
    !closingCall(paragraph.text)
  ) {
    // "Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo liên tục ..." after the items asks for
    // something of its own; "Đề nghị các đơn vị nghiêm túc thực hiện" only for the items again.
    const requirement = positional(makeRequirement(String(w.requirements.length + 1), [paragraph], year));
    requirement.assignees = findAssignees(requirement.text);
    w.requirements.push(requirement);
    // If the next item of this level follows, the paragraph stood between items: it is the item's above.
    if (w.trailing?.top !== w.lastTop) w.trailing = { top: w.lastTop, ref: prefix(w) + String(w.lastTop), found: [] };
    w.trailing.found.push(requirement);
  } else if (
    w.lastTop > 0 &&
    paragraph.marker === null &&
    !COURTESY.test(splitSentences(paragraph.text)[0] ?? paragraph.text)
  ) {
    // "Ủy ban nhân dân Thành phố yêu cầu các Sở, ngành ... nghiêm túc thực hiện những nội dung trên. Giao Bảo hiểm xã hội
    // Thành phố chủ trì, phối hợp Sở Y tế đôn đốc ...; tổng hợp báo cáo ...": after the call to carry the items out, a
    // sentence that gives a unit a task of its own is one. (The courtesy closing the paragraph, "Trong quá trình thực
    // hiện, nếu có phát sinh, vướng mắc, ...", does not make the call before it one.)
    const sentences = splitSentences(paragraph.text);
    if (reportsAfterCall(sentences[0], year)) {
      const requirement = positional(
        makeRequirement(String(w.requirements.length + 1), [{ ...paragraph, text: sentences[0] }], year),
      );
      requirement.assignees = findAssignees(requirement.text);
      w.requirements.push(requirement);
    }
    for (const [i, sentence] of sentences.entries())
      if (
        i > 0 &&
        !CARRY_OUT.test(sentence) &&
        !COURTESY.test(sentence) &&
        ((directs(sentence) && onlyCarriesOut(sentences[0])) ||
          (datedReport(sentence, year) && sentences.slice(0, i).some((s) => onlyCarriesOut(s))))
      ) {
        const requirement = positional(
          makeRequirement(String(w.requirements.length + 1), [{ ...paragraph, text: sentence }], year),
        );
        requirement.assignees = findAssignees(requirement.text);
        w.requirements.push(requirement);
      }
  }
}

/**
 * "Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương báo cáo kết quả thực hiện về Bộ Lao
 * động - Thương binh và Xã hội tổng hợp, báo cáo Thủ tướng Chính phủ./." (corpus dev ttg-2018-06-qd-kehoach-chithi14-
 * nguoicocong): a closing paragraph that opens with how often and asks the units for a report is a task of its own.
 */
const yearlyReport = (text: string, year: string | null) =>
  OPENS_RECURRING.test(text) &&
  REPORTS_BACK.test(text) &&
  parseDeadlines(text, year).some((d) => d.kind === 'recurring');

/**
 * "Trên đây là Kế hoạch .... Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 30
 * tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo Ủy ban nhân dân Tỉnh ..." (corpus dev
 * dongthap-2025-11-kehoach-chuyendoiso-hatang-giaothong): after the call to carry the plan out, a sentence that asks for a
 * report somewhere by a date is a task of its own.
 */
const datedReport = (sentence: string, year: string | null) =>
  REPORTS_BACK.test(sentence) && parseDeadlines(sentence, year).length > 0;

/** A report that only sends problems up to be solved: "... báo cáo UBND tỉnh để xem xét, chỉ đạo giải quyết./.". */
const RESOLVE =
  /\sđể\s+(?:(?:xem xét|kịp thời|tổng hợp)[,\s]+)*(?:chỉ đạo\s+)?(?:giải quyết|xử lý|tháo gỡ)(?:\s+theo thẩm quyền)?\s*(?:\.\/\.|\.)?\s*$/iu;

/**
 * "Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành ... nghiêm túc triển khai thực hiện; định kỳ trước ngày 30 tháng
 * 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố (qua ...)" (Kế hoạch 310/KH-UBND Hà Nội, hn310 in
 * __fixtures__/route-mined.sources.ts): the call to carry the items out goes on to ask for a report by a date or to a body, which
 * the items do not; README keeps such a closing sentence as a requirement.
 *
 * Not one predicate with `reportsBack` (task-tails.ts), on purpose: that one reads a whole plain paragraph after a
 * sub-item and wants "báo cáo/gửi ... về/cho/đến" with an absolute date; here the call before ";" already marks the
 * closing, so the clause after it asks for a report with any date ("định kỳ trước ngày 30 tháng 11 hàng năm") or to a
 * named body ("báo cáo UBND tỉnh", no "về"), unless the report only sends problems up to be solved (RESOLVE).
 */
function reportsAfterCall(sentence: string | undefined, year: string | null): boolean {
  if (!sentence || !CARRY_OUT.test(sentence)) return false;
  const clause = /;\s*([^;]*\bbáo cáo\b[^;]*)$/iu.exec(sentence)?.[1];
  if (clause === undefined) return false;
  const due = parseDeadlines(clause, year).length > 0;
  // "...; kịp thời báo cáo UBND tỉnh (qua Sở Công Thương) để xem xét, chỉ đạo giải quyết./."
  // (daklak-2025-11-kehoach-nhuyeupham-mualu): the problems go up to be solved, the closing courtesy in other words.
  if (!due && RESOLVE.test(clause)) return false;
  return due || reportRoutes(clean(clause)).length > 0;
}

/** "A; B, Đảng ủy Khối doanh nghiệp" → groups at ";" and before a bloc or party committee named after a list. */
function splitGroups(text: string): string[] {
  return text
    .split(/;\s*/)
    .flatMap((part) => part.split(/,\s+(?=(?:Đảng ủy|Đảng bộ|Khối)\s)/u))
    .map(clean)
    .filter(Boolean);
}
