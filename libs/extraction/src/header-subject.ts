import { foldAccents } from '@congvan/common';
import { typeOf } from './header-types.js';
import type { Header } from './parse-header.js';
import { addresses, CAPITALS, clean, type Line } from './text-utils.js';

/** "V/v", "V.v." (the Youth Union's 36/ĐTN, dev vinhuni-doan-2019-04), "Về việc", "Về:", "Về" opening a subject line. */
const SUBJECT_PREFIX = /^(?:V\/v\s*[:.]?|V\.v\.|Về vi[eêệ]c\s*:?|Về\s*:|Về)(?=\s|$)\s*/iu;

/** The authority line of a decision: "ỦY BAN NHÂN DÂN TỈNH ...", "CHỦ TỊCH ỦY BAN ...", "BỘ TRƯỞNG BỘ Y TẾ". */
const ISSUING_AUTHORITY =
  /^(?:[ỦU][YỶ] BAN|UBND|HỘI ĐỒNG|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH|HIỆU TRƯỞNG|VIỆN TRƯỞNG|TRƯỞNG BAN|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BAN BÍ THƯ|BỘ CHÍNH TRỊ|CHÍNH PHỦ)(?=\s|$)/u;

/** Words that open a directive's first sentence, never a subject's next line (which goes on in lower case or a name). */
const BODY_OPENER =
  /^(?:Nhằm|Để|Xét|Phúc đáp|Trả lời|Nhận được|Hiện nay|Vừa qua|Thời gian qua|Tiếp theo|Sau khi|Trong thời gian|Qua|Nhân dịp|Chào mừng|Hưởng ứng|Được sự)\s/u;

/**
 * A decision's title is followed by the authority that issues it, in capitals above "Căn cứ" ("... CÓ TÍNH ĐẾN NĂM 2030" /
 * "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" / "Căn cứ Luật ..."); a web copy may wrap the basis after its first word ("CHỦ TỊCH ỦY
 * BAN NHÂN DÂN TỈNH QUẢNG NGÃI" / "*Căn" / "cứ Luật ...*").
 */
const authorityLine = (lines: Line[], i: number): boolean =>
  i < lines.length &&
  CAPITALS.test(lines[i].text) &&
  ISSUING_AUTHORITY.test(lines[i].text.replace(/\*/g, '').trim()) &&
  /^(?:- )?can cu/.test(foldAccents(`${lines[i + 1]?.text ?? ''} ${lines[i + 2]?.text ?? ''}`));

/**
 * A line and the lines under it that open in lower case, up to the one that ends a sentence or clause (dev
 * lachong-2011-09-gopda-truongsa wrapped at 70 columns); a line alone when no such end comes within five lines.
 */
function wrappedSentence(lines: Line[], i: number, consumed: Set<number>): string {
  let text = lines[i].text;
  for (let k = i + 1; k < Math.min(lines.length, i + 6) && !/[.;:!]$/u.test(text); k++) {
    if (consumed.has(k) || lines[k].blankBefore || !/^\p{Ll}/u.test(lines[k].text)) return lines[i].text;
    text = `${text} ${lines[k].text}`;
  }
  return /[.;:!]$/u.test(text) ? text : lines[i].text;
}

/** The type line, the subject under it or after "V/v" (or unprefixed above "Kính gửi"), and where the body starts. */
export function readSubject(lines: Line[], header: Header): void {
  const recipients = lines.findIndex((l) => addresses(l.text));
  const typeLine = lines.findIndex((l, i) => i < 30 && typeOf(l.text) !== undefined);
  const vv = lines.findIndex(
    (l, i) =>
      i < 30 &&
      (recipients < 0 || i < recipients) &&
      !header.consumed.has(i) &&
      // HD 05 (2026) writes a công văn's subject in lower case: "về việc …".
      (/^(?:V\/v\s*[:.]?|V\.v\.)(\s|$)/iu.test(l.text) ||
        (i > 0 && /^(?:[Vv]ề việc|Về\s*:|Về)\s/u.test(l.text) && i < 15)),
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
        // ("V.v. ủng hộ ...": the subject's prefix, no Roman "V.")
        (/^(?:- )?(kinh gui|kinh trinh|can cu|thuc hien|theo |noi nhan|\d+\.|[ivx]+\.(?!v\.))/.test(
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
            // ("... THÔNG TƯ SỐ 09/2013/TT-BXD" / "NGÀY 01 THÁNG 7 NĂM 2013 CỦA BỘ XÂY DỰNG ...": a title in capitals wrapped
            // before its date goes on.)
            !CAPITALS.test(lines[i].text) &&
            !/^Ngày \d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/u.test(lines[i].text)) ||
          /:$/.test(lines[i].text) ||
          /\.\s+\p{Lu}/u.test(lines[i].text))
      )
        break;
      // A decision's title is followed by the authority that issues it, in capitals above "Căn cứ"
      // ("... CÓ TÍNH ĐẾN NĂM 2030" / "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" / "Căn cứ Luật ..."): not the subject.
      if (i > from && authorityLine(lines, i)) break;
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
        // ("... TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM" / "2030": a line without a lower-case letter goes on.)
        /\p{Ll}/u.test(lines[i].text) &&
        !(/^\p{Ll}/u.test(lines[i].text) && (CAPITALS.test(lines[i - 1].text) || /^\p{Ll}/u.test(lines[i - 1].text))) &&
        // ("... MÙA KHÔ NĂM 2019 -" / "2020": a title wrapped inside a span of years.)
        !(!/\p{L}/u.test(lines[i].text) && /[-–]$/u.test(lines[i - 1].text))
      )
        break;
      // A long sentence after a complete subject line is the body, not the subject's second line; so is a sentence that
      // opens in capitals under a title ("CHỈ THỊ" / "Về tăng cường ..." / "trong mùa khô ..." / "Mùa khô năm 2025 - 2026
      // được dự báo diễn biến phức tạp.").
      // A sentence wrapped as a PDF's text is ("... văn bản khác liên quan" / "Thể hiện lòng yêu nước, ... của tập thể" /
      // "sư phạm trường ... văn" / "hiến;") is read whole: the lines under it that open in lower case go on it.
      const sentence = /^\p{Lu}\p{Ll}/u.test(lines[i].text)
        ? wrappedSentence(lines, i, header.consumed)
        : lines[i].text;
      if (
        i > from &&
        (/[.;]$/u.test(lines[i - 1].text) ||
          (/[.;]$/u.test(sentence) && sentence.length > 100) ||
          (/^\p{Lu}\p{Ll}/u.test(sentence) && /[.;!]$/u.test(sentence) && (titled || sentence.length > 60)))
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
    const block = collect(typeLine + 1, 10, false, true);
    if (block.length > 0) take(block);
    // The authority line under the title is no part of the body either.
    if (authorityLine(lines, typeLine + 1 + block.length)) header.consumed.add(typeLine + 1 + block.length);
    header.bodyStart = recipients > typeLine ? recipients : typeLine + 1 + block.length;
    return;
  }
  if (vv >= 0) {
    // A "V/v" subject is a công văn's: "5680/CT-CS" is the Cục Thuế's, not a Chỉ thị ("CT"), nor "TT" a Thông tư.
    if (header.docType === 'Chỉ thị' || header.docType === 'Thông tư') header.docType = 'Công văn';
    header.docType ??= 'Công văn';
    const block = collect(vv, 8);
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
