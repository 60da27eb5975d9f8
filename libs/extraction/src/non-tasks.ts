import { APPLY_LAW, DIRECTS } from './describes.js';
import { directs, UNIT_SUBJECT, unitMustAct } from './directing-sentences.js';
import { statesOnly } from './stated-items.js';
import { splitSentences } from './text-utils.js';

/**
 * Kinds of item any directive may print in a numbered list that ask no one for anything: the ones the gold leaves out
 * ("How gold is written", samples/corpus/README.md). Each is a test of the item's text, marker removed.
 */

/**
 * "- Khu vực tỉnh Bình Dương (cũ): điện thoại số 0937.618.686, địa chỉ: Tầng 6, tháp A, ..." (samples/bodies
 * hcm-snv-2025-chothuelai-laodong): where to call or write, listed after the closing courtesy.
 */
export const CONTACT =
  /^(?:[^:;]{2,80}:\s*)?(?:(?:số\s+)?(?:điện thoại|đt|fax|hotline|đường dây nóng)(?:\s+(?:số|liên hệ|liên lạc))?\s*:?\s*[(+]?\d|(?:địa chỉ|e-?mail|thư điện tử)\s*:)/iu;

/**
 * "(i) Thủ tục cấp hộ chiếu ngoại giao, hộ chiếu công vụ tại cơ quan trong nước của Bộ Ngoại giao (Mã số TTHC:
 * 2.002352)" (samples/bodies bng-lanhsu-2025-xuatnhapcanh-tructuyen): a catalogue entry naming a procedure by its code.
 */
export const CATALOGUE =
  /^(?:thủ tục|dịch vụ công|biểu mẫu|mẫu)\s[^;]{3,300}?\(\s*mã(?:\s+số)?(?:\s+(?:TTHC|thủ tục(?: hành chính)?|hồ sơ|dịch vụ))?\s*(?::|$)/iu;

/**
 * Who qualifies, item by item: "1.1. Là người có tên trong danh sách người có công với cách mạng do Phòng Lao động -
 * Thương binh và Xã hội quận, huyện quản lý ...", "1.2. Đang sinh sống và có đăng ký hộ khẩu thường trú trước ngày 15
 * tháng 6 năm 2013 ..." (dev hcm-2014-06-qd-kehoach-nhao-nguoicocong). Not a unit's role ("Là cơ quan thường trực ...",
 * "Là đầu mối ...").
 */
export const ELIGIBILITY =
  /^(?:(?:là|đang là)\s+(?:người|hộ|gia đình|thân nhân|công dân|cá nhân|đối tượng|học sinh|sinh viên|trẻ em|con)\s|đang\s+(?:sinh sống|cư trú|sống|sinh hoạt|hưởng|công tác|làm việc|học tập)(?=[\s,]|$)|(?:có|đã có)\s+(?:hộ khẩu|đăng ký (?:hộ khẩu|thường trú|tạm trú)|nơi (?:cư trú|thường trú))(?=[\s,]|$))/iu;

/**
 * What happened, told with its date or time: "2. Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ chức chính quyền địa
 * phương số 72/2025/QH15 ..." (dev bnv-2025-11-tuyentruyen-sapxep-dvhc), "1. Tại thời điểm tổng hợp dự toán ..., các
 * địa phương đang triển khai ..." (dev bnv-2025-11-chiphi-quanly-nguoicocong): background, unless a sentence of it
 * directs someone. Not a plan's year ("Năm 2018, hoàn thành việc hỗ trợ nhà ở ... chưa được hỗ trợ"): a target.
 */
export const NARRATIVE =
  /^(?:ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)|tại thời điểm|(?:trong\s+)?thời gian (?:vừa )?qua|vừa qua)[\s,][^.;:]{0,240}?\s(?:đã|đang|vừa)\s/iu;

/**
 * A topic label and the provision of another document that governs it: "Về đối tượng và thành phần tham dự kiểm điểm:
 * thực hiện theo điểm 2.6 khoản 2 Mục I Hướng dẫn số 01-HD/BTCTU", "Về phương pháp, quy trình đánh giá, xếp loại chất
 * lượng: thực hiện tương tự như nội dung khoản 2 Mục III Hướng dẫn số 01-HD/BTCTU" (samples/bodies
 * hcm-2025-kiemdiem-xeploai-canbo), "Quy trình bổ nhiệm ...: Thực hiện theo quy trình điều động cán bộ nêu tại Khoản 1,
 * Điều ..." (dev btctw-2025-11-huongdan-quydinh377-canbo): a pointer, the rule lives there; nothing else is asked.
 */
export const POINTER =
  /^[^:;]{3,200}:\s*thực hiện\s[^.;:]{0,120}?(?:điểm|khoản|mục|điều|phần|chương|phụ lục|tiết)\s+(?:\d{1,3}\b|[IVXivx]{1,4}(?=[\s,.]|$)|[a-zđ](?=[\s,)]|$))[^;:]*$/iu;

