import { foldAccents } from '@congvan/common';
import type { Paragraph } from './parse-body.js';
import { AIM_HEADING } from './requirement-patterns.js';
import { unitHeading } from './plan-tasks.js';
import { splitSentences, type Span } from './text-utils.js';

/** "Điều 2." / "Điều 3:": the heading of a decision's article, its number captured. */
const ARTICLE = /^Điều\s+(\d{1,2})\s*[.:]/u;

/**
 * The items of a decision's articles: "Điều 1. Ban hành Kế hoạch thời gian năm học ... như sau:" / "4. Xét công nhận ... trước
 * ngày 30/6/2025." is item "1.4" (the article's number heads the path, as in "Điều 2" / "1." → "2.1"). An article that names
 * a unit and lists its tasks: "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo" / "1. Tổ chức
 * chỉ đạo thực hiện ..." / "2. Chủ trì, phối hợp ...". Its items that name no one of their own are that unit's tasks.
 */
export function withArticleUnits<T extends { span: Span; ref: string; assignees: string[] }>(
  requirements: T[],
  paragraphs: Paragraph[],
): T[] {
  const articles = paragraphs.flatMap((p, i) => {
    const number = ARTICLE.exec(p.text)?.[1];
    if (!number) return [];
    const next = paragraphs.slice(i + 1).find((q) => ARTICLE.test(q.text));
    const answers = ANSWERS.exec(p.text)?.[1] ?? null;
    const unit = answers ?? articleUnit(p.text);
    return [{ heading: p.span, start: p.span.end, end: next?.span.start ?? Infinity, unit, number, answers }];
  });
  // The heading of an article whose subject answers for the items under it is their lead-in, no task of its own.
  const leadIns = articles.filter(
    (a) => a.answers !== null && requirements.some((r) => r.span.start >= a.start && r.span.start < a.end),
  );
  const kept = requirements.filter(
    (r) => !leadIns.some((a) => r.span.start >= a.heading.start && r.span.start < a.heading.end),
  );
  return kept.map((r) => {
    const article = articles.find((a) => r.span.start >= a.start && r.span.start < a.end);
    if (!article) return r;
    const assignees = r.assignees.length === 0 && article.unit ? [article.unit] : r.assignees;
    return { ...r, ref: `${article.number}.${r.ref}`, assignees };
  });
}

/**
 * "Điều 2. Chủ đầu tư chịu trách nhiệm toàn diện trước Bộ trưởng và pháp luật:" over "1. Rà soát nội dung các gói thầu ...",
 * "2. Tổ chức lựa chọn nhà thầu ...", "3. Báo cáo kết quả thực hiện về Bộ ..." (Quyết định 1544/QĐ-BLĐTBXH of 2024, precision
 * study of 2 December 2026): the subject answers for the items, they are its tasks; the heading leads in to them.
 */
const ANSWERS =
  /^Điều\s+\d{1,2}\s*[.:]\s*(\p{Lu}[^,;.:]{1,60}?)\s+(?:chịu|có)\s+trách nhiệm(?:\s+[^.;:]{0,100})?:\s*$/u;

/** "Quyết định này có hiệu lực từ ngày ký.", "Quyết định có hiệu lực thi hành kể từ ngày ...": when the decision takes effect. */
const IN_FORCE = /^(?:quyết định|nghị quyết)(?: này)?\s+có hiệu lực\b/iu;

/**
 * "Điều 4. Quyết định này có hiệu lực từ ngày ký. Các tỉnh, thành đoàn, đoàn trực thuộc ... căn cứ Quyết định thi hành": the
 * article's entry into force is no task, the sentence after it that names who carries the decision out is read alone.
 */
export function withoutEntryIntoForce<T extends { text: string }>(requirement: T): T {
  const sentences = splitSentences(requirement.text);
  if (sentences.length < 2 || !IN_FORCE.test(sentences[0])) return requirement;
  return { ...requirement, text: sentences.slice(1).join(' ') };
}

/**
 * "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo": the unit an article's heading names, or null; a sentence ("Điều 3. Giao Văn
 * phòng Trung ương Đoàn hướng dẫn, kiểm tra, đôn đốc ...") names a task, not only a unit.
 */
function articleUnit(text: string): string | null {
  const rest = text.replace(/^Điều\s+\d{1,2}\s*[.:]\s*(?:Giao\s+)?/u, '');
  return /[,;.]/u.test(rest) || rest.split(/\s+/u).length > 12 ? null : unitHeading(text);
}

/** "Giao Giám đốc Sở Giáo dục và Đào tạo": an article's heading that only names the unit of the items under it. */
export const namesUnitOnly = (text: string) => articleUnit(`Điều 1. ${text}`) !== null;

/**
 * "Điều 1. Phê duyệt Đề án “Đào tạo, bồi dưỡng ...” (sau đây gọi là Đề án) với các nội dung sau đây:" / "I. QUAN ĐIỂM" / ...
 * / "IV. NHIỆM VỤ VÀ GIẢI PHÁP" / ... (Quyết định 893/QĐ-TTg, dev ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu): the
 * scheme or plan an article approves is printed inside it, in parts; its tasks are read as a plan's, with the parts' refs
 * ("IV.1.a"), as when the plan is printed after the signature. Returns the article's paragraphs after its heading, up to the
 * next article, or none.
 */
export function approvedContent(paragraphs: Paragraph[]): Paragraph[] {
  const at = paragraphs.findIndex((p) => APPROVES_CONTENT.test(p.text));
  if (at < 0) return [];
  const next = paragraphs.findIndex((p, i) => i > at && ARTICLE.test(p.text));
  const content = paragraphs.slice(at + 1, next < 0 ? paragraphs.length : next);
  if (content.filter((p) => p.marker !== null && /^[IVX]{1,4}$/u.test(p.marker)).length >= 2) return content;
  // "Điều 1. Phê duyệt Chương trình ... với các nội dung sau:" / "1. Quan điểm:" / "a) ..." / "2. Mục tiêu:" / ... / "4. Nhiệm
  // vụ, giải pháp:" / "a) ...": the same content in numbered parts, its aims headed as a plan's ("1. Mục đích", AIM_HEADING).
  const tops = content.filter((p) => p.marker !== null && /^\d{1,2}$/u.test(p.marker));
  return tops.length >= 3 && tops.some((p) => AIM_HEADING.test(foldAccents(p.text))) ? content : [];
}

/**
 * The path an approved content's items take: "" when it is printed in Roman parts ("IV.1.a"), the article's number when in
 * numbered ones ("Điều 1" / "4. Nhiệm vụ, giải pháp:" / "a) ..." → "1.4.a", as any article's items).
 */
export function approvedPrefix(content: Paragraph[], paragraphs: Paragraph[]): string {
  if (content.length === 0 || content.some((p) => p.marker !== null && /^[IVX]{1,4}$/u.test(p.marker))) return '';
  const article = paragraphs.find((p) => APPROVES_CONTENT.test(p.text));
  const number = article ? ARTICLE.exec(article.text)?.[1] : undefined;
  return number ? `${number}.` : '';
}

const APPROVES_CONTENT =
  /^Điều\s+\d{1,2}\s*[.:]\s*Phê duyệt\s+(?:Đề án|Kế hoạch|Chương trình|Chiến lược)\b[^:]*\s(?:với|gồm)\s+(?:các|những)\s+nội dung(?:\s+chủ yếu)?\s+(?:sau(?:\s+đây)?|như sau)\s*:$/u;
