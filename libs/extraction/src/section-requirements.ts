import { onlyCarriesOut } from './carry-out-calls.js';
import { findAssignees } from './assignees.js';
import type { Requirement } from './directive.types.js';
import { DIRECTS, ESTIMATING, informs } from './describes.js';
import type { Paragraph } from './parse-body.js';
import { deadlinesOf } from './parse-deadlines.js';
import { CITES, DATUM, makeRequirement, REQUEST_TOPIC, taskRequirements, unitHeading } from './plan-tasks.js';
import { type Found } from './prose-requirements.js';
import { BACKGROUND, COURTESY, directs, UNIT_SUBJECT, unitMustAct } from './directing-sentences.js';
import { itemPeriods } from './item-periods.js';
import { namesOnly } from './named-lists.js';
import { headingUnits, leadInSubject } from './lead-in-units.js';
import { isEveryone } from './general-wording.js';
import { CLOSING, CONTENTS, INSPECTS, STEP, strip } from './requirement-patterns.js';
import { actors, itemRequirements } from './section-items.js';
import { clean } from './text-utils.js';

/**
 * "2. Các đơn vị thuộc Bộ Tư pháp" / "a) ..." / "d) ..." / "Cuối năm, báo cáo kết quả hoạt động phối hợp về Vụ ...": after
 * a unit's items, a sentence that asks for a report (when, then the verb) is one more of its tasks.
 */
const REPORTS =
  /^(?:(?:cuối|hằng|hàng|định kỳ|trước|sau khi|khi)\s[^,.;:]{0,40},\s*)?(?:báo cáo|gửi báo cáo|tổng hợp(?:,| và)? báo cáo)\s/iu;

/** A paragraph of figures only: "19.288 19.822 +534 +2,77". */
const FIGURES = /^[-+–\s\d.,%()]*$/u;

/** A value listed by name: "Xăng E5RON92: không cao hơn 19.822 đồng/lít", "Dầu madút: 0 đồng/kg". */
const VALUE =
  /^[^:]{2,60}:\s*(?:(?:không (?:cao|thấp) hơn|tối đa|tối thiểu|bằng)\s+)?[\d.,]+\s*(?:%|đồng|triệu đồng|tỷ đồng|USD)(?:\/\p{L}+)?\s*[;.]?$/u;

/** A numbered heading and what was printed under it, up to the next heading. */
export interface Section {
  ref: string;
  heading: Paragraph;
  items: Paragraph[];
  plain: Paragraph[];
  labels: Paragraph[];
  /** Paragraphs after a unit's item that set that unit more tasks ("2. Các tỉnh ủy ... cụ thể hóa ..." / "Bố trí kinh phí ..."). */
  more?: Paragraph[];
  /** The units of the heading over a titled sub-item whose lettered items this section is ("2. Các sở, ban, ngành ...:" / "2.1. Trách nhiệm chung" / "a) ..."). */
  inherited?: string[];
  /** A numbered item followed by "a)": a heading over its lettered items. */
  lettered?: boolean;
  /** The labelled lines under a lettered task ("a) ..." / "- Đơn vị chủ trì: ..." / "- Thời gian thực hiện: ..."). */
  itemLabels?: Map<Paragraph, Paragraph[]>;
}

/**
 * The requirements of one section: the heading itself when it is a whole task, else its items, the paragraphs under a
 * bare or unit heading, the tasks after its items; none for a heading over contents, descriptions or data listed.
 */
