import { canonicaliseTones } from '@congvan/common';
import { HEADS, VERBS } from './assignee-words.js';
import { clean } from './text-utils.js';
import { meetingNotCue } from './cue-nouns.js';

// Nouns that look like verbs: "các tổ chức", "những ...", "cơ quan, tổ chức, đơn vị", "Ủy ban bầu cử", "người ứng
// cử", "Đoàn kiểm tra".
// "quá trình", "Ban chấp hành", "Đoàn kiểm tra, giám sát" are nouns too.
/**
 * "các Bộ", "các tỉnh, thành phố trực thuộc Trung ương" before ":": the bodies or places listed after the colon belong
 * to the name ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, ...", "Các Bộ, cơ
 * quan: Tài chính, Xây dựng, ...", "đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, ...").
 */
const LISTED = String.raw`[Cc]ác\s+(?:Tập đoàn|Tổng [Cc]ông ty|\p{L}+)(?:,\s+(?:thành phố|cơ quan))?(?:\s+trực thuộc\s+[Tt]rung ương)?`;
const VERB = new RegExp(
  String.raw`(?<!\svà)(?<!(?:^|\s)(?:các|Các|những|Những|bầu|ứng|đoàn|Đoàn|tổ|Tổ|quá|ban|Ban|là))(?<!quan,|kiểm tra,)\s+(?:${VERBS.join('|')})(?=[\s,.;:]|$)|\s+(?:trong|nếu|khi|phải|cần)\s|\s+(?:theo|căn cứ|trên cơ sở|trong phạm vi)\s+(?:chức năng|nhiệm vụ|thẩm quyền)|,\s+(?:nhất là|đặc biệt là|trong đó)\s|,?\s+để\s|(?<!(?:^|\s)${LISTED})\s*:\s`,
  'u',
);
/** A unit's head word: where " và " joins two units, not two words of one name ("Lao động - Thương binh và Xã hội"). */
const UNIT_HEAD = new RegExp(String.raw`^(?:các|những|toàn thể|tổ chức|hệ thống|chính quyền|${HEADS})\s`, 'u');
/**
 * The directive verbs that name an addressee after them. Capitalised only where a sentence, an item or a clause
 * after ":" opens: "Ban Chỉ đạo Dân số ...", "Sở Giao thông vận tải" are names, not cues.
 */
export const CUE = new RegExp(
  String.raw`(?:^|[\s,(])((?:kính |trân trọng )?(?:đề nghị|yêu cầu|giao|chỉ đạo|đồng ý)|(?<=^|[:;.]\s*|^[-–+•*]\s*|^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]\s*|^\((?:\d{1,2}|[ivx]{1,4})\)\s*)(?:(?:Kính|Trân trọng) (?:đề nghị|yêu cầu)|Đề nghị|Yêu cầu|Giao|Chỉ đạo|Đồng ý|ĐỀ NGHỊ|YÊU CẦU|GIAO|CHỈ ĐẠO))\s+`,
  'u',
);
/** A noun phrase that names a unit or group: what may follow a cue. */
export const UNIT_START =
  /^(?:các|toàn thể|mỗi|từng|những|đồng chí|ông|bà|\p{Lu}|thường trực|ban thường vụ|cán bộ|đảng viên|cấp ủy|chi bộ|đoàn viên|hội viên|giáo viên|học sinh|quý\s|sở\s|phòng\s|ban\s(?!hành)|ủy ban|uỷ ban|trung tâm|cơ quan|đơn vị)/u;

/**
 * "các đơn vị", "Thủ trưởng các cơ quan, đơn vị": every recipient, so no assignee of its own; so is the polite address of
 * the recipient ("đề nghị quý Bộ khẩn trương có báo cáo ...", "Quý cơ quan").
 */
