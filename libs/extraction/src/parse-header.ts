import { foldAccents, canonicaliseTones } from '@congvan/common';
import { clean, fixPlaceNames, isoDate, type Line, type Span } from './text-utils.js';

export interface Header {
  system: 'state' | 'party' | null;
  issuer: { parent: string | null; name: string } | null;
  issuerSpan: Span | null;
  number: string | null;
  symbol: string | null;
  numberSpan: Span | null;
  place: string | null;
  date: string | null;
  dateSpan: Span | null;
  docType: string | null;
  subject: string | null;
  subjectSpan: Span | null;
  /** Index of the first line after the header (the Kính gửi line or the first body line). */
  bodyStart: number;
  /** Header lines, wherever they stand: a scan read column by column puts the right column after the left. */
  consumed: Set<number>;
}

/** The bodies that issue Party documents: the line that opens with one is the issuer's name. */
const PARTY_BODY =
  /^(?:ĐẢNG [ỦU][YỶ]|ĐẢNG BỘ|CHI BỘ|CHI [ỦU][YỶ]|HUYỆN [ỦU][YỶ]|TỈNH [ỦU][YỶ]|THÀNH [ỦU][YỶ]|QUẬN [ỦU][YỶ]|THỊ [ỦU][YỶ]|BAN (?:THƯỜNG VỤ|TUYÊN GIÁO|TỔ CHỨC|DÂN VẬN|NỘI CHÍNH|KIỂM TRA|CHỈ ĐẠO|BẢO VỆ)|BCĐ|[ỦU][YỶ] BAN KIỂM TRA|VĂN PHÒNG)(?=\s|$)/u;
/** A state body that has bodies under it: the parent of an issuer flattened onto its line. */
const STATE_PARENT = /^(?:BỘ|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|SỞ|TỔNG CỤC|BẢO HIỂM XÃ HỘI VIỆT NAM)\s/u;
/** The bodies under it: "TỔNG CỤC HẢI QUAN", "SỞ Y TẾ", "VỤ TỔ CHỨC CÁN BỘ", "VĂN PHÒNG" ... */
const STATE_BODY =
  /(?<=\s)(?<!(?:MÔI|QUỐC|CƠ|NỘI|NGOẠI|PHỤC|NHIỆM|THƯỜNG|HỌC)\s)(?:TỔNG CỤC|CHI CỤC|CỤC|SỞ|VỤ|VĂN PHÒNG|THANH TRA|PHÒNG|TRUNG TÂM|BAN QUẢN LÝ|BỆNH VIỆN|HỌC VIỆN|VIỆN|TRƯỜNG|BẢO HIỂM XÃ HỘI|KHO BẠC)(?=\s)/gu;
const STATE_MOTTO = /cong hoa xa hoi chu nghia|doc lap\s*[-–]\s*tu do/;
const PARTY_MOTTO = /dang cong s[a-z]{1,3}n viet nam/;
const DOC_TYPES = [
  'Kế hoạch',
  'Thông báo',
  'Quyết định',
  'Chỉ thị',
  'Báo cáo',
  'Hướng dẫn',
  'Tờ trình',
  'Giấy mời',
  'Nghị quyết',
  'Quy định',
  'Chương trình',
  'Kết luận',
  'Thông tri',
  'Thông tư',
  'Công điện',
  'Thông báo kết luận',
  'Quy chế',
  'Đề án',
  'Phương án',
  'Thông cáo',
  'Công văn',
  // Letters of a committee to the public ("THƯ NGỎ" / "Vận động hỗ trợ ..." of UBND huyện Mai Châu, 2019).
  'Thư ngỏ',
  'Thư mời',
  'Lời kêu gọi',
];
/** Urgency printed on the type line ("Thông báo Khẩn", "CÔNG ĐIỆN HỎA TỐC") is not part of the type. */
const URGENCY = /\s+(?:thượng khẩn|khẩn|hỏa tốc|hoả tốc)$/iu;
/** The type line, spaces aside ("K ÉT LUẬN" as OCR reads "KẾT LUẬN"). */
const typeOf = (text: string) => {
  const key = (t: string) => foldAccents(t).replace(/\s+/g, '');
  return DOC_TYPES.find((t) => key(text.replace(URGENCY, '')) === key(t));
};
/** OCR misreads in dates: "OS'" for "05", "l" for "1". */
const DIGIT_LOOKALIKES: Record<string, string> = {
  O: '0',
  o: '0',
  Q: '0',
  D: '0',
  S: '5',
  s: '5',
  I: '1',
  l: '1',
  i: '1',
  B: '8',
  Z: '2',
  z: '2',
};

