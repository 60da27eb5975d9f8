import { canonicaliseTones } from '@congvan/common';
import { clean, isoDate, parseNumericDate } from './text-utils.js';

export const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}`;

/** "12/01/2024" or "18 tháng 12 năm 2002" → ISO; a year alone stays a year. */
export const wordyDate = (text: string) => {
  const m = /^(\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/u.exec(text.trim());
  if (/^\d{4}$/u.test(text.trim())) return text.trim();
  return m ? isoDate(m[1], m[2], m[3]) : parseNumericDate(text);
};

/** Kinds of document a text cites by number, as printed (first letter either case in running text). */
export const KIND_NAMES = [
  'Công văn',
  'Văn bản',
  'Công điện',
  'Quyết định',
  'Phương án',
  'Đề án',
  'Nghị định',
  'Nghị quyết liên tịch',
  'Nghị quyết',
  // "Nghị Quyết số 48/NQ-CP" (bodies dev kh-dongthap-2025-11-kehoach-tainguyen-bien): as written.
  'Nghị Quyết',
  'Kế hoạch thanh tra',
  'Kế hoạch hành động',
  'Kế hoạch',
  'Thông báo kết luận',
  // As printed: "Thông báo Kết luận số 81-TB/TW" (bodies dev vpcp-2025-11-tb-ketluan-sonla).
  'Thông báo Kết luận',
  'Thông báo',
  'Thông tri',
  'Chỉ thị',
  'Hướng dẫn',
  'Thông tư liên tịch',
  // Older texts capitalise it: "Thông tư Liên tịch số 16/2006/TTLT/BLĐTBXH-BGD-ĐT-BTC".
  'Thông tư Liên tịch',
  'Thông tư',
  'Quy định',
  'Quy chế',
  // "Báo cáo thẩm tra số 436/BC-UBVHXH15 ... của Ủy ban Văn hóa và Xã hội" (dev ubtvqh-2025-05-nq-bhxh-chuhokinhdoanh): as written.
  'Báo cáo thẩm tra',
  'Báo cáo',
  // "Căn cứ Bộ luật Lao động số 45/2019/QH14" (dev ubtvqh-2022-03-nq-giolamthem-covid).
  'Bộ luật',
  'Luật',
  'Pháp lệnh',
  'Tờ trình',
  'Kết luận',
  'Chương trình hành động',
  'Chương trình phối hợp',
  'Quy chế phối hợp',
  'Chương trình',
];
/** The kinds as a regex alternation, first letter either case ("công văn số 276/UBND" in running text too). */
export const KIND_WORDS = KIND_NAMES.map((k) => `[${k[0]}${k[0].toLowerCase()}]${k.slice(1)}`).join('|');

// What follows a cited document's issuer: its title ("về ...", "sửa đổi, bổ sung ...", "Kết luận Phiên họp ..."),
// its date, or the rest of the sentence ("... của Chính phủ đối với ...", "... của Quốc hội cho tỉnh ...").
const AFTER_WORDS = [
  'về',
  'Về',
  'V/v',
  'ban hành',
  'Ban hành',
  'quy định',
  'Quy định',
  // The older spelling: "Nghị định số 49/2010/NĐ-CP ngày 14 tháng 5 năm 2010 của Chính phủ qui định về miễn, giảm học phí".
  'qui định',
  'hướng dẫn',
  'Hướng dẫn',
  'phê duyệt',
  'Phê duyệt',
  'sửa đổi',
  'Sửa đổi',
  'bổ sung',
  'thực hiện',
  'Thực hiện',
  'triển khai',
  'Triển khai',
  'Kết luận',
  'gửi',
  'trình',
  'đề nghị',
  'yêu cầu',
  // Not the end of "Bộ Ngoại giao" (dev vpcp-2008-10-tuyentruyen-tham-australia).
  String.raw`giao(?<!Ngoại\s+giao)`,
  'có',
  'báo cáo',
  'tại',
  'đã',
  'chưa',
  'trừ',
  'một số',
  'trong',
  'chỉ',
  'cho',
  'để',
  'đối với',
  'ngày',
  'nêu',
  'kèm theo',
  // "của Thuế tỉnh Nghệ An vướng mắc về ...", "của Bộ Tài chính tham gia ý kiến", "của Bộ Chính trị trên địa bàn tỉnh" (dev
  // cucthue-2025-11-traloi-nghiavutaichinh-datdai-nghean, bct-2025-12-dieuhanh-xangdau, nghean-2025-11-kehoach-5g-iot-kcn):
  // what the body asked or where, not its name.
  'vướng mắc',
  'tham gia',
  'trên địa bàn',
  // "của Cục thuế thành phố Hồ Chí Minh xin chỉ đạo ..." (tongcucthue 2278/TCT-CS, 2010): what the sender asks.
  'xin',
  // "của Thủ tướng Chính phủ từ ..." (bodies dev vpcp-2025-11-tb-ketluan-sonla).
  'từ',
  'đề xuất',
  'kiến nghị',
  'phản ánh',
].join('|');
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
// "của Thủ tướng Chính phủ phê duyệtChương trình ..." (Thông tư liên tịch 68/2013/TTLT-BTC-BLĐTBXH as luatminhkhue prints
// it): a web copy glues the title's next word to the verb; a capital right after a lower-case word cannot go on the name.
const VERB_END = String.raw`(?![\p{Ll}\p{N}])`;
// A parenthesis that belongs to the name: "(khóa XIV)". "(nay là Cục Hải quan)" / "(trước đây)" is no part of it
// (samples/corpus/README.md, waves 16-17: "'(nay là ...)' left out").
// "Thuế TP. Hà Nội", "UBND Tp. Hồ Chí Minh": an abbreviation's dot; "Công ty cổ phần E.K.LM": dots inside a word.
const NAME_PART = String.raw`\((?:khóa|khoá)[^()]*\)|(?:TP|Tp|TX|Tx|TT|Q)\.(?=\s+\p{Lu})|[^\s,;.:"“”()[\]]+(?:\.(?=\p{Lu})[^\s,;.:"“”()[\]]+)*|\s+`;
// "của Bộ Chính trị và Chỉ thị số 48-CT/TW", "của Chính phủ và chỉ đạo của ...": "và" opens the next item.
const NEXT_ITEM = String.raw`\s+và(?:\s+(?=\p{Ll}|(?:${KIND_WORDS})${WORD_END})|\s*$)`;
const STOP = String.raw`\s+(?:${AFTER_WORDS})${VERB_END}|${NEXT_ITEM}|\s+-\s+\p{Ll}|\s*\((?!khóa|khoá)|\s*[),;.:"“”[]|$`;
const ISSUER = new RegExp(String.raw`^((?:${NAME_PART})+?)(?=${STOP})`, 'u');
// After the name, "ngày 08 tháng 3 năm 2025" dates the document ("Nghị quyết số 46/NQ-CP của Chính phủ ngày ...").
// "(nay là Cục Thuế) ngày ...": the left-out parenthesis may stand between.
const DATED = new RegExp(String.raw`^(?:\s*\((?:nay là|trước đây)[^()]*\))?\s*,?\s+[Nn]gày\s*(${DATE})`, 'u');
// A comma goes on with a second body ("của Bộ Chính trị, Ban Bí thư;", "Đảng ủy Khối các trường Đại học, Cao đẳng Hà
// Nội") when what follows is a short capitalised name that ends the clause.
const HARD_END = String.raw`\s*[;.:(]|$|\s+(?:về|tại|và các)${WORD_END}`;
// In capitals too: "của Chánh Văn phòng Ủy ban nhân dân tỉnh, QUYẾT ĐỊNH:" (Quyết định 2862/QĐ-UBND of Sơn La, 2018).
const NOT_A_BODY =
  /^(?:Điều|Khoản|Mục|Chương|Phần|Phụ lục|Luật|Công văn|Văn bản|Quyết định|Quyết nghị|Nghị định|Nghị quyết|Kế hoạch|Thông báo|Thông tư|Chỉ thị|Hướng dẫn|Quy định)(?![\p{L}])/iu;

/**
 * A short name of a body: "Ban Bí thư", "Cao đẳng Hà Nội", "Chính phủ và Đoàn Chủ tịch ..."; not a clause ("Đảng ủy xã
 * Phù Lưu Tế xây dựng kế hoạch như sau", "Thủ tướng Chính phủ yêu cầu"), where lower-case words run on.
 */
function nameLike(part: string): boolean {
  const words = part.split(/\s+/).filter((w) => w !== 'và');
  return (
    !NOT_A_BODY.test(part) &&
    words.length <= 16 &&
    !words.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && /^\p{Ll}/u.test(words[i - 1]))
  );
}

