import { canonicaliseTones } from '@congvan/common';
import { NAME_COMMA } from './assignee-patterns.js';
import { BODY_HEADS } from './assignee-words.js';
import type { ReportRoute } from './directive.types.js';
import { clean } from './text-utils.js';
import { OFFICE_OF_TWO } from './unit-lists.js';
import { DOCUMENT_KINDS, endTopRoute } from './route-ends.js';

/**
 * The head word of a body: what a second target joined by "," or "và" starts with ("..., UBND Thành phố"), itself
 * maybe followed by a third ("Báo cáo Tỉnh ủy, HĐND, UBND tỉnh").
 */
const HEAD = String.raw`(?:nhà trường|các\s+(?:Bộ|Sở)(?=\s*:)|Ban|Sở|Bộ|UBND|Ủy ban|Uỷ ban|Ủy nhân dân|Văn phòng|Phòng|Đảng ủy|Đảng uỷ|Thường trực|Chi bộ|Trung tâm|Hội đồng|Huyện ủy|Quận ủy|Thành ủy|Tỉnh ủy|Cục|Vụ|Tổng cục|Chính phủ|Thủ tướng|Phó Thủ tướng|Quốc hội|HĐND|Công an|Mặt trận|MTTQ|Kho bạc|Liên đoàn|BHXH|Bảo hiểm xã hội|Lãnh đạo(?=\s+\p{Lu}))(?=\s|:|,|$|\u0001)`;
/**
 * "Để có đủ cơ sở trình Thủ tướng ...", "trước khi trình Chính phủ ban hành": a purpose; "công văn số 3612 ... của
 * Uỷ ban nhân dân thành phố Hà Nội trình Thủ tướng ...", "đã trình": what a cited document did; "thẩm định ... các
 * đề án trình Bộ Chính trị": the papers others submit; "Chịu trách nhiệm về nội dung hồ sơ trình Chính phủ": what one
 * answers for. None is the task's route.
 */
const PURPOSE =
  /(?:(?<!\p{L})(?:để|đã|đang)|trước khi|sau khi|cơ sở|số\s*\d|chịu trách nhiệm về)[^,;.]*$|(?<!\p{L})các\s+(?:đề án|văn bản|dự thảo|hồ sơ|tờ trình|nội dung|vấn đề|báo cáo)(?:\s+\S+){0,2}\s*$/iu;
/**
 * "tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ...", "đề xuất UBND tỉnh trình ...": the body advised submits,
 * not the task (dongthap556, hcm4169 in __fixtures__/route-mined.sources.ts); "tham mưu trình X" with no body between still submits.
 */
const ADVISER = String.raw`(?<!\p{L})(?:[Tt]ham mưu|[Đđ]ề xuất)\s+(?:cho\s+)?(?:các\s+)?(?:${HEAD}|Chủ tịch\s|Bộ trưởng\s)`;
const ADVISED = new RegExp(String.raw`${ADVISER}[^,;.]*$`, 'u');
/** "tham mưu UBND Thành phố xem xét, trình HĐND Thành phố ...": a submission after the advised body's own step is its too (hn310). */
const ADVISED_SUBMIT = new RegExp(String.raw`${ADVISER}[^;.]{0,120}$`, 'u');
/** "xây dựng báo cáo ... để", "lập báo cáo đánh giá để": a report made in the clause before "để báo cáo X". */
const MADE_REPORT =
  /(?:xây dựng|lập|hoàn thiện|hoàn chỉnh|viết)\s+(?:các\s+)?báo cáo[^.;]*\sđể(?:\s+có\s+(?:đủ\s+)?cơ sở)?\s*$/iu;
/** "theo hướng dẫn của Sở ... để tổng hợp, ": the purpose that follows is that body's, not the task's. */
const OTHERS_PURPOSE =
  /(?:hướng dẫn|chỉ đạo|đề nghị|yêu cầu)\s+của\s+(?:Sở|Bộ|Ban|Phòng|UBND|Ủy ban|Uỷ ban|Văn phòng|Cục)\s[^,;.()]{0,80}?\s+để\s+(?:tổng hợp,?\s+)?$/u;
