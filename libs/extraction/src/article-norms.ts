/**
 * Clauses of a normative resolution's articles (the Official Gazette texts of wave 20, samples/corpus/README.md "Norms
 * binding the regulated public are no tasks") that bind the public it regulates, grant or waive something, or say when
 * its provisions take or lose effect: no task of a unit. Each is a test of the requirement's text, marker removed.
 */

/**
 * "Người sử dụng lao động có trách nhiệm áp dụng các biện pháp nâng cao năng suất lao động ..." (dev
 * ubtvqh-2022-03-nq-giolamthem-covid 3.3), "Chủ hộ kinh doanh đã đủ điều kiện hưởng chế độ bảo hiểm xã hội ... thì được
 * giải quyết hưởng ..." (dev ubtvqh-2025-05-nq-bhxh-chuhokinhdoanh 1.2): employers, workers and household businesses are
 * the public the law binds or entitles, not units given a task.
 */
const REGULATED_PUBLIC =
  /^(?:các\s+)?(?:người sử dụng lao động|người lao động|chủ hộ kinh doanh|hộ kinh doanh|người tham gia bảo hiểm(?: xã hội| y tế| thất nghiệp)?|người hưởng|người nộp thuế)(?=[\s,]|$)/iu;

/**
 * "Người đứng đầu cơ quan, đơn vị, cán bộ, công chức, viên chức, chiến sĩ Công an nhân dân tham gia xây dựng, ban hành Nghị
 * quyết này được xem xét loại trừ, miễn hoặc giảm trách nhiệm ..." (dev cp-2026-04-nq-tthc-bocongan 4.3): an exemption.
 */
// ("... được xem xét loại trừ, miễn hoặc giảm trừ trách nhiệm ...", dev cp-2026-04-nq-tthc-bgddt 4.3.)
const EXEMPTED =
  /\sđược\s+(?:xem xét\s+)?(?:loại trừ|miễn|giảm(?: trừ)?)(?:,?\s+(?:loại trừ|miễn|giảm(?: trừ)?|hoặc|và))*\s+trách nhiệm\b/iu;

/**
 * "Các quy định tại Mục XIX Phần B Phụ lục I ... có hiệu lực thi hành kể từ thời điểm ..." (dev cp-2026-04-nq-tthc-bkhcn
 * 7.2), "Trường hợp luật, nghị quyết của Quốc hội; ... thì các quy định tương ứng trong Nghị quyết này hết hiệu lực kể từ
 * thời điểm ..." (dev cp-2026-04-nq-tthc-bocongan 6.1): when provisions take or lose effect.
 */
// Also (dev cp-2026-04-nq-tthc-bgddt 6.2, cp-2026-04-nq-tthc-bnnmt 5.1.b, cp-2026-05-nq-giamdinh-adn-hai-cot-liet-si 5.2.b):
// "Các quy định tại mục A Phụ lục I, ..., tiểu mục A.2 mục A Phụ lục XIV ... có hiệu lực cùng thời điểm với ..." (a dotted
// number inside), an item under such a lead-in that opens "Có hiệu lực cùng thời điểm với ...", "Từ ngày Nghị quyết này có
// hiệu lực thi hành đến trước ngày ..., việc thực hiện ... tiếp tục thực hiện theo quy định của pháp luật hiện hành", "Kể từ
// ngày Nghị quyết này có hiệu lực thi hành, các quy định ... sau đây chấm dứt hiệu lực: ...".
const TAKES_EFFECT =
  /^(?:trường hợp\s[\s\S]{0,800}?\sthì\s+)?(?:các\s+)?(?:quy định|nội dung)\s(?:[^.]|\.(?=\d)){0,400}?\s(?:có|hết)\s+hiệu lực\b|^(?:có|hết)\s+hiệu lực\s|^từ ngày\s[^,]{0,200}?\scó hiệu lực\b[^.]*\stiếp tục (?:thực hiện|áp dụng) theo (?:quy định|các quy định)\b|^(?:kể )?từ ngày\s[^,]{0,200}?\scó hiệu lực(?: thi hành)?,\s[^.]{0,600}?\s(?:chấm dứt|hết)\s+hiệu lực\b/iu;

