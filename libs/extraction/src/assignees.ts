import {
  ACT_START,
  ALL_MINISTRIES,
  BARE_HEAD,
  CUE,
  GENERIC,
  LED_BY,
  LISTED,
  NAMING_VERB,
  OBJECT_LIST,
  OPENING,
  PARTNERS,
  SENT_BY,
  SUBJECT_START,
  UNIT_START,
  VERB,
} from './assignee-patterns.js';
import { clean } from './text-utils.js';
import { meetingNotCue } from './cue-nouns.js';
import { splitUnits } from './unit-lists.js';

export { CUE, SUBJECT_START, UNIT_START } from './assignee-patterns.js';

/** "Sở Nội vụ là cơ quan thường trực", "Sở Nông nghiệp và Môi trường là cơ quan đầu mối": a body, then its role. */
const ROLE_OF = String.raw`^(.+?)\slà\s+(?:cơ quan|đơn vị|thành viên|thường trực|đầu mối)`;
/** "Sở Nội vụ là cơ quan thường trực, ...": what it is, closed by a comma before what it does. */
const ROLE = new RegExp(String.raw`${ROLE_OF}[^,;.]*,\s*$`, 'u');
/** "giao Ban Tổ chức Tỉnh ủy là cơ quan thường trực giúp cấp ủy ...": after a cue the role needs no comma. */
const CUED_ROLE = new RegExp(String.raw`${ROLE_OF}(?:\s|,|$)`, 'u');

/**
 * The units a phrase names; generic addressees ("các cơ quan, đơn vị") name none, unless `named` says the text singles
 * them out ("Đối với cơ quan, tổ chức, đơn vị: ...").
 */
function unitsOf(phrase: string, named = false, told = false): string[] {
  // "các Chuyên viên cơ quan MTTQ xã được phân công ...": the passive "được" is not part of the name.
  // "Đài Truyền hình Việt Nam (VTV)", "Nhà đầu tư (Tập đoàn Đèo Cả)": a parenthesis that opens with a capital names the
  // unit (its short name, the one meant); a lower-case aside ("(nếu có)", "(cơ quan chủ trì ...)") does not.
  const names: string[] = [];
  const kept = phrase.replace(/\s*\(\s*(\p{Lu}[^()]*)\)/gu, (_, inner: string) => {
    names.push(inner.trim());
    return ` NAMEPAREN${names.length - 1}`;
  });
  const text = clean(kept.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/\s+được\s*$/u, ''));
  const restore = (unit: string) => unit.replace(/\s?NAMEPAREN(\d+)/gu, (_, i: string) => ` (${names[Number(i)]})`);
  if (!text || (!named && (GENERIC.test(restore(text)) || ALL_MINISTRIES.test(restore(text))))) return [];
  // "... chỉ đạo các đơn vị liên quan thực hiện": those a lead directs are no actors of their own.
  if (told && /^các\s+(?:cơ quan|đơn vị)[\s,]+(?:(?:cơ quan|đơn vị|có)[\s,]+)*liên quan$/iu.test(text)) return [];
  return splitUnits(text).map(restore);
}

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
  // "Đề nghị các cơ quan chuyên môn, ... thuộc Ủy ban nhân dân Thành phố; Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân
  // dân Thành phố; các đơn vị sự nghiệp công lập, ...; Hội đồng nhân dân, Ủy ban nhân dân các xã, phường và đặc khu: tổ
  // chức triển khai ..." (bodies dev hcm-2025-kiemdiem-xeploai-canbo 1): addressees listed with ";", each one short.
  (subject.length < 2 * SUBJECT_MAX &&
    /;\s/u.test(subject) &&
    subject.split(/;\s+/u).every((name) => name.length < 160)) ||
  (subject.length < SUBJECT_MAX &&
    subject.split(/[,;]\s+|\s+và\s+/u).every((name) => name.split(/\s+/u).length <= 16) &&
    (unitsOf(subject).length >= 3 || new RegExp(String.raw`(?:^|\s)${LISTED}:\s`, 'u').test(subject)));