/**
 * How often a thing is done, in the passive: "Xây dựng quy hoạch cán bộ nhiệm kỳ kế tiếp được thực hiện một lần vào năm thứ
 * hai của nhiệm kỳ đại hội đảng bộ các cấp ..." (dev btctw-2025-11-huongdan-quydinh377-canbo): a norm of timing, no one is
 * told to act.
 */
export const FREQUENCY =
  /^[^,;:]{3,120}?\s(?:được|sẽ được)\s(?:tổ chức|tiến hành|thực hiện)\s+(?:một|hai|ba|\d{1,2})\s+lần(?=[\s,.;]|$)/iu;

/**
 * Where and when the plan itself runs, in the passive: "Đề án được triển khai trên phạm vi cả nước trong giai đoạn 2026 -
 * 2030" (in our words; the scope of a scheme a decision approves, as the gold's "phạm vi" parts): no one is told to act.
 */
export const PLAN_SPAN =
  /^(?:đề án|kế hoạch|chương trình|chiến lược|dự án|nghị quyết|quyết định)(?: này)?\s+(?:được|sẽ được)\s+(?:triển khai|thực hiện|áp dụng|tổ chức thực hiện)\s+(?:trên\s+(?:phạm vi|địa bàn)|trong\s+(?:giai đoạn|thời gian|năm)|từ\s+năm)[^;]*$/iu;

/**
 * What happens at a meeting, told of those who attend: "Tại hội nghị cử tri nơi cư trú, cử tri đối chiếu với tiêu chuẩn đại
 * biểu Quốc hội, đại biểu Hội đồng nhân dân để nhận xét, bày tỏ sự tín nhiệm đối với người ứng cử" (dev
 * luongminh-2026-01-kehoach-laykien-cutri): the proceedings, like an order of business.
 */
export const PROCEEDINGS =
  /^tại\s+(?:các\s+)?(?:hội nghị|cuộc họp|buổi|kỳ họp|phiên họp|đại hội|lễ)[^,;:]{0,100},\s*(?:các\s+)?(?:cử tri|đại biểu|người dự|người tham dự|đảng viên)\s/iu;

/**
 * A reply's pointer to where a matter is regulated: "- Hàng hoá gửi kho ngoại quan được quy định tại Điều 85 Nghị định số
 * 08/2015/NĐ-CP.", "- Thủ tục hải quan đối với phương tiện quay vòng được quy định tại khoản 3, khoản 4 Điều 49 ..." (dev
 * chq-2025-12-traloi-phuongtien-quayvong-khongoaiquan): the answer states the law, no one is asked.
 */
export const REGULATED =
  /^(?!(?:căn cứ|theo)\s)(?:(?!phối hợp|chủ trì|thực hiện|triển khai|tổ chức|báo cáo|đề nghị|yêu cầu)[^;:]){3,200}?\s(?:được|đã được)\s+quy định\s+(?:cụ thể\s+)?tại\s/iu;

/** Whether some sentence of the text tells someone to act. */
const asks = (text: string) => splitSentences(text).some((s) => directs(s) || unitMustAct(s));

/** An item of one of the kinds above: no task. */
export function notTask(text: string): boolean {
  if (CATALOGUE.test(text) || ELIGIBILITY.test(text) || APPLY_LAW.test(text) || statesOnly(text)) return true;
  if (REGULATED.test(text) && !asks(text) && !UNIT_SUBJECT.test(text)) return true;
  if (CONTACT.test(text) && !DIRECTS.test(text)) return true;
  // "Văn phòng Bộ: Thực hiện tốt ...": a unit's label opens its task.
  if (POINTER.test(text) && !DIRECTS.test(text) && !UNIT_SUBJECT.test(text)) return true;
  if (NARRATIVE.test(text)) return !DIRECTS.test(splitSentences(text)[0]) && !asks(text);
  return (FREQUENCY.test(text) || PROCEEDINGS.test(text) || PLAN_SPAN.test(text)) && !asks(text);
}
