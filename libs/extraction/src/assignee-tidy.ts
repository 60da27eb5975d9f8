import { GENERIC } from './assignee-patterns.js';
import { isEveryone } from './general-wording.js';
import { joinSplitSyllables } from './split-syllables.js';

/**
 * The last pass over every requirement's assignees, whichever reader found them (corpus README, "How gold is
 * written", conventions settled 2 December 2026): a task goes to an office or a unit, so the form of address before
 * an office holder's title is not part of it, and a catch-all no clerk can hand a task to gives way to the units named
 * beside it.
 */

/** Words an office holder's title opens with ("Chủ tịch", "Phó Bí thư", "Giám đốc Sở", "Trưởng thôn", ...). */
const TITLE =
  /^(?:Phó\s+|Ủy viên\s+|Uỷ viên\s+)?(?:Bí thư|Chủ tịch|Chủ nhiệm|Giám đốc|Tổng Giám đốc|Thủ trưởng|Trưởng|Chánh|Cục trưởng|Vụ trưởng|Bộ trưởng|Thứ trưởng|Viện trưởng|Hiệu trưởng|Chỉ huy trưởng|Tư lệnh|Ủy viên|Uỷ viên|Thường trực|Người đứng đầu|Tổng Biên tập)(?=[\s,;]|$)/iu;

/**
 * "các đồng chí Giám đốc Sở" → "Giám đốc Sở", "Đồng chí Phó chủ tịch Thường trực, ..." → "Phó chủ tịch Thường trực,
 * ...", "Đ/c Bí thư Chi bộ" → "Bí thư Chi bộ": the honorific before a title goes; before a person's name ("đồng chí
 * Nguyễn Văn A") it stays, since the name is what identifies him.
 */
export function withoutHonorific(unit: string): string {
  const honorific = /^(?:(?:các|những)\s+)?(?:đồng chí|Đ\/c|đ\/c)\s+/iu.exec(unit);
  if (!honorific) return unit;
  const rest = unit.slice(honorific[0].length);
  return TITLE.test(rest) ? rest.charAt(0).toUpperCase() + rest.slice(1) : unit;
}

/**
 * "các đơn vị có liên quan", "các cơ quan, tổ chức khác có liên quan", "cơ quan, đơn vị, cá nhân liên quan": everyone
 * concerned, in general words; so are their heads ("Thủ trưởng các cơ quan, đơn vị, tổ chức và cá nhân có liên quan", the
 * closing article of Quyết định 2416/QĐ-BKHĐT, dev bkhdt-2024-10-qd-dinhchinh-thongtu-dauthau-ppp).
 */
const CATCH_ALL =
  /^(?:(?:thủ trưởng|người đứng đầu)\s+)?(?:(?:các|những)\s+)?(?:(?:cơ quan|đơn vị|tổ chức|cá nhân|địa phương|doanh nghiệp|ngành)(?:\s+khác)?(?:\s*,\s*|\s+và\s+|\s+)?)+(?:có\s+)?liên quan$/iu;

export function isCatchAll(unit: string): boolean {
  return CATCH_ALL.test(unit.trim());
}

/**
 * "Viện Nông nghiệp Thanh Hóa (cơ quan" → "Viện Nông nghiệp Thanh Hóa": an aside the unit's end cut open ("giao Viện
 * Nông nghiệp Thanh Hóa (cơ quan chủ trì xây dựng Đề án) căn cứ ...", UBND tỉnh Thanh Hóa, 2021) is no part of its name.
 */
export function withoutOpenAside(unit: string): string {
  const open = /\s*\([^()]*$/u.exec(unit);
  return open && open.index > 0 ? unit.slice(0, open.index) : unit;
}

/**
 * Every ministry and every locality in general words: "Các bộ, cơ quan trung ương căn cứ chức năng, nhiệm vụ ... tổ chức thực
 * hiện Nghị quyết này", "Các cơ quan trung ương và địa phương chủ động sử dụng dự toán ..." (dev
 * cp-2026-05-nq-giamdinh-adn-hai-cot-liet-si 5.1.c, 4.3): no assignee of its own (samples/corpus/README.md, "Empty for every
 * recipient"). Applied after the articles are read, where a unit that acts keeps the clause a task.
 */
const CENTRAL_AND_LOCAL =
  /^các\s+(?:bộ,\s*(?:các\s+)?cơ quan trung ương|cơ quan trung ương(?:,|\s+và)\s*(?:các\s+)?địa phương)$/iu;

/**
 * Applies both to each requirement's assignees (and joins a syllable a web copy spaced apart): a catch-all goes when
 * another unit is named beside it, and so do the general words for every addressee ("các bộ, ngành, địa phương", "các
 * cơ quan, đơn vị, địa phương": corpus README, "left out of a list that also names particular groups"; dev
 * vpcp-2025-11-tbkl-bcd-giaothong-phien21 II.1).
 */
export function tidyAssignees<R extends { assignees: string[] }>(requirements: R[]): void {
  for (const requirement of requirements) {
    const units = requirement.assignees.map((unit) => withoutHonorific(joinSplitSyllables(withoutOpenAside(unit))));
    // "Bộ Quốc phòng, Bộ Công an và các địa phương" (bodies dev vpcp-2025-11-tb-khacphuc-mualu-namtrungbo 1): the
    // localities alone are a group of one kind beside the ministries, and stay.
    const general = (unit: string) => GENERIC.test(unit.trim()) && !/^các\s+địa phương$/iu.test(unit.trim());
    const named = units.filter((unit) => !isCatchAll(unit) && !general(unit) && !isEveryone([unit]));
    requirement.assignees =
      units.length === 1 && CENTRAL_AND_LOCAL.test(units[0].trim()) ? [] : named.length > 0 ? named : units;
  }
}
