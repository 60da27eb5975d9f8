import { foldAccents } from '@congvan/common';
import type { Paragraph } from './parse-body.js';
import { AIM_HEADING, AIMS } from './requirement-patterns.js';

/**
 * What opens or closes a sentence of prose requirements (prose-requirements.ts): the openers before the unit that acts,
 * an inline request, a closing request, the units a verb directs.
 */

/**
 * A condition or a recurring time before the unit that acts: "Trong trường hợp ..., UBND các huyện, thị xã, thành phố báo
 * cáo UBND tỉnh (thông qua Công an tỉnh)" (baobariavungtau.com.vn, UBND tỉnh Bà Rịa - Vũng Tàu, 2024), "Định kỳ từ ngày 1
 * đến ngày 5 hằng tháng, các đơn vị ... phải cập nhật ..." (nld.com.vn, Sở Giao thông công chánh TP.HCM).
 */
export const RECURRING = /^(?:định kỳ|h[aàằ]ng (?:năm|quý|tháng|tuần))(?=[\s,])/iu;
/**
 * A condition counts only right after a task, as its next step: "Trường hợp kiểm tra doanh nghiệp không thuộc phạm vi ...,
 * Cục Hải quan báo cáo Tổng cục Hải quan ..." after rule items (dev btc-2014-12-luathaiquan-huongdan) says how the law
 * allocates duties.
 */
export const CONDITION = /^(?:trường hợp|trong trường hợp|nếu)(?=[\s,])/iu;
/** "Bên cạnh đó, Chi bộ cần sắp xếp ..." (Trưởng ban Tuyên giáo Tỉnh ủy Thái Nguyên, thainguyentv.vn): a link. */
export const LINK = /^(?:bên cạnh đó|đồng thời|ngoài ra|mặt khác)\s*,/iu;
/**
 * A task that names no actor after its topic or a link: "Về nội dung Hội nghị CG giữa kỳ, cần nghiên cứu đưa ra những dự án
 * cụ thể ..." (dev vpcp-2003-05-hoinghi-cg-giuaky: the Prime Minister's instruction to the recipient), "Đồng thời, cần rà
 * soát ...". Not "cần được ..." (a state wished for), "cần có ...", "cần thiết".
 */
export const IMPERSONAL =
  /^(?:Về\s[^,;.:]{3,120}|Bên cạnh đó|Đồng thời|Ngoài ra|Mặt khác),\s+cần(?:\s+phải)?\s+(?!(?:được|có|thiết)(?=[\s,.]))\p{Ll}/u;
/** "... yêu cầu: <the request on the same line>", not a lead-in to items below. */
export const INLINE_REQUEST = /(?:^|\s)(?:yêu cầu|đề nghị|chỉ đạo)\s*:\s+(?=\S)/iu;

/** "Yêu cầu gửi báo cáo về ...", "Đề nghị hoàn thiện gửi ...": what is sent, by whom the sentence before says. */
export const ASKED_CLOSE =
  /^(?:đề nghị|yêu cầu)\s+(?:(?:hoàn thiện|hoàn thành|hoàn chỉnh|tổng hợp),?\s+)?(?:gửi|nộp|báo cáo)(?=\s)/iu;

/** A part that ends with the units a verb directs: "Sở Tài nguyên và Môi trường đôn đốc các sở, ngành liên quan; ...". */
export const DIRECTED_UNITS =
  /(?:đôn đốc|hướng dẫn|chỉ đạo|yêu cầu|đề nghị|giao|với|cho)\s+(?:các\s+)?(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|UBND|Ủy ban|Uỷ ban|Sở|Phòng|Bộ)[^;]{0,60}$/u;

/** The cue a clause opens with: "Giao ", "Đề nghị ", "Yêu cầu ". */
export const CUE_OPENING = /^(?:giao|đề nghị|yêu cầu)(?:\s+(?:trách nhiệm|nhiệm vụ))?(?:\s+cho)?\s+/iu;

/** What a unit opening a sentence must do, right after its name ("Bộ Giáo dục và Đào tạo báo cáo ..."). */
export const ACTS =
  /^(?:báo cáo|gửi|nộp|chủ trì|phối hợp|khẩn trương|có trách nhiệm|cần|triển khai|tổ chức triển khai|rà soát|vận động|tham mưu|chủ động|tập trung|tăng cường|đẩy mạnh|đẩy nhanh|theo dõi|đôn đốc|cử|giải quyết|huy động|bố trí|tiến hành|tổng hợp|xây dựng)(?=[\s,]|$)/u;
/**
 * "UBND các tỉnh, thành phố cần huy động ...", "Ủy ban kế hoạch Nhà nước, các Bộ ..., Ngân hàng Nhà nước Việt Nam ... cần
 * ...": the units that open a sentence, however many, then what they need to do.
 */
export const MODAL = /^[^.;:!?]{3,200}?\s(?:cần|cần phải)\s(?!(?:được|có sự|thiết)\s)/u;

/** Where a plan read as prose states its aims: under a part "I. MỤC ĐÍCH, YÊU CẦU" or an item "2. Yêu cầu:". */
export type AimsPart = 'part' | 'item' | null;

/**
 * A plan whose tasks are dash items is read as prose; its aims part still states aims, not tasks: "I. MỤC ĐÍCH, YÊU CẦU" /
 * "2. Yêu cầu:" / "- Các sở, ngành, Mặt trận tổ quốc các cấp, UBND các huyện, thị xã, thành phố Huế cần nêu cao vai trò
 * trách nhiệm ..." (Kế hoạch 24/KH-UBND of Thừa Thiên Huế, 2021). The numbered walk skips it the same way (`AIMS`,
 * `AIM_HEADING`). The part ends at the next Roman part; an aims item ("1. Mục đích") at the next numbered item.
 */
export function aimsPart(paragraph: Paragraph, current: AimsPart): AimsPart {
  const marker = paragraph.marker;
  if (marker === null || marker === '-' || marker === '+') return current;
  const folded = foldAccents(paragraph.text);
  if (/^[IVX]{1,4}$/u.test(marker)) return AIMS.test(folded) ? 'part' : null;
  if (!/^\d{1,2}$/u.test(marker)) return current;
  if (AIM_HEADING.test(folded)) return current ?? 'item';
  return current === 'item' ? null : current;
}
