import type { Paragraph } from './parse-body.js';

/**
 * A lead-in to what a file holds: "- Lập hồ sơ hoàn công cho từng hộ gia đình được hỗ trợ nhà ở, bao gồm:" / "+ Đơn đề nghị
 * hỗ trợ về nhà ở của hộ gia đình;" / "+ Các chứng từ giải ngân ...". The papers listed are the file, not tasks.
 */
const DOSSIER =
  /(?:hồ sơ|tài liệu|giấy tờ|chứng từ)[^:;]{0,120}?(?:,\s*)?(?:bao gồm|gồm(?: có)?)(?:\s+(?:các|những)\s+[^:;]{0,30})?\s*:\s*$/iu;

/**
 * A lead-in to conditions, criteria or an order of priority: "... tại nhà ở mà nhà ở đó có một trong các điều kiện sau:",
 * "Đối tượng người được hỗ trợ được lập theo thứ tự ưu tiên sau đây:", "... phải bảo đảm yêu cầu sau đây:". What it lists
 * are cases and standards, no tasks.
 */
const CRITERIA =
  /(?:(?:các|những)\s+(?:điều kiện|tiêu chí|tiêu chuẩn)|thứ tự ưu tiên|(?:bảo đảm|đảm bảo|đáp ứng)\s+(?:các\s+)?(?:yêu cầu|điều kiện|tiêu chuẩn|tiêu chí))\s+(?:sau|sau đây|như sau)\s*:\s*$/iu;

/**
 * The items under such a lead-in are members, skipped: its dash items when it is a plain paragraph or a numbered item,
 * its "+" items when it is a dash item; null when the paragraph is no such lead-in.
 */
export function listedMembers(paragraph: Paragraph): 'dash' | 'plus' | null {
  if (!DOSSIER.test(paragraph.text) && !CRITERIA.test(paragraph.text)) return null;
  if (paragraph.marker === '-') return /^\+/u.test(paragraph.text) ? null : 'plus';
  return 'dash';
}