/** The units before the first verb of a clause that opens with them, or none. */
function subjectOf(text: string): string[] {
  if (!SUBJECT_START.test(text)) return [];
  const end = subjectEnd(text);
  // "Ủy ban nhân dân tỉnh là cơ quan chủ quản dự án ...": what a body is, not what it does; but "Sở Nội vụ là cơ quan
  // thường trực, có trách nhiệm ...": what it is, then what it does.
  const role = ROLE.exec(text.slice(0, end));
  if (role) return unitsOf(role[1]);
  if (end > 0 && /\slà\s/u.test(text.slice(0, end))) return [];
  return end > 0 && subjectFits(text.slice(0, end)) ? unitsOf(text.slice(0, end)) : [];
}

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
    // "Đề nghị UBND các xã, phường, các đơn vị được giao làm Bên mời thầu dự án ...:" (Hà Nội, CV 6397/UBND-KT, 2025):
    // a lead-in (or one read as "... thực hiện") ends there.
    const main = /\s(?:có trách nhiệm|chịu trách nhiệm|phải|cần)\s|,\s|\sthực hiện$|\s*:\s*$/u.exec(
      text.slice(verb.index),
    );
    if (main && main.index < 120) return verb.index + main.index;
  }
  // "... các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố tự rà soát ...": "tự" (by itself)
  // belongs to the act.
  if (!BARE_HEAD.test(text.slice(0, verb.index)) || !NAMING_VERB.test(verb[0]))
    return verb.index - (/\stự$/u.exec(text.slice(0, verb.index))?.[0].length ?? 0);
  const from = verb.index + verb[0].length;
  const next = VERB.exec(text.slice(from));
  if (next) return next.index < 60 ? from + next.index : verb.index;
  // "6. Đề nghị các tổ chức cung cấp dịch vụ chi trả": a heading that names the body and no act.
  const rest = text.slice(from);
  return rest.length < 60 && !/[.,;:]/u.test(rest) ? text.length : verb.index;
}

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
  SUBJECT_START.test(text) ||
  (/^(?:ban thường vụ|thường trực|cấp ủy|cấp uỷ|cấp có thẩm quyền)\s/u.test(text) && opens(text));

/**
 * "Tăng cường công tác chỉ đạo, rà soát, kiểm tra các dự án ..., có biện pháp yêu cầu các chủ đầu tư lập ...": in an item
 * that opens with its act, a request in mid-sentence is what its unnamed actor (the heading's unit) asks of others, not
 * the actor; unless a unit opens the clause that asks ("Thực hiện Chỉ thị số ..., Bộ GDĐT đề nghị sở GDĐT ...").
 */
function askedByActor(text: string, at: number): boolean {
  // "...; giao Sở Tư pháp chủ trì thực hiện": the issuer's own assignment names the lead; but "Phân công, chỉ đạo, giao
  // trách nhiệm cho các thành viên Ban Chỉ đạo ..." (dev quangngai-2025-11-qd-kehoach-kiemke-taisancong): one of the acts
  // the unnamed actor does.
  const rest = text.slice(at).trim();
  if (!ACT_START.test(text) || OPENING.test(text) || /^[A-ZĐ]/u.test(rest)) return false;
  if (
    /^giao\s/u.test(rest) &&
    (!/^giao\s+(?:trách nhiệm|nhiệm vụ)\s/u.test(rest) || /[;.]\s*$/u.test(text.slice(0, at)))
  )
    return false;
  const clause = text
    .slice(0, at)
    .split(/[,;:]\s+/u)
    .at(-1)!;
  return !opens(clause.trim());
}

/** The first cue that names its addressee ("Đồng ý chủ trương giao Ủy ban nhân dân tỉnh ..." → the "giao"). */
function namingCue(text: string): { cue: string; after: string } | null {
  const cues = new RegExp(CUE.source, 'gu');
  let first: { cue: string; after: string } | null = null;
  for (const match of text.matchAll(cues)) {
    // "về việc giao Ủy ban nhân dân tỉnh là cơ quan chủ quản": the act named as a noun, no request.
    if (/(?:^|\s)việc\s*$/u.test(text.slice(0, match.index + 1))) continue;
    // "xử lý theo thẩm quyền hoặc đề nghị cơ quan có thẩm quyền xử lý": the body asked instead is no actor; nor is the one
    // something "đã được giao cho" (dev quangtri-2025-11-chithi-lanchiem-rung 1.3).
    if (/\s(?:hoặc|được)\s*$/u.test(text.slice(0, match.index + 1))) continue;
    // "... lập danh sách đề nghị Ban Thường vụ cấp ủy quyết định công nhận ..." (Hướng dẫn 40-HD/BTGDVTW, tnt305/tai_lieu_noi_bo
    // aa9bb8226e3d4c71.md): a paper that asks, named by what it is, sends no request from the issuer.
    if (/(?:^|\s)(?:danh sách|văn bản|tờ trình|hồ sơ|công văn|giấy|đơn)\s*$/iu.test(text.slice(0, match.index + 1)))
      continue;
    if (askedByActor(text, match.index)) continue;
    const found = { cue: match[1], after: text.slice(match.index + match[0].length) };
    if (meetingNotCue(found.cue, text.slice(0, match.index + 1), found.after)) continue;
    first ??= found;
    if (UNIT_START.test(found.after)) return found;
  }
  return first;
}