/** A body named by its level: "(các) cấp có thẩm quyền", "(các) cơ quan có thẩm quyền", "cấp trên trực tiếp", "cơ quan quản lý cấp trên". */
const HIGHER = String.raw`(?:(?:các\s+)?cấp (?:có )?thẩm quyền|các\s+cơ quan có thẩm quyền|cơ quan(?:,\s*người)? (?:có thẩm quyền|(?:quản lý )?cấp trên(?: trực tiếp)?)|cấp trên(?: trực tiếp)?)`;
/**
 * "cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh": the specialised agency of a named body, in lower case
 * (snv10283, __fixtures__/route-mined.sources.ts).
 */
const SPECIALIST = String.raw`cơ quan chuyên môn(?:\s+về\s+[^,;.()]{1,40}?)?\s+thuộc\s+(?:Ủy ban|UBND|Sở|Bộ)\s[^,;.()]*?(?=\s+(?:trước|chậm nhất|theo|để|về)(?![\p{L}\d])|[,;.()]|$)`;
/**
 * What the body reported to is asked to do, or how the report goes, after its name: "báo cáo UBND tỉnh giải quyết",
 * "gửi ý kiến về Sở Tư pháp bằng văn bản", "gửi về Sở Nội vụ qua hệ thống ...". (Verbs that may also name a body —
 * "Đoàn kiểm tra", "Hội đồng thẩm định" — end a name only after another word, in END.)
 */
const NEXT = String.raw`(?:giải quyết|hướng dẫn|biết|bằng văn bản|kèm theo|đúng (?:thời gian|thời hạn|quy định|tiến độ)|qua (?:[Hh]ệ thống|[Pp]hần mềm|[Ee]mail|[Ee]-mail|[Tt]hư điện tử|địa chỉ|[Bb]ưu điện|fax|[Mm]ạng|[Cc]ổng)|có ý kiến|xin ý kiến|chấp thuận|tháo gỡ|nắm)`;
/** A level of local government, in lower case as a group's name lists them ("quận, huyện", "xã, phường, thị trấn"). */
const LEVEL = String.raw`(?:xã|phường|thị trấn|thị xã|quận|huyện|tỉnh|thành phố|đặc khu)`;
/** "(đồng gửi Sở Nội vụ)", "(đồng thời gửi về Sở Tài chính)": a copy of the report to a further receiver. */
const COPY = /\(\s*đồng (?:thời )?gửi\s+(?:(?:về|cho|đến|tới)\s+)?([^()]+?)\s*\)/gu;
/** Stands for a comma inside a body's name while routes are read (restored afterwards). */
const COMMA = '\u0001';
/** A space inside a steering body's topic (see TOPIC), where no route ends. */
const SPACE = '\u0002';

/**
 * "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực", "Ban Chỉ đạo tỉnh về phát triển khoa học, công
 * nghệ, đổi mới sáng tạo và chuyển đổi số" (dev dongthap-2025-11-kehoach-chuyendoiso-hatang-giaothong): a steering
 * body is named by its topic, "về" and lower-case words with commas, up to a deadline, a purpose, what is reported or
 * the clause's end; "báo cáo Ban Chỉ đạo tỉnh về kết quả thực hiện" reports about something, no name goes on.
 */
const TOPIC =
  /(?<=(?:^|\s)(?:Ban|Tiểu ban|Tổ)\s+[Cc]hỉ đạo(?:\s+(?!về\s)[^\s,;.()]+){0,4})\s+về\s+(?!(?:việc|kết quả|tình hình|tiến độ|những|các|nội dung|số liệu|công tác|thực hiện|triển khai|đánh giá|tổng kết|sơ kết)(?![\p{L}\d]))\p{Ll}[^.;:()]*?(?=\s+(?:trước|chậm nhất|để|trong|theo|xong|ngay|kèm|kết quả|tình hình|qua|định kỳ|hằng|hàng|(?:và\s+)?(?:gửi|báo cáo))(?![\p{L}\d])|\s*,\s*(?:đồng thời|để|trước|chậm nhất|theo|kèm|qua|gửi|báo cáo|định kỳ|\p{Lu})|\s*[.;:()]|\s*$)/gu;

/**
 * Where results go: "gửi báo cáo ... về UBND quận (qua phòng Nội vụ ...)", an e-mail address, a "Lưu ý: X
 * gửi ... về Y", what is submitted ("trình Thủ tướng Chính phủ"), what is handed on ("chuyển danh sách ...
 * đến Ủy ban Bầu cử xã").
 */
