import { foldAccents } from '@congvan/common';
import { HEADS } from './assignee-words.js';
import { DIRECTS, PROCEDURE_HEADING } from './describes.js';

/** The patterns by which the numbered-requirements walk tells headings, items, labels and closings apart. */

export const CLOSING = /\.\/\.\s*$/;
/** "Thời gian thực hiện: ...", "* Thời hạn hoàn thành: ...": a period stated for the items of a section. */
export const PERIOD = /^(?:[*]\s*)?(?:thời gian|thời hạn)(?:\s+\p{L}+){0,4}\s*:/iu;
/**
 * An item that states its own timing without a date ("ngay sau khi kết thúc hội nghị", "định kỳ hằng năm", "kịp
 * thời"): the period of its section is not its deadline.
 */
export const OWN_TIMING = /ngay sau khi|ngay khi|ngay trong ngày|định kỳ|hằng (?:ngày|tuần|tháng|quý|năm)|kịp thời/iu;
/**
 * "2.2. Bước 2: Kiểm tra hiện trạng nhà ở của từng đối tượng có đơn đề nghị hỗ trợ nhà ở.": a step of a procedure is
 * titled, even with a full stop; the paragraphs under it are its tasks. Marker removed (`strip`).
 */
export const STEP = /^(?:bước|giai đoạn)\s+(?:\d{1,2}|[IVX]{1,4})\s*[:.]/iu;
export const CLOSES = /^(?:chậm nhất|thời hạn|hạn chót|trước ngày)\b/iu;
export const NOTE = /^(?:lưu ý|ghi chú|địa điểm|thành phần|hình thức|trình tự|phương thức|đối tượng)[^:]{0,30}:/iu;
/**
 * "1. Mục đích", "2. Yêu cầu:", "1. Quan điểm" (Kế hoạch 258/KH-UBND of Lào Cai, 2021: "I. QUAN ĐIỂM, MỤC TIÊU, YÊU CẦU" /
 * "1. Quan điểm" / "- Nâng cao nhận thức, trách nhiệm của các cấp ủy, ..."): a plan's principles are stated, not tasks.
 */
export const AIM_HEADING =
  /^\d+\.\s*(muc dich|yeu cau|muc tieu|quan diem|pham vi|doi tuong)(,?\s*(yeu cau|muc dich|muc tieu|doi tuong|pham vi))?\s*:?\s*$/;
/**
 * Whom a "Yêu cầu" cue may address besides a unit's head word (HEADS): "Yêu cầu các đơn vị ...", "Yêu cầu Thuế tỉnh ...".
 */
const ADDRESSEES = 'Các|Quý|Người|Ông|Bà|Đồng chí|Lãnh đạo|Đảng|Thuế|Bảo hiểm|Thanh tra|Hải quan';
/**
 * The same heading joined by the web copy to its first line: "2. Yêu cầu Kiểm tra, giám sát, đánh giá kết quả thực hiện
 * Chương trình phải được thực hiện định kỳ ..." (Kế hoạch 130/KH-UBND of Ninh Bình, 2022, precision study of 2 December
 * 2026). Not the cue "Yêu cầu Sở Y tế ...": a unit follows it. Accents kept.
 */
export const AIM_JOINED = new RegExp(
  String.raw`^\d+\.\s*(?:Mục đích|Yêu cầu|Mục tiêu)(?:,?\s*(?:yêu cầu|mục đích))?\s+(?!(?:${HEADS}|${ADDRESSEES})(?![\p{L}\p{N}]))\p{Lu}`,
  'u',
);
/**
 * "1. Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay", "1. Kết quả đạt được": in a text without parts, a
 * numbered heading over an assessment (a kết luận's or a report's first section); what it lists are results.
 */
export const ASSESSMENT =
  /^\d+\.\s*(?:ve\s+)?(?:danh gia (?:tinh hinh|ket qua|chung|thuc trang|cong tac)|tinh hinh|ket qua (?:dat duoc|thuc hien|hoat dong)|nhung ket qua|thuc trang|hien trang|boi canh|uu diem|han che|ton tai)/;
/**
 * "II. NỘI DUNG THỰC HIỆN" / "1. Hiện trạng" / "Nghệ An hiện có nhiều KCN ..." / "2. Kế hoạch phát triển ...": inside a
 * part too, a numbered heading over the present state describes, its paragraphs are no tasks (nghean-2025-11-kehoach-5g-iot-kcn).
 */
export const SITUATION = /^\d+\.\s*(?:ve\s+)?(?:hien trang|thuc trang)(?:\s|$)/;
/**
 * Parts that state aims or assess the situation, not tasks: "I. MỤC ĐÍCH, YÊU CẦU", "I. QUAN ĐIỂM, MỤC TIÊU, YÊU CẦU"
 * (not a part that names the tasks too: "I. QUAN ĐIỂM, MỤC TIÊU, NHIỆM VỤ"), "I. ĐÁNH GIÁ TÌNH HÌNH", a conclusion's
 * "I. VỀ KẾT QUẢ ĐẠT ĐƯỢC" and "II. VỀ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN CHỦ YẾU"; "II. PHẠM VI, ĐỐI TƯỢNG" says what and who
 * the plan covers; "I. QUAN ĐIỂM" (Quyết định 893/QĐ-TTg approving a scheme, dev ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu) and
 * "I. NGUYÊN TẮC CHUNG" state the principles the tasks follow.
 */
