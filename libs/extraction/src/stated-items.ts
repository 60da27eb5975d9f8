import { DIRECTS } from './describes.js';
import { splitSentences } from './text-utils.js';

/**
 * Items that state instead of asking, found by the precision study of 2 December 2026 on directives outside the corpus
 * (samples/corpus/README.md, "Precision study of 2 December 2026"): a reply's item that only points a firm to the law, a
 * row of figures, the issuer's own decision formula, a provision quoted as the answer. None names a task ("How gold is
 * written": background, legal basis, the reply convention).
 */

/** A topic label opening a reply's item: "Về việc sử dụng mã loại hình: ...". */
const TOPIC = /^về\s[^:]{2,160}:\s*/iu;

/**
 * A call on the firm a reply answers to apply the law it was pointed to, or to ask another body: "Đề nghị Công ty nghiên cứu
 * quy định nêu trên để thực hiện và liên hệ với Bộ Khoa học và Công nghệ để được hướng dẫn.", "Theo đó, trường hợp Chi
 * nhánh Công ty F.D.I là doanh nghiệp có vốn đầu tư nước ngoài đề nghị căn cứ các quy định nêu trên để thực hiện quyền nhập
 * khẩu ..." (Công văn 37951 and 37569/CHQ-GSQL of 2025). Not a tax or customs office asked to act: the firm is named.
 */
const FIRM_CALL =
  /(?:^|\s)(?:công ty|doanh nghiệp|chi nhánh|hiệp hội)(?=\s)[^;]*?\sđề nghị\s(?:căn cứ|nghiên cứu|đối chiếu|tham khảo)\s[^;]*?\sđể\s+(?:thực hiện|được hướng dẫn)|(?:^|\s)đề nghị\s+(?:quý\s+)?(?:công ty|doanh nghiệp|chi nhánh|hiệp hội)(?=\s)[^;]*?\s(?:căn cứ|nghiên cứu|đối chiếu|tham khảo)\s[^;]*?\sđể\s+(?:thực hiện|được hướng dẫn)/iu;

/**
 * The same call without the closing "để thực hiện": "Về thủ tục hải quan: đề nghị Công ty nghiên cứu quy định tại Điều 67
 * Thông tư số 38/2015/TT-BTC ..." (Công văn 37563/CHQ-GSQL of 2025). The sentence names the firm, the law and nothing else.
 */
const FIRM_STUDY =
  /^đề nghị\s+(?:quý\s+)?(?:công ty|doanh nghiệp|chi nhánh|hiệp hội)(?:\s[^,;]{0,80}?)?\s(?:nghiên cứu|tham khảo|đối chiếu)\s+(?:các\s+|nội dung\s+)?(?:quy định|hướng dẫn)\s+(?:tại|nêu tại|nêu trên|dẫn trên)(?![\p{L}\p{N}])(?![^;]*\sđể\s)[^;]*$/iu;

/** A call that also asks for a report or sets a date is a task ("... và báo cáo kết quả về Cục trước ngày ..."). */
const ASKS_MORE = /\b(?:báo cáo|gửi về|trước ngày|chậm nhất)\b/iu;

/**
 * A reply's numbered item whose only request is the call on the firm to apply the law: the rest of it states the law.
 * samples/corpus/README.md ("How gold is written", the reply convention): the reply asks nothing of a unit.
 */
export function pointsFirmToLaw(text: string): boolean {
  const sentences = splitSentences(text.replace(TOPIC, ''));
  const calls = sentences.filter((s) => FIRM_CALL.test(s) || FIRM_STUDY.test(s));
  if (calls.length === 0 || calls.some((s) => ASKS_MORE.test(s))) return false;
  return sentences.every((s) => calls.includes(s) || !DIRECTS.test(s));
}

/**
 * A row of figures read from a table: a label and two or more numbers, nothing else ("Xăng E5RON92 19.844 19.807",
 * Công văn 9162/BCT-TTTN of 2025: last period's and this period's base price).
 */
const FIGURES = /^(?=[^:;]*\p{L})[^:;]{2,80}?(?:\s+[-+]?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?\s*%?){2,}\s*$/u;

/**
 * The issuer's decision formula over the decisions it lists: "Trước những diễn biến giá thành phẩm xăng dầu thế giới ...,
 * Bộ Công Thương và Bộ Tài chính quyết định" (Công văn 9162/BCT-TTTN of 2025). What follows decides; the formula asks no one.
 */
const DECISION_FORMULA =
  /(?:^|,\s*)(?:Bộ|Ủy ban|Uỷ ban|UBND|Thủ tướng|Phó Thủ tướng|Chủ tịch|Ban|Văn phòng|Sở|Cục|Hội đồng)\s[^,;:]{0,80}?\s(?:quyết định|kết luận|thống nhất)\s*:?\s*$/u;

/**
 * A provision quoted as the answer: "Tại khoản 2 Điều 2 Nghị định 175/2025/NĐ-CP quy định từ ngày Nghị định này có hiệu
 * lực thi hành ... đến hết ngày 31/12/2025, trường hợp UBND tỉnh ... chưa ban hành Bảng giá ... thì tiếp tục được áp dụng
 * ..." (Công văn 5402/CT-CS of 2025): the law, not a request, however it names units and dates. So is the legal basis with
 * the answer it gives: "Căn cứ khoản 1 Điều 2 Luật Thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH13 quy định hàng hóa ...
 * thuộc đối tượng chịu thuế nhập khẩu. Căn cứ quy định dẫn trên, mặt hàng “Nhà phi thuyền” nhập khẩu thuộc đối tượng chịu
 * thuế nhập khẩu" (the Cục Hải quan's reply of 2025 on “Nhà phi thuyền”, tnt305/tai_lieu_noi_bo
 * src/etl/dataset/05c420d29b859e9b.md).
 */
const PROVISION =
  /^(?:tại|theo(?:\s+quy định tại)?|căn cứ(?:\s+quy định tại)?)\s+(?:(?:điểm|khoản|điều|mục|chương|phụ lục)\s+[\p{L}\d.]{1,6},?\s+)+(?:[^,;:]{0,40}?\s)?(?:luật|bộ luật|nghị định|thông tư|nghị quyết|quyết định|pháp lệnh)(?![\p{L}\p{N}])[^;:]{0,160}?\s(?:quy định|hướng dẫn)(?![\p{L}\p{N}])/iu;

/**
 * The answer drawn from the law just cited: "Căn cứ quy định dẫn trên, mặt hàng “Nhà phi thuyền” nhập khẩu thuộc đối tượng
 * chịu thuế nhập khẩu" (the same reply). It states what the law makes of the case; unless it goes on to ask someone
 * (DIRECTS), no task.
 */
const CONCLUDES = /^căn cứ\s+(?:các\s+)?(?:quy định|hướng dẫn)\s+(?:dẫn trên|nêu trên|trên|này)\s*,/iu;

/** An item that states (see above), no task. */
export function statesOnly(text: string): boolean {
  if (FIGURES.test(text) || pointsFirmToLaw(text)) return true;
  if (DECISION_FORMULA.test(text) && !DIRECTS.test(text)) return true;
  return (PROVISION.test(text) || CONCLUDES.test(text)) && splitSentences(text).every((s) => !DIRECTS.test(s));
}