// "của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh", "của Tổ giúp việc Ban chỉ
// đạo Trung ương về phát triển ...", "của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải
// cách hành chính và đề án 06" (dev dongthap-2025-11-kehoach-chuyendoiso-hatang-giaothong, dongthap-2025-11-kehoach-doimoi-
// congnghe, nghean-2025-11-kehoach-5g-iot-kcn): the steering committee's name lists its fields in lower case, with commas.
const COMMITTEE = new RegExp(
  String.raw`^((?:Tổ giúp việc\s+)?Ban [Cc]hỉ đạo(?:\s+(?:Trung ương|quốc gia|Quốc gia|tỉnh|thành phố|của Chính phủ))?(?:\s+về)?\s+phát triển khoa học,\s*công nghệ,\s*đổi mới sáng tạo(?:(?:,|\s+và)\s+(?:chuyển đổi số|cải cách hành chính|[Đđ]ề án 06))*(?:\s+(?:tỉnh|thành phố|quốc gia))?)(?![\p{L}\p{N}])`,
  'u',
);

function readName(text: string): { name: string; rest: string } | null {
  const committee = COMMITTEE.exec(text);
  if (committee) return { name: committee[1], rest: text.slice(committee[1].length) };
  const m = ISSUER.exec(text);
  if (!m) return null;
  let name = m[1].trim();
  let rest = text.slice(m[1].length);
  while (true) {
    const comma = /^,\s*(?=\p{Lu})/u.exec(rest);
    if (!comma) break;
    const next = ISSUER.exec(rest.slice(comma[0].length));
    if (!next) break;
    const part = next[1].trim();
    const after = rest.slice(comma[0].length + next[1].length);
    if (!nameLike(part) || !new RegExp(`^(?:${HARD_END}|,)`, 'u').test(after)) break;
    name = `${name}, ${part}`;
    rest = after;
  }
  return name ? { name, rest } : null;
}