const GENERIC =
  /^(?:(?:(?:thủ trưởng|lãnh đạo|trưởng)\s+)?(?:các|toàn thể|quý)\s+(?:cơ quan|đơn vị|địa phương|ban|ngành|phòng)(?:[\s,]+(?:cơ quan|đơn vị|địa phương|ban|ngành|phòng|và))*|quý\s+(?:bộ|sở|ủy ban|uỷ ban|cục|tổng cục|ban|trường|viện|hội|công ty|doanh nghiệp|tổ chức))$/iu;

/**
 * Everyone a Government notice speaks to: "các bộ, ngành, địa phương", "các Bộ, cơ quan" (not "các bộ, ngành" alone, a
 * particular group).
 */
const ALL_MINISTRIES = /^các\s+bộ,\s*(?:ngành,\s*)?(?:cơ quan|địa phương)(?:,\s*(?:cơ quan|địa phương))*$/iu;

/**
 * ", " before another unit's head word; "Bộ Văn hóa, Thể thao và Du lịch" is one name, and so is the ministers'
 * formula "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ", and the enterprises' "Chủ tịch Hội đồng
 * thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty".
 */
const LIST_COMMA = new RegExp(
  String.raw`(?<!Chủ tịch Hội đồng (?:thành viên|quản trị)|các Tập đoàn),\s*(?!Thủ trưởng (?:các )?cơ quan (?:ngang|thuộc) )(?=(?:các|Các|Tổng|${HEADS})(?:\s|$)|\p{Lu}{2,})`,
  'u',
);

/**
 * Splits "A, B và C" into units: at " và " before a unit's head word, at ", " only before a capitalised word or "các"
 * ("Công đoàn, Đoàn thanh niên và Hội sinh viên" → three; "UBND quận, huyện, thị xã" stays one).
 */
export function splitUnits(text: string): string[] {
  // "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, ...": the places listed belong to both.
  if (new RegExp(String.raw`\svà\s[^:]*\s${LISTED}:\s`, 'u').test(text)) return [clean(canonicaliseTones(text))];
  // "Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã": ";" separates units (a clause that opens with none, "...;
  // trên cơ sở đó, Tỉnh", is no unit).
  if (/;\s/u.test(text))
    return text
      .split(/\s*;\s+/u)
      .filter((part, i) => i === 0 || SUBJECT_START.test(part))
      .flatMap(splitUnits);
  return (
    text
      .split(/\s+(?:và|cùng)\s+/u)
      .reduce<string[]>((parts, part, i) => {
        if (i > 0 && !UNIT_HEAD.test(part)) parts[parts.length - 1] += ` và ${part}`;
        else parts.push(part);
        return parts;
      }, [])
      // "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã": one person, two titles.
      // "Bộ trưởng các Bộ: Quốc phòng, Công an": the bodies listed after "các Bộ:" are one addressee.
      .flatMap((part) => (/^Đồng chí\s|:\s/u.test(part) ? [part] : part.split(LIST_COMMA)))
      // "Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn ...", "các cơ quan chức năng, chính quyền địa phương": a
      // common noun after a proper name, or "chính quyền", starts another unit; "các địa phương, đơn vị" and "Cấp ủy,
      // chính quyền địa phương các cấp" are one.
      .flatMap((part) =>
        part.split(
          /^(?:các|những)\s|cơ quan ngang/iu.test(part)
            ? /(?<![ủu]ỷ|ủy),\s*(?=chính quyền\s)/u
            : /(?<![ủu]ỷ|ủy),\s*(?=(?:chính quyền|đơn vị|cơ quan|lực lượng|các|thành viên|toàn thể)\s)(?<=\p{Lu}[^,]*,\s*)/u,
        ),
      )
      .map((t) => clean(canonicaliseTones(t)))
      .filter(Boolean)
  );
}

/**
 * The units a phrase names; generic addressees ("các cơ quan, đơn vị") name none, unless `named` says the text singles
 * them out ("Đối với cơ quan, tổ chức, đơn vị: ...").
 */