function repairDigits(token: string | undefined): string | null {
  if (!token) return null;
  const repaired = [...token.replace(/['’`.,]/g, '')].map((c) => DIGIT_LOOKALIKES[c] ?? c).join('');
  return /^\d{1,4}$/.test(repaired) ? repaired : null;
}

const spanOf = (line: Line): Span => ({ start: line.start, end: line.end });

/** Issuer, number and symbol, place and date, document type and subject, from the top of the page. */
export function parseHeader(lines: Line[]): Header {
  const header: Header = {
    system: null,
    issuer: null,
    issuerSpan: null,
    number: null,
    symbol: null,
    numberSpan: null,
    place: null,
    date: null,
    dateSpan: null,
    docType: null,
    subject: null,
    subjectSpan: null,
    bodyStart: 0,
    consumed: new Set(),
  };
  const top = lines.slice(0, 25);
  const folded = top.map((l) => foldAccents(l.text));
  const party = folded.findIndex((f) => PARTY_MOTTO.test(f));
  const state = folded.findIndex((f) => STATE_MOTTO.test(f));
  header.system = party >= 0 && (state < 0 || party <= state) ? 'party' : state >= 0 ? 'state' : null;
  folded.forEach((f, i) => {
    // ("Thực hiện Điều lệ Đảng Cộng sản Việt Nam ...": a body sentence under a short header names the Party too.)
    if (top[i].text.length > 100 && /\p{Ll}{2,}\s\p{Ll}{2,}/u.test(top[i].text)) return;
    if (
      PARTY_MOTTO.test(f) ||
      STATE_MOTTO.test(f) ||
      /^(viet nam|hanh phuc|chu nghia viet nam|cong hoa xa hoi)$/.test(f.trim()) ||
      /^\*+$/.test(top[i].text)
    )
      header.consumed.add(i);
  });

  readNumber(top, header);
  readPlaceDate(top, header);
  readIssuer(top, header, party);
  readSubject(lines, header);
  return header;
}

function readIssuer(top: Line[], header: Header, party: number): void {
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
  const end = Math.min(
    numberLine >= 0 ? numberLine : running >= 0 ? running : top.length,
    below >= 0 ? below : top.length,
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
  // "BAN CHẤP HÀNH" / "TRUNG ƯƠNG".
  const merged: typeof candidates = [];
  for (const c of candidates) {
    const previous = merged.at(-1);
    if (
      previous &&
      (/(?:\sVÀ|,|\s[-–])$/u.test(previous.text) ||
        (/^\p{Lu}{2,4}$/u.test(c.text) && c.index === previous.index + 1) ||
        (/^VĂN PHÒNG$/u.test(previous.text) && /^(?:CHÍNH PHỦ|QUỐC HỘI|CHỦ TỊCH NƯỚC)$/u.test(c.text)) ||
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

function readNumber(top: Line[], header: Header): void {
  for (const line of top) {
    // Party: "Số 1100-CV/HU", "Số 03-TTr/ĐU" (TTr, CTr: tờ trình, chương trình); state: "Số: 15/UBND-NV", "Số: /UBND-NV", "Số: 17/2022/NQ-HĐND".
    // Spaces and en dashes around the parts ("215 - CV/BDVTU", "4144 /GDĐT – VP", "SGDĐT –GDTrH") are dropped.
    const party =
      // "Số      -/ĐU": number and type code left blank for the clerk.
      /^Số\s*:?\s*(\d*)\s*[-–]\s*((?:\p{Lu}[\p{Lu}\d]*(?:Tr)?)?\s*\/\s*\p{Lu}[\p{Lu}\d]*(?:\s*[-–]\s*\p{Lu}[\p{L}\d]*)*)/u.exec(
        line.text,
      );
    const state =
      // "1631/TTg-KGVX": the Prime Minister's "TTg" has a lower-case letter.
      /^Số\s*:?\s*(\d*(?:\s*\/\s*\d{4})?)\s*\/\s*(\p{Lu}[\p{Lu}\d&]*(?:g\b)?(?:\s*[-–]\s*\p{Lu}[\p{L}\d&]*)*)/u.exec(
        line.text,
      );
    const match = party ?? state;
    if (match) {
      header.consumed.add(top.indexOf(line));
      header.number = match[1].replace(/\s+/g, '') || null;
      header.symbol = match[2].replace(/\s+/g, '').replace(/–/g, '-');
      header.numberSpan = spanOf(line);
      if (!header.docType) header.docType = typeFromSymbol(header.symbol, party ? 'party' : 'state');
      return;
    }
  }
}

/** "KH-UBND" → Kế hoạch; "CV/HU" and plain "UBND-NV" → Công văn. */
function typeFromSymbol(symbol: string, system: 'party' | 'state'): string | null {
  const code = system === 'party' ? symbol.split('/')[0] : symbol.split('-')[0];
  const types: Record<string, string> = {
    CV: 'Công văn',
    KH: 'Kế hoạch',
    TB: 'Thông báo',
    QĐ: 'Quyết định',
    CT: 'Chỉ thị',
    BC: 'Báo cáo',
    HD: 'Hướng dẫn',
    TTr: 'Tờ trình',
    GM: 'Giấy mời',
    NQ: 'Nghị quyết',
    QĐi: 'Quy định',
    CTr: 'Chương trình',
    KL: 'Kết luận',
    TT: 'Thông tri',
    CĐ: 'Công điện',
  };
  // "TT": a Thông tri of the Party, a Thông tư of the State.
  if (code === 'TT') return system === 'party' ? 'Thông tri' : 'Thông tư';
  return types[code] ?? null;
}

/** "Mỹ Đức, ngày 05 tháng 8 năm 2024", "Quận 9, ngày ..."; OCR may read "tháng" as "thúng". */
const PLACE_DATE =
  /(?:^|\*\s*|\s{2,})([\p{L} .'-]{2,40}?(?:\s\d{1,2})?),\s*ngày\s+(\S*)\s*th\p{L}{1,2}ng\s*(\d\S*|\S+)\s+n\p{L}m\s+(\S+)/iu;

function readPlaceDate(top: Line[], header: Header): void {
  for (const [index, line] of top.entries()) {
    let match = PLACE_DATE.exec(line.text);
    // A page that wraps the italic date cell: "*Hà Nội, ngày 26 tháng 11" / "năm 2025*" (the year on the next
    // line; a place begun on the line above is joined in prepareText).
    const next = top[index + 1];
    if (!match && next && /,\s*ngày\s/u.test(line.text) && !/,\s*ngày\s/u.test(next.text)) {
      match = PLACE_DATE.exec(`${line.text} ${next.text}`);
      if (match) header.consumed.add(index + 1);
    }
    if (!match) continue;
    header.consumed.add(index);
    header.place = fixPlaceNames(clean(match[1].replace(/^\*\s*/, '')));
    const [day, month, year] = [repairDigits(match[2]), repairDigits(match[3]), repairDigits(match[4])];
    // "ngày ….. tháng 12 năm 2021": the day left blank for the clerk gives the month.
    const blankDay = /^[.…_]*$/u.test(match[2]);
    header.date = match[2] && !day && !blankDay ? null : isoDate(day || null, month, year);
    header.dateSpan = spanOf(line);
    return;
  }
}

/** "V/v", "Về việc", "Về:", "Về" opening a subject line. */
const SUBJECT_PREFIX = /^(?:V\/v\s*[:.]?|Về vi[eêệ]c\s*:?|Về\s*:|Về)(?=\s|$)\s*/iu;

/** The authority line of a decision: "ỦY BAN NHÂN DÂN TỈNH ...", "CHỦ TỊCH ỦY BAN ...", "BỘ TRƯỞNG BỘ Y TẾ". */
const ISSUING_AUTHORITY =
  /^(?:[ỦU][YỶ] BAN|UBND|HỘI ĐỒNG|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH|HIỆU TRƯỞNG|VIỆN TRƯỞNG|TRƯỞNG BAN|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BAN BÍ THƯ|BỘ CHÍNH TRỊ|CHÍNH PHỦ)(?=\s|$)/u;

/** Words that open a directive's first sentence, never a subject's next line (which goes on in lower case or a name). */
const BODY_OPENER =
  /^(?:Nhằm|Để|Xét|Phúc đáp|Trả lời|Nhận được|Hiện nay|Vừa qua|Thời gian qua|Tiếp theo|Sau khi|Trong thời gian|Qua)\s/u;

/** A line with letters, none of them lower case. */
const CAPITALS = /^(?=.*\p{L})[^\p{Ll}]+$/u;

function readSubject(lines: Line[], header: Header): void {
  const recipients = lines.findIndex((l) => /^kinh (?:gui|trinh)/.test(foldAccents(l.text)));
  const typeLine = lines.findIndex((l, i) => i < 30 && typeOf(l.text) !== undefined);
  const vv = lines.findIndex(
    (l, i) =>
      i < 30 &&
      (recipients < 0 || i < recipients) &&
      !header.consumed.has(i) &&
      // HD 05 (2026) writes a công văn's subject in lower case: "về việc …".
      (/^V\/v\s*[:.]?(\s|$)/iu.test(l.text) || (i > 0 && /^(?:[Vv]ề việc|Về\s*:|Về)\s/u.test(l.text) && i < 15)),
  );
  // A subject runs until the next header part or the "Kính gửi" line.
  const collect = (from: number, max: number, unprefixed = false, titled = false) => {
    const block: number[] = [];
    let limit = from + max;
    for (let i = from; i < Math.min(lines.length, limit); i++) {
      // Columns read line by line put the date between the subject's lines ("V/v tăng cường ..." / "Hà Nội,
      // ngày ..." / "công tác ..."): a header line with the subject going on in lower case under it is skipped.
      if (
        header.consumed.has(i) &&
        lines[i].start === header.dateSpan?.start &&
        block.length > 0 &&
        !header.consumed.has(i + 1) &&
        /^\p{Ll}/u.test(lines[i + 1]?.text ?? '')
      ) {
        limit++;
        continue;
      }
      if (
        header.consumed.has(i) ||
        // Party documents list their bases as "- Căn cứ …;".
        (/^(?:- )?(kinh gui|kinh trinh|can cu|thuc hien|theo |noi nhan|\d+\.|[ivx]+\.)/.test(
          foldAccents(lines[i].text),
        ) &&
          // A plan's title may open with "Thực hiện ..." ("KẾ HOẠCH" / "Thực hiện công tác bầu cử ...").
          !(
            titled &&
            i === from &&
            /^thuc hien/.test(foldAccents(lines[i].text)) &&
            !/\bsố\s|[.;:]$/u.test(lines[i].text)
          )) ||
        // The rule under the subject: "-----", "–––––––––––", "___".
        /^[-_–—=]{3,}/u.test(lines[i].text) ||
        /^(?:khẩn|hỏa tốc|hoả tốc|thượng khẩn)$/iu.test(lines[i].text)
      )
        break;
      // The body's first sentence ("Ngày 09/5/2025, ... kết luận như sau:", "Nhằm chủ động phòng ngừa, ..." / "và tài sản,
      // ...") is not part of a subject.
      if (
        i > from &&
        (BODY_OPENER.test(lines[i].text) ||
          // ("Về cho học sinh nghỉ học" / "Ngày 26/11/2018": a line that is only a date ends the subject's words.)
          (!unprefixed &&
            /^ngay \d/.test(foldAccents(lines[i].text)) &&
            !/^Ngày \d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/u.test(lines[i].text)) ||
          /:$/.test(lines[i].text) ||
          /\.\s+\p{Lu}/u.test(lines[i].text))
      )
        break;
      // A decision's title is followed by the authority that issues it, in capitals above "Căn cứ"
      // ("... CÓ TÍNH ĐẾN NĂM 2030" / "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" / "Căn cứ Luật ..."): not the subject.
      if (
        i > from &&
        CAPITALS.test(lines[i].text) &&
        ISSUING_AUTHORITY.test(lines[i].text.replace(/\*/g, '').trim()) &&
        /^(?:- )?can cu/.test(foldAccents(lines[i + 1]?.text ?? ''))
      )
        break;
      // A công điện's sender line ends its title: "**TH****Ủ" / "TƯỚNG CHÍNH PHỦ điện:**" (one line broken by the page).
      if (
        i > from &&
        ISSUING_AUTHORITY.test(`${lines[i].text} ${lines[i + 1]?.text ?? ''}`.replace(/\*/g, '').trim()) &&
        /\sđiện:?\**$/u.test(lines[i + 1]?.text ?? '')
      )
        break;
      // A title printed in capitals ends where the first line in running case begins the body
      // ("... TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK" / "Do hậu quả mưa lớn kéo").
      // A title in capitals may go on in running case ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)" / "về xây dựng hệ
      // thống ..."): a line that opens in lower case continues it, one that opens in capitals begins the body.
      if (
        i > from &&
        CAPITALS.test(lines[from].text) &&
        !CAPITALS.test(lines[i].text) &&
        !(/^\p{Ll}/u.test(lines[i].text) && (CAPITALS.test(lines[i - 1].text) || /^\p{Ll}/u.test(lines[i - 1].text))) &&
        // ("... MÙA KHÔ NĂM 2019 -" / "2020": a title wrapped inside a span of years.)
        !(!/\p{L}/u.test(lines[i].text) && /[-–]$/u.test(lines[i - 1].text))
      )
        break;
      // A long sentence after a complete subject line is the body, not the subject's second line; so is a sentence that
      // opens in capitals under a title ("CHỈ THỊ" / "Về tăng cường ..." / "trong mùa khô ..." / "Mùa khô năm 2025 - 2026
      // được dự báo diễn biến phức tạp.").
      if (
        i > from &&
        (/[.;]$/u.test(lines[i - 1].text) ||
          (/[.;]$/u.test(lines[i].text) && lines[i].text.length > 100) ||
          (/^\p{Lu}\p{Ll}/u.test(lines[i].text) &&
            /[.;!]$/u.test(lines[i].text) &&
            (titled || lines[i].text.length > 60)))
      )
        break;
      block.push(i);
    }
    return block;
  };
  const take = (block: number[]) => {
    block.forEach((i) => header.consumed.add(i));
    header.subject =
      clean(
        block
          .map((i) => lines[i].text)
          .join(' ')
          .replace(SUBJECT_PREFIX, ''),
      ) || null;
    header.subjectSpan = { start: lines[block[0]].start, end: lines[block.at(-1)!].end };
  };
  if (typeLine >= 0 && (vv < 0 || typeLine < vv)) {
    header.docType = typeOf(lines[typeLine].text)!;
    header.consumed.add(typeLine);
    const block = collect(typeLine + 1, 6, false, true);
    if (block.length > 0) take(block);
    header.bodyStart = recipients > typeLine ? recipients : typeLine + 1 + block.length;
    return;
  }
  if (vv >= 0) {
    // A "V/v" subject is a công văn's: "5680/CT-CS" is the Cục Thuế's, not a Chỉ thị ("CT"), nor "TT" a Thông tư.
    if (header.docType === 'Chỉ thị' || header.docType === 'Thông tư') header.docType = 'Công văn';
    header.docType ??= 'Công văn';
    const block = collect(vv, 5);
    take(block);
    header.bodyStart = recipients > vv ? recipients : block.at(-1)! + 1;
    return;
  }
  // Party công văn often print the subject with no prefix, between the header and "Kính gửi".
  const last = Math.max(-1, ...[...header.consumed].filter((i) => i < 30));
  if (recipients > last + 1 && recipients - last - 1 <= 3) {
    const block = collect(last + 1, recipients - last - 1, true);
    if (block.length > 0 && block.length === recipients - last - 1) take(block);
  }
  header.bodyStart = recipients >= 0 ? recipients : 0;
}
