import { findAssignees } from './assignees.js';
import { VERB } from './assignee-patterns.js';
import { type Found } from './prose-requirements.js';
import { BACKGROUND, directs, mainClause, UNIT_SUBJECT, unitMustAct } from './directing-sentences.js';
import { makeRequirement } from './plan-tasks.js';
import { deadlinesOf } from './parse-deadlines.js';
import { reportRoutes } from './report-routes.js';

/** What may stand before the unit that opens a clause: "Trên cơ sở đó, ", "Để xác định vị trí cụ thể của dự án, ". */
const OPENER =
  /^(?:(?:trên cơ sở đó|đồng thời|ngoài ra|bên cạnh đó)\s*,\s*|(?:để|sau khi|trên cơ sở)\s[^,;.]{3,120}?,\s*)/iu;

/**
 * The unit a sentence turns to, after a request ("Đề nghị các đồng chí Bộ trưởng ... chỉ đạo ...") or after a purpose or
 * link ("Để xác định vị trí cụ thể của dự án, Ủy ban nhân dân tỉnh Thanh Hóa phối hợp với ... rà soát ..."); null when the
 * sentence goes on with the same task (a unit named bare may be a case of it: "UBND thành phố Đà Nẵng khẩn trương ...").
 */
function actorOf(sentence: string): string | null {
  if (/^(?:đề nghị|yêu cầu|giao)\s/iu.test(sentence))
    return directs(sentence) ? (findAssignees(sentence)[0] ?? null) : null;
  const opener = OPENER.exec(sentence);
  if (!opener) return null;
  const rest = sentence.slice(opener[0].length);
  // After the link the unit opens the sentence; what follows it is its task (unless it befalls or was done).
  if (!UNIT_SUBJECT.test(rest) || /^[^,;:]{0,100}?\s(?:được giao|sẽ|đã|đang)\s/u.test(rest)) return null;
  const unit = findAssignees(rest)[0];
  if (unit === undefined || !rest.startsWith(unit)) return null;
  // "Bộ Nội vụ được giao xây dựng ...", "Văn phòng sẽ phối hợp ...": what befalls or will be done, not asked.
  return /^[\s,]*(?:được|sẽ|đã)\s/u.test(rest.slice(unit.length)) ? null : unit;
}

/**
 * "Hội đồng thẩm định Nhà nước thẩm định Báo cáo ... . Bộ Nông nghiệp và Môi trường khẩn trương tiếp thu ý kiến thẩm định
 * ..." (Thông báo 655/TB-VPCP, 2025): a sentence that opens bare with a unit that must act turns to it when the sentence
 * before named another unit (not a plural group it may belong to) as its own actor.
 */
function bareActor(sentence: string, before: string): string | null {
  if (!UNIT_SUBJECT.test(sentence) || !unitMustAct(sentence)) return null;
  const unit = findAssignees(sentence)[0];
  const others = findAssignees(before);
  const other = others[0];
  if (unit === undefined || other === undefined || !sentence.startsWith(unit)) return null;
  // "Bộ trưởng, ..., Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ... khẩn trương ... . UBND thành phố Đà Nẵng khẩn trương
  // ..." (dev ttg-2025-11-congdien-duan-tondong): one of a plural group named before is a case of the same task.
  if (others.some((u) => /(?:^|\s)các\s/iu.test(u))) return null;
  return other.includes(unit) || unit.includes(other) || before.includes(unit) ? null : unit;
}

/**
 * "...; hoàn thành việc ban hành hướng dẫn trước ngày 25 tháng 11 năm 2025; Các bộ, ngành, địa phương căn cứ hướng dẫn của
 * Bộ Công an tổ chức rà soát ..." (dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5, III.3.(2)): a ";" part that opens
 * with a capital is a sentence of its own; when a unit opens it and must act (or acts on a basis: "căn cứ ..."), it turns
 * to that unit, even one named in the part before.
 */
