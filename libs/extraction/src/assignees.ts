import { canonicaliseTones } from '@congvan/common';
import { clean } from './text-utils.js';

/** Verbs (and modal words) that end the addressee of a directive: "đề nghị <addressee> <verb> ...". */
const VERBS = [
  'chủ trì',
  'phối hợp',
  'chỉ đạo',
  'thực hiện',
  'triển khai',
  'tổ chức',
  'báo cáo',
  'gửi',
  'rà soát',
  'xem xét',
  'nghiên cứu',
  'tham gia',
  'thông báo',
  'quan tâm',
  'khẩn trương',
  'tăng cường',
  'lên kế hoạch',
  'tiếp tục',
  'có trách nhiệm',
  'tập trung',
  'hướng dẫn',
  'đôn đốc',
  'kiểm tra',
  'vận động',
  'làm',
  'cử',
  'đăng ký',
  'nghiêm túc',
  'phổ biến',
  'quán triệt',
  'tuyên truyền',
  'chuẩn bị',
  'hoàn thành',
  'cung cấp',
  'xây dựng',
  'tham mưu',
  'căn cứ',
  'theo dõi',
  'bố trí',
  'đảm bảo',
  'bảo đảm',
  'ban hành',
  'thường xuyên',
  'kịp thời',
  'chủ động',
  'trình',
  'cập nhật',
  'tổng hợp',
  'phân công',
  'giám sát',
  'phát động',
  'lập',
  'nộp',
  'duy trì',
  'sớm',
  'là đầu mối',
  'khắc phục',
  'tạo điều kiện',
  'rà soát',
  'nắm',
  'xác minh',
  'đánh giá',
  'công bố',
  'cho ý kiến',
  'góp ý',
  'có ý kiến',
  'nghiêm',
  'chấp hành',
  'dừng',
  'tạm dừng',
  'thống kê',
  'điều chỉnh',
  'giải quyết',
  'xử lý',
  'ra quân',
  'thành lập',
  'cài đặt',
  'thay đổi',
  'đề xuất',
  'hỗ trợ',
  'ứng phó',
  'sắp xếp',
  'giữ',
  'in',
  'phát hành',
  'treo',
  'đẩy mạnh',
  'đón',
  'tiếp nhận',
  'tham dự',
  'mời',
  'trả lời',
  'giải trình',
  'bổ sung',
  'sửa đổi',
  'lấy ý kiến',
  'xác nhận',
  'thẩm định',
  'chuyển',
  'tiếp thu',
  'hoàn thiện',
  'phân bổ',
  'bàn giao',
  'chịu trách nhiệm',
  'chịu trách',
  'triệu tập',
  'trao đổi',
  'lãnh đạo',
  'trực tiếp(?! quản lý)', // "đơn vị trực tiếp quản lý người đó" names a unit
];
// Nouns that look like verbs: "các tổ chức", "những ...", "cơ quan, tổ chức, đơn vị", "Ủy ban bầu cử", "người ứng
// cử", "Đoàn kiểm tra".
const VERB = new RegExp(
  String.raw`(?<!\svà)(?<!(?:^|\s)(?:các|Các|những|Những|bầu|ứng|đoàn|Đoàn|tổ|Tổ))(?<!quan,)\s+(?:${VERBS.join('|')})(?=[\s,.;:]|$)`,
  'u',
);
/** A unit's head word: where " và " joins two units, not two words of one name ("Lao động - Thương binh và Xã hội"). */
const UNIT_HEAD =
  /^(?:các|những|tổ chức|Ban|Sở|Phòng|UBND|Ủy ban|Uỷ ban|Hội|Đoàn|Công đoàn|Trung tâm|Văn phòng|Chi bộ|Đảng ủy|Đảng uỷ|Công an|Chủ tịch|Thủ trưởng|Giám đốc|Hiệu trưởng|Trưởng|Bí thư|Thường trực)\s/u;
