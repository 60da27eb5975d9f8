import { foldAccents } from '@congvan/common';
import type { Requirement } from './directive.types.js';
import { DIRECTS, RULES_HEADING, TASKS_HEADING } from './describes.js';
import type { Paragraph } from './parse-body.js';
import { parseDeadlines } from './parse-deadlines.js';
import { notTask } from './non-tasks.js';
import { isTarget } from './plan-targets.js';
import { directs, UNIT_SUBJECT, unitMustAct } from './directing-sentences.js';
import { ACTORS, DEFINITION, EXAMPLE, FUNDS, PLACEHOLDER, strip } from './requirement-patterns.js';
import { clean, type Span } from './text-utils.js';

/**
 * A heading that only names what a plan's activity covers, how it is carried out or the steps of a visit ("1. Nội dung",
 * "2. Hình thức", "III. NỘI DUNG, HÌNH THỨC", "1. Nội dung giám sát", "2. Nội dung đánh giá", "1. Phương pháp", "2. Các
 * bước giám sát"): the items under it are the messages, channels or points examined, carried out through the tasks the
 * plan gives its units elsewhere. Not "NỘI DUNG THỰC HIỆN", "NỘI DUNG HOẠT ĐỘNG" (the tasks), nor "NỘI DUNG KIỂM TRA, GIÁM
 * SÁT" over the checks themselves ("1. Giám sát việc ..."). Text without accents, marker removed, the whole label.
 */
const DESCRIPTION_PART =
  '(?:noi dung(?: (?:giam sat|danh gia|kiem tra|theo doi|tuyen truyen|truyen thong))?|hinh thuc|phuong phap|cac buoc (?:giam sat|kiem tra))';
/** A part on building a budget estimate or a financial plan ("II. Xây dựng dự toán năm 2020", "III. Lập kế hoạch tài chính ..."). */
const ESTIMATE_PART = /^(?:xay dung|lap)\s+(?:du toan|ke hoach tai chinh)/u;
const DESCRIPTION_HEADING = new RegExp(`^${DESCRIPTION_PART}(?:(?:,| va) ${DESCRIPTION_PART})*$`, 'u');

/**
 * "Chịu trách nhiệm trước pháp luật nếu để xảy ra tình trạng phá rừng, lấn chiếm đất lâm nghiệp ...": who answers for a
 * failure, no action asked (unlike "Chịu trách nhiệm về những nội dung thẩm định ...", a duty).
 */
const ACCOUNTABLE =
  /^chịu trách nhiệm(?:\s+(?:hoàn toàn|toàn diện))?\s+trước\s[^.;]{2,120}?\s(?:nếu|khi)\s+để\s+(?:xảy ra|xảy|diễn ra)\s[^;]*$/iu;

/** "III. ĐỐI TƯỢNG, NGUYÊN TẮC, ..." → rules; "VI. TỔ CHỨC THỰC HIỆN" → tasks; a heading that names neither → null. */
function headingKind(paragraph: Paragraph): 'rules' | 'tasks' | 'funds' | 'describes' | null {
  const text = foldAccents(clean(strip(paragraph.text)));
  // "1. Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp ...": the label names the heading; a sentence names none.
  const label = /^([^:]{1,80}):/u.exec(text)?.[1] ?? (/[.;!?]$/u.test(text) || text.split(' ').length > 20 ? '' : text);
  if (TASKS_HEADING.test(label)) return 'tasks';
  // A bare heading only: "1.1. Nội dung: Hiệp thương về cơ cấu, ..." states the task after its label.
  // A part titled "II. NỘI DUNG" holds the plan's tasks (Kế hoạch 172/KH-UBND of Hồ Chí Minh City); its item "1. Nội dung"
  // under "III. NỘI DUNG, HÌNH THỨC" holds messages.
  const bare = text.replace(/\*/gu, '').replace(/\s*:?\s*$/u, '');
  if (DESCRIPTION_HEADING.test(bare) && !(bare === 'noi dung' && /^[IVX]+$/u.test(paragraph.marker ?? '')))
    return 'describes';
  if (/^(?:ve\s+)?kinh phi\b/u.test(label)) return 'funds';
  return RULES_HEADING.test(label) ? 'rules' : null;
}

/**
 * Items under a heading over rules ("III. ... TIÊU CHUẨN KHEN THƯỞNG", "3. Tiêu chí đánh giá, xếp loại") state who may
 * be rewarded, how, by which criteria and quotas: no tasks, but for one that directs a unit ("giao Sở Y tế thành lập đoàn
 * ..."), one a unit opens with what it must do ("Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp với ... báo cáo ...") and
 * one with a deadline ("Hồ sơ ... gửi về Sở Nội vụ ... trước ngày 31/3/2026"). "Chủ tịch UBND thành phố xem xét tặng
 * Bằng khen ..." states a competence.
 */