function capitalActor(part: string, before: string, year: string | null): string | null {
  // "Thủ trưởng các Sở, ban, ngành; Chủ tịch Ủy ban nhân dân ... có trách nhiệm ...": a part that only names units shares
  // the act of the part after it.
  if (!UNIT_SUBJECT.test(part) || !VERB.test(` ${before} `)) return null;
  // "Trên cơ cở tổng hợp nhu cầu ...; Sở Tài chính tham mưu ..." (dev dongthap-2025-11-kehoach-doimoi-congnghe V.4.1): a
  // basis with no subject leads to the unit after it. "Xây dựng, ban hành Quy chế, Kế hoạch của Ban Chỉ đạo quốc gia; Ban
  // Chỉ đạo các quân khu, Ban Chỉ đạo các tỉnh ..." (dev bcdqg1237-2013-11-kehoach-haicot-lietsi B.II.1.a): a part that
  // ends with a unit goes on with the list of units.
  const end = before.replace(/[\s;]+$/u, '');
  if (
    (/^(?:trên cơ|căn cứ|để|nhằm|theo|sau khi)\s/iu.test(before) && mainClause(before) === null) ||
    /\s(?:của|cho|với)\s+\p{Lu}[^,;]*$/u.test(end) ||
    findAssignees(end).some((u) => end.endsWith(u))
  )
    return null;
  // "Các bộ, ngành, địa phương căn cứ ...": every ministry and locality in general words names no unit; its words stand
  // for it.
  const general =
    /^Các\s+(?:bộ|ngành|địa phương|cơ quan|đơn vị|sở)(?:(?:,\s*|\s+và\s+)(?:bộ|ngành|địa phương|cơ quan|đơn vị|sở))*/u.exec(
      part,
    );
  const unit = findAssignees(part)[0] ?? general?.[0];
  if (unit === undefined || !part.startsWith(unit)) return null;
  const rest = part.slice(unit.length);
  if (/^[\s,]*(?:được|sẽ|đã|đang|vừa|là)\s/u.test(rest)) return null;
  const due = deadlinesOf(part, year).length > 0;
  return unitMustAct(part, due) || /^\s+căn cứ\s/u.test(rest) ? unit : null;
}

/**
 * One item that tells two units apart what each must do ("Các bộ ... khẩn trương triển khai ... . Đề nghị các đồng chí Bộ
 * trưởng ... chỉ đạo quyết liệt ..."): one requirement per unit, all with the item's ref. A sentence splits off where it
 * turns to another unit; the first part keeps the item's units that it names (or all, when it names none).
 */
export function splitByActor(requirement: Found, year: string | null): Found[] {
  // Sentences; and the ";" parts that open with a capital: a link ("...; Trên cơ sở đó, Ban Chỉ đạo 389 các bộ ... xây
  // dựng ...") or a unit (capitalActor).
  const parts = requirement.text.split(/(?<=[\p{Ll}\d)”"][.!?;])\s+(?=\p{Lu})/u);
  // "Ngày 16/6/2025, Quốc hội đã thông qua ...": an item opening with background is read whole; not one whose basis leads
  // to a unit's task ("Trên cơ sở Kế hoạch này, các sở, ban, ngành Tỉnh tổ chức thực hiện ...; Ủy ban nhân dân các xã,
  // phường căn cứ ...", dev dongthap-2025-12-kehoach-chuyendoiso-doanhnghiep IV.7).
  const background = BACKGROUND.test(parts[0]) && mainClause(parts[0]) === null;
  if (parts.length < 2 || background || /\s(?:đã|đang|vừa)\s/u.test(parts[0])) return [requirement];
  const groups: Array<{ actor: string | null; parts: string[] }> = [{ actor: actorOf(parts[0]), parts: [parts[0]] }];
  for (const [i, part] of parts.slice(1).entries()) {
    const semicolon = parts[i].endsWith(';');
    const actor =
      actorOf(part) ?? (semicolon ? capitalActor(part, parts[i], year) : bareActor(part, groups.at(-1)!.parts[0]));
    // "Bộ Tài chính khẩn trương ... . Để triển khai, Bộ Tài chính ...": the same unit goes on.
    const previous = groups.at(-1)!;
    if (actor !== null && actor !== previous.actor && !previous.parts.join(' ').startsWith(actor))
      groups.push({ actor, parts: [part] });
    else groups.at(-1)!.parts.push(part);
  }
  if (groups.length < 2) return [requirement];
  // A deadline or route the item took from its section ("- Thời gian thực hiện: ...") holds for every part.
  const inheritedDeadlines = deadlinesOf(requirement.text, year).length === 0 ? requirement.deadlines : null;
  const inheritedRoutes = reportRoutes(requirement.text).length === 0 ? requirement.reportTo : null;
  return groups.map(({ parts }, i) => {
    const text = parts.join(' ').replace(/[.;]$/u, '');
    const found = makeRequirement(requirement.ref, [{ text, span: requirement.span, marker: null }], year);
    if (inheritedDeadlines) found.deadlines = [...inheritedDeadlines];
    if (inheritedRoutes) found.reportTo = [...inheritedRoutes];
    // "Để xác định vị trí ..., Ủy ban nhân dân tỉnh Thanh Hóa phối hợp ...": the units after the purpose act.
    const opener = i > 0 ? OPENER.exec(text) : null;
    if (opener) found.assignees = findAssignees(text.slice(opener[0].length));
    if (i === 0) {
      const named = requirement.assignees.filter((unit) => text.includes(unit));
      found.assignees = named.length > 0 ? named : findAssignees(text).length > 0 ? [] : requirement.assignees;
    }
    return found;
  });
}