/** "Ban Tổ chức Thành Ủy Hà Nội" → "Ban Tổ chức Thành ủy Hà Nội". */
export function normaliseIssuer(text: string): string {
  return clean(canonicaliseTones(text)).replace(/(Thành|Huyện|Quận|Tỉnh|Thị|Đảng) Ủy(?=\s|$)/gu, '$1 ủy');
}

/**
 * The body after "của" that follows a citation (", của Ban Tổ chức Thành ủy về việc ..."), and a date printed after it
 * ("của Chính phủ ngày 08 tháng 3 năm 2025").
 */
export function issuerAfter(after: string): { issuer: string | null; date: string | null } {
  // "củaBộ trưởng ...": a web copy may drop the space after "của".
  const of = /^,?\s+của\s*(?=\p{Lu})/u.exec(after);
  if (!of) return { issuer: null, date: null };
  const read = readName(after.slice(of[0].length));
  // "số 99-TB/TW ngày 21/11/2025, của Ban Bí thư tại văn bản số 213-KL/TW": that body issued the next document.
  if (!read || new RegExp(String.raw`^\s*(?:\(\s*)?tại\s+(?:các\s+)?(?:${KIND_WORDS}|số)`, 'u').test(read.rest))
    return { issuer: null, date: null };
  const dated = DATED.exec(read.rest);
  return { issuer: normaliseIssuer(read.name), date: dated ? wordyDate(dated[1]) : null };
}

const PERSON =
  /^(?:Phó\s+)?(?:Thủ tướng|Tổng Bí thư|Chủ tịch|Bộ trưởng|Thứ trưởng|Bí thư|Trưởng ban|Đồng chí)(?![\p{L}])/u;

/**
 * The body named before a citation: "Xét đề nghị của Bộ Y tế (văn bản số 564/TTr-BYT ...)", "Ngày 12/6/2015, Bộ Quốc
 * phòng đã có Công văn số ...".
 */
export function issuerBefore(before: string): { issuer: string | null; date: string | null } {
  const tail = before.slice(-220);
  const dated = new RegExp(
    String.raw`(?:^|[.;:)]\s+|\n)[-–+•]?\s*Ngày\s+(${DATE}),\s+(?:tại\s+)?(?:(\p{Lu}[^,;.:]{2,80}?)\s+(?:đã\s+)?(?:có|ban hành|gửi)\s+)?(?:các\s+)?$`,
    'u',
  ).exec(tail);
  if (dated) return { issuer: dated[2] ? normaliseIssuer(dated[2]) : null, date: wordyDate(dated[1]) };
  // Only "Xét đề nghị của Bộ Y tế (văn bản số ...)": in "đề nghị / ý kiến / chỉ đạo của X tại Tờ trình số ..." the "của"
  // governs the noun before "tại", not the document, whose issuer stays null (samples/corpus/README.md, waves 5, 7, 12, 18).
  const of = /^[\s\S]*(?:^|\s)của\s+(\p{Lu}[^;:()]{1,120}?)\s*\(\s*(?:các\s+)?$/u.exec(tail);
  if (!of || /\scủa\s/u.test(of[1]) || NOT_A_BODY.test(of[1]) || PERSON.test(of[1]))
    return { issuer: null, date: null };
  const read = readName(of[1]);
  if (!read || read.rest.trim() !== '') return { issuer: null, date: null };
  return { issuer: normaliseIssuer(read.name), date: null };
}