export function dropRules<T extends Requirement & { span: Span }>(
  requirements: T[],
  paragraphs: Paragraph[],
  year: string | null,
) {
  type Kind = ReturnType<typeof headingKind>;
  const kinds = new Map<number, Kind>();
  // Contents, forms and methods describe only where a later part gives the units their tasks ("V. TỔ CHỨC THỰC HIỆN").
  const tasksPart = paragraphs.findLastIndex(
    (p) => p.marker !== null && /^[IVX]+$/u.test(p.marker) && headingKind(p) === 'tasks',
  );
  const described = (kind: Kind, at: number): Kind => (kind === 'describes' ? (at < tasksPart ? 'rules' : null) : kind);
  // "II. Xây dựng dự toán năm 2020" / "1. Kinh phí chi trả trợ cấp thường xuyên:": in a part on building an estimate the
  // headings naming funds are the budget lines to estimate, and the items under them say how (tasks).
  let estimate = false;
  const budgetLine = (kind: Kind, at: number): Kind => (kind === 'funds' && estimate ? null : described(kind, at));
  let part: Kind = null;
  let item: Kind = null;
  let sub: Kind = null;
  // "Ví dụ:" / "- Đồng chí Nguyễn Văn X hiện là ...": a guidance's worked example, up to the next numbered item.
  let example = false;
  const examples = new Set<number>();
  for (const [at, p] of paragraphs.entries()) {
    if (p.marker !== null && p.marker !== '-') example = false;
    if (p.marker === null && EXAMPLE.test(p.text)) example = true;
    if (example) examples.add(p.span.start);
    if (p.marker !== null && /^[IVX]+$/u.test(p.marker)) {
      [part, item, sub] = [described(headingKind(p), at), null, null];
      estimate = ESTIMATE_PART.test(foldAccents(clean(strip(p.text))));
    } else if (p.marker !== null && /^\d+$/u.test(p.marker)) [item, sub] = [budgetLine(headingKind(p), at), null];
    else if (p.marker !== null && /^\d+(?:\.\d+)+$/u.test(p.marker)) sub = budgetLine(headingKind(p), at);
    kinds.set(p.span.start, sub ?? item ?? part);
  }
  return requirements.filter((r, i) => {
    const body = r.text.replace(/^[^:]{1,120}:\s*(?=\S)/u, '');
    if (ACTORS.test(r.text) || FUNDS.test(r.text) || ACCOUNTABLE.test(r.text) || isTarget(r.text) || notTask(r.text))
      return false;
    if (
      examples.has(r.span.start) ||
      EXAMPLE.test(body) ||
      /:\s*ví dụ\s*:/iu.test(r.text) ||
      PLACEHOLDER.test(r.text) ||
      DEFINITION.test(r.text)
    )
      return false;
    // "- Khi có một trong các căn cứ ..., thì thực hiện như sau:" over its "+" items: the items are the leaves.
    const next = requirements[i + 1];
    const leadsIn = /(?:như sau|sau đây|sau)\s*:?$/u.test(r.text);
    if (next?.ref.startsWith(`${r.ref}.`) && leadsIn) return false;
    // "1. Yêu cầu lập kế hoạch" / "Theo quy định tại Luật NSNN 2015, ..., việc lập kế hoạch ... đảm bảo các yêu cầu sau:" /
    // "Căn cứ ...": the lead-in read under the same ref as the items it introduces (dev bldtbxh-2019-07-dutoan-nguoicocong)
    // asks nothing of its own unless it directs someone.
    if (next?.ref === r.ref && leadsIn && !DIRECTS.test(r.text)) return false;
    const kind = kinds.get(r.span.start);
    if (kind !== 'rules' && kind !== 'funds') return true;
    const due = parseDeadlines(body, year).some((d) => !/^(?:đến|vào|từ)\s/iu.test(d.text));
    // "IV. KINH PHÍ THỰC HIỆN" / "1. Ngân sách nhà nước thực hiện theo quy định phân cấp ngân sách ..." says what pays;
    // "Các sở, ban, ngành ... xây dựng dự toán kinh phí ..." is a unit's task.
    const unitActs = kind === 'funds' && UNIT_SUBJECT.test(body) && !/^[^,;]{0,80}?\s(?:được|sẽ được)\s/u.test(body);
    return due || directs(body) || unitMustAct(body) || unitActs;
  });
}
