import { foldAccents } from '@congvan/common';
import { assessmentDirections } from './assessment-directions.js';
import type { Paragraph } from './parse-body.js';
import { parseDeadlines, deadlinesOf } from './parse-deadlines.js';
import { makeRequirement } from './plan-tasks.js';
import { DIRECTS } from './describes.js';
import { leadInSubject } from './lead-in-units.js';
import {
  AIM_HEADING,
  AIM_JOINED,
  AIMS,
  reopensPlanPart,
  SITUATION,
  ASSESSMENT,
  procedure,
  REOPENS,
  roman,
  SCOPE,
} from './requirement-patterns.js';
import { closePart, flush, partRef, prefix, type Walk } from './requirement-walk.js';

/**
 * The parts of a plan or kết luận a paragraph opens or sits in: a roman part, its aims and assessments skipped (their
 * directions kept), its lead-in naming who does its items, its opening period; "1. Mục đích", "2. Yêu cầu" of a plan
 * without parts skipped up to the next numbered item. True when the paragraph is taken.
 */
export function readParts(w: Walk, paragraph: Paragraph): boolean {
  const { year } = w;
  // "I. ĐÁNH GIÁ TÌNH HÌNH" of a kết luận without nested items: an assessment, skipped up to the next part.
  if (!w.nested && roman(paragraph.marker)) {
    w.aims = AIMS.test(foldAccents(paragraph.text)) || (procedure(paragraph.text) && !w.steps.has(paragraph));
    w.scope = SCOPE.test(foldAccents(paragraph.text));
    [w.aimPart, w.aimTop, w.aimLetter] = [foldAccents(paragraph.text), null, null];
    if (w.aims) {
      flush(w);
      return true;
    }
  }
  if (w.opening && paragraph.marker === null && !w.section && !w.task && /:\s*$/u.test(paragraph.text)) {
    const own = deadlinesOf(paragraph.text, year);
    if (own.length > 0) {
      w.period = { from: w.requirements.length, deadlines: own };
      w.opening = false;
      return true;
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
    if (w.aims) return true;
    // Scans join a part's heading and its first paragraph; one that sets a deadline is a requirement itself.
    if (parseDeadlines(paragraph.text, year).length > 0)
      w.requirements.push(makeRequirement(partRef(w), [paragraph], year));
    else w.opening = true;
    return true;
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
    return true;
  }
  if (w.aims && !/^[ivx]+\.\s*(?:muc dich|yeu cau|muc tieu)/u.test(w.aimPart)) {
    // "I. ĐÁNH GIÁ CHUNG" / "3. Một số tồn tại, hạn chế" / ... / "Tỉnh Thanh Hóa cần nỗ lực, ... khẩn trương khắc phục ...".
    const ref = w.aimTop === null ? null : prefix(w) + [w.aimTop, w.aimLetter].filter((m) => m !== null).join('.');
    const directions = assessmentDirections(paragraph, ref, w.requirements.length, year);
    w.requirements.push(...directions);
    if (directions.length > 0) return true;
  }
  if (w.aims && reopensPlanPart(w.aimPart, paragraph)) w.aims = false;
  if (w.aims) {
    if (paragraph.marker !== null && /^\d+$/u.test(paragraph.marker))
      [w.aimTop, w.aimLetter] = [paragraph.marker, null];
    else if (paragraph.marker !== null && /^[a-zđ]$/u.test(paragraph.marker)) w.aimLetter = paragraph.marker;
    return true;
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
    return true;
  }
  if (w.skipping && paragraph.marker !== null && /^(?:\d+|[IVX]+)$/.test(paragraph.marker)) w.skipping = false;
  if (w.skipping) return true;
  return false;
}
