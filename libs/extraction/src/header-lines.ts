import type { Line } from './text-utils.js';

/** A web table's cell separator ("- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |"): never text. */
const PIPE = /(?<=\S)\s*\|\s*/u;

/** Type lines printed over a title ("QUYẾT ĐỊNH" / "VỀ VIỆC BAN HÀNH ..."); "THÔNG BÁO KẾT LUẬN" is a type of its own. */
const TITLED =
  'QUYẾT ĐỊNH|CHỈ THỊ|KẾ HOẠCH|HƯỚNG DẪN|CÔNG ĐIỆN|NGHỊ QUYẾT|THÔNG TƯ|QUY ĐỊNH|CHƯƠNG TRÌNH|THÔNG BÁO(?! KẾT LUẬN)';
/** The authority that issues a decision, printed under its title: "TỔNG GIÁM ĐỐC ...", "CHỦ TỊCH ỦY BAN NHÂN DÂN ...". */
const AUTHORITY =
  'BỘ TRƯỞNG|THỨ TRƯỞNG|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|CHỦ TỊCH|THỦ TƯỚNG|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH VĂN PHÒNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BAN BÍ THƯ|BỘ CHÍNH TRỊ|CHÍNH PHỦ';

/** Header parts a web copy or an OCR that merges the two columns glues onto one line. */
const GLUED = [
  /(?<=\S)\s*(?=CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA)/u,
  /(?<=\S)\s*(?=Độc [lL]ập\s*[-–]\s*Tự [dD]o)/u,
  /(?<=\S)\s*(?=ĐẢNG CỘNG SẢN VIỆT NAM)/u,
  /(?<=\p{Lu}{2,}\s*)(?=Số\s*:?\s*\d)/u,
  /(?<=[^\p{L}\s]\s*)(?=Số\s*:\s*\d)/u,
  // "Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn ...": the subject printed under the number, flattened onto its line.
  /(?<=^Số(?=[\s:])[^|]{0,40}\/\S*)\s+(?=(?:V\/v|Về việc)[\s:.])/iu,
  // "Công văn 778/TCHQ-GSQL. BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN": the page's title before the header.
  /(?<=^(?:Công văn|Công điện|Quyết định|Thông báo|Kế hoạch|Chỉ thị|Hướng dẫn|Thông tư|Nghị quyết|Báo cáo|Kết luận|Quy định)\s+\d[^\s]*\.)\s+(?=\p{Lu}{2})/u,
  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP":
  // both columns of a page flattened onto one line; what follows a motto is another part.
  /(?<=CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM)\s+(?=\p{Lu}{2})/u,
  /(?<=Hạnh [pP]húc)\s+(?=\S)/u,
  // "Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010 V/v báo cáo nhanh ...": the subject after the date.
  /(?<=^[^,]{2,40},\s*ngày[^|]{0,30}năm\s*\d{4})\s+(?=V\/v\s)/u,
  // "Hà Nội, ngày 14 tháng 12 năm 2015 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH ... TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM": a web copy
  // that flattens the date, the type line, the title and the authority that issues it onto one line.
  new RegExp(String.raw`(?<=^[^,]{2,40},\s*ngày[^|]{0,30}năm\s*\d{4})\s+(?=(?:${TITLED})\s+\p{Lu}{2})`, 'u'),
  new RegExp(String.raw`(?<=^(?:${TITLED}))\s+(?=(?:VỀ VIỆC\s+|V/V\s+)?\p{Lu}[^\p{Ll}]{20,}$)`, 'u'),
  new RegExp(
    String.raw`(?<=^(?:VỀ VIỆC\s+|V/V\s+)?\p{Lu}[^\p{Ll}]{40,})(?<!\s(?:CỦA|VỀ|CHO|VỚI|VÀ|THUỘC|TẠI|GIỮA))\s+(?=(?:${AUTHORITY})\s[^\p{Ll}]{2,60}$)`,
    'u',
  ),
  // "CÔNG VĂN Về việc ...": a web page's heading with the subject after it.
  /(?<=^CÔNG VĂN)\s+(?=V\/v|Về)/u,
  PIPE,
];

/**
 * Splits the header lines a page glued together ("ĐẢNG BỘ ... Số: 90 - CV/ĐULH", "UBND ... CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA VIỆT NAM", "Số: 985/UBND-KGVX Hậu Giang, ngày ...") into one line per part, with their
 * offsets. Only the first `count` lines are looked at.
 */
