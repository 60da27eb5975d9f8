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
// "quá trình", "Ban chấp hành", "Đoàn kiểm tra, giám sát" are nouns too.
const VERB = new RegExp(
  String.raw`(?<!\svà)(?<!(?:^|\s)(?:các|Các|những|Những|bầu|ứng|đoàn|Đoàn|tổ|Tổ|quá|ban|Ban))(?<!quan,|kiểm tra,)\s+(?:${VERBS.join('|')})(?=[\s,.;:]|$)|\s+(?:trong|nếu|khi|phải|cần)\s`,
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
/**
 * The directive verbs that name an addressee after them. Capitalised only where a sentence, an item or a clause
 * after ":" opens: "Ban Chỉ đạo Dân số ...", "Sở Giao thông vận tải" are names, not cues.
 */
export const CUE = new RegExp(
  String.raw`(?:^|[\s,(])((?:kính |trân trọng )?(?:đề nghị|yêu cầu|giao|chỉ đạo|đồng ý)|(?<=^|[:;.]\s*|^[-–+•*]\s*|^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]\s*|^\(\d{1,2}\)\s*)(?:(?:Kính|Trân trọng) (?:đề nghị|yêu cầu)|Đề nghị|Yêu cầu|Giao|Chỉ đạo|Đồng ý|ĐỀ NGHỊ|YÊU CẦU|GIAO|CHỈ ĐẠO))\s+`,
  'u',
);
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
  return (
    text
      .split(/\s+(?:và|cùng)\s+/u)
      .reduce<string[]>((parts, part, i) => {
        if (i > 0 && !UNIT_HEAD.test(part)) parts[parts.length - 1] += ` và ${part}`;
        else parts.push(part);
        return parts;
      }, [])
      // "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã": one person, two titles.
      .flatMap((part) => (/^Đồng chí\s/u.test(part) ? [part] : part.split(LIST_COMMA)))
      .map((t) => clean(canonicaliseTones(t)))
      .filter(Boolean)
  );
}

/** The units a phrase names; generic addressees ("các cơ quan, đơn vị") name none, unless they are partners ("phối hợp với các cơ quan liên quan"). */
function unitsOf(phrase: string, partners = false): string[] {
  // "các Chuyên viên cơ quan MTTQ xã được phân công ...": the passive "được" is not part of the name.
  const text = clean(phrase.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/\s+được\s*$/u, ''));
  if (!text || (!partners && GENERIC.test(text))) return [];
  return splitUnits(text);
}

/** A sentence's subject when it opens with a unit: "Sở Nông nghiệp và Phát triển nông thôn phối hợp với ...". */
const SUBJECT_START =
  /^(?:Các\s|Người đứng đầu|Chánh Văn phòng|[Cc]ơ quan, tổ chức|Đồng chí|Trưởng Ban|Bí thư|Phó [Cc]hủ tịch|Ủy viên|Uỷ viên|UBND|Ủy ban|Uỷ ban|Sở\s|Phòng\s|Ban\s(?!hành)|Trung tâm|Chi bộ|Đảng ủy|Đảng uỷ|Công an|Thủ trưởng|Giám đốc|Hiệu trưởng|Chủ tịch|Trưởng\s|Văn phòng|Hội\s|Đoàn\s|Công đoàn|Bộ\s|Tổ chức (?:đoàn thể|chính trị|thành viên|cơ sở)|các (?:[Đđ]ồng chí|[Cc]huyên viên|[Tt]ổ chức|[Cc]hi bộ|[Đđ]ơn vị|[Cc]ơ quan)\s)/u;

/** An opening phrase of time or basis before the subject: "Kết thúc cuộc bầu cử, Ban Thường trực ...". */
const OPENING = /^(?:Kết thúc|Sau khi|Sau|Trước khi|Trước|Trong thời gian|Trong quá trình|Khi|Trên cơ sở|Căn cứ)\s/u;

/** The units before the first verb of a clause that opens with them, or none. */
function subjectOf(text: string): string[] {
  if (!SUBJECT_START.test(text)) return [];
  const verb = VERB.exec(text);
  return verb && verb.index > 0 && verb.index < 160 ? unitsOf(text.slice(0, verb.index)) : [];
}

