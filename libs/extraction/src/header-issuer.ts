import { foldAccents, canonicaliseTones } from '@congvan/common';
import { typeOf } from './header-types.js';
import type { Header } from './parse-header.js';
import { clean, fixPlaceNames, type Line } from './text-utils.js';

/** The bodies that issue Party documents: the line that opens with one is the issuer's name. */
const PARTY_BODY =
  /^(?:ĐẢNG [ỦU][YỶ]|ĐẢNG BỘ|CHI BỘ|CHI [ỦU][YỶ]|HUYỆN [ỦU][YỶ]|TỈNH [ỦU][YỶ]|THÀNH [ỦU][YỶ]|QUẬN [ỦU][YỶ]|THỊ [ỦU][YỶ]|BAN (?:THƯỜNG VỤ|TUYÊN GIÁO|TỔ CHỨC|DÂN VẬN|NỘI CHÍNH|KIỂM TRA|CHỈ ĐẠO|BẢO VỆ)|BCĐ|[ỦU][YỶ] BAN KIỂM TRA|VĂN PHÒNG)(?=\s|$)/u;
/** A state body that has bodies under it: the parent of an issuer flattened onto its line. */
const STATE_PARENT = /^(?:BỘ|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|SỞ|TỔNG CỤC|BẢO HIỂM XÃ HỘI VIỆT NAM)\s/u;
/** The bodies under it: "TỔNG CỤC HẢI QUAN", "SỞ Y TẾ", "VỤ TỔ CHỨC CÁN BỘ", "VĂN PHÒNG" ... */
const STATE_BODY =
  /(?<=\s)(?<!(?:MÔI|QUỐC|CƠ|NỘI|NGOẠI|PHỤC|NHIỆM|THƯỜNG|HỌC)\s)(?:TỔNG CỤC|CHI CỤC|CỤC|SỞ|VỤ|VĂN PHÒNG|THANH TRA|PHÒNG|TRUNG TÂM|BAN QUẢN LÝ|BỆNH VIỆN|HỌC VIỆN|VIỆN|TRƯỜNG|BẢO HIỂM XÃ HỘI|KHO BẠC)(?=\s)/gu;

/** A numbered section heading: "IV. KINH PHÍ ...", "1. Mục đích", "VI. TỔ CHỨC". */
const SECTION_HEADING = /^(?:[IVX]{1,5}|\d{1,2})\.\s+\p{L}/u;