function unitsOf(phrase: string, named = false, told = false): string[] {
  // "các Chuyên viên cơ quan MTTQ xã được phân công ...": the passive "được" is not part of the name.
  const text = clean(phrase.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/\s+được\s*$/u, ''));
  if (!text || (!named && (GENERIC.test(text) || ALL_MINISTRIES.test(text)))) return [];
  // "... chỉ đạo các đơn vị liên quan thực hiện": those a lead directs are no actors of their own.
  if (told && /^các\s+(?:cơ quan|đơn vị)[\s,]+(?:(?:cơ quan|đơn vị|có)[\s,]+)*liên quan$/iu.test(text)) return [];
  return splitUnits(text);
}

/** A sentence's subject when it opens with a unit: "Sở Nông nghiệp và Phát triển nông thôn phối hợp với ...". */
export const SUBJECT_START = new RegExp(
  String.raw`^(?:Các\s|(?:Thành phố|Tỉnh)\s\p{Lu}\p{Ll}*\s\p{Lu}|Tỉnh\s(?=căn cứ|chủ động|thực hiện|tiếp tục|khẩn trương|có trách nhiệm|cần|phải|tập trung|phối hợp|rà soát|làm việc)|[Cc]ơ quan, tổ chức|Phó [Cc]hủ tịch|Trưởng Ban|Lãnh đạo\s(?=các\s|\p{Lu})|Tổ chức (?:đoàn thể|chính trị|thành viên|cơ sở)|Ban\s(?!hành)|(?:${HEADS})[\s,]|các (?:[Đđ]ồng chí|[Cc]huyên viên|[Tt]ổ chức|[Cc]hi bộ|[Đđ]ơn vị|[Cc]ơ quan|[Cc]ấp (?:ủy|uỷ))[\s,])`,
  'u',
);

/** An opening phrase of time, basis or condition before the subject: "Kết thúc cuộc bầu cử, Ban Thường trực ...". */
const OPENING =
  /^(?:Định kỳ|Hằng năm|Hàng năm|Kết thúc|Sau khi|Sau|Trước khi|Trước|Trong thời gian|Trong quá trình|Khi|Trên cơ sở|Căn cứ|Trường hợp|Trong trường hợp|Nếu|Ngay sau khi|Đồng thời|Bên cạnh đó)[\s,]/u;

/**
 * How long a subject may be: "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân
 * các tỉnh, thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn
 * vị liên quan tiếp tục ..." names four addressees in 230 characters.
 */
const SUBJECT_MAX = 320;
/**
 * A subject up to 160 characters, or a longer list of at least three names (or "Các Bộ, cơ quan: Tài chính, Xây dựng, ...")
 * none of which runs past 16 words ("Nhóm 2: Các
 * xã, phường lân cận, vùng ven sông, suối, khu vực thấp trũng, ... cần được hỗ trợ" names places, not actors).
 */
const subjectFits = (subject: string) =>
  subject.length < 160 ||
  (subject.length < SUBJECT_MAX &&
    subject.split(/[,;]\s+/u).every((name) => name.split(/\s+/u).length <= 16) &&
    (unitsOf(subject).length >= 3 || new RegExp(String.raw`(?:^|\s)${LISTED}:\s`, 'u').test(subject)));

/** The units before the first verb of a clause that opens with them, or none. */
function subjectOf(text: string): string[] {
  if (!SUBJECT_START.test(text)) return [];
  const end = subjectEnd(text);
  // "Ủy ban nhân dân tỉnh là cơ quan chủ quản dự án ...": what a body is, not what it does.
  if (end > 0 && /\slà\s/u.test(text.slice(0, end))) return [];
  return end > 0 && subjectFits(text.slice(0, end)) ? unitsOf(text.slice(0, end)) : [];
}

