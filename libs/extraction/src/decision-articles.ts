import type { Paragraph } from './parse-body.js';
import { unitHeading } from './plan-tasks.js';
import type { Span } from './text-utils.js';

/**
 * The items of a decision's articles: "Điều 1. Ban hành Kế hoạch thời gian năm học ... như sau:" / "4. Xét công nhận ... trước
 * ngày 30/6/2025." is item "1.4" (the article's number heads the path, as in "Điều 2" / "1." → "2.1"). An article that names
 * a unit and lists its tasks and lists its tasks: "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo" / "1. Tổ chức
 * chỉ đạo thực hiện ..." / "2. Chủ trì, phối hợp ...". Its items that name no one of their own are that unit's tasks.
 */
export function withArticleUnits<T extends { span: Span; ref: string; assignees: string[] }>(
  requirements: T[],
  paragraphs: Paragraph[],
): T[] {
  const articles = paragraphs.flatMap((p, i) => {
    if (!/^Điều\s+\d{1,2}\s*[.:]/u.test(p.text)) return [];
    const next = paragraphs.slice(i + 1).find((q) => /^Điều\s+\d{1,2}\s*[.:]/u.test(q.text));
    const number = /^Điều\s+(\d{1,2})/u.exec(p.text)![1];
    return [{ start: p.span.end, end: next?.span.start ?? Infinity, unit: unitHeading(p.text), number }];
  });
  return requirements.map((r) => {
    const article = articles.find((a) => r.span.start >= a.start && r.span.start < a.end);
    if (!article) return r;
    const assignees = r.assignees.length === 0 && article.unit ? [article.unit] : r.assignees;
    return { ...r, ref: `${article.number}.${r.ref}`, assignees };
  });
}
