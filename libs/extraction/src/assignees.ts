import {
  LED_BY,
  LISTED,
  OBJECT_LIST,
  OPENING,
  PARTNERS,
  SENT_BY,
  SUBJECT_START,
  UNIT_START,
} from './assignee-patterns.js';
import { AGAIN, askedUnits, namingCue, unitLabel } from './assignee-cues.js';
import {
  lowerFirst,
  opens,
  opensAfterComma,
  raise,
  subjectEnd,
  subjectFits,
  subjectOf,
  unitsOf,
} from './assignee-subjects.js';

export { CUE, SUBJECT_START, UNIT_START } from './assignee-patterns.js';

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