/** Where the units after "phối hợp với" end: a verb ("tổng kiểm tra", "tham mưu"), "để", "trong", or the clause. */
const PARTNERS_END = new RegExp(
  String.raw`(?<!(?:^|\s)(?:các|Các|những|Những|bầu|ứng|đoàn|Đoàn|tổ|Tổ))(?<!quan,)\s+(?:tổng\s+|để|trong|(?:${VERBS.join('|')})(?=[\s,.;:]|$))|[.;:]|$`,
  'u',
);
/** The directive verbs that name an addressee after them. */
export const CUE = /(?:^|[\s,(])((?:kính |trân trọng )?(?:đề nghị|yêu cầu|giao|chỉ đạo|đồng ý))\s+/iu;
/** A noun phrase that names a unit or group: what may follow a cue. */
export const UNIT_START =
  /^(?:các|toàn thể|mỗi|từng|những|đồng chí|ông|bà|\p{Lu}|cán bộ|đảng viên|cấp ủy|chi bộ|đoàn viên|hội viên|giáo viên|học sinh|quý\s|sở\s|phòng\s|ban\s(?!hành)|ủy ban|uỷ ban|trung tâm|cơ quan|đơn vị)/u;

/** "các đơn vị", "Thủ trưởng các cơ quan, đơn vị": every recipient, so no assignee of its own. */
const GENERIC =
  /^(?:(?:thủ trưởng|lãnh đạo|trưởng)\s+)?(?:các|toàn thể|quý)\s+(?:cơ quan|đơn vị|địa phương|ban|ngành|phòng)(?:[\s,]+(?:cơ quan|đơn vị|địa phương|ban|ngành|phòng|và|liên quan))*$/iu;

/** ", " before another unit's head word; "Bộ Văn hóa, Thể thao và Du lịch" is one name. */
const LIST_COMMA =
  /,\s*(?=(?:các|Các|Ban|Sở|Phòng|UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Hội|Đoàn|Công đoàn|Công an|Trung tâm|Văn phòng|Chi bộ|Đảng ủy|Đảng uỷ|Huyện ủy|Thành ủy|Tỉnh ủy|Chủ tịch|Phó Chủ tịch|Thủ trưởng|Giám đốc|Hiệu trưởng|Trưởng|Bí thư|Thường trực|Người đứng đầu|Đồng chí|Lãnh đạo|Bộ|Cục|Tổng cục|Chi cục|Viện|Trường|Bệnh viện|Đài|Báo|Mặt trận|MTTQ|Tổ|Kho bạc|Tòa án|Liên đoàn|Quân sự|Bộ Chỉ huy|Ngân hàng|Thanh tra|Cơ quan|Đơn vị|Bộ phận|Tổng|Chánh|Uỷ viên|Ủy viên)(?:\s|$)|\p{Lu}{2,})/u;

/**
 * Splits "A, B và C" into units: at " và " before a unit's head word, at ", " only before a capitalised word or "các"
 * ("Công đoàn, Đoàn thanh niên và Hội sinh viên" → three; "UBND quận, huyện, thị xã" stays one).
 */
export function splitUnits(text: string): string[] {
  return text
    .split(/\s+(?:và|cùng)\s+/u)
    .reduce<string[]>((parts, part, i) => {
      if (i > 0 && !UNIT_HEAD.test(part)) parts[parts.length - 1] += ` và ${part}`;
      else parts.push(part);
      return parts;
    }, [])
    .flatMap((part) => part.split(LIST_COMMA))
    .map((t) => clean(canonicaliseTones(t)))
    .filter(Boolean);
}

function unitsOf(phrase: string): string[] {
  const text = clean(phrase.replace(/\s*\([^)]*\)\s*/gu, ' '));
  if (!text || GENERIC.test(text)) return [];
  return splitUnits(text);
}

/**
 * The units a requirement names as acting, lead first: the addressee after đề nghị / yêu cầu / giao
 * ("Giao Phòng Tài chính - Kế hoạch chủ trì ..."), or the subject of a sentence that opens with a unit
 * ("UBND các xã, thị trấn báo cáo ..."), then those it works with ("phối hợp với A, B và C").
 * Generic addressees ("các cơ quan, đơn vị") give none: the requirement is for every recipient.
 */
export function findAssignees(input: string, inherited: string[] = []): string[] {
  // "Nội dung: Ban Thường trực ... phối hợp ...", "Đối với vụ việc ở khu dân cư thì cơ quan ... có trách nhiệm ...":
  // the unit opens the clause after a short label or after "thì".
  const text = input.replace(/^[^:]{1,40}:\s+(?=\p{Lu})/u, '').replace(/^Đối với [^,]{1,80}?,?\s+thì\s+/u, '');
  let lead: string[] = [];
  const cue = CUE.exec(text);
  const afterCue = cue ? text.slice(cue.index + cue[0].length) : null;
  // A cue that names its addressee, even a generic one ("yêu cầu Thủ trưởng các cơ quan, đơn vị"), decides.
  const named = afterCue !== null && UNIT_START.test(afterCue) && !/^chỉ đạo$/iu.test(cue![1]);
  if (named) {
    const verb = VERB.exec(afterCue);
    if (verb && verb.index > 0 && verb.index < 160) lead = unitsOf(afterCue.slice(0, verb.index));
  }
  // "Sở Nông nghiệp và Phát triển nông thôn phối hợp với ...": the unit that opens the sentence, when no cue names one.
  if (
    !named &&
    /^(?:Các\s|Người đứng đầu|Chánh Văn phòng|[Cc]ơ quan, tổ chức|Đồng chí|Trưởng Ban|Bí thư|Phó [Cc]hủ tịch|Ủy viên|UBND|Ủy ban|Uỷ ban|Sở\s|Phòng\s|Ban\s(?!hành)|Trung tâm|Chi bộ|Đảng ủy|Đảng uỷ|Công an|Thủ trưởng|Giám đốc|Hiệu trưởng|Chủ tịch|Trưởng\s|Văn phòng|Hội\s|Đoàn\s|Công đoàn|Bộ\s)/u.test(
      text,
    )
  ) {
    const verb = VERB.exec(text);
    if (verb && verb.index > 0 && verb.index < 160) lead = unitsOf(text.slice(0, verb.index));
  }
  const units = lead.length > 0 ? lead : [...inherited];
  const partners = /phối hợp với (.+)/u.exec(text);
  const end = partners ? PARTNERS_END.exec(partners[1]) : null;
  const phrase = partners && end ? partners[1].slice(0, end.index) : null;
  if (units.length > 0 && phrase) for (const unit of unitsOf(phrase)) if (!units.includes(unit)) units.push(unit);
  return units;
}