export function sectionRequirements(section: Section, scope: boolean, year: string | null): Found[] {
  const requirements: Found[] = [];
  const { ref, heading, labels } = section;
  let { items } = section;
  // "1. Xăng E5RON92" / "19.288" / "19.822" / "+534" / "+2,77" (a price table, Công văn 9634/BCT-TTTN, 2025): a row of
  // figures is data, no task.
  const plain = section.plain.filter((p) => !FIGURES.test(strip(p.text)));
  if (section.plain.length > 0 && items.length + plain.length === 0) return requirements;
  // "1. Trung tâm Kiểm soát bệnh tật:" names who does the items under it.
  // "2. Thành phần dự hội nghị", "4. Quy định về hình thức biểu quyết": the items under it describe, too,
  // but for those where a unit acts ("1. Thời gian: ... như sau:" / "- Từ ngày 04/02/2026: Ban Thường trực ...
  // họp với ...").
  if (
    items.length + plain.length > 0 &&
    informs(clean(heading.text.replace(/^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s*/u, ''))) &&
    // "1. Kinh phí chi trả trợ cấp thường xuyên:" / "Kinh phí ...: Căn cứ ... để xây dựng dự toán ...": a budget line.
    !plain.some((p) => ESTIMATING.test(p.text))
  ) {
    // "3. Thời gian thực hiện" / "- Điều chỉnh giá bán ...: Do thương nhân ... quy định nhưng không muộn hơn 15 giờ 00’ ngày 04
    // tháng 12 năm 2025 ..." (Công văn 9634/BCT-TTTN, 2025): an item that sets a time limit asks for something by then.
    items = items.filter(
      (item) =>
        !informs(clean(item.text)) &&
        (findAssignees(strip(item.text)).length > 0 || deadlinesOf(strip(item.text), year).length > 0),
    );
    if (items.length === 0) {
      return requirements;
    }
  }
  // "1. Bản tin sinh hoạt thường kỳ, tập trung vào các nhóm nội dung": what a product carries, listed; no tasks.
  const title = strip(heading.text);
  if (
    items.length + plain.length > 0 &&
    CONTENTS.test(title) &&
    !DIRECTS.test(title) &&
    !UNIT_SUBJECT.test(title) &&
    unitHeading(heading.text) === null
  ) {
    return requirements;
  }
  // "4. Giai đoạn 2: Tổng kết.": a step's title, though it ends in a full stop.
  const bare = !/[.;:!?]["”)]?$/u.test(heading.text) || STEP.test(title);
  // "Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ..., trong đó
  // chú trọng những nội dung sau:" (dev cp-2026-05-nq-phienhop-thuongky-thang4): a lead-in to everyone names no assignee.
  const named = headingUnits(heading.text);
  const units = heading.marker === null && isEveryone(named) ? [] : named;
  // "2. Về nhiệm vụ trọng tâm ..." / "..., Văn phòng Trung ương Đảng ... cần tập trung một số nhiệm vụ trọng tâm sau:" /
  // "(1) ...": the lead-in before the items names who does them.
  const leadIn = plain.filter((p) => items.length > 0 && p.span.end <= items[0].span.start).at(-1);
  const itemUnits = units.length === 0 && leadIn ? leadInSubject(leadIn.text) : units;
  // "* Thời gian thực hiện: ..." under a heading's items bounds them, as the heading's own period does
  // ("1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:").
  // "- Xây dựng ..." / "Thời gian hoàn thành: ..." / "- Tổ chức ...": a time line printed under one item is that item's.
  const periods = itemPeriods(items, labels, year);
  const stated = [heading, ...periods.shared].flatMap((p) => deadlinesOf(strip(p.text), year));
  // "2. ... phấn đấu hoàn thành xây dựng trước ngày 30 tháng 11 năm 2025 ..., yêu cầu ... như sau:" / "(1) ... hoàn
  // thành việc xây dựng trước ngày 30 tháng 11 năm 2025": when an item restates the heading's date, the date is that
  // item's task, not a period for every item.
  const same = (a: Requirement['deadlines'][number], b: Requirement['deadlines'][number]) =>
    a.kind === b.kind && a.date === b.date && a.rrule === b.rrule && a.offset === b.offset;
  const restated = items.some((item) =>
    deadlinesOf(strip(item.text), year).some((d) => stated.some((b) => same(b, d))),
  );
  const bound = restated ? [] : stated;
  if (scope && items.length > 0 && !items.some((item) => INSPECTS.test(strip(item.text)))) {
    // "5. Giám sát việc lập, niêm yết danh sách cử tri" over the points it examines is the task.
    if (INSPECTS.test(strip(heading.text))) {
      const requirement = makeRequirement(ref, [heading], year);
      if (requirement.deadlines.length === 0) requirement.deadlines = bound;
      requirements.push(requirement);
    }
    return requirements;
  }
  // "2. Giá bán xăng dầu" / "Sau khi thực hiện ..., giá bán ... không cao hơn mức giá:" / "- Xăng E5RON92: không cao hơn
  // 19.822 đồng/lít" (Công văn 9634/BCT-TTTN, 2025): values listed under a lead-in; the lead-in is the task, the values
  // are its figures. Without a lead-in ("1.1. Trích lập Quỹ ..." / "- Xăng E5RON92: 0 đồng/lít") the values are decided.
  if (items.length > 0 && items.every((item) => VALUE.test(strip(item.text)))) {
    const leadIns = plain.filter((p) => p.span.end <= items[0].span.start);
    if (leadIns.length > 0) requirements.push(makeRequirement(ref, leadIns, year));
    return requirements;
  }
  // "1. Chủ tịch UBND các tỉnh ... tổng hợp báo cáo cụ thể về một số nội dung sau:" / "(1) Số hộ dân có nhà bị sập ..." /
  // "(3) Tổng kinh phí ...": what the report must hold, listed as nouns; the heading over them is the task.
  if (
    items.length > 0 &&
    /:\s*$/u.test(heading.text) &&
    items.every((item) => DATUM.test(strip(item.text.replace(/^\((?:\d{1,2}|[ivx]{1,4})\)\s*/u, ''))))
  ) {
    requirements.push(makeRequirement(ref, [heading, ...items, ...plain], year));
    return requirements;
  }
  // "1. Nghiên cứu, quán triệt ... các văn bản sau:" / "- Nghị định số ...": the documents named are what the heading asks.
  if (
    items.length > 0 &&
    /:\s*$/u.test(heading.text) &&
    !BACKGROUND.test(strip(heading.text)) &&
    (items.every((item) => CITES.test(item.text)) || namesOnly(items))
  ) {
    requirements.push(makeRequirement(ref, [heading], year));
    return requirements;
  }
  if (items.length > 0) {
    // "1. Về triển khai ... năm 2025" / "Đề nghị các cơ quan chuyên môn ...: tổ chức triển khai ... hoàn thành trước ngày
    // 05 tháng 12 năm 2025." / "Một số vấn đề lưu ý:" / "(1) ..." (bodies dev hcm-2025-kiemdiem-xeploai-canbo 1): under a
    // topic heading, a request of its own printed before the items is a task, not their lead-in (which ends in ":").
    for (const p of plain)
      if (
        bare &&
        p.span.start < items[0].span.start &&
        !/:\s*$/u.test(p.text) &&
        directs(p.text) &&
        findAssignees(p.text).length > 0 &&
        !COURTESY.test(p.text) &&
        !onlyCarriesOut(p.text)
      )
        requirements.push(makeRequirement(ref, [p], year));
    requirements.push(
      ...itemRequirements({
        ref,
        items,
        labels,
        plain,
        scope,
        year,
        bound,
        itemUnits,
        itemLabels: section.itemLabels,
        itemPeriods: periods.own,
        printed: section.items,
      }),
    );
    // "1. Chủ tịch Ủy ban nhân dân các tỉnh ...:" / "a) ..." / "c) ..." / "Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm
    // toàn diện trước Thủ tướng Chính phủ ...": a paragraph after the items in which a unit must act is one more task.
    for (const p of plain)
      if (
        p.span.start > items.at(-1)!.span.start &&
        (unitMustAct(p.text) ||
          REPORTS.test(p.text) ||
          // "Ở cấp xã cần thành lập Hội đồng đăng ký ruộng đất ...": what must be done at a level of government.
          /^(?:ở|tại)\s[^,.;:]{2,40}?\s(?:cần|phải)\s(?!được\s)/iu.test(p.text) ||
          (UNIT_SUBJECT.test(p.text) &&
            /^[^,;.]{3,160}?\s(?:chịu trách nhiệm|có trách nhiệm|phải|cần)\s/u.test(p.text) &&
            findAssignees(p.text).length > 0)) &&
        !COURTESY.test(p.text) &&
        !onlyCarriesOut(p.text) &&
        !CLOSING.test(p.text)
      )
        requirements.push(makeRequirement(ref, [p], year));
  } else if (labels.length > 0) {
    // Under a bare heading the paragraph is the task its labels ("- Thời gian: ...") describe.
    const head = bare && plain.length > 0 ? { ...plain[0], text: plain.map((p) => p.text).join(' ') } : heading;
    requirements.push(...taskRequirements({ ref, head, labels, subs: [], actions: [] }, year));
  } else if (plain.length > 0 && (bare || (unitHeading(heading.text) !== null && /:\s*$/u.test(heading.text)))) {
    // A heading on its own line ("8. Ban công tác Mặt trận thôn", "3. Hội nghị hiệp thương lần thứ ba") is
    // structure: the paragraphs under it are the requirement, done by the unit it names.
    // Each paragraph under it is a task of its own ("4. Các tỉnh ủy ..." / "Chỉ đạo ..." / "Bố trí kinh phí ..."),
    // but for the closing courtesy and call.
    let tasks = plain.filter((p, i) => i === 0 || !(COURTESY.test(p.text) || onlyCarriesOut(p.text)));
    // "1. Về chính sách thuế giá trị gia tăng" / "Căn cứ Điều 9 Luật Thuế giá trị gia tăng ..." / "Từ ngày 01/7/2025, Luật
    // ... đã quy định ..." / "Đề nghị Thuế TP. Hà Nội nghiên cứu ..." (Công văn 5706/CT-CS, 2025): under a reply's topic the
    // provisions and facts lead up to the request; only the paragraphs that ask are tasks.
    const asks = (p: Paragraph) => directs(p.text) || unitMustAct(p.text) || deadlinesOf(p.text, year).length > 0;
    if (/^Về\s/u.test(title) && tasks.some(asks) && tasks.some((p) => BACKGROUND.test(p.text) && !asks(p)))
      tasks = tasks.filter(asks);
    for (const p of tasks) {
      const requirement = makeRequirement(ref, [p], year);
      if (units.length > 0) requirement.assignees = actors(requirement.text, units);
      requirements.push(requirement);
    }
  } else if (plain.length > 0 && /:\s*$/u.test(heading.text) && REQUEST_TOPIC.test(`${strip(heading.text)} …`)) {
    // "1. Về kiến nghị ...:" / "Giao Bộ Tài chính ..." / "Sau khi ..., Bộ Tài chính khẩn trương ...": the request is the
    // topic; each paragraph answering it is a task.
    for (const p of plain.filter((p) => !COURTESY.test(p.text) && !onlyCarriesOut(p.text)))
      requirements.push(makeRequirement(ref, [p], year));
  } else requirements.push(makeRequirement(ref, [heading, ...plain], year));
  const subject = findAssignees(strip(heading.text))[0];
  for (const p of section.more ?? []) {
    const requirement = makeRequirement(ref, [p], year);
    if (subject && strip(heading.text).startsWith(subject)) requirement.assignees = [subject];
    requirements.push(requirement);
  }
  for (const requirement of requirements)
    if (section.inherited?.length && requirement.assignees.length === 0 && findAssignees(requirement.text).length === 0)
      requirement.assignees = [...section.inherited];
  return requirements;
}
