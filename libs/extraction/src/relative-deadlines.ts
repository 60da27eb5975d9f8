import type { Rule } from './deadline-rule.js';
import type { Deadline } from './directive.types.js';

/**
 * Relative deadlines: a span counted from an event ("trong thời hạn 10 ngày kể từ ngày nhận được ...", "chậm nhất là
 * 20 ngày trước ngày khai mạc kỳ họp"). Sentences quoted below come from __fixtures__/relative-deadlines.tsv (legal and
 * administrative texts outside the corpus) unless a corpus document is named.
 */

/** The document named before its signature: "kể từ ngày Kế hoạch được ban hành", "kể từ ngày Quyết định này được ký". */
const DOCUMENT = String.raw`(?:văn bản|công văn|công điện|kế hoạch|quyết định|thông báo|chỉ thị|hướng dẫn|nghị quyết|nghị định|thông tư|đề án|chương trình|phương án|quy chế|quy định)(?:\s+này)?`;
const ISSUED = String.raw`(?:${DOCUMENT}\s+(?:được\s+)?(?=ký|ban hành))?`;

/** The events a span counts from, each with its anchor name (README, "How gold is written", deadlines). */
const EVENTS: Array<[string, string]> = [
  // "kể từ ngày nhận được văn bản", "nhận đủ hồ sơ", "kể từ ngày tiếp nhận thông tin khai báo" (Luật Cư trú 2020), "kể
  // từ ngày người nộp đơn nhận được thông báo" (Luật Phá sản 2014: who receives named first)
  [
    String.raw`(?:(?:người|cơ quan|đơn vị|tổ chức|cá nhân|doanh nghiệp|Sở|Ủy ban|UBND)(?:\s+[^\s\d,.;:()]+){0,4}?\s+)?(?:tiếp\s+)?nhận`,
    'receipt',
  ],
  [String.raw`${ISSUED}(?:ký|ban hành)`, 'issue'],
  // "kết thúc hội nghị", "chậm nhất là 20 ngày trước ngày khai mạc kỳ họp Quốc hội" (Luật Ngân sách nhà nước 2025)
  [String.raw`(?:tổ chức|kết thúc|họp|khai mạc|bế mạc)\s+(?:hội nghị|cuộc họp|phiên họp|kỳ họp)`, 'meeting'],
  [String.raw`(?:nước|lũ)\s+(?:rút|xuống)`, 'floodwater-recession'],
  // "kể từ ngày thụ lý" (Luật Khiếu nại 2011)
  [String.raw`thụ lý`, 'acceptance'],
  // "kể từ ngày có quyết định giải quyết khiếu nại", "kể từ ngày ra quyết định xử phạt", "kể từ ngày Hội đồng nhân dân
  // cấp tỉnh quyết định dự toán" (Luật Ngân sách nhà nước 2025)
  [
    String.raw`(?:(?:có|ra)|(?:Hội đồng nhân dân|Ủy ban nhân dân|HĐND|UBND)(?:\s+cấp\s+(?:tỉnh|huyện|xã))?)\s+quyết định`,
    'decision',
  ],
  // "kể từ ngày huỷ quyết định" (Luật Xử lý vi phạm hành chính 2012)
  [String.raw`hu[ỷý]\s+quyết định`, 'annulment'],
  // "kể từ ngày được phân công, Thẩm phán phải xem xét đơn yêu cầu" (Luật Phá sản 2014)
  // "kể từ ngày được giao nhiệm vụ"
  [String.raw`(?:được\s+)?(?:phân công|giao\s+nhiệm vụ)(?!\p{L})`, 'assignment'],
  // "Trong thời hạn 15 ngày sau khi phát hiện vi phạm của cá nhân được các cơ quan có thẩm quyền kết luận" (Quyết định
  // 35/2024/QĐ-UBND Hà Nội, Quy chế, Điều 9)
  [String.raw`phát hiện\s+(?:hành vi\s+)?vi phạm`, 'violation-finding'],
  // "kể từ ngày lập biên bản vi phạm hành chính", "kể từ khi lập biên bản"
  [String.raw`lập biên bản`, 'record'],
  // "trong thời hạn 07 ngày, kể từ ngày có yêu cầu"
  [String.raw`có yêu cầu`, 'request'],
  // "kể từ ngày thu tiền phạt"
  [String.raw`thu tiền phạt`, 'fine-collection'],
  // "kể từ ngày kết thúc năm tài chính" (Thông tư 07/2019/TT-BTC)
  [String.raw`kết thúc năm tài chính`, 'fiscal-year-end'],
  // "kể từ ngày kết thúc đợt kiểm tra", "sau khi kết thúc cuộc thanh tra, giám sát"
  [String.raw`kết thúc\s+(?:(?:đợt|cuộc|chuyến)\s+)?(?:kiểm tra|thanh tra|giám sát|khảo sát)`, 'inspection'],
  // "kể từ ngày chấm dứt hợp đồng lao động" (Bộ luật Lao động 2019)
  [String.raw`chấm dứt hợp đồng`, 'contract-termination'],
  // "trước ngày hết hiệu lực của giấy phép ít nhất 60 ngày làm việc" (bodies dev hcm-snv-2025-chothuelai-laodong)
  [String.raw`hết\s+(?:thời\s+)?(?:hạn|hiệu lực)(?:\s+của)?\s+giấy phép`, 'licence-expiry'],
  // "kể từ ngày rút tiền ký quỹ" (bodies dev hcm-snv-2025-chothuelai-laodong)
  [String.raw`rút tiền ký quỹ`, 'deposit-withdrawal'],
  // "kể từ ngày được thông qua" (Bộ luật Lao động 2019), "kể từ ngày Nghị quyết này được thông qua", "kể từ ngày Kế hoạch
  // được phê duyệt": the document may be named before it.
  [String.raw`(?:${DOCUMENT}\s+(?=được))?(?:được\s+)?(?:thông qua|phê duyệt)(?!\p{L})`, 'approval'],
  // "kể từ ngày đủ điều kiện đăng ký" (Luật Cư trú 2020)
  [String.raw`đủ điều kiện`, 'eligibility'],
  // "kể từ ngày quyết định áp dụng biện pháp xử lý hành chính có hiệu lực": what takes effect is named before it.
  [String.raw`(?:[^\s,.;:()]+\s+){0,12}?có hiệu lực`, 'entry-into-force'],
];