export const AIMS =
  /^[ivx]+\.\s*(?:ve\s+)?(muc dich|yeu cau|muc tieu|quan diem(?![^.]*\b(?:nhiem vu|giai phap))|nguyen tac|danh gia|tinh hinh|ket qua|thuc trang|boi canh|khau hieu|trinh tu|ton tai|han che|nguyen nhan|uu diem|pham vi(?:,| va)? (?:doi tuong|ap dung|dieu chinh)|doi tuong(?:,| va)? pham vi)/;
/**
 * "III. PHẠM VI, ĐỐI TƯỢNG, NHU CẦU, PHƯƠNG ÁN HỖ TRỢ" / "1. Phạm vi" / ... / "4. Phương án tổ chức cấp phát" / "- Giai đoạn
 * khẩn cấp (0-48 giờ): Tổ chức lực lượng ..." (dev/daklak-2025-11-kehoach-nhuyeupham-mualu): a part on scope whose title
 * also names the plan of action; from the item titled so, its items are tasks.
 */
export function reopensPlanPart(part: string, paragraph: { marker: string | null; text: string }): boolean {
  return (
    /^[ivx]+\.\s*pham vi\b.*\bphuong an\b/u.test(part) &&
    paragraph.marker !== null &&
    /^\d+$/u.test(paragraph.marker) &&
    /^\d+\.\s*phuong an\b/u.test(foldAccents(paragraph.text))
  );
}
/** "3. Trình tự tổ chức hội nghị", "2. Khẩu hiệu tuyên truyền": what happens or is displayed, up to the next item. */
export const procedure = (text: string) =>
  PROCEDURE_HEADING.test(foldAccents(text).replace(/^(?:\d+|[ivx]+|[a-zđ])[.)]\s*/, '')) && !DIRECTS.test(text);
/** "III. NỘI DUNG KIỂM TRA, GIÁM SÁT": each check is a task, the points listed under it are what it examines. */
export const SCOPE = /^[ivx]+\.\s*noi dung (?:cac cuoc |cuoc )?(?:kiem tra|giam sat)/;
export const INSPECTS = /^(?:kiểm tra|giám sát|theo dõi|khảo sát|phúc tra)(?=[\s,])/iu;
export const strip = (text: string) =>
  text.replace(/^(?:\d{1,2}(?:\.\d{1,2}){0,3}(?:\.[a-zđ](?=[.)]))?|[IVX]{1,4}|[a-zđ])[.)]?\s+|^[-–+•*]\s*/u, '');
export const ROUTE =
  /^Đối với\s+(.+?)\s*(?:,\s*)?(?:sau khi[^.]*?)?\bbáo cáo(?:\s+kịp thời)?\s+(?:đến|về|cho)\s+(.+?)\.?$/iu;
export const REQUIRES = /(yêu cầu|đề nghị|giao|chỉ đạo)/iu;
/** "..., tập trung vào các nhóm nội dung", "... gồm các nội dung sau:": the contents of a bulletin or a programme follow. */
export const CONTENTS =
  /(?:tập trung vào|gồm|bao gồm|với)\s+(?:các|những)\s+(?:nhóm\s+)?nội dung(?:\s+(?:chính|chủ yếu|sau|như sau))?\s*:?\s*$/iu;
/**
 * "Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với các sở, ban, ngành ... và các đơn vị có liên quan", "+ Sở Văn hóa và
 * Thể thao chủ trì, phối hợp với ... và các đơn vị có liên quan": who carries out the activity above, no task of its own.
 */
export const ACTORS =
  /^(?:(?:cơ quan|đơn vị) (?:thực hiện|chủ trì|phối hợp)\s*(?::|$)|[^,;:]{3,80}?\schủ trì,\s*phối hợp(?: với)?\s[^;:]*?(?:và )?các (?:cơ quan|đơn vị)(?: có)? liên quan$)/iu;
/** "- Nội dung: Triển khai Tháng hành động ...": an activity's task after its label. */
export const CONTENT = /^[-–+•]\s*nội dung(?:\s+(?:thực hiện|hoạt động|công việc))?\s*:\s*(?=\S)/iu;
/** "- Nội dung:" with the activity's lines under it. */
export const CONTENT_LABEL = /^[-–+•]\s*nội dung(?:\s+(?:thực hiện|hoạt động|công việc))?\s*:\s*$/iu;
/** "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với ...": who carries out the activity above. */
export const AGENCY = /^[-–+•]\s*(?:cơ quan|đơn vị)\s+(?:thực hiện|chủ trì)\s*:\s*/iu;
/**
 * "Nguồn tài trợ, viện trợ; nguồn hợp pháp khác (nếu có)": a source of funds listed as a noun, no task; so is a budget that
 * "ensures" the funds ("a) Ngân sách Thành phố đảm bảo kinh phí (bao gồm nguồn kinh phí chi thường xuyên và chi đầu tư) theo
 * phân cấp ngân sách hiện hành ...", dev hanoi-2025-11-kehoach-5g-iot-khucongnghiep): a budget is no actor.
 */
