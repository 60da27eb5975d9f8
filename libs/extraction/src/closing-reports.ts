import { CARRY_OUT } from './describes.js';
import { parseDeadlines } from './parse-deadlines.js';

/**
 * A closing call to carry the plan out that also asks for a dated report the items do not ("Ủy ban nhân dân Thành phố
 * yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn thông nghiêm túc triển khai thực hiện;
 * định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố (qua Ban Quản lý ...)", dev
 * hanoi-2025-11-kehoach-5g-iot-khucongnghiep): the report is a task of its own, so the sentence is a requirement
 * (corpus README, wave 14: "a closing paragraph that adds a yearly report the items lack is kept").
 */
export function reportingCall(sentence: string, year: string | null): boolean {
  return CARRY_OUT.test(sentence) && /(?:^|\s)báo cáo\s/u.test(sentence) && parseDeadlines(sentence, year).length > 0;
}