export function splitGluedHeader(input: Line[], count = 30): Line[] {
  const result: Line[] = [];
  const lines = joinBrokenHeader(input, count);
  lines.forEach((line, index) => {
    // A cell separator opening the line goes with it.
    const lead = /^\|\s*/u.exec(line.text)?.[0].length ?? 0;
    const pieces: Line[] = [{ ...line, text: line.text.slice(lead), start: line.start + lead }];
    for (const pattern of index < count ? [...GLUED, PLACE_DATE_START] : [PIPE]) {
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i];
        const match = pattern.exec(piece.text);
        if (!match || match.index === 0) continue;
        const cut = match.index;
        const rest = piece.text.slice(cut + match[0].length);
        const head = piece.text.slice(0, cut).trimEnd();
        const restStart = piece.start + cut + match[0].length;
        const tail = rest.trimStart();
        const split: Line[] = [];
        if (head) split.push({ text: head, start: piece.start, end: piece.start + head.length });
        if (tail) split.push({ text: tail, start: restStart + (rest.length - tail.length), end: piece.end });
        pieces.splice(i, 1, ...split);
      }
    }
    result.push(...pieces.filter((p) => p.text.replace(/[|*\s]/g, '') !== '' || p.text.includes('*')));
  });
  return joinLoneAddressee(result);
}

/**
 * "Kính gửi:" / "Công ty TNHH TKG Taekwang Cần Thơ" / "" / "Cục Thuế nhận được ...": one addressee printed
 * under the Kính gửi line, without a closing ";" or ".", goes onto that line (a list of several keeps its lines).
 */
function joinLoneAddressee(lines: Line[]): Line[] {
  const at = lines.findIndex((l) => /^Kính (?:gửi|trình)\s*:$/u.test(l.text));
  const [addressee, after] = [lines[at + 1], lines[at + 2]];
  if (
    at < 0 ||
    !addressee ||
    /^[-–+•]|[;,.:]$/u.test(addressee.text) ||
    addressee.text.length > 160 ||
    // The body after it: an empty line, a note in brackets or a line that opens a sentence.
    (after &&
      !after.blankBefore &&
      !/^\(|^(?:Căn cứ|Thực hiện|Theo|Xét|Phúc đáp|Trả lời|Nhận được|Ngày \d)/u.test(after.text))
  )
    return lines;
  const joined = { ...lines[at], text: `${lines[at].text} ${addressee.text}`, end: addressee.end };
  return [...lines.slice(0, at), joined, ...lines.slice(at + 2)];
}

/** The place before ", ngày ... tháng": capitalised words after a number, symbol, "*" or "|". */
const PLACE_DATE_START =
  /(?<=[\d\p{Lu}][\p{Lu}\d/-]*[\p{Lu}\d]|\*)\s+(?=(?:\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)?|phố|thị|xã)(?:\s+(?:\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)?|phố|thị|xã)){0,5},\s*ngày\s)/u;

/**
 * Joins header cells a web table broke inside ("ỦY" / "BAN NHÂN DÂN", "CỘNG" / "HÒA XÃ HỘI ...",
 * "Số:" / "33/2009/QĐ-UBND", "Mỹ" / "Tho, ngày 24 ...", "Lạng Sơn, ngày 13" / "tháng 01 năm 2020")
 * and drops the "|" cell separators.
 */
function joinBrokenHeader(lines: Line[], count: number): Line[] {
  const result: Line[] = [];
  lines.forEach((line, index) => {
    const previous = result.at(-1);
    if (index < count && /^\|$/u.test(line.text)) return;
    const join =
      previous &&
      index < count &&
      (/^(?:[ỦU][YỶ]|CỘNG|Số\s*:?)$/u.test(previous.text) ||
        // "BỘ" / "Y TẾ": one short upper-case word, then the rest of the name.
        // (Not the last word of the line above: "UBND THÀNH PHỐ HÀ" / "NỘI" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO".)
        (/^\p{Lu}{1,4}$/u.test(previous.text) &&
          /^\p{Lu}[\p{Lu}\s]*$/u.test(line.text) &&
          line.text.length <= 40 &&
          !/\p{Lu}{2}$/u.test(result.at(-2)?.text ?? '')) ||
        (/^\p{L}+,\s*ngày\s/u.test(line.text) && /^\p{Lu}\p{Ll}*$/u.test(previous.text)) ||
        (/ngày\s*\d{0,2}$/u.test(previous.text) && /^tháng\s/u.test(line.text)) ||
        (/ngày$/u.test(previous.text) && /^\d{1,2}\s+tháng\s/u.test(line.text)) ||
        // Words of one name cut by the cell width: "UỶ BAN NHÂN" / "DÂN", "CỘNG HÒA XÃ" / "HỘI ...".
        (/NHÂN$/u.test(previous.text) && /^DÂN(?:\s|$)/u.test(line.text)) ||
        (/\sXÃ$/u.test(previous.text) && /^HỘI\s/u.test(line.text)));
    if (join)
      result[result.length - 1] = { text: `${previous.text} ${line.text}`, start: previous.start, end: line.end };
    else result.push(line);
  });
  return result;
}
