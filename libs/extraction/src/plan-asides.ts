/**
 * Items of a long plan (or of the decision issuing it) that stand among its tasks but ask nothing: the call to carry the
 * plan out is read by carry-out-calls.ts), the decision's entry into force, a pointer to the annexes, a forecast, the sources
 * of money, a statement of what a group is, the principle of an award. samples/bodies/README.md (wave 15) lists them
 * among what is no requirement.
 */

/**
 * A decision's entry into force ("Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.", Quyết định
 * 2530/QĐ-TTg, Điều 2): in an excerpt without its header the article is read as an item of the plan; it is no task. Any
 * kind of document says so, and what it replaces: "Hướng dẫn này thay thế Hướng dẫn số 31-HD/BTGTW, ngày 30/12/2011 của Ban
 * Tuyên giáo Trung ương và có hiệu lực kể từ ngày ký." (samples/bodies btgdvtw-2025-11-hd-baocaovien-cacap, III.2).
 */
const IN_FORCE =
  /^(?:quyết định|chỉ thị|kế hoạch|hướng dẫn|thông báo|công văn|quy chế|quy định|chương trình|văn bản)(?:\s+này)?\s+(?:thay thế\s[^.;]{3,200}?\s+và\s+)?có hiệu lực(?![\p{L}\p{N}])[^.;]*(?:\.\/\.|\.)?$/iu;

/**
 * A pointer to the annexes: "Phân công cụ thể kèm theo tiến độ triển khai thực hiện Kế hoạch hành động tại Phụ lục I và
 * Phụ lục II kèm theo Quyết định này." (Quyết định 2530/QĐ-TTg, IV.2.p): the annex holds the tasks.
 */
/**
 * So is a lead-in to a table of the tasks ("Các nhiệm vụ cụ thể như bảng sau:", "Nội dung chi tiết theo Biểu kèm theo.",
 * synthetic, __fixtures__/long-plans): the table's rows are the tasks.
 */
export const ANNEX_POINTER =
  /^\(?(?:phân công cụ thể|danh mục|chi tiết|nội dung chi tiết|(?:các\s+)?(?:nhiệm vụ|nội dung|hoạt động|công việc)(?:\s+(?:cụ thể|chi tiết))?)(?![\p{L}\p{N}])[^.;:]{0,160}?\s(?:tại|theo|như|ở)\s+(?:các\s+)?(?:phụ lục|bảng|biểu)(?![\p{L}\p{N}])[^.;:]*?\)?\s*[.:]?$/iu;

/** A forecast with a figure: "Dự kiến khoảng 1.000 thuê bao di động nhận tin nhắn kết quả quan trắc." (Kế hoạch 0134/KH-UBND Đắk Lắk, II.2). */
const FORECAST = /^dự kiến\s+(?:(?:khoảng|có|đạt|trên|dưới|tối đa|tối thiểu)\s+)?\d[\d.,]*\s/iu;

/**
 * The sources of money as a statement: "Nguồn lực thực hiện Kế hoạch bao gồm: (i) Nguồn ngân sách nhà nước ..."
 * (Quyết định 2530/QĐ-TTg, V.1).
 */
const RESOURCES =
  /^nguồn lực(?:\s+(?:để\s+)?(?:thực hiện|triển khai)[^.;:]{0,60}?)?\s+(?:bao gồm|gồm|từ)(?![\p{L}\p{N}])/iu;

/**
 * What a group is, no task: "Doanh nghiệp công nghệ số là lực lượng tiên phong trong kiến tạo hạ tầng, phát triển nền
 * tảng, ..." (Kế hoạch 144/KH-UBND Bắc Ninh, VI.18.d).
 */
const ROLE_STATEMENT =
  /^[^,;:]{3,60}?\slà\s(?:lực lượng|động lực|nền tảng|trụ cột|chủ thể|yếu tố|nhân tố|khâu|nhiệm vụ)\s(?:tiên phong|quan trọng|then chốt|nòng cốt|chủ lực|trung tâm|đột phá|chính|hàng đầu)(?![\p{L}\p{N}])/iu;

/**
 * The principle of an award: "Khen thưởng đúng người, đúng việc, kịp thời; tạo khí thế thi đua sôi nổi, ..." (Kế hoạch
 * 144/KH-UBND Bắc Ninh, V.8).
 */
const AWARD_PRINCIPLE =
  /^(?:việc\s+)?khen thưởng\s+(?:phải\s+)?(?:bảo đảm\s+|đảm bảo\s+)?đúng người,\s*đúng việc(?![\p{L}\p{N}])/iu;

/**
 * What a reporting regime consists of: "Báo cáo: Chế độ báo cáo gồm báo cáo định kỳ, báo cáo tổng hợp… và báo cáo theo
 * yêu cầu của cơ quan quản lý." (Kế hoạch 0134/KH-UBND Đắk Lắk, II.2.3): kinds listed, no one told to report.
 */
const REGIME = /^(?:[^:]{1,40}:\s*)?chế độ báo cáo\s+(?:bao gồm|gồm)\s/iu;

const ASIDES = [IN_FORCE, ANNEX_POINTER, FORECAST, RESOURCES, ROLE_STATEMENT, AWARD_PRINCIPLE, REGIME];

/**
 * True when a plan's item is one of the asides above, no requirement. The call to carry the plan out ("Các sở, ... chịu
 * trách nhiệm thực hiện Kế hoạch này.", Kế hoạch 980/KH-UBND Nghệ An, IV.1; "Yêu cầu các sở, ... thực hiện nghiêm túc./.")
 * is read at the end, over all requirements, by `dropCarryOutCalls` (carry-out-calls.ts), which keeps it when its item
 * goes on under the same ref (dev ttg-2025-11-qd-kehoach-luat-baove-dulieu-canhan IV.2).
 */
export function isPlanAside(text: string): boolean {
  return ASIDES.some((rule) => rule.test(text.trim()));
}
