import { findAssignees } from './assignees.js';

/**
 * The closing call to carry the document out, in any wording: what is left of the sentence once its addressees, its cue
 * and the words of carrying out ("triển khai", "thực hiện", "nghiêm túc", "đúng tiến độ", "các nhiệm vụ được giao tại Kế
 * hoạch này" ...) are taken away is nothing. samples/corpus/README.md ("How gold is written"): the closing call "asks
 * nothing the items do not, and as a task it would repeat them for every unit". It reads the call by what it lacks: an
 * object of its own; plan-asides.ts and the walks (section, structure, prose, most of walk-content) ask it. describes.ts's
 * CARRY_OUT stays where a paragraph goes on past the call ("Trên đây là ... . Đề nghị ... nghiêm túc thực hiện ...", dev
 * cantho-2025-11-chithi-nuocduoidat; "...; định kỳ ... báo cáo", dev hanoi-2025-11-kehoach-5g-iot-khucongnghiep), and
 * requirement-patterns.ts's CALL where the call names its manner at length (dev bnv-2025-11-chiphi-quanly-nguoicocong). A decision's execution article ("... chịu trách nhiệm thi hành Quyết định này") is a task (its "thi hành" is
 * left over), and so is a call that names work ("phối hợp với cơ quan chủ trì", "báo cáo", "xây dựng kế hoạch").
 */

/** A document this one is or the tasks it gives: "Kế hoạch này", "các nhiệm vụ được giao tại kế hoạch này", "nội dung nêu trên". */
const BACK_REFERENCE =
  /(?:(?:các|những)\s+)?(?:(?:nội dung|nhiệm vụ|giải pháp|công việc|hoạt động)(?:,\s*|\s+và\s+|\s+)?)+(?:(?:đã\s+)?(?:được\s+(?:giao|phân công)|nêu|đề ra|trên|nêu trên)\s*)*(?:(?:tại|trong|theo|của)\s+(?:kế hoạch|chỉ thị|công văn|công điện|văn bản|quyết định|thông báo|kết luận|chương trình|đề án)(?:\s+này)?)?|(?:kế hoạch|chỉ thị|công văn|công điện|văn bản|thông báo|kết luận|hướng dẫn|chương trình|đề án)\s+(?:này|nêu trên|trên)/gu;

/** "theo chức năng, nhiệm vụ (, quyền hạn) (được giao)", "trong phạm vi ... của mình": the scope each unit acts in. */
const SCOPE =
  /(?:theo|trong phạm vi|căn cứ|(?:(?:đảm bảo|bảo đảm)\s+)?phù hợp với)\s+(?:chức năng,\s*nhiệm vụ(?:,\s*quyền hạn)?|chức năng|nhiệm vụ|thẩm quyền)(?:\s+(?:được giao|của mình|của đơn vị|quản lý)|,?\s+của\s+(?:(?:ngành|cơ quan|đơn vị|địa phương)(?:,\s*|\s+))+mình)*/gu;

/** Who is addressed, left after the named units: "Thủ trưởng các cơ quan, đơn vị có liên quan", "được phân công nhiệm vụ". */
const ADDRESS =
  /(?:^|\s)(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|thủ trưởng|giám đốc|chủ tịch|lãnh đạo|các|những|cơ quan|đơn vị|sở|ban|ngành|đoàn thể|địa phương|tổ chức|cá nhân|(?:có\s+)?liên quan|cấp tỉnh|cấp huyện|cấp xã|tỉnh|thành phố|huyện|xã|phường|đặc khu|thị trấn|trực thuộc|thuộc|được phân công(?:\s+nhiệm vụ)?|và)(?=[\s,;.]|$)/gu;

/** The cue and the words of carrying out, with the manner they ask for. */
const CARRYING =
  /(?:^|\s)(?:trân trọng|kính|đề nghị|căn cứ|nghiên cứu,?|yêu cầu|giao|chỉ đạo|có trách nhiệm|chịu trách nhiệm|chủ động|triển khai|tổ chức|thực hiện|nghiêm túc|khẩn trương|kịp thời|tập trung(?:\s+nguồn lực)?|được giao|có hiệu quả|hiệu quả|tích cực|đầy đủ|quyết liệt|đồng bộ|tốt|(?:theo\s+)?đúng(?:\s+(?:tiến độ|quy định|yêu cầu|thời gian|kế hoạch))?|tiến độ|chất lượng|(?:đảm bảo|bảo đảm)(?:\s+(?:mục đích,\s*yêu cầu|yêu cầu|mục đích))?|quy định)(?=[\s,;.]|$)/gu;

/** Whether the sentence only calls its addressees to carry this document out. */
export function onlyCarriesOut(text: string): boolean {
  const sentence = text.trim().replace(/[\s.;]*(?:\.\/\.)?\s*$/u, '');
  // One sentence, no report, no date, no executing article, and it must carry something out.
  if (/[.;:!?]\s/u.test(sentence) || !/(?:thực hiện|triển khai|tiến độ)/iu.test(sentence)) return false;
  // A bare item under a unit's heading ("2. Các đơn vị thuộc Bộ Tư pháp" / "a) Triển khai thực hiện các nội dung của Kế
  // hoạch.", Quyết định 173/QĐ-BTP) is that unit's share of the plan: only a call that names whom it addresses is read.
  if (/^(?:triển khai|thực hiện|tổ chức|chủ động|nghiêm túc|khẩn trương|kịp thời)(?=[\s,]|$)/iu.test(sentence))
    return false;
  // The issuer before its cue: "Bộ Tài chính yêu cầu ...", "Ủy ban nhân dân tỉnh giao ...".
  let rest = sentence.replace(/^[^;:.]{0,80}?\s(?=(?:đề nghị|yêu cầu|giao|chỉ đạo)\s)/u, '');
  for (const unit of findAssignees(rest).sort((a, b) => b.length - a.length)) rest = rest.split(unit).join(' ');
  rest = rest.toLocaleLowerCase('vi');
  for (const pattern of [BACK_REFERENCE, SCOPE, CARRYING, ADDRESS, CARRYING, ADDRESS])
    rest = rest.replace(pattern, ' ');
  return rest.replace(/[\s,;()]+/gu, '') === '';
}

/**
 * The requirements without the closing calls. An item that goes on under the same ref with the units' own tasks ("IV.2"
 * "... chịu trách nhiệm thực hiện Kế hoạch này" / "Căn cứ nội dung Kế hoạch này ..., các bộ ... xây dựng kế hoạch chi tiết
 * ...", dev ttg-2025-11-qd-kehoach-luat-baove-dulieu-canhan) keeps it, as `isPlanAside` does.
 */
export function dropCarryOutCalls<T extends { ref: string; text: string }>(requirements: T[]): T[] {
  const kept = requirements.filter(
    (r, i) => !onlyCarriesOut(r.text) || (/\d/u.test(r.ref) && requirements[i + 1]?.ref === r.ref),
  );
  // A call that is the only request is the request (dev angiang-2006-02-treoco-mekong: "Ủy ban nhân dân tỉnh An Giang yêu
  // cầu UBND huyện, thị, thành phố khẩn trương tổ chức thực hiện.").
  return kept.length > 0 ? kept : requirements;
}