/** A bare head noun that a verb completes into a name: "Cơ quan đăng ký đầu tư", "các tổ chức cung cấp dịch vụ". */
const BARE_HEAD = /^(?:[Cc]ác\s+)?(?:[Cc]ơ quan|[Tt]ổ chức)$/u;
/** The verbs that name such a body by its role ("cơ quan chủ trì", "tổ chức cung cấp dịch vụ"). */
const NAMING_VERB = /^\s+(?:đăng ký|phối hợp|chủ trì|cung cấp|thẩm định)$/u;

/**
 * Where the units before a clause's verb end (-1: no verb). "Cơ quan phối hợp có trách nhiệm ...", "các tổ chức
 * cung cấp dịch vụ chi trả thực hiện ...": after a bare "Cơ quan" or "các tổ chức" the first verb names the body,
 * and the next one acts.
 */
function subjectEnd(text: string): number {
  const verb = VERB.exec(text);
  if (!verb) return -1;
  // "Các cơ quan, đơn vị được giao chủ trì có trách nhiệm ...", "Các Chi bộ chưa tiến hành đại hội, từ ngày ... rà soát":
  // after "được" or "chưa" the verb names the group, and the main verb (or the comma) ends it.
  if (/\s(?:được(?: giao)?|chưa)$/u.test(text.slice(0, verb.index))) {
    const main = /\s(?:có trách nhiệm|chịu trách nhiệm|phải|cần)\s|,\s/u.exec(text.slice(verb.index));
    if (main && main.index < 120) return verb.index + main.index;
  }
  if (!BARE_HEAD.test(text.slice(0, verb.index)) || !NAMING_VERB.test(verb[0])) return verb.index;
  const from = verb.index + verb[0].length;
  const next = VERB.exec(text.slice(from));
  if (next) return next.index < 60 ? from + next.index : verb.index;
  // "6. Đề nghị các tổ chức cung cấp dịch vụ chi trả": a heading that names the body and no act.
  const rest = text.slice(from);
  return rest.length < 60 && !/[.,;:]/u.test(rest) ? text.length : verb.index;
}

/** A clause's verb that makes its subject a partner: "Sở Tài chính (cùng) phối hợp ...". */
const PARTNERS = /^\s*(?:cùng\s+|tham gia\s+)?phối hợp(?:[\s,.;]|$)/u;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
/**
 * A clause in mid-sentence read as a sentence would open ("thì cấp ủy ..." → "Cấp ủy ..."); "các ..." stays as written
 * ("các nội dung trên" is no unit, "các cấp ủy" is one).
 */
const raise = (text: string) =>
  /^\p{Ll}/u.test(text) && !/^các\s/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
/** Whether a clause opens with a unit, in mid-sentence too. */
const opens = (text: string) => SUBJECT_START.test(raise(text));
/**
 * After an opening phrase's comma, only a body's name opens the main clause in lower case ("Định kỳ hằng năm, ban
 * thường vụ cấp ủy ... có trách nhiệm ..."): "cơ quan, đơn vị" there is more often the tail of a list.
 */
const opensAfterComma = (text: string) =>
  SUBJECT_START.test(text) || (/^(?:ban thường vụ|thường trực|cấp ủy|cấp uỷ)\s/u.test(text) && opens(text));

/** The first cue that names its addressee ("Đồng ý chủ trương giao Ủy ban nhân dân tỉnh ..." → the "giao"). */
function namingCue(text: string): { cue: string; after: string } | null {
  const cues = new RegExp(CUE.source, 'gu');
  let first: { cue: string; after: string } | null = null;
  for (const match of text.matchAll(cues)) {
    // "về việc giao Ủy ban nhân dân tỉnh là cơ quan chủ quản": the act named as a noun, no request.
    if (/(?:^|\s)việc\s*$/u.test(text.slice(0, match.index + 1))) continue;
    const found = { cue: match[1], after: text.slice(match.index + match[0].length) };
    if (meetingNotCue(found.cue, text.slice(0, match.index + 1), found.after)) continue;
    first ??= found;
    if (UNIT_START.test(found.after)) return found;
  }
  return first;
}