/** What a relative deadline counts from (group 1: the event as written). */
const ANCHOR = `(${EVENTS.map(([event]) => `(?:${event})`).join('|')})`;
const anchorOf = (event: string) =>
  EVENTS.find(([pattern]) => new RegExp(`^(?:${pattern})`, 'iu').test(event))?.[1] ?? 'receipt';

/** "05 (năm) ngày", "90 (chín mươi) ngày" (Thông tư 07/2019/TT-BTC): the number spelled out after the figures. */
const SPELLED = String.raw`(?:\s*\([\p{L}\s]+\))?`;
/** "mười lăm (15) ngày": the number spelled out first, the figures in brackets (before the count's group). */
const SPELLED_FIRST = String.raw`(?:(?:\p{Ll}+\s+){1,3}\()?`;
/** "trong vòng 10 ngày làm việc (kể từ ngày nhận được văn bản này)": the event may stand in brackets. */
const FROM = String.raw`,?\s+\(?\s*(?:(?:kể từ|tính từ)\s+(?:(?:ngày|khi|thời điểm)\s+)?|sau\s+(?:ngày|khi)\s+)`;
const UNIT = String.raw`(ngày|tuần|tháng)(?:\s+làm việc)?`;
const offsetOf = (count: string, unit: string, sign = '') =>
  `${sign}P${Number(count)}${/^tuần/iu.test(unit) ? 'W' : /^tháng/iu.test(unit) ? 'M' : 'D'}`;