/** The first cue that names its addressee ("Đồng ý chủ trương giao Ủy ban nhân dân tỉnh ..." → the "giao"). */
function namingCue(text: string): { cue: string; after: string } | null {
  const cues = new RegExp(CUE.source, 'gu');
  let first: { cue: string; after: string } | null = null;
  for (const match of text.matchAll(cues)) {
    const found = { cue: match[1], after: text.slice(match.index + match[0].length) };
    first ??= found;
    if (UNIT_START.test(found.after)) return found;
  }
  return first;
}

/**
 * The units a requirement names as acting, lead first: the addressee after đề nghị / yêu cầu / giao
 * ("Giao Phòng Tài chính - Kế hoạch chủ trì ..."), or the subject of a sentence that opens with a unit
 * ("UBND các xã, thị trấn báo cáo ..."), then those it works with ("phối hợp với A, B và C"), and the
 * subjects of the further ";" clauses ("...; các Chuyên viên cơ quan MTTQ xã được phân công ...").
 * Generic addressees ("các cơ quan, đơn vị") give none: the requirement is for every recipient.
 */
export function findAssignees(input: string, inherited: string[] = []): string[] {
  // "Nội dung: Ban Thường trực ... phối hợp ...", "Đối với vụ việc ở khu dân cư thì cơ quan ... có trách nhiệm ...",
  // "Kết thúc cuộc bầu cử, Ban Thường trực ... chịu trách nhiệm ...": the unit opens the clause after a short
  // label, after "thì", or after an opening phrase of time.
  let text = input.replace(/^[^:]{1,40}:\s+(?=\p{Lu})/u, '').replace(/^Đối với [^,]{1,80}?,?\s+thì\s+/u, '');
  if (!SUBJECT_START.test(text)) {
    // "Nếu liên quan đến người được MTTQ xã giới thiệu: Ban Thường trực ...", "Sau hội nghị ..., trên cơ sở ..., Ban ...".
    const label = /^[^:]{1,120}:\s+/u.exec(text);
    if (label && SUBJECT_START.test(text.slice(label[0].length))) text = text.slice(label[0].length);
    else if (OPENING.test(text))
      for (const comma of text.slice(0, 250).matchAll(/,\s+/gu))
        if (SUBJECT_START.test(text.slice(comma.index + comma[0].length))) {
          text = text.slice(comma.index + comma[0].length);
          break;
        }
  }
  let lead: string[] = [];
  const cue = namingCue(text);
  // A cue that names its addressee, even a generic one ("yêu cầu Thủ trưởng các cơ quan, đơn vị"), decides.
  const named = cue !== null && UNIT_START.test(cue.after) && !/^chỉ đạo$/iu.test(cue.cue);
  if (named) {
    const verb = VERB.exec(cue.after);
    if (verb && verb.index > 0 && verb.index < 160) lead = unitsOf(cue.after.slice(0, verb.index));
  }
  if (!named) lead = subjectOf(text);
  const units = lead.length > 0 ? lead : [...inherited];
  const add = (unit: string) => {
    if (!units.some((u) => u.toLowerCase() === unit.toLowerCase())) units.push(unit);
  };
  // "... chỉ đạo Sở Y tế làm đầu mối tổ chức thực hiện": the unit told to lead acts too.
  if (units.length > 0)
    for (const m of text.matchAll(
      /\s(?:chỉ đạo|giao)\s+((?:\p{Lu}|các\s)[^,;.:]{2,80}?)\s+(?:làm đầu mối|chủ trì)(?=[\s,])/gu,
    ))
      unitsOf(m[1]).forEach(add);
  const partners = /phối hợp với (.+)/u.exec(text);
  const end = partners ? PARTNERS_END.exec(partners[1]) : null;
  const phrase = partners && end ? partners[1].slice(0, end.index) : null;
  if (units.length > 0 && phrase) unitsOf(phrase, true).forEach(add);
  // "A chỉ đạo thực hiện; các Chuyên viên ... được phân công phụ trách thực hiện ...": each clause's own subject.
  if (units.length > 0) for (const clause of text.split(/;\s+/u).slice(1)) subjectOf(clause).forEach(add);
  return units;
}