export function reportRoutes(text: string): ReportRoute[] {
  const routes: ReportRoute[] = [];
  const note = /Lưu ý:\s*(.+?)\s+gửi[^()]*?\s+về\s+([^().;]+)/iu.exec(text);
  // "... Trên đây là Kế hoạch .... Trong quá trình thực hiện nếu có khó khăn, vướng mắc, ... báo cáo về Sở Y tế ...": the
  // document's closing run into its last item; the courtesy after it is no task, its route none of the item's.
  const closing = text.search(
    /(?:^|[.;…]\s+)Trên đây là\s[^.]*\.\s*(?=Trong quá trình[^.]{0,80}(?:khó khăn|vướng mắc))/u,
  );
  const cut = Math.min(closing >= 0 ? closing : text.length, note ? note.index : text.length);
  // "Uỷ ban" = "Ủy ban", "Đảng uỷ" = "Đảng ủy": the names below are written once (targets get every tone
  // canonicalised at the end; doing it here for the whole text would cost more than all the rest).
  const read = text
    .slice(0, cut)
    .replace(/Uỷ/gu, 'Ủy')
    .replace(/uỷ/gu, 'ủy')
    .replace(/\s+để tổng hợp(?=\))/gu, '')
    // "(qua Ban Dân chủ, Giám sát và Phản biện xã hội)" and "Vụ Giáo dục chuyên nghiệp, Bộ Giáo dục và Đào tạo"
    // are one body each: their commas do not end it.
    .replace(/\((?:(?:thông )?qua|Vụ|Phòng|Ban|Văn phòng|Cục)\s[^()]*\)/gu, (m) => m.replace(/,/gu, COMMA))
    .replace(/,(?<=(?:^|\s)(?:Vụ|Cục|Viện)\s[^,.;()]{2,60},)(?=\s*Bộ\s)/gu, COMMA) // the comma first: cheap
    // "theo địa chỉ: Cục Cơ sở vật chất và thiết bị trường học, đồ chơi trẻ em - Bộ ..., 49 Đại Cồ Việt": the unit is
    // all that comes before the street address.
    .replace(/(?<=địa chỉ\s*:\s*)\p{Lu}[^.;:\n]+?(?=,\s*(?:số\s*)?\d)/gu, (m) => m.replace(/,/gu, COMMA))
    // "Sở Văn hóa, Thể thao và Du lịch", "Phòng Kinh tế, Hạ tầng và Đô thị": a comma inside a name.
    .replace(NAME_COMMA, COMMA)
    // "Ban Chỉ đạo phòng, chống thiên tai tỉnh": "phòng, chống" is one word of a name.
    .replace(/(?<=(?:^|\s)phòng),(?=\s*chống(?!\p{L}))/giu, COMMA)
    .replace(TOPIC, (m) => m.replace(/,/gu, COMMA).replace(/\s+/gu, SPACE))
    // "Bộ, ngành trực tiếp quản lý", "các Bộ, cơ quan", "Sở, ban, ngành": one group of bodies.
    .replace(/(?<=(?:^|\s)(?:Bộ|Sở|ban)),(?=\s*(?:ban|ngành|cơ quan)(?!\p{L}))/gu, COMMA)
    // "Ủy ban nhân dân quận, huyện", "UBND các xã, phường, thị trấn": the levels listed are one group of bodies.
    .replace(new RegExp(String.raw`(?<=(?:^|\s)${LEVEL}),(?=\s*${LEVEL}(?![\p{L}\d]))`, 'gu'), COMMA)
    // "các Bộ: Tài chính, Nông nghiệp và Môi trường" is one target: the names listed after the colon.
    .replace(
      /(?<=\bcác\s+(?:Bộ|Sở)\s*:\s*)[^.;:()]+?(?=\s(?:trước|chậm nhất|để|trong|theo|xong|ngay|kèm)\s|[.;:()]|$)/gu,
      (m) => m.replace(/,(?=\s*\p{Lu})/gu, COMMA),
    );
  // "gửi về Sở Tài chính (đồng gửi các cơ quan tham mưu ...)": the bracket names a further receiver, all of it.
  const copies = [...read.matchAll(COPY)].map((m) => m[1]);
  const main = read.replace(COPY, '');
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u.exec(main);
  // A route written before the e-mail address ("gửi về Bộ Y tế ... trước ngày ..., đồng thời gửi ... email: x@y") comes first.
  const before = email ? main.slice(0, email.index).replace(/(?:,?\s*đồng thời)?[^,;]*$/u, '') : main;
  /** A "báo cáo / gửi" route earlier in the clause of `route`. */
  // "Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương theo thời gian quy định" (a Chủ tịch UBND tỉnh's
  // answer to Văn bản 5658/BCT-CTĐP, 2018): the body submitted to reports onward, as the one sent to does.
  const reportedBefore = (route: RegExpMatchArray, routes: RegExpMatchArray[]) =>
    routes.some(
      (r) =>
        r.index! < route.index! &&
        /^(?:báo cáo|gửi|trình)/iu.test(r[0]) &&
        !/[.;]/u.test(before.slice(r.index, route.index)),
    );
  // The body ends before a deadline, a purpose, what is done there ("... xã xử lý", "... kết quả thực hiện",
  // "... cho người được giới thiệu", "trình Thủ tướng Chính phủ phê duyệt", "báo cáo UBND thành phố đề xuất Bộ Công an ...", "trình Thường trực ... kế hoạch
  // ...", "báo cáo UBND tỉnh chỉ đạo ..." unless it is a "Ban chỉ đạo"), a street address (", 49 Đại Cồ Việt") or a
  // form in brackets ("(Mẫu số 01/HNCT)"); "(qua phòng ...)" and "(Vụ Kế hoạch-Tài chính)" are part of it. A comma or
  // "và" before another body ("..., UBND Thành phố", "... và nhà trường") joins two targets, split below. "những" + a
  // lower-case word is what is reported ("báo cáo về Sở Giáo dục và Đào tạo những tình huống đặc biệt", dev
  // danang-sgddt-2020-07-phongchong-covid-thi-tnthpt 5): no body's name goes on with it.
  const END = String.raw`(?:(?=\s+(?:xong\s+)?(?:trước|chậm nhất|trong vòng|trong thời hạn|trong thời gian|trong (?:quý|tháng|năm|tuần)|(?:những|các)\s+(?:vấn đề|nội dung|khó khăn|vướng mắc|kiến nghị|trường hợp|tình huống|biện pháp|giải pháp)|những\s+\p{Ll}|có\s+(?:biện pháp|giải pháp|phương án)|để tổng hợp|ngay|sau khi|theo|khi|để|về việc|xử lý|kết quả|cho(?!\s+(?:thuê|vay|mượn)(?![\p{L}\d]))|phê duyệt|công nhận|xem xét|đề xuất|kiến nghị|đảm bảo|bảo đảm|quyết định|ban hành|kế hoạch|dự thảo|đề án|định kỳ|vào|việc|tình hình|tổng hợp|danh mục|danh sách|số liệu|phương án|kịp thời|(?:và\s+|rồi\s+)?(?:gửi|báo cáo(?! viên))|số\s+\d+\S*\s+(?:đường|phố|ngõ|hẻm)|(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)|về(?=\s+\p{Ll})|${NEXT})(?![\p{L}\d])|(?=\[\d{1,2}\])|\s*\((?!(?:thông )?qua\s|Vụ\s|Phòng\s|Ban\s|Văn phòng\s|Cục\s)|,(?!\s*(?:${HEAD}|Chủ tịch\s))|(?<=\))(?=\s+\p{Ll})|[.;]\s|[.;]|$)|(?<!(?:^|\s)(?:Ban|Tổ))(?=\s+chỉ đạo(?![\p{L}\d]))|(?<!(?:^|\s)(?:Ban|Tổ|Đoàn|Hội đồng|Trung tâm))(?=\s+(?:thẩm định|kiểm tra|hỗ trợ|bổ sung|điều chỉnh)(?![\p{L}\d]))|(?<!\s(?:[Cc]hương|[Qq]uy|[Tt]ờ|[Ll]ộ|[Tt]iến|[Gg]iáo|[Cc]ông|[Pp]hương))(?=\s+trình(?![\p{L}\d])))`;
  // Every "gửi / báo cáo / trả lời / phản ánh / phản hồi / thông báo / đăng ký ... về / đến / cho / với <body>" (a
  // body: a capitalised name, not "về công tác ..."), in order; "chuyển" and "nộp" only for what is handed in (biên bản,
  // danh sách, kết quả, báo cáo): forwarding a complaint ("chuyển đơn đến Ủy ban Bầu cử xã") or a candidate's file
  // ("hướng dẫn người ứng cử hoàn thiện hồ sơ và nộp về Ủy ban Bầu cử xã") is no report of the task; "cung cấp" for
  // data supplied "về" a body ("cung cấp số liệu ... về Bộ Tài chính (Cục Thống kê)", btc17809 in
  // __fixtures__/route-mined.sources.ts), not information given "cho" a newspaper to write about (cantho-mttq-2020-02).
  // "truyền (số liệu) về" for data sent on ("truyền số liệu thông suốt về Sở Nông nghiệp và Môi trường Hà Nội", bodies dev
  // hanoi-2025-onhiem-khongkhi-capbach 9.1.6), not "tuyên truyền về ...". A body may open in lower case: "về nhà trường",
  // "về các Bộ, cơ quan", "về các Sở ..." (a head word after "các").
  const sent = [
    ...before.matchAll(
      new RegExp(
        String.raw`(?:[Gg]ửi|[Bb]áo cáo(?! viên)|[Tt]rả lời|[Pp]hản ánh|[Pp]hản hồi|[Nn]ộp (?=(?:các |bản )?(?:[Bb]iên bản|[Dd]anh sách|[Kk]ết quả|[Bb]áo cáo))|[Cc]ung cấp (?=(?:các |bản )?(?:[Ss]ố liệu|[Tt]hông tin|[Dd]ữ liệu|[Bb]áo cáo|[Kk]ết quả)(?:(?!\scho\s)[^.;])*?\svề\s)|[Tt]hông báo|[Đđ]ăng ký|(?<!(?:tuyên|lan)\s)[Tt]ruyền (?=(?:các |bản )?(?:số liệu|dữ liệu)|về\s)|[Cc]huyển (?=(?:các |bản )?(?:[Bb]iên bản|[Dd]anh sách|[Kk]ết quả|[Bb]áo cáo)))(?! số)(?: báo cáo| kết quả)*(?:(?!\s(?:cho|đến)\s)[^.;]){0,200}?\s+(?:(?:về|đến|tới|cho|(?<!đối\s|phối hợp\s)với)\s+(?:theo\s+)?(?:địa chỉ\s*:\s*)?|theo\s+địa chỉ\s*:\s*)(?!việc\s|địa chỉ|${DOCUMENT_KINDS})(?=\p{Lu}|(?:đồng chí|phòng|ban|bộ phận|văn phòng|trung tâm|sở|ủy ban|đảng ủy|chi bộ|hội đồng|cơ quan quản lý)\s|nhà trường(?![\p{L}\d])|các\s+(?:Bộ|Sở)\s*:|các\s+${HEAD}|${HIGHER}(?![\p{L}\d]))(.+?)${END}`,
        'gu',
      ),
    ),
  ]
    // "định kỳ báo cáo Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ - Trưởng Ban chỉ đạo quốc gia về IUU" (dev
    // cp-2026-05-nq-phienhop-thuongky-thang4 PL.6.b): a body right after "báo cáo" is the one reported to, and "về" what
    // about, also when the match ran from an earlier "báo cáo" ("không báo cáo và ..."); the direct route below reads it.
    .filter((m) => !new RegExp(String.raw`(?:^|\s)[Bb]áo cáo\s+(?:${HEAD})`, 'u').test(m[0]));
  // "gửi Đảng ủy xã chậm nhất ...", "Báo cáo Ban Thường trực ... chậm nhất ngày", "trình Thủ tướng Chính phủ"; "kịp thời
  // báo cáo và kiến nghị Thủ tướng Chính phủ các biện pháp cần thiết" (dev ttg-2026-05-qd-kehoach-bhyt-toandan-ct52 III.4):
  // one body reported to and advised.
  // a body right after the verb ("trình" not in "chương trình", "quy trình", "tờ trình"), named by any head word of the
  // assignee lexicon (BODY_HEADS: "báo cáo Hội Nông dân tỉnh", "gửi Trạm Y tế xã") or an office holder's title; "lập danh sách đề nghị Ban
  // Thường vụ cấp ủy quyết định công nhận ..." (Hướng dẫn 40-HD/BTGDVTW, 2025): the list goes to the body asked.
  const direct = [
    ...before.matchAll(
      new RegExp(
        String.raw`(?:[Gg]ửi|[Bb]áo cáo(?! viên)|[Tt]rình(?<!(?:chương|quy|tờ|lộ|tiến|giáo|công|lập|hành|phương)\s[Tt]rình)(?<!\p{L}[Tt]rình)|(?<=(?:^|\s)[Ll]ập danh sách\s)đề nghị)(?:(?<=[Bb]áo cáo)(?:,|\s+và)?\s*(?:đề xuất|kiến nghị|tham mưu|xin ý kiến)|(?: báo cáo| kết quả)?)\s+((?:các\s+(?=(?:Bộ|Sở)${COMMA}))?(?:${BODY_HEADS}|Thủ tướng|Chủ tịch|Phó Thủ tướng|Phó Chủ tịch|Bộ trưởng|Giám đốc|Trưởng|Tổ trưởng|Lãnh đạo(?=\s+\p{Lu}))(?:[\s,\u0001].+?)??(?=${END})|${SPECIALIST}|${HIGHER}(?![\p{L}\d])(?:\s*\((?=\p{Lu})[^()]*\))?)`,
        'gu',
      ),
    ),
  ]
    // Dropped where its body is (part of) a route read above; "báo cáo cơ quan có thẩm quyền xem xét ..., đồng
    // thời gửi về Sở Tài chính" names two.
    .filter((d) => {
      const from = d.index! + d[0].lastIndexOf(d[1]);
      return !sent.some((m) => from < m.index! + m[0].length && m.index! + m[0].lastIndexOf(m[1]) < from + d[1].length);
    })
    // "xây dựng báo cáo giám sát, báo cáo đánh giá để báo cáo Bộ ...": the report made is what it is for, a purpose;
    // "phát hiện ... những vấn đề phát sinh để báo cáo Ban Thường trực ... xử lý" is the task's own report.
    .filter((d) => !(/^(?:báo cáo|gửi)/iu.test(d[0]) && MADE_REPORT.test(before.slice(0, d.index))))
    // "tổng kết theo hướng dẫn của Sở Giáo dục và Đào tạo để tổng hợp, báo cáo UBND tỉnh": the guiding body's report.
    .filter((d) => !(/^báo cáo/iu.test(d[0]) && OTHERS_PURPOSE.test(before.slice(0, d.index))))
    // "gửi kết quả về Sở Nội vụ để báo cáo UBND tỉnh", "... về Sở Y tế để kịp thời báo cáo Bộ Y tế": after a route in
    // the clause, a report in a purpose is the receiver's, not the task's.
    .filter(
      (d, _i, all) =>
        !(
          /^báo cáo/iu.test(d[0]) &&
          /(?<!\p{L})để\s[^.;]*$/u.test(before.slice(0, d.index)) &&
          reportedBefore(d, [...sent, ...all])
        ),
    )
    // "Ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành ...": the matter goes up there when the task's own
    // actor does not settle it, a route (README, settled 2 December 2026; dev cantho-2025-11-kehoach-danso II.6.b,
    // cp-2026-04-nq-tthc-bkhcn 5.2); "báo cáo Bộ Tài chính để được hướng dẫn hoặc trình cấp có thẩm quyền ...": the
    // other of two routes. Not in a purpose ("để ban hành ... hoặc trình ...") nor after advice ("tham mưu X ... hoặc
    // trình Y": X submits).
    .filter(
      (d, _i, all) =>
        !/^trình/iu.test(d[0]) ||
        (/\shoặc\s*$/u.test(before.slice(0, d.index)) && reportedBefore(d, [...sent, ...all])) ||
        !(PURPOSE.test(before.slice(0, d.index)) || ADVISED_SUBMIT.test(before.slice(0, d.index))),
    );
  // "gửi Báo cáo về Văn phòng Chính phủ ... để tổng hợp, báo cáo Thủ tướng Chính phủ": what the receiver does next
  // is its own report, not this task's route.
  // It ends with its sentence: "... để tổng hợp, báo cáo Thủ tướng Chính phủ. Đồng thời thống kê báo cáo Thủ tướng
  // Chính phủ (qua ...) ..." is a second route of the task.
  // In the order their bodies are written ("báo cáo X ..., đồng thời gửi về Y": X, Y); "tham mưu UBND Thành phố báo cáo
  // ... về Cục ...": the advised body's report (hn308, __fixtures__/route-mined.sources.ts).
  const at = (r: RegExpMatchArray) => r.index! + r[0].lastIndexOf(r[1]);
  const found = [...sent, ...direct]
    .sort((x, y) => at(x) - at(y))
    .filter((r) => /^trình/iu.test(r[0]) || !ADVISED.test(before.slice(0, r.index)));
  // "gửi Sở Khoa học và Công nghệ tổng hợp, chủ trì ..., báo cáo UBND Thành phố ..." (hn308): the body sent to compiles and
  // reports on, as after "để tổng hợp".
  const compiles = found.find((r) => /^\s*tổng hợp(?![\p{L}\d])/u.test(before.slice(r.index! + r[0].length)));
  const purpose = before.search(/\s(?:để|sau đó)\s+tổng hợp\b/u);
  const relay = compiles && (purpose < 0 || compiles.index! < purpose) ? compiles.index! + compiles[0].length : purpose;
  const relayEnd = relay < 0 ? -1 : before.slice(relay).search(/[.;]\s+\p{Lu}/u);
  const relayed = (index: number) =>
    relay >= 0 && index > relay && (relayEnd < 0 || index < relay + relayEnd) && found.some((r) => r.index! < relay);
  // "báo cáo Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền ...": the body reported to submits onward.
  // "trình Lãnh đạo Bộ báo cáo Thủ tướng Chính phủ": the body submitted to reports onward (bvhttdl6316, __fixtures__/route-mined.sources.ts).
  const onward = (route: RegExpMatchArray) =>
    found.some(
      (r) =>
        r !== route &&
        r.index! < route.index! &&
        (/^trình/iu.test(route[0]) || (/^trình/iu.test(r[0]) && /^báo cáo/iu.test(route[0]))) &&
        /^\s*$/u.test(before.slice(r.index! + r[0].length, route.index)),
    );
  for (const route of found.filter((r) => !relayed(r.index!) && !onward(r))) {
    const submitted = /^trình/iu.test(route[0]);
    for (const part of splitTargets(route[1])) {
      const named = part.replaceAll(SPACE, ' ');
      const target = endTopRoute(clean(canonicaliseTones(submitted ? nameOnly(named) : named)).replaceAll(COMMA, ','));
      // "có văn bản gửi Ban Thường trực ... để hỗ trợ việc ...", "phản ánh về Bộ Tài chính (là Cơ quan thường trực
      // ...) để được hướng dẫn": asking for help, not reporting; "báo cáo Bộ Tài chính để được hướng dẫn" still reports.
      const help =
        !/^báo cáo/iu.test(route[0]) &&
        new RegExp(
          String.raw`^\s*(?:\([^()]*\)\s*)?(?:để|đề nghị)\s+(?:được\s+)?(?:hỗ trợ|giúp đỡ|hướng dẫn|giải đáp)`,
          'u',
        ).test(before.slice(route.index! + route[0].length));
      if (target && !help && !/@/u.test(target) && !routes.some((r) => r.target === target))
        routes.push({ target, forGroups: [] });
    }
  }
  for (const part of copies.flatMap(splitTargets)) {
    const target = endTopRoute(clean(canonicaliseTones(part.replaceAll(SPACE, ' '))).replaceAll(COMMA, ','));
    if (target && !routes.some((r) => r.target === target)) routes.push({ target, forGroups: [] });
  }
  if (email) routes.push({ target: email[0], forGroups: [] });
  if (note)
    routes.push({
      target: endTopRoute(clean(note[2])),
      forGroups: [clean(note[1])],
    });
  return routes;
}