export const FUNDS =
  /^(?:(?:các )?nguồn\s(?:kinh phí|vốn|tài trợ|viện trợ|ngân sách|xã hội hóa|hợp pháp|thu)[^.:]*\.?$|ngân sách\s(?:nhà nước|trung ương|tỉnh|thành phố|địa phương|cấp\s\p{L}+)(?:\s\p{L}+)?\s(?:đảm bảo|bảo đảm|bố trí|cân đối)\s+(?:kinh phí|nguồn|vốn))/iu;
/** "Ví dụ:", "Ví dụ 2:", "Ví dụ: Đồng chí ...": a worked example, no task. */
export const EXAMPLE = /^\(?ví dụ(?:\s*\d{1,2})?\s*[:.)]/iu;
/** "Đồng chí Nguyễn Văn A , Chủ nhiệm Ủy ban Y ...": a made-up person of an example (a name ending in one capital letter). */
export const PLACEHOLDER =
  /(?:^|\s)(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s+\p{Lu}(?![\p{L}\p{N}])/u;
/** "Cán bộ có trình độ khoa học công nghệ là: (i) ...": a definition. */
export const DEFINITION = /^[^,;:]{3,80}?\s(?:là|được hiểu là)\s*:/u;
/**
 * A lead-in to the tasks that follow: "... cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:"; "Chính phủ
 * yêu cầu các Bộ trưởng, ... tập trung chỉ đạo, điều hành ... các nhiệm vụ, giải pháp đã đề ra, trong đó chú trọng những nội
 * dung sau:" (Nghị quyết 122/NQ-CP, dev cp-2026-05-nq-phienhop-thuongky-thang4).
 */
export const REOPENS =
  /(?:(?:thực hiện|triển khai|tập trung)[^:]{0,60}?\s(?:nhiệm vụ|giải pháp|hoạt động|công việc)[^:]{0,20}?|(?:chú trọng|tập trung vào|lưu ý)\s+(?:những|các|một số)\s+(?:nội dung|vấn đề|nhiệm vụ)(?:\s+(?:trọng tâm|chủ yếu|cụ thể))?)\s(?:sau|sau đây|như sau)\s*:\s*$/iu;
/**
 * "lấy mẫu tại 15 vị trí như sau:", "Lấy mẫu 04 vị trí gồm:": a counted list of places or things follows; its members
 * spell out the one task, they are no tasks ("- Cửa sông lạch Càn: Lấy mẫu 01 vị trí ..."). Not "05 nội dung sau:".
 */
export const COUNTED =
  /(?:^|\s)\d{1,3}\s+(?!(?:nội dung|nhiệm vụ|việc|công việc|giải pháp|biện pháp|yêu cầu|vấn đề|điểm|bước|hoạt động|đợt|nhóm|mục)[\s/,])[\p{L}/]+(?:\s+[\p{L}/]+){0,4}\s*,?\s*(?:cụ thể\s+)?(?:như sau|(?:bao )?gồm(?: có)?)\s*:\s*$/iu;

/**
 * "Nghiên cứu, triển khai các nền tảng số chuyên dùng, cung cấp dịch vụ hỗ trợ giám sát, điều hành giao thông thông minh
 * như:" / "- Hệ thống giám sát, điều hành giao thông thông minh.": "như:" (not "như sau:") names examples of what the task
 * covers; they are no tasks of their own.
 */
export const EXAMPLES = /\s(?:chẳng hạn\s+)?như\s*:\s*$/iu;

/** A part's marker: "I", "II", "IV". */
export const roman = (m: string | null): m is string => m !== null && /^[IVX]+$/.test(m);

/**
 * "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố triển khai thực hiện theo đúng quy định, đảm bảo thực hiện nhiệm vụ
 * được giao, thực hành tiết kiệm ... . Trong quá trình thực hiện, nếu phát sinh vướng mắc đề nghị phản ánh kịp thời về Bộ
 * Nội vụ ...": the closing call to carry the letter out, then the courtesy; it asks nothing the items do not.
 */
export const CALL =
  /^[^.;:]{0,80}?(?:yêu cầu|đề nghị)\s[^.;:]{3,160}?\s(?:triển khai\s+|tổ chức\s+)?thực hiện\s+(?:theo\s+)?đúng quy định(?=[\s,.;]|$)/iu;

/**
 * "4. Bộ Công Thương sẽ phối hợp với các cơ quan chức năng kiểm tra, giám sát ... và sẽ xử lý nghiêm các hành vi vi phạm
 * nếu có" (Công văn 9634/BCT-TTTN, 2025): what a body says it will do, the issuer's undertaking, asks no one.
 */
export const UNDERTAKING = /^(?:Bộ|Sở|Ủy ban|Uỷ ban|UBND|Cục|Tổng cục|Văn phòng|Ban)\s[^,;.:]{1,80}?\s+sẽ\s/u;
