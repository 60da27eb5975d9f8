/** The shapes of a heading's end in a body's lines: the line under a numbered heading that starts its own paragraph. */
import { SUBJECT_START, VERB, ACT_START } from './assignee-patterns.js';

/** A sentence that opens with its ground, its time or its role before its act ("Trên cơ sở ...", "Hằng năm, ..."). */
export const SENTENCE_OPENER =
  /^(?:Trên cơ sở|Căn cứ|Hằng năm|Hàng năm|Định kỳ|Trong phạm vi|Trong quá trình|Khi|Sau khi|Là cơ quan|Chủ trì|Phối hợp)[\s,]/u;

/**
 * "5. Giám sát việc lập, niêm yết danh sách cử tri" / "Giám sát việc lập danh sách cử tri theo quy định từ Điều 29 ...
 * Cụ thể các nội dung:" (dev baccamranh-2025-11-kehoach-giamsat-baucu read with no empty lines): a line that opens with
 * an act and ends its sentence is the item's own, not its heading wrapped.
 */
export const actsWhole = (text: string) =>
  ACT_START.test(text) && /[.:;]$/u.test(text) && text.split(/\s+/u).length >= 12;

/** "Điểm quan trắc: Thực hiện ...", "Thời gian: Tháng 3/2026": a short label in running case, a colon, then its content. */
export const LABEL_LINE = /^\p{Lu}\p{Ll}*(?:\s\p{Ll}+){0,3}:\s+\p{Lu}/u;

const UNIT_WORD =
  /^(?:Sở|Bộ|Ủy ban|Uỷ ban|UBND|Hội|Hiệp hội|Liên minh|Liên đoàn|Ban|Phòng|Công an|Quân|Bộ đội|Đài|Báo|Trung tâm|Văn phòng|Thanh tra|Cục|Chi cục|Đoàn|Đảng|Mặt trận|Tỉnh|Thành|Quận|Huyện|Thị|Xã|Phường|Kho bạc|Ngân hàng|Bảo hiểm|Viện|Trường|Đại học|Học viện|Tổng|Chủ tịch|Giám đốc|Thủ trưởng|Người đứng đầu|Cơ quan|Đơn vị|Doanh nghiệp|Hợp tác xã)(?![\p{L}\p{N}])/u;

/** "2. Phát triển cơ sở vật chất", "a) Công tác tuyên truyền": a short title, no sentence, not cut at a joining word. */
export const topicHeading = (text: string) => {
  const title = text.replace(/^(?:\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)]\s*/u, '').replace(/^\*+|\*+$/gu, '');
  return (
    /^\p{Lu}/u.test(title) &&
    // A unit's heading ("6. Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, ..."), read by the walk with its items, stays.
    !SUBJECT_START.test(title) &&
    !UNIT_WORD.test(title) &&
    title.split(/\s+/u).length <= 10 &&
    !/[.,;:!?\-–]$/u.test(title) &&
    !/\s(?:và|của|các|với|cho|về|tại|theo|trong|đối với|để|là)$/u.test(title)
  );
};

/** "Bộ Giáo dục và Đào tạo", "Bộ Nông nghiệp và Môi trường": a unit's name alone, no act and no sentence. */
export const namesUnitOnly = (text: string) =>
  SUBJECT_START.test(text) && !VERB.test(text) && !/[.,;:!?]$/u.test(text) && text.split(/\s+/u).length <= 12;