/**
 * "Sở Tài chính: Căn cứ khả năng cân đối ngân sách, trình ...", "UBND các xã, phường: Phối hợp với ...": a label
 * that names the unit doing what follows it. Not "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo ..." (the bodies
 * listed after "các Bộ:" belong to the name) nor a label of time or topic ("Từ ngày 04/02/2026: ...").
 */
function unitLabel(text: string): { units: string[]; rest: string } | null {
  const label = /^([^:;]{2,100}?)\s*:\s+/u.exec(text);
  if (!label || new RegExp(String.raw`(?:^|\s)${LISTED}$`, 'u').test(label[1])) return null;
  const rest = text.slice(label[0].length);
  // "Đối với cơ quan, tổ chức, đơn vị: (1) Họp Ban lãnh đạo ...": the group the items are for.
  const name = label[1].replace(/^Đối với\s+/u, '');
  const named = name !== label[1] ? UNIT_START.test(name) : SUBJECT_START.test(name);
  if (!named || VERB.test(name) || name.split(/\s+/u).length > 16 || SUBJECT_START.test(rest)) return null;
  const units = unitsOf(name, name !== label[1]);
  return units.length > 0 ? { units, rest } : null;
}

/**
 * The units a requirement names as acting, lead first: the addressee after đề nghị / yêu cầu / giao
 * ("Giao Phòng Tài chính - Kế hoạch chủ trì ..."), or the subject of a sentence that opens with a unit
 * ("UBND các xã, thị trấn báo cáo ..."), or the unit a label names ("Sở Tài chính: Căn cứ ..."), and the subjects
 * of the further ";" clauses ("...; các Chuyên viên cơ quan MTTQ xã được phân công ..."). Lead, not partners: those
 * the lead works with ("X chủ trì, phối hợp với A, B và C", "X phối hợp với Y làm ...") are named in the text, not
 * listed. Generic addressees ("các cơ quan, đơn vị") give none: the requirement is for every recipient. `inherited`
 * are the units of the heading the requirement is under, when it names none itself.
 */