/** "Nghị quyết này quy định cơ chế, chính sách đặc thù ..." (dev cp-2026-05-nq-giamdinh-adn-hai-cot-liet-si 1.1): the scope. */
const SCOPE = /^(?:nghị quyết|nghị định|quyết định|thông tư) này quy định\s/iu;

/** "Không quy định điều kiện kinh doanh liên quan đến ..." (dev cp-2026-04-nq-tthc-yte 3.5): a requirement the act abolishes. */
const ABOLISHES = /^không quy định\s/iu;

/**
 * "Tổ chức thi hành", "Tổ chức thực hiện": an article's title over its clauses (dev cp-2026-04-nq-tthc-bocongan Điều 4,
 * cp-2026-04-nq-tthc-bkhcn Điều 5), read alone when its clauses are numbered under it.
 */
// ("Tổ chức thực hiện và hiệu lực thi hành", dev cp-2026-05-nq-giamdinh-adn-hai-cot-liet-si Điều 5.)
const TITLE_ONLY = /^(?:tổ chức|trách nhiệm)\s+(?:thi hành|thực hiện)(?:\s+và\s+hiệu lực thi hành)?\s*[:.]?$/iu;

/**
 * A provision's new wording quoted under the amendment that makes it: "Sửa đổi khoản 2 Điều 66 Nghị định số 96/2023/NĐ-CP
 * như sau: “1. Nộp 01 bộ hồ sơ ...”" (dev cp-2026-04-nq-tthc-yte Điều 4.2.d; in our words "Sửa đổi khoản 3 Điều 7 Nghị định
 * ... như sau: “2. Trong thời hạn 05 ngày làm việc ..., Sở Xây dựng thẩm định và cấp giấy phép ...”"; "Cắt giảm thời gian thực
 * hiện đối với thủ tục ... như sau: “...”", the same resolution's 4.2.a): the law as amended
 * binds whoever it names case by case, it asks no unit for a task, also when the quotation names one.
 */
const AMENDS =
  /^(?:sửa đổi(?:,?\s*bổ sung)?|bổ sung|thay thế|đính chính|cắt giảm|đơn giản hóa|rút ngắn|điều chỉnh)\s[^“"]{0,400}?(?:như sau|thành|bằng|là)\s*:\s*[“"]/iu;

/**
 * "Tạm ngưng hiệu lực thi hành khoản 2 Điều 14 Nghị định số 15/2018/NĐ-CP đến hết ngày ..." (in our words; the Government
 * resolutions suspending a decree's provisions): the resolution's own act on another text, no task.
 */
const SUSPENDS =
  /^(?:tạm ngưng|tạm ngừng|tạm dừng|tạm đình chỉ|đình chỉ|ngưng|ngừng)\s+(?:việc\s+)?(?:hiệu lực|thi hành|áp dụng)\b/iu;

/**
 * Transitional rules: what was filed or granted before a date keeps the old rule ("Đối với hồ sơ đề nghị giải quyết thủ
 * tục hành chính ... đã được cơ quan có thẩm quyền tiếp nhận ... trước ngày Nghị quyết này có hiệu lực thì thực hiện theo
 * quy định ...", dev cp-2026-04-nq-tthc-yte 6.5; "Hồ sơ đã nộp trước ngày ... thì tiếp tục được giải quyết ...", "Dự án
 * đã được cấp giấy chứng nhận ... trước ngày ... không phải thực hiện lại thủ tục ...", in our words), and a body that goes on
 * until its successor works ("Chính quyền địa phương ở đơn vị hành chính cấp xã trước sắp xếp tiếp tục hoạt động cho đến
 * khi chính quyền địa phương ... chính thức hoạt động", dev ubtvqh-2025-06-nq-sapxep-capxa-laichau 2.3).
 */
const TRANSITIONAL =
  /^[^.;]{0,300}?\s(?:đã|được)\s[^.;]{0,300}?\strước (?:ngày|thời điểm)\s[^.;]{0,200}?(?:\sthì\s+|\s)(?:tiếp tục|không phải|được tiếp tục|thực hiện theo)\s|\stiếp tục\s+(?:hoạt động|duy trì|thực hiện|áp dụng|được áp dụng|có hiệu lực)(?=[\s,])[^.;]{0,120}?\scho đến khi\s/iu;