/** "... và kêu gọi", "... và đề nghị": a second request, its addressee after it. */
const AGAIN = new RegExp(
  String.raw`\s+(?:và|đồng thời)\s+(?:kêu gọi|đề nghị|yêu cầu)\s+(?=${UNIT_START.source.slice(1)})`,
  'u',
);

/** The units a cue's addressee names, up to the act asked of them. */
function askedUnits(after: string): string[] {
  const end = subjectEnd(after);
  // "Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, ..." (Công văn 4001/UBND-ĐT, tnt305/tai_lieu_noi_bo
  // 76415b3ed5295e94.md): the body, not its role.
  const subject = end > 0 ? after.slice(0, end) : '';
  // "giao Ban Tổ chức Tỉnh ủy là cơ quan thường trực giúp cấp ủy ..." (baothainguyen.vn, Ban Thường vụ Tỉnh ủy Thái
  // Nguyên, 2009): after a cue the role needs no comma; the body named is given a task.
  const role = CUED_ROLE.exec(subject);
  return end > 0 && subjectFits(subject) ? unitsOf(role?.[1] ?? subject) : [];
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
  // "Đối với cơ quan, tổ chức, đơn vị: (1) Họp Ban lãnh đạo ...": the group the items are for. "Đề nghị Liên đoàn Lao động
  // tỉnh: Chỉ đạo các cấp công đoàn ..." (dev kontum-2020-05-ctrhanhdong-quanhelaodong III.3): the body asked, its task
  // after the colon.
  const given = /^Đối với\s+/u.exec(label[1]);
  const asked = /^(?:Đề nghị|Yêu cầu|Giao)\s+/u.exec(label[1]);
  const name = label[1].slice((given ?? asked)?.[0].length ?? 0);
  const named = given || asked ? UNIT_START.test(name) : SUBJECT_START.test(name);
  if (!named || VERB.test(name) || name.split(/\s+/u).length > 16 || SUBJECT_START.test(rest)) return null;
  const units = unitsOf(name, given !== null);
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
        .replace(/^Đối với [^,]{1,80}?,?\s+thì\s+/u, '')
        // "Riêng Sở Y tế báo cáo trước ngày ...": the one unit singled out.
        .replace(/^Riêng\s+(?=\p{Lu})/u, '');
  // "Đối với các địa phương chưa lập Đề án thì khẩn trương chỉ đạo ...": the group the condition names acts; so does the
  // one told what it must do ("Đối với các chủ đầu tư cần nhanh chóng dọn dẹp mặt bằng ...", dev
  // vpcp-2025-11-tbkl-bcd-giaothong-phien21 II.5).
  const given =
    /^Đối với\s+((?:các\s+)?(?:địa phương|đơn vị|cơ quan|tổ chức|doanh nghiệp|chi bộ|đảng bộ|chủ đầu tư|nhà đầu tư|Sở|Bộ|UBND|Ủy ban)(?:\s[^,]{1,80}?)?)(?:,?\s+thì\s+|\s+(?=(?:cần|phải)\s))/u.exec(
      input,
    );
  if (!SUBJECT_START.test(text)) {
    // "Nếu liên quan đến người được MTTQ xã giới thiệu: Ban Thường trực ...", "Sau hội nghị ..., trên cơ sở ..., Ban ...",
    // "Căn cứ ...; các cấp ủy, tổ chức đảng ... có trách nhiệm ...", "Cán bộ khi có ..., thì các cấp ủy ... phải ...": the
    // unit opens the main clause, after a label, an opening phrase or a condition closed by "thì".
    // Not an example list opened inside brackets: "... ưu tiên vốn cho các dự án trọng điểm (Như: Trung tâm dữ liệu ...)"
    // (dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5).
    const label = /^[^:(]{1,200}(?:\([^)]*\)[^:(]*)*:\s+/u.exec(text);
    // The first clause's "thì" only: "...; nếu ... thì cơ quan chủ trì có quyền ..." is a later clause's condition.
    const then = /^[^;]*?(?:^|[\s,])thì\s+/u.exec(text.slice(0, 400));
    if (label && SUBJECT_START.test(text.slice(label[0].length))) text = text.slice(label[0].length);
    else if (then && opens(text.slice(then[0].length))) text = raise(text.slice(then[0].length));
    else {
      // "Thực hiện chi trả ...: Sau khi thực hiện mở tài khoản, Ủy ban nhân dân xã, phường phối hợp ...": an opening
      // phrase after a label, too.
      const opened = label && OPENING.test(text.slice(label[0].length)) ? text.slice(label[0].length) : text;
      if (OPENING.test(opened))
        for (const comma of opened.slice(0, 400).matchAll(/[,;]\s+/gu)) {
          // "Căn cứ ... tổ chức lập Đề án ... và gửi về Bộ Xây dựng, Bộ Tài chính để ...": the bodies a verb sends to are
          // its object, and the main clause has begun.
          if (OBJECT_LIST.test(opened.slice(0, comma.index))) break;
          // "Đối với chi phí ... năm 2023, 2024, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương ..." (dev
          // cp-2026-04-nq-thanhtoan-kcb-bhyt-vuot-dutoan 2.3): the request opens the main clause; all it names act.
          if (/^(?:đề nghị|yêu cầu|giao)\s+(?=\p{Lu})/u.test(opened.slice(comma.index + comma[0].length))) {
            text = opened.slice(comma.index + comma[0].length);
            break;
          }
          if (opensAfterComma(opened.slice(comma.index + comma[0].length))) {
            text = raise(opened.slice(comma.index + comma[0].length));
            break;
          }
        }
    }
  }
  let lead: string[] = [];
  const cue = namingCue(text);
  // A cue that names its addressee, even a generic one ("yêu cầu Thủ trưởng các cơ quan, đơn vị"), decides.
  const named = cue !== null && UNIT_START.test(cue.after) && !/^chỉ đạo$/iu.test(cue.cue);
  if (named) {
    // "Sở Giáo dục và Đào tạo đề nghị tổ dân phố, chính quyền địa phương và kêu gọi toàn thể nhân dân tăng cường giám
    // sát ..." (dev danang-sgddt-2020-07-phongchong-covid-thi-tnthpt 1.b): a second request before the act names more.
    const end = subjectEnd(cue.after);
    const again = end > 0 ? AGAIN.exec(cue.after.slice(0, end)) : null;
    lead = again
      ? [
          ...(subjectFits(cue.after.slice(0, again.index)) ? unitsOf(cue.after.slice(0, again.index)) : []),
          ...askedUnits(cue.after.slice(again.index + again[0].length)),
        ]
      : askedUnits(cue.after);
  }
  if (!named) lead = subjectOf(text);
  if (lead.length === 0 && labelled) lead = labelled.units;
  if (lead.length === 0 && given && !opens(text)) lead = unitsOf(given[1]);
  const after = lead.length === 0 ? LED_BY.exec(text) : null;
  if (after) lead = unitsOf(after[1]);
  const sent = lead.length === 0 ? SENT_BY.exec(text) : null;
  if (sent && opens(sent[1])) lead = unitsOf(sent[1]);
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
    // "Mỗi bộ, cơ quan ngang bộ: chọn cử tối đa 03 người (riêng Bộ Tài chính: tối đa 05 người; Bộ Ngoại giao: ...)"
    // (Hướng dẫn 40-HD/BTGDVTW, 2025): the clauses of an aside are no clauses of the sentence.
    for (const clause of text
      .replace(/\([^()]*;[^()]*\)/gu, '')
      .split(/;\s+/u)
      .slice(1))
      if (!(led && PARTNERS.test(clause.slice(Math.max(0, subjectEnd(clause)))))) subjectOf(clause).forEach(add);
  // "..., thì cấp ủy trực tiếp quản lý cán bộ phải ...": read as a sentence would open, kept as written.
  return units.map((u) => (!input.includes(u) && input.includes(lowerFirst(u)) ? lowerFirst(u) : u));
}
