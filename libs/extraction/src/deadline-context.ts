/**
 * What the words around a dated phrase say about it, beyond the phrase itself: whether it is a deadline at all.
 */

/**
 * "giao ban trực tuyến toàn quốc ..., dự kiến trong tháng 6/2010", "Hội nghị dự kiến tổ chức vào ngày 20/12/2025":
 * the expected date of an event is no deadline. "dự kiến hoàn thành trong tháng 6/2026" still names a completion,
 * so only the date right after "dự kiến" (or after "dự kiến" and the event's verb) is left out.
 */
const EXPECTED =
  /dự kiến(?:\s+(?:sẽ\s+)?(?:tổ chức|diễn ra|khai mạc|họp|khởi công|triển khai))?\s*(?:là\s+|vào\s+)?$/iu;

/** Whether `phrase`, found at `at` in `text`, is only an expected date ("dự kiến trong tháng 6/2010"). */
export function isExpectedDate(text: string, at: number, phrase: string): boolean {
  if (/^(?:hoàn (?:thành|tất)|xong)/iu.test(phrase)) return false;
  return EXPECTED.test(text.slice(Math.max(0, at - 40), at).replace(/[,\s]+$/u, ' '));
}

/** "từ ngày 1 đến ": the start of a window the phrase found after it ends ("ngày 3 hằng tháng"). */
const WINDOW_START = /từ\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,4}){0,2}\s+(?:đến|-|–)\s+$/iu;

/** Whether the phrase at `at` closes a window ("từ ... đến ..."): it opens with "từ" or "đến", or the window's start precedes it. */
export function closesWindow(text: string, at: number, phrase: string): boolean {
  return /^(?:đến|từ)\s/iu.test(phrase) || WINDOW_START.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * "là số liệu từ ngày 01/10 đến ngày 20/11 của năm báo cáo" (Công văn 17809/BTC-CTK), "Số liệu báo cáo 6 tháng đầu năm tính
 * từ ngày 01/01 đến ngày 30/06" (Thông tư 03/2015/TT-BTTTT): the period a report's figures cover, no deadline.
 */
const COVERED =
  /(?:số\s+liệu|(?<!\p{L})tính)(?:\s+[^\s.;:]+){0,8}?(?:\s+từ(?:\s+ngày)?\s+\d{1,2}(?:\s*[/.-]\s*\d{1,4}){0,2})?\s*$/iu;
/**
 * "từ 07 giờ ngày 16 đến 13 giờ ngày 17/11/2025 tại các địa phương từ Hà Tĩnh đến Khánh Hòa đã có mưa rất to" (Công điện
 * 219/CĐ-TTg): a window whose clause goes on to what has happened is no deadline ("đã được giao" is no such clause). So is
 * the day a count stops at, the clause after its comma: "Đến hết ngày 23/10/2018, toàn ngành Thuế đã thực hiện 70.102
 * cuộc thanh tra" (Công văn 4302/TCT-TTr), "đến ngày 02/01/2019 vẫn còn nhiều đơn vị chưa nộp báo cáo" (a Sở GDĐT TP. Hồ
 * Chí Minh letter, 2019; __fixtures__/deadline-mined-set3.ts).
 */
const HAPPENED_AFTER = /^\s*,?[^.;,]{0,100}?\s(?:đã\s(?!được\s)|vẫn\s+(?:còn|chưa)\s)/iu;
/**
 * "tiếp tục cho học sinh nghỉ học đến ngày 10/10/2020" (a Sở GDĐT Quảng Trị letter), "đề xuất việc miễn phí thị thực đối
 * với khách du lịch đi theo Chương trình du lịch trọn gói đến hết năm 2020" (Chỉ thị 11/CT-TTg, 2020): how long a closure,
 * a pause or a waiver lasts, no time by which anything is due.
 */
const STATE_UNTIL =
  /(?<!\p{L})(?:nghỉ(?:\s+(?:học|làm việc|làm))?|tạm\s+(?:dừng|ngừng|hoãn|đình chỉ)|miễn(?:\s+phí)?|giãn cách|cách ly|phong tỏa)(?!\p{L})[^.;:]{0,80}$/iu;

/**
 * "Căn cứ thực tế diễn biến giá thành phẩm xăng dầu thế giới kể từ ngày 13 tháng 11 năm 2025 đến hết ngày 19 tháng 11 năm
 * 2025" (Công văn 9162/BCT-TTTN): a window inside the clause of a legal basis ("Căn cứ ..." opening a line or sentence, up
 * to its first comma; not "để địa phương có căn cứ tổ chức ...").
 */
const BASIS = /(?:^|[.;:\n])\s*căn cứ[^,;.:]*$/iu;

/** Whether a window's phrase, found at `at` in `text`, is a period covered by figures, of what happened or of a state. */
export function isPastOrCoveredWindow(text: string, at: number, phrase: string): boolean {
  const start = at - (/^(?:đến|từ)\s/iu.test(phrase) ? 0 : 40);
  if (COVERED.test(text.slice(Math.max(0, start - 80), at))) return true;
  // A slice cut inside the text does not open a line: 'x' stands for what came before it.
  if (BASIS.test((at > 200 ? 'x' : '') + text.slice(Math.max(0, at - 200), at))) return true;
  if (/^đến\s/iu.test(phrase) && STATE_UNTIL.test(text.slice(Math.max(0, at - 100), at))) return true;
  return HAPPENED_AFTER.test(text.slice(at + phrase.length));
}

/**
 * "tại Hội nghị sơ kết tình hình triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trong quý III/2025" (Công văn
 * 7197/BKHCN-CĐSQG): a month or quarter that says what a meeting was about, no deadline. Not when a demand or a due verb
 * comes between ("Tại cuộc họp, Phó Thủ tướng yêu cầu hoàn thành trong tháng 12/2025").
 */
const AT_MEETING =
  /(?:tại|dự)\s+(?:các\s+)?(?:hội nghị|cuộc họp|phiên họp)(?:(?!yêu cầu|giao|đề nghị|hoàn (?:thành|tất)|xong|trình|gửi|báo cáo)[^.;,])*$/iu;

/** Whether the month or quarter a match of the "trong tháng / quý" rule names is a meeting's subject. */
export function atMeeting(text: string, m: RegExpExecArray): boolean {
  if (/^(?:hoàn|xong|đến|trước|chậm|muộn|trễ)/iu.test(m[0])) return false;
  const at = m.index + Math.max(0, m[0].search(/trong\s+(?:tháng|qu[ýí])/iu));
  return AT_MEETING.test(text.slice(Math.max(0, at - 200), at));
}