/**
 * "Nghị quyết này hết hiệu lực kể từ ngày Luật ... có hiệu lực thi hành", "Các nội dung khác của Thông tư số ... giữ nguyên
 * hiệu lực thi hành" (in our words; a correction's or an amendment's closing clause): when an act lapses or stays in force.
 */
const LAPSES =
  /^(?:nghị quyết|nghị định|quyết định|thông tư)(?: này)?\s+(?:hết|chấm dứt)\s+hiệu lực\b|\s(?:giữ nguyên|vẫn còn|tiếp tục có)\s+(?:hiệu lực|giá trị pháp lý)\b/iu;

/**
 * "Tổ giúp việc của Hội đồng do Chủ tịch Hội đồng quyết định thành lập" (in our words; a decision setting up a council): who
 * sets a body up or lays down its rules, told of the body or the rules, is their status, no task. Not a task whose object
 * is so described ("Quản lý các cơ sở bảo trợ xã hội do cấp tỉnh thành lập", Quyết định 1056/QĐ-CT, fresh-directives.spec).
 */
const SET_UP_BY =
  /^(?:các\s+)?(?:tổ|nhóm|ban|hội đồng|bộ phận|cơ quan|văn phòng|thành viên|thư ký|quy chế|quy định|nội quy|danh sách|cơ cấu)(?=[\s,])[^,;]{0,120}?\sdo\s[^,;]{3,80}?\s(?:quyết định(?: thành lập)?|quy định|ban hành|bổ nhiệm|thành lập)\s*[.;]?$/iu;

/**
 * The regulated private party bound or entitled by the act, as in REGULATED_PUBLIC, where the clause says it must, may or
 * need not ("Nhà đầu tư có trách nhiệm: ...", wave 20's rule in samples/corpus/README.md; "Doanh nghiệp kinh doanh vận tải
 * phải lắp đặt ...", in our words). Not "Chủ đầu tư", often a public body given a project's tasks.
 */
const BOUND_PARTY =
  /^(?:các\s+)?(?:doanh nghiệp|nhà đầu tư|tổ chức, cá nhân)(?=[\s,])[^;]{0,80}?\s(?:phải|có nghĩa vụ|có trách nhiệm|được|không phải)\s/iu;

/**
 * A competence the act decentralises, written as its holder deciding: "Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định việc
 * cấp, gia hạn, thu hồi giấy phép ..." (in our words; the gazette texts print it as "... thuộc thẩm quyền của Chủ tịch Ủy ban
 * nhân dân cấp tỉnh", dev cp-2026-04-nq-tthc-yte Điều 2), or "... có thẩm quyền / được ủy quyền / được phân cấp cấp, phê
 * duyệt ...", its subject before any
 * comma. Not the authority a task reports to ("..., gửi Bộ Tài chính tổng hợp, báo cáo cấp có thẩm quyền phê duyệt, giao dự
 * toán ...", dev cp-2026-05-nq-giamdinh-adn-hai-cot-liet-si 4.2).
 */
const COMPETENCE =
  /^[^,;]{3,120}?(?<!\s(?:cấp|cơ quan|người))\s(?:quyết định việc\s+(?:cấp|gia hạn|thu hồi|cấp lại|cấp đổi|điều chỉnh|đình chỉ)|(?:có thẩm quyền|được ủy quyền|được phân cấp)\s+(?:quyết định|cấp|phê duyệt|cho phép))(?=[\s,])/iu;

/** A clause that asks a named unit to act despite the above ("..., giao Bộ Y tế hướng dẫn ..."). */
export const ASKS_UNIT = /\s(?:giao|yêu cầu|đề nghị)\s+\p{Lu}/u;

/** An article's clause that binds or entitles the regulated public, exempts, or sets when provisions take effect. */
export function articleNorm(text: string): boolean {
  if (TITLE_ONLY.test(text.trim()) || AMENDS.test(text)) return true;
  if (ASKS_UNIT.test(text)) return false;
  return (
    REGULATED_PUBLIC.test(text) ||
    BOUND_PARTY.test(text) ||
    SUSPENDS.test(text) ||
    TRANSITIONAL.test(text) ||
    LAPSES.test(text) ||
    SET_UP_BY.test(text) ||
    COMPETENCE.test(text) ||
    EXEMPTED.test(text) ||
    TAKES_EFFECT.test(text) ||
    SCOPE.test(text) ||
    ABOLISHES.test(text)
  );
}
