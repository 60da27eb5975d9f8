import type { Rule } from './deadline-rule.js';
import { dayNamedElsewhere, openingRecurrence } from './recurring-deadlines.js';

const EVERY = String.raw`(?:định kỳ\s+)?(?:hằng|hàng)\s+(ngày|tuần|tháng|quý|năm)`;
/** A time the clause gives itself ("rà soát ... trong Quý I và báo cáo ... trong Quý II"): its own deadlines. */
const WHEN = String.raw`\s(?:trong|trước|vào|chậm nhất|đến)\s+(?:quý|tháng|ngày|tuần)`;

/**
 * The adverb of a recurring report where the clause reading of RECURRING_RULES misses it: before the actor ("Hàng
 * năm, các bộ, ngành và Ủy ban nhân dân các tỉnh ... báo cáo kết quả thực hiện về Bộ Lao động - Thương binh và Xã
 * hội"). What was done each year ("Hằng năm, tỉnh đã bố trí ...") is no duty, and a clause that dates its own steps
 * ("Hằng năm, tiến hành rà soát ... trong Quý I và báo cáo ... trong Quý II") gives those dates instead.
 */
export const OPENING_RULES: Rule[] = [
  {
    pattern: new RegExp(
      String.raw`(?<=(?:^|[.;:])\s*)${EVERY}(?=\s*,\s+(?:(?!\sđã\s|${WHEN})[^.;:]){1,160}?\s(?:gửi\s+)?báo cáo\s)`,
      'giu',
    ),
    unless: dayNamedElsewhere,
    build: openingRecurrence,
  },
  // "Lập kế hoạch sao lưu ... và tổ chức diễn tập phương án
  // phòng ngừa, ứng phó sự cố hàng năm" (hcm-2025-11-qd-kehoach-csdl-quyhoach, II.5.2), "Tổ chức đánh giá, báo cáo kết quả
  // thực hiện Đề án hàng năm và tổng kết sau khi kết thúc Đề án" (hcm-2025-11-qd-kehoach-ruiro-thientai-congdong, V.1.8):
  // what is organised every year, the adverb closing the clause. Not the noun ("các tổ chức kinh tế - xã hội ... đánh giá,
  // xếp loại cán bộ hằng năm") nor a yearly course others attend ("Tổ chức phổ biến ... cho cán bộ ... tham gia bồi dưỡng
  // kiến thức quốc phòng và an ninh hàng năm"), nor an occasion's ceremony ("Thành phố tổ chức biểu dương ... vào dịp kỷ
  // niệm ngày Giải phóng Thủ đô (10/10) hàng năm", Quyết định 35/2024/QĐ-UBND Hà Nội), nor the yearly plan ("tổ chức các hoạt động văn hóa, nghệ thuật, theo kế
  // hoạch hàng năm và dài hạn", ttg-2018-06-qd-kehoach-chithi14-nguoicocong).
  {
    pattern: new RegExp(
      String.raw`(?<!(?:các|những|cơ quan,|đơn vị,)\s)(?<!\p{L})tổ chức\s(?:(?!tham gia|dịp)[^.;:]){0,200}?\s(?<!kế hoạch\s)((?:hằng|hàng)\s+năm)(?=\s*(?:[.;]|$|và\s+(?:tổng kết|trung hạn|dài hạn|đột xuất|khi)))`,
      'giu',
    ),
    unless: dayNamedElsewhere,
    build: (m) => ({ kind: 'recurring', rrule: 'FREQ=YEARLY', text: m[1] }),
  },
];
