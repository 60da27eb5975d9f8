/**
 * What the words around a dated phrase say about it, beyond the phrase itself: whether it is a deadline at all.
 */

/**
 * "giao ban trực tuyến toàn quốc ..., dự kiến trong tháng 6/2010", "Hội nghị dự kiến tổ chức vào ngày 20/12/2025":
 * the expected date of an event is no deadline. "dự kiến hoàn thành trong tháng 6/2026" still names a completion,
 * so only the date right after "dự kiến" (or after "dự kiến" and the event's verb) is left out.
 */
const EXPECTED =
  /dự kiến(?:\s+(?:sẽ\s+)?(?:tổ chức|diễn ra|khai mạc|họp|khởi công|triển khai))?\s*(?:là\s+|vào\s+)?$/iu;

/** Whether `phrase`, found at `at` in `text`, is only an expected date ("dự kiến trong tháng 6/2010"). */
export function isExpectedDate(text: string, at: number, phrase: string): boolean {
  if (/^(?:hoàn (?:thành|tất)|xong)/iu.test(phrase)) return false;
  return EXPECTED.test(text.slice(Math.max(0, at - 40), at).replace(/[,\s]+$/u, ' '));
}