/**
 * A time limit on a state rather than an act ("Thời hạn hoãn thi hành quyết định xử phạt không quá 03 tháng, kể từ
 * ngày có quyết định hoãn", "Thời hạn tạm giữ tang vật ... là 07 ngày, kể từ ngày tạm giữ"): how long something lasts,
 * no deadline.
 */
const STATE_TERM =
  /thời hạn\s+(?:tạm giữ|tạm giam|hoãn|tạm hoãn|tạm trú|tạm đình chỉ|đình chỉ|sử dụng|hiệu lực|bảo hành|thử thách|lưu trữ|gia hạn|cho thuê|thuê|vay|giao đất)(?![\p{L}])[^.;]*$/iu;
/**
 * A span that frames a right ("Trong thời hạn 03 ngày làm việc kể từ ngày nhận được quyết định chuyển đơn thì người nộp
 * đơn ... có quyền đề nghị ... xem xét lại", Luật Phá sản 2014): what someone may do until then, no task.
 */
const RIGHT = /^[^.;]*?(?<!\p{L})(?:có|được)\s+quyền(?!\p{L})/iu;
const DUTY = /(?<!\p{L})(?:phải|có trách nhiệm|có nhiệm vụ)(?!\p{L})/iu;
const framesRight = (text: string, m: RegExpExecArray) => {
  const right = RIGHT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 240));
  return right !== null && !DUTY.test(right[0]);
};
const aboutState = (text: string, m: RegExpExecArray) =>
  STATE_TERM.test(text.slice(Math.max(0, m.index - 120), m.index) + m[0]) || framesRight(text, m);

/** The words before the span: "trong thời hạn không quá", "chậm nhất là", "Thời hạn thi hành quyết định là". */
// "a) 05 ngày làm việc kể từ ngày nhận được văn bản chấp thuận ..." (Luật Đầu tư 2020, under "trong thời hạn sau
// đây:"): a list item that opens with the span.
const LEAD = String.raw`(?:trong(?: vòng| thời hạn| thời gian)?(?:\s+(?:tối đa|không quá))?|(?:chậm|muộn|trễ) nhất(?: là)?(?: sau)?|không quá|thời hạn(?:\s+[^\s\d,.;:]+){1,6}?\s+(?:tối đa\s+)?là|thời (?:hạn|gian)(?:\s+[^\s\d,.;:]+){0,4}?\s*:|^\s*(?:[a-zđ]\)|[-–+•])?(?=\s*\d))`;

const relative = (offset: string, event: string, text: string): Deadline => ({
  kind: 'relative',
  offset,
  anchor: anchorOf(event),
  text,
});