/** The issuing body (and its parent): the upper-case block above "Số", mottos aside. */
export function readIssuer(top: Line[], header: Header, party: number): void {
  const upper = (text: string) => text === text.toUpperCase() && /\p{Lu}{2}/u.test(text);
  const numberLine = top.findIndex((l) => /^số/iu.test(l.text));
  // Without a number line the header ends at its first line in running case (the subject, "Kính gửi", the
  // body): the signer block of a short letter is no issuer ("TM. BAN TUYÊN GIÁO" / "TRƯỞNG BAN").
  const firstUpper = top.findIndex((l, i) => !header.consumed.has(i) && upper(l.text.replace(/\*/g, '').trim()));
  const running =
    firstUpper < 0
      ? -1
      : top.findIndex(
          (l, i) =>
            i > firstUpper &&
            !header.consumed.has(i) &&
            /\p{Ll}/u.test(l.text) &&
            !(i === party && /\p{Lu}{2}/u.test(l.text)),
        );
  // The issuer stands above the title, the "Kính gửi" line and the Nơi nhận: a page that lost its header
  // cell and opens with "THÔNG BÁO" / "KẾT" / "LUẬN CỦA ..." (the title) or "Kính gửi:" has no issuer, and
  // the capitals under them (the title, "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH") are none.
  const below = top.findIndex(
    (l) =>
      typeOf(l.text.replace(/\*/g, '').trim()) !== undefined ||
      /^(?:kinh gui|kinh trinh|noi nhan)/.test(foldAccents(l.text.replace(/\*/g, '').trim())),
  );
  // An excerpt that opens at a section heading ("**IV. KINH PHÍ THỰC HIỆN ĐỀ ÁN**", "**VI. TỔ CHỨC" / "THỰC HIỆN**",
  // the wave-15 excerpts of samples/bodies) has no header: the heading and the capitals under it are no issuer.
  const heading = top.findIndex((l) => SECTION_HEADING.test(l.text.replace(/\*/g, '').trim()));
  const end = Math.min(
    numberLine >= 0 ? numberLine : running >= 0 ? running : top.length,
    below >= 0 ? below : top.length,
    heading >= 0 ? heading : top.length,
  );
  // The issuer is the upper-case block above "Số", mottos aside. OCR may glue the Party motto and
  // the parent body on one line ("ĐẢNG CỘNG SẢN VIỆT NAMĐẢNG BỘ ..."): keep what follows the motto.
  const candidates: Array<{ line: Line; index: number; text: string }> = [];
  top.slice(0, end).forEach((line, index) => {
    let text = line.text.replace(/\*/g, '').trim();
    if (index === party) text = text.replace(/^.*?N\s*A\s*M\s*/u, '');
    else if (header.consumed.has(index)) return;
    // A bare number and symbol ("4360/BVHTTDL-VP") or a signer's authority is no issuer.
    if (/^[\d\s]*\/[\p{Lu}\d\s/.-]*$/u.test(text) || /^(?:TM|KT|TL|TUQ)\.\s|^[TK]\/[MT]\s/u.test(text)) return;
    if (text && upper(text) && !/, ngày/u.test(text)) candidates.push({ line, index, text });
  });
  // A name broken after "VÀ" or "," ("BỘ NÔNG NGHIỆP VÀ" / "MÔI TRƯỜNG") is one line; so is one the page's
  // cell cut before its last word ("UBND THÀNH PHỐ HÀ" / "NỘI"), "VĂN PHÒNG" / "CHÍNH PHỦ" and the Party's
  // "BAN CHẤP HÀNH" / "TRUNG ƯƠNG"; so is one broken before "VÀ" ("BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI").
  const merged: typeof candidates = [];
  for (const c of candidates) {
    const previous = merged.at(-1);
    if (
      previous &&
      (/(?:\sVÀ|,|\s[-–])$/u.test(previous.text) ||
        // "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI" (Quyết định 225/QĐ-BLĐTBXH, dev
        // bldtbxh-2024-03-qd-congbo-hethonghoa-vbqppl): broken before the "VÀ".
        (/^VÀ\s/u.test(c.text) && c.index === previous.index + 1) ||
        (/^\p{Lu}{2,4}$/u.test(c.text) && c.index === previous.index + 1) ||
        // ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI", the Standing Committee's cell, dev ubtvqh-2025-06-nq-sapxep-capxa-laichau.)
        (/^(?:VĂN PHÒNG|[ỦU][YỶ] BAN THƯỜNG VỤ)$/u.test(previous.text) &&
          /^(?:CHÍNH PHỦ|QUỐC HỘI|CHỦ TỊCH NƯỚC)$/u.test(c.text)) ||
        (/BAN CHẤP HÀNH$/u.test(previous.text) && /^TRUNG ƯƠNG/u.test(c.text)))
    )
      merged[merged.length - 1] = { ...previous, text: `${previous.text} ${c.text}` };
    else merged.push({ ...c });
  }
  // Party: the issuing committee is the last line that opens with a Party body; what stands above is its parent.
  const partyHead = header.system === 'party' ? merged.map((c) => PARTY_BODY.test(c.text)).lastIndexOf(true) : -1;
  // Its parent: the lines above it back to the nearest one that opens with a Party body (or just the line above).
  let from = partyHead - 1;
  while (from > 0 && !PARTY_BODY.test(merged[from].text)) from--;
  if (partyHead > 0 && !PARTY_BODY.test(merged[from].text)) from = partyHead - 1;
  const names = partyHead >= 0 ? merged.slice(Math.max(0, from)) : merged.slice(header.system === 'party' ? -2 : -3);
  if (names.length === 0) return;
  names.forEach((n) => header.consumed.add(n.index));
  let texts = names.map((n) => fixPlaceNames(canonicaliseTones(clean(n.text))));
  // "ĐẢNG BỘ KHỐI DÂN CHÍNH ĐẢNG ĐẢNG ỦY TRƯỜNG ĐH LẠC HỒNG" on one line: split before the last Party body.
  let glued = false;
  if (header.system === 'party' && texts.length === 1) {
    const heads = [...texts[0].matchAll(new RegExp(PARTY_BODY.source.replace('^', '(?<=\\s)'), 'gu'))];
    const cut = heads.at(-1)?.index;
    if (cut) [texts, glued] = [[texts[0].slice(0, cut).trim(), texts[0].slice(cut).trim()], true];
  }
  // "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN" (a page that flattens the header cell): the ministry, committee or
  // department above is the parent, the last body named after it the issuer.
  if (header.system !== 'party' && texts.length === 1 && STATE_PARENT.test(texts[0])) {
    const cut = [...texts[0].matchAll(STATE_BODY)].at(-1)?.index;
    if (cut) texts = [texts[0].slice(0, cut).trim(), texts[0].slice(cut).trim()];
  }
  const generic = /^(ủy ban nhân dân|hội đồng nhân dân|ban chấp hành|ban thường vụ)$/iu;
  let parent: string | null = null;
  let name: string;
  if (texts.length === 1) name = texts[0];
  else if (header.system === 'party' && partyHead >= 0) {
    const at = glued ? 1 : Math.min(texts.length - 1, partyHead - Math.max(0, from));
    [parent, name] = [texts.slice(0, at).join(' ') || null, texts.slice(at).join(' ')];
  }
  // "ỦY BAN NHÂN DÂN / THÀNH PHỐ HÀ NỘI / SỞ Y TẾ": the generic body and its place are the parent.
  else if (generic.test(texts[0]) && texts.length > 2) [parent, name] = [texts.slice(0, -1).join(' '), texts.at(-1)!];
  else if (generic.test(texts[0])) name = texts.join(' ');
  else [parent, name] = [texts.slice(0, -1).join(' '), texts.at(-1)!];
  header.issuer = { parent, name };
  header.issuerSpan = { start: names[0].line.start, end: names.at(-1)!.line.end };
}