/**
 * "Ban Thường vụ đảng ủy và nhà trường", "Ban Chỉ đạo ..., UBND Thành phố": one target each; not inside
 * brackets, nor "Văn phòng HĐND và UBND quận" (one office of both), nor a person and their office.
 */
function splitTargets(body: string): string[] {
  // A list of bodies is one route per body (corpus README, "A list of bodies is one entry per body", 3 December 2026): "Bộ
  // Chính trị, Ban Bí thư (qua Ban Tổ chức Trung ương)" (dev btctw-2025-11-huongdan-quydinh377-canbo IV.2.1.2) → "Bộ Chính
  // trị", "Ban Bí thư (qua Ban Tổ chức Trung ương)": the channel that closes the list stays with the last, as printed.
  const parts: string[] = [];
  let from = 0;
  for (const m of body.matchAll(new RegExp(String.raw`\s*,\s*(?=${HEAD}|Chủ tịch\s)|\s+và\s+(?=${HEAD})`, 'gu'))) {
    const before = body.slice(0, m.index);
    const open = (before.match(/\(/gu) ?? []).length > (before.match(/\)/gu) ?? []).length;
    const left = body.slice(from, m.index);
    // "đồng chí Lê Thị Hoa, Văn phòng Đảng ủy": a person and the office they sit in; "Văn phòng Đoàn ĐBQH và HĐND tỉnh":
    // one office of two bodies (unit-lists.ts).
    // "báo cáo Bộ Tài nguyên và Môi trường, Chủ tịch UBND tỉnh" (dev bacgiang-2013-03-rasoat-cosogayonhiem) names two, and
    // so does a body beside its own head: "báo cáo UBND tỉnh, Chủ tịch UBND tỉnh" (dev daklak-2025-11-chithi-thamdinh-dautu
    // III.1), "báo cáo Chính phủ, Thủ tướng Chính phủ" (corpus README, 3 December 2026).
    if (
      open ||
      /^\s*(?:đồng chí|ông|bà)\s/iu.test(left) ||
      (/và/u.test(m[0]) &&
        ((/^\s*Văn phòng\s/u.test(left) && /^(?:UBND|Ủy ban)/u.test(body.slice(m.index! + m[0].length))) ||
          OFFICE_OF_TWO.test(left.trim())))
    )
      continue;
    parts.push(body.slice(from, m.index));
    from = m.index! + m[0].length;
  }
  return [...parts, body.slice(from)];
}

