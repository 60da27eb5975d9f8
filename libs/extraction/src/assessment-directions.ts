import { splitSentences } from './text-utils.js';
import { findAssignees } from './assignees.js';
import type { Paragraph } from './parse-body.js';
import { makeRequirement } from './plan-tasks.js';
import { positional } from './positions.js';
import type { Found } from './prose-requirements.js';

/** "Trong thời gian tới, ...", "Thời gian tới, ...", "Từ nay đến cuối năm, ...": what follows looks ahead. */
const AHEAD = /^(?:(?:trong\s+)?thời gian tới|từ nay đến [^,]{1,40}|trước mắt),\s*/iu;
/**
 * The province or city a conclusion speaks to, opening its sentence and told what to do: "Tỉnh tổ chức thực hiện nghiêm
 * túc ...", "Tỉnh Thanh Hóa cần nỗ lực, phấn đấu hơn nữa, khẩn trương ...". Not "Tỉnh đã hoàn thành ..." (a result).
 */
const LOCALITY_ACTS =
  /^((?:Tỉnh|Thành phố)(?:\s+\p{Lu}[\p{Ll}\p{Lu}]*){0,3})\s+(?:cần|phải|khẩn trương|tổ chức thực hiện|tập trung|tiếp tục|chủ động|quan tâm)\s/u;

/**
 * A conclusion's assessment ("I. ĐÁNH GIÁ CHUNG") praises and lists shortcomings, then may turn to what the province must
 * do: "Tỉnh Thanh Hóa cần nỗ lực, phấn đấu hơn nữa, khẩn trương khắc phục ...". Such a paragraph directs: one requirement
 * per sentence, those that name no actor done by the province the paragraph opens with. `ref` null: each takes its
 * position in the list (`count` requirements before it).
 */
export function assessmentDirections(paragraph: Paragraph, ref: string | null, count: number, year: string | null) {
  const opening = LOCALITY_ACTS.exec(paragraph.text.replace(AHEAD, ''));
  if (paragraph.marker !== null || !opening) return [];
  const sentences = splitSentences(paragraph.text);
  return sentences.map((text, i): Found => {
    const requirement = makeRequirement(ref ?? String(count + i + 1), [{ ...paragraph, text }], year);
    if (ref === null) positional(requirement);
    requirement.assignees = i === 0 || findAssignees(text).length === 0 ? [opening[1]] : findAssignees(text);
    return requirement;
  });
}