export function findAssignees(item: string, inherited: string[] = []): string[] {
  // "3. Bộ trưởng Bộ Tài chính ...", "b) Công an xã ...": the item's marker is not part of the sentence.
  const input = item.replace(
    /^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]\s+|^\((?:\d{1,2}|[ivx]{1,4})\)\s+|^[-–+•*]\s*/u,
    '',
  );
  const labelled = unitLabel(input);
  // "Nội dung: Ban Thường trực ... phối hợp ...", "Đối với vụ việc ở khu dân cư thì cơ quan ... có trách nhiệm ...",
  // "Kết thúc cuộc bầu cử, Ban Thường trực ... chịu trách nhiệm ...": the unit opens the clause after a short
  // label, after "thì", or after an opening phrase of time. "Về đề nghị các bộ, ngành ... : Ủy ban nhân dân thành phố
  // ... cần ...": what a conclusion answers is its topic; the units it names there do not act.
  let text = labelled
    ? labelled.rest
    : input
        .replace(/^Về\s[^:]{1,600}?:\s+(?=\p{Lu})/u, '')
        .replace(new RegExp(String.raw`^(?![^:]*(?:^|\s)${LISTED}:)[^:]{1,40}:\s+(?=\p{Lu})`, 'u'), '')
        .replace(/^Đối với [^,]{1,80}?,?\s+thì\s+/u, '');
  // "Đối với các địa phương chưa lập Đề án thì khẩn trương chỉ đạo ...": the group the condition names acts.
  const given =
    /^Đối với\s+((?:các\s+)?(?:địa phương|đơn vị|cơ quan|tổ chức|doanh nghiệp|chi bộ|đảng bộ|Sở|Bộ|UBND|Ủy ban)\s[^,]{1,80}?),?\s+thì\s+/u.exec(
      input,
    );
  if (!SUBJECT_START.test(text)) {
    // "Nếu liên quan đến người được MTTQ xã giới thiệu: Ban Thường trực ...", "Sau hội nghị ..., trên cơ sở ..., Ban ...",
    // "Căn cứ ...; các cấp ủy, tổ chức đảng ... có trách nhiệm ...", "Cán bộ khi có ..., thì các cấp ủy ... phải ...": the
    // unit opens the main clause, after a label, an opening phrase or a condition closed by "thì".
    const label = /^[^:]{1,120}:\s+/u.exec(text);
    // The first clause's "thì" only: "...; nếu ... thì cơ quan chủ trì có quyền ..." is a later clause's condition.
    const then = /^[^;]*?(?:^|[\s,])thì\s+/u.exec(text.slice(0, 400));
    if (label && SUBJECT_START.test(text.slice(label[0].length))) text = text.slice(label[0].length);
    else if (then && opens(text.slice(then[0].length))) text = raise(text.slice(then[0].length));
    else {
      // "Thực hiện chi trả ...: Sau khi thực hiện mở tài khoản, Ủy ban nhân dân xã, phường phối hợp ...": an opening
      // phrase after a label, too.
      const opened = label && OPENING.test(text.slice(label[0].length)) ? text.slice(label[0].length) : text;
      if (OPENING.test(opened))
        for (const comma of opened.slice(0, 400).matchAll(/[,;]\s+/gu))
          if (opensAfterComma(opened.slice(comma.index + comma[0].length))) {
            text = raise(opened.slice(comma.index + comma[0].length));
            break;
          }
    }
  }
  let lead: string[] = [];
  const cue = namingCue(text);
  // A cue that names its addressee, even a generic one ("yêu cầu Thủ trưởng các cơ quan, đơn vị"), decides.
  const named = cue !== null && UNIT_START.test(cue.after) && !/^chỉ đạo$/iu.test(cue.cue);
  if (named) {
    const end = subjectEnd(cue.after);
    if (end > 0 && subjectFits(cue.after.slice(0, end))) lead = unitsOf(cue.after.slice(0, end));
  }
  if (!named) lead = subjectOf(text);
  if (lead.length === 0 && labelled) lead = labelled.units;
  if (lead.length === 0 && given && !opens(text)) lead = unitsOf(given[1]);
  const units = lead.length > 0 ? lead : [...inherited];
  const add = (unit: string) => {
    if (!units.some((u) => u.toLowerCase() === unit.toLowerCase())) units.push(unit);
  };
  // "... chỉ đạo Sở Y tế làm đầu mối tổ chức thực hiện", "Sở ... chỉ đạo Chi cục ... thực hiện các nội dung sau:":
  // the unit told to lead, or to carry out the items listed, acts too.
  if (units.length > 0)
    for (const m of text.matchAll(
      /\s(?:chỉ đạo|giao)\s+((?:\p{Lu}|các\s)[^,;.:]{2,80}?)\s+(?:làm đầu mối|chủ trì|(?:khẩn trương\s+)?thực hiện (?:các|một số|những) (?:nội dung|nhiệm vụ|công việc)(?: chủ yếu| cụ thể)? (?:sau|như sau)\s*:)(?=[\s,]|$)/gu,
    ))
      unitsOf(m[1], false, true).forEach(add);
  // "A chỉ đạo thực hiện; các Chuyên viên ... được phân công phụ trách thực hiện ...": each clause's own subject.
  // "Sở Y tế chủ trì; Sở Tài chính phối hợp": lead, not partners.
  const led = /\schủ trì(?:[\s,.;]|$)/u.test(text);
  if (units.length > 0)
    for (const clause of text.split(/;\s+/u).slice(1))
      if (!(led && PARTNERS.test(clause.slice(Math.max(0, subjectEnd(clause)))))) subjectOf(clause).forEach(add);
  // "..., thì cấp ủy trực tiếp quản lý cán bộ phải ...": read as a sentence would open, kept as written.
  return units.map((u) => (!input.includes(u) && input.includes(lowerFirst(u)) ? lowerFirst(u) : u));
}