/** Lower-case words inside an authority's name ("Ủy ban nhân dân thành phố", "UBND các xã"). */
const NAME_WORDS = new Set(
  'nhân dân các tỉnh huyện xã phường thành phố quận thị trấn thường trực vụ đảng ủy uỷ ban hội đồng chính phủ tướng tịch trưởng'.split(
    ' ',
  ),
);

/** "Thủ tướng Chính phủ cấp Bằng ...", "Chủ tịch UBND tỉnh ký ...": the authority submitted to, without what it does. */
function nameOnly(text: string): string {
  // "trình cấp có thẩm quyền phê duyệt ...", "trình cấp trên": the authority is named by its level, in lower case; so is
  // "Trình cơ quan, người có thẩm quyền ban hành ..." (dev cp-2026-04-nq-tthc-bkhcn 5.1.c), already cut at its end.
  if (/^\s*(?:các\s+)?(?:cấp|cơ quan)[\s,]/u.test(text)) return text;
  // "trình Thủ tướng Chính phủ Chương trình quốc gia phát triển ..." (dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5
  // III.5.a.(1)): the document submitted, capitalised as its title is, follows the authority's name.
  const named = text.replace(new RegExp(String.raw`\s+${DOCUMENT_KINDS}.*$`, 'u'), '');
  const words = named.trim().split(/\s+/u);
  // A lower-case word right after a capitalised one completes it ("Bộ Chính trị", "Ban Bí thư", "Chính phủ").
  const end = words.findIndex(
    (w, i) =>
      !/^[\p{Lu}\d]/u.test(w) &&
      !NAME_WORDS.has(w.toLowerCase()) &&
      !(i > 0 && /^\p{Lu}/u.test(words[i - 1])) &&
      // "Ủy ban Thường vụ của Quốc hội": "của" before a capitalised word is inside the name.
      !(w === 'của' && /^\p{Lu}/u.test(words[i + 1] ?? '')),
  );
  const name = (end < 0 ? words : words.slice(0, end)).join(' ');
  // "trình Hội đồng nhân dân cùng cấp bố trí ngân sách ..." (dev ttg-2025-11-qd-kehoach-luat-baove-dulieu-canhan III.5):
  // the council of the same level, named by it.
  return end >= 0 && /^cùng cấp$/u.test(words.slice(end, end + 2).join(' ')) ? `${name} cùng cấp` : name;
}