export const RELATIVE_RULES: Rule[] = [
  // "trong vòng 07 ngày kể từ ngày nhận", "trong thời hạn 10 ngày làm việc kể từ ngày ký", "chậm nhất 05 ngày sau khi
  // kết thúc hội nghị", "chậm nhất sau 03 ngày kể từ ngày kết thúc hội nghị", "trong vòng 01 tháng kể từ ngày nhận"
  // (P1M), "trong 02 tuần kể từ ngày ký" (P2W), "Trong thời hạn tối đa 05 ngày làm việc, kể từ ngày nhận được"
  // (Thông tư 02/2022/TT-BTNMT), "Không quá 10 ngày làm việc kể từ nhận được đầy đủ hồ sơ" (a Bình Định procedure),
  // "Thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày, kể từ ngày thụ lý", "trong thời hạn không quá 10 ngày làm
  // việc kể từ ngày nhận được văn bản phê duyệt" (Nghị định 67/2019/NĐ-CP), "Thời hạn thi hành quyết định là 10 ngày,
  // kể từ ngày nhận quyết định xử phạt" (Luật Xử lý vi phạm hành chính 2012)
  {
    pattern: new RegExp(
      String.raw`${LEAD}\s+${SPELLED_FIRST}(\d{1,3})\)?${SPELLED}\s+${UNIT}${FROM}${ANCHOR}[^\s,.;)]*`,
      'giu',
    ),
    unless: aboutState,
    build: (m) => (Number(m[1]) > 0 ? relative(offsetOf(m[1], m[2]), m[3], m[0]) : null),
  },
  // "Kể từ ngày nhận được Công văn này, trong vòng 07 ngày, các đơn vị báo cáo ...": the event first, the span after it.
  {
    pattern: new RegExp(
      String.raw`(?:kể từ|tính từ)\s+(?:ngày|khi|thời điểm)\s+${ANCHOR}[^.;:,]{0,80},\s*(?:trong(?: vòng| thời hạn| thời gian)?|(?:chậm|muộn|trễ) nhất(?: là)?|không quá)\s+(\d{1,3})${SPELLED}\s+${UNIT}`,
      'giu',
    ),
    unless: aboutState,
    build: (m) => (Number(m[2]) > 0 ? relative(offsetOf(m[2], m[3]), m[1], m[0]) : null),
  },
  // "trong 24-48 giờ sau khi nước rút", "trong vòng 24 giờ kể từ khi nhận", "Trong thời hạn 24 giờ, kể từ khi lập biên
  // bản" (Luật Xử lý vi phạm hành chính 2012): hours (a range read at its end).
  {
    pattern: new RegExp(
      String.raw`(?:trong(?: vòng| thời hạn| thời gian)?|(?:chậm|muộn|trễ) nhất(?: là)?|không quá)\s+(?:\d{1,3}\s*[-–]\s*)?(\d{1,3})${SPELLED}\s+giờ,?\s+(?:kể từ|tính từ|sau)\s+(?:ngày\s+|khi\s+|thời điểm\s+)?${ANCHOR}[^\s,.;)]*`,
      'giu',
    ),
    unless: aboutState,
    build: (m) => (Number(m[1]) > 0 ? relative(`PT${Number(m[1])}H`, m[2], m[0]) : null),
  },
  // "ngay sau khi tổ chức hội nghị 01 ngày": the offset after what it counts from.
  {
    pattern: new RegExp(String.raw`(?:ngay\s+)?sau khi\s+${ANCHOR}\s+(\d{1,3})\s+ngày`, 'giu'),
    build: (m) => (Number(m[2]) > 0 ? relative(`P${Number(m[2])}D`, m[1], m[0]) : null),
  },
  // "chậm nhất là 20 ngày trước ngày khai mạc kỳ họp Quốc hội cuối năm" (Luật Ngân sách nhà nước 2025): a span before
  // the event, a negative offset.
  {
    pattern: new RegExp(
      String.raw`(?:(?:chậm|muộn|trễ) nhất(?: là)?|ít nhất|tối thiểu)\s+(\d{1,3})${SPELLED}\s+${UNIT}\s+trước\s+(?:ngày\s+|khi\s+)?${ANCHOR}[^\s,.;)]*`,
      'giu',
    ),
    build: (m) => (Number(m[1]) > 0 ? relative(offsetOf(m[1], m[2], '-'), m[3], m[0]) : null),
  },
  // "trước ngày hết hiệu lực của giấy phép ít nhất 60 ngày làm việc" (bodies dev hcm-snv-2025-chothuelai-laodong): the
  // event first, the span after it.
  {
    pattern: new RegExp(
      String.raw`trước\s+(?:ngày\s+|khi\s+)?${ANCHOR}(?:[^\d,.;:]{0,40}?\s)?(?:ít nhất|tối thiểu|chậm nhất(?: là)?)\s+(\d{1,3})${SPELLED}\s+${UNIT}`,
      'giu',
    ),
    build: (m) => (Number(m[2]) > 0 ? relative(offsetOf(m[2], m[3], '-'), m[1], m[0]) : null),
  },
];
