import type { Deadline, Directive, ExtractionResult, FieldEvidence } from './directive.types.js';
import { approvedContent, namesUnitOnly, withArticleUnits, withoutEntryIntoForce } from './decision-articles.js';
import { dropClosingArticle } from './decision-closing.js';
import {
  answersFor,
  articleStatesOnly,
  foldArticleLeadIns,
  readsArticles,
  unitActs,
  withoutStatements,
} from './resolution-articles.js';
import { parseClosing } from './parse-closing.js';
import { articleNorm } from './article-norms.js';
import { parseHeader } from './parse-header.js';
import { CUE, findAssignees } from './assignees.js';
import { carryLeadIns, unglueAssignees } from './addressed-units.js';
import { tidyAssignees } from './assignee-tidy.js';
import { addCommaLeads } from './comma-leads.js';
import { parseRecipients, parseRequirements, toParagraphs, type Paragraph } from './parse-body.js';
import { directs, parseProseRequirements, unitMustAct } from './prose-requirements.js';
import { parseDeadlines } from './parse-deadlines.js';
import { mergeReferences, parseReferences } from './parse-references.js';
import { splitGluedHeader } from './header-lines.js';
import { headerReferences } from './header-references.js';
import { splitRunOnArticles } from './run-on-articles.js';
import { ANNOUNCES, decides, DIRECTS, GUIDES, informs, SLOGAN } from './describes.js';
import { UNDERTAKING } from './requirement-patterns.js';
import { localityGroups } from './locality-groups.js';
import { giveDeciders } from './informed-groups.js';
import { annexStart, readTaskTables } from './task-tables.js';
import { quotedParagraphs } from './quoted-law.js';
import { carryParentLeads } from './parent-leads.js';
import { assignLeads, planRoles } from './plan-roles.js';
import { numberPositions } from './positions.js';
import { prepareText, splitLines, type Line, type Span } from './text-utils.js';
import { slashMarkers } from './slash-markers.js';
import { joinSpacedLetters } from './spaced-letters.js';
import { splitInlineItems, splitRomanLists } from './inline-items.js';
import { PLAN_STATEMENT, REPLACES } from './plan-statements.js';
import { closeItemWindows } from './item-windows.js';
import { isPlanAside, itemsGoingOn } from './plan-asides.js';
import { joinContinuations } from './continued-items.js';

/** The names clerks know the fields by, as printed on the review screen. */
export const FIELD_NAMES: Record<string, string> = {
  system: 'Hệ thống văn bản (Đảng / Nhà nước)',
  docType: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  number: 'Số văn bản',
  symbol: 'Ký hiệu văn bản',
  place: 'Địa danh',
  date: 'Ngày ban hành',
  subject: 'Trích yếu',
  recipients: 'Nơi gửi (Kính gửi)',
  distribution: 'Nơi nhận',
  signer: 'Người ký',
};

/**
 * Items that name a topic or a channel instead of an action ("Việc tổ chức các hội nghị cử tri", "Thông qua
 * tiếp công dân, ..."), a note ("Lưu ý: ..."), a bare heading ("Nhiệm vụ", "Đối với đơn thư liên quan đến
 * người ứng cử", "1. Về chấp thuận các hợp đồng ký giữa PV GAS với Tập đoàn dầu khí Việt Nam (PVN) ..." over the
 * opinion it heads, dev bkhdt-2019-05-traloi-dieu162-pvgas; not "Về thi công: chỉ đạo ...", a task after its label, nor
 * "Về ..., các sở ... triển khai ...", which directs).
 */
const TOPIC =
  /^(?:(?:việc|thông qua)\s|(?:lưu ý|ghi chú)\s*:|(?:\p{L}+\s?){1,2}$|đối với\s[^:,;.]*$|về\s[^:;.]*\.?$)/iu;

/** Numbered items that ask for an action (not slogans); a "Thời gian thực hiện: ..." item gives its deadline to the one before it. */
function keepActions<T extends { ref: string; text: string; deadlines: Deadline[]; assignees: string[]; span: Span }>(
  items: T[],
  announced = false,
  guided = false,
  goesOn: Set<number> = new Set(),
): T[] {
  const kept: T[] = [];
  // "5. Thời gian thực hiện: Từ ngày ... đến ngày ..." / "Biên bản ... phải gửi về ... chậm nhất ...": a period item
  // with no item of its level before it opens the requirement printed under it.
  let period: T | null = null;
  for (const item of items) {
    const open = period;
    period = null;
    // "4. Ủy ban nhân dân cấp xã" / "- Phê duyệt kế hoạch giám sát, đánh giá, ...": what a unit named by its heading approves
    // is its task, not a decision of the issuer.
    const decision = decides(item.text) && item.assignees.length === 0;
    // "Việc bàn giao và tiếp nhận phải hoàn thành trước ngày 01 tháng 7 năm 2026." (Nghị quyết 126/NQ-CP, dev
    // cp-2026-05-nq-chuyengiao-lang-vanhoa-dantoc): work that must be finished by a date is a task, with no actor named.
    const due =
      item.deadlines.length > 0 &&
      /^việc\s[^.;:]{3,120}?\s(?:phải|cần)\s+(?:được\s+)?(?:hoàn thành|hoàn tất|xong)\b/iu.test(item.text);
    const topic =
      TOPIC.test(item.text) &&
      !due &&
      !(/^về\s/iu.test(item.text) && (DIRECTS.test(item.text) || unitMustAct(item.text)));
    if (
      [SLOGAN, CONTENT_RULE, TROUBLE, PLAN_STATEMENT, UNDERTAKING].some((rule) => rule.test(item.text)) ||
      topic ||
      decision ||
      isPlanAside(item.text, !goesOn.has(item.span.start)) ||
      answersFor(item.text)
    )
      continue;
    // Under "... thông báo như sau:" an item tells what the issuer does unless it directs someone.
    if (announced && !DIRECTS.test(item.text)) continue;
    // Under "... hướng dẫn như sau:" an item states a rule unless it tells a unit to act.
    if (guided && !directs(item.text) && !unitMustAct(item.text)) continue;
    // "4. Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh ... phải được tiến hành xong": the deadline of the
    // items before it in its part (those without one), not a task of its own.
    const parent = item.ref.replace(/\.?[^.]+$/u, '');
    const siblings = kept.filter((k) => k.ref.replace(/\.?[^.]+$/u, '') === parent && k.deadlines.length === 0);
    if (CLOSING_DEADLINE.test(item.text) && item.deadlines.length > 0 && siblings.length > 0 && !CUE.test(item.text)) {
      for (const sibling of siblings) sibling.deadlines.push(...item.deadlines);
      continue;
    }
    if (!informs(item.text))
      kept.push(
        open && open.ref.replace(/\.?[^.]+$/u, '') === parent
          ? {
              ...item,
              ref: open.ref,
              text: `${open.text}. ${item.text}`,
              deadlines: [...open.deadlines, ...item.deadlines],
            }
          : item,
      );
    // Only to the item before it at its level: "3. Thời gian tổ chức phong trào thi đua: ..." after "2. Nội dung thi
    // đua" / "a) ..." / "g) ..." is the period of the campaign, not of "g)".
    else if (
      /^(?:thời gian|thời hạn)/iu.test(item.text) &&
      kept.length > 0 &&
      kept.at(-1)!.ref.replace(/\.?[^.]+$/u, '') === parent
    )
      kept.at(-1)!.deadlines.push(...item.deadlines);
    else if (/^(?:thời gian|thời hạn)/iu.test(item.text) && item.deadlines.length > 0) period = item;
  }
  return kept;
}

/**
 * An item that only sets when the items before it must be done: "Chậm nhất là ngày ...", "Thời hạn hoàn thành: ...",
 * "Các nội dung trên hoàn thành trước ngày ...".
 */
const CLOSING_DEADLINE =
  /^(?:chậm nhất|hạn chót|thời hạn hoàn thành|(?:các|những) (?:nội dung|nhiệm vụ|công việc|việc|hoạt động) (?:nêu )?(?:trên|này)\s+(?:phải\s+)?(?:được\s+)?(?:hoàn thành|hoàn tất|xong|thực hiện|triển khai)\b)/iu;
/**
 * "3. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị ... phản hồi về Ban Chỉ đạo ...": the closing
 * courtesy printed as the last item, no task; so is "- Kịp thời phản ánh các khó khăn, vướng mắc phát sinh trong quá trình
 * triển khai để được hướng dẫn và hỗ trợ (qua số điện thoại ...)" (samples/bodies bng-lanhsu-2025-xuatnhapcanh-tructuyen):
 * help offered to the recipient, not work asked of it.
 */
const TROUBLE =
  /^(?:(?:trong quá trình (?:triển khai |tổ chức )?(?:thực hiện|triển khai)(?: kế hoạch(?: này)?)?,\s*)?nếu có (?:phát sinh )?(?:khó khăn|vướng mắc)[^.;]*?\s(?:phản ánh|phản hồi|báo cáo|liên hệ|gửi)\s|(?:kịp thời\s+)?(?:phản ánh|phản hồi)\s+(?:kịp thời\s+)?(?:các |những )?(?:khó khăn|vướng mắc)[^.;]*?\sđể được\s)/iu;
/** What a record must contain ("Biên bản phải ghi rõ thành phần, ..."): a rule of form, not a task. */
const CONTENT_RULE = /^(?:biên bản|hồ sơ|danh sách|phiếu|mẫu)\s[^,;:]{0,40}?phải\s(?:ghi|có|thể hiện|nêu)\b/iu;

/**
 * The plan a decision issues, printed after its signature ("KẾ HOẠCH ... (Ban hành kèm theo Quyết định số 173/QĐ-BTP
 * ...)" / "I. MỤC ĐÍCH, YÊU CẦU" / "II. NỘI DUNG THỰC HIỆN" / "1. ..." / "a) ..."): its tasks are the decision's
 * requirements, read as a plan's; so are those of a Government resolution's programme ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ ...
 * (Ban hành kèm theo Nghị quyết số 12/NQ-CP ...)"). A regulation issued the same way ("QUY CHẾ", "QUY ĐỊNH") states rules, no tasks.
 */
function attachedPlan(lines: Line[], from: number, year: string | null, inTable: (start: number) => boolean) {
  const at = lines.findIndex(
    (line, i) =>
      i >= from &&
      /\((?:(?:được\s+)?ban hành\s+)?kèm theo (?:Quyết định|QĐ|Nghị quyết)\b/iu.test(line.text) &&
      lines.slice(Math.max(from, i - 6), i + 1).some((l) => /(?:^|\s)(?:KẾ HOẠCH|CHƯƠNG TRÌNH)(?:\s|$)/u.test(l.text)),
  );
  if (at < 0) return [];
  const end = lines.findIndex((line, i) => i > at && /^nơi nhận/iu.test(line.text));
  // A task table in the plan's annex gives its own requirements (dev hcm-2025-11-qd-kehoach-csdl-quyhoach).
  return planTasks(
    toParagraphs(lines.slice(at + 1, end < 0 ? lines.length : end).filter((line) => !inTable(line.start))),
    year,
  );
}

/** A plan's tasks, read as a plan's (its items need no actor of their own). */
function planTasks(body: Paragraph[], year: string | null) {
  return keepActions(parseRequirements(body, year), false, false, itemsGoingOn(body)).map((r) => ({
    ...r,
    assignees: r.assignees.length > 0 ? r.assignees : findAssignees(r.text),
  }));
}

/** An article that says who carries a decision out. */
const EXECUTES = /chịu trách|có trách nhiệm|thi hành|tổ chức thực hiện|triển khai thực hiện/iu;
/**
 * A decision's own act ("Ban hành kèm theo Quyết định này Kế hoạch ...", "Phê duyệt ...") or when it takes effect
 * ("Quyết định này có hiệu lực thi hành kể từ ngày ký"): no task, though it names "thi hành" or "triển khai thực hiện".
 */
const ENACTS =
  /^(?:ban hành|phê duyệt|thành lập|công nhận|bãi bỏ|tổ chức thực hiện\s*:?$|quyết định này có hiệu lực|[^.;:]{0,60}\scó hiệu lực (?:thi hành )?(?:kể )?từ)/iu;

const found = (span: Span | null, confidence = 0.9): FieldEvidence =>
  span ? { confidence, span } : { confidence: 0, span: null };

/**
 * Reads a directive (công văn, kế hoạch, thông báo ...) from its normalised page text. Pure: the
 * same text always gives the same result. A field the text does not carry, or that cannot be read,
 * is null (or empty), never guessed; `evidence` says where each field came from and how sure it is.
 */
export function extractDirective(input: string): ExtractionResult {
  const text = slashMarkers(prepareText(joinSpacedLetters(input.normalize('NFC'))));
  const lines = splitRunOnArticles(splitGluedHeader(splitLines(text)));
  const header = parseHeader(lines);
  const closing = parseClosing(lines);
  const year = header.date?.slice(0, 4) ?? null;
  // A table of tasks gives one requirement per row; its lines are no prose or numbered items.
  const tables = readTaskTables(text, annexStart(lines, lines[closing.start]?.start ?? Infinity), year);
  const inTable = (start: number) => tables.some((t) => start >= t.span.start && start <= t.span.end);
  const paragraphs = toParagraphs(
    lines
      .slice(0, closing.start)
      .filter((line, i) => i >= header.bodyStart && !header.consumed.has(i) && !inTable(line.start)),
  );
  const recipients = parseRecipients(paragraphs);
  const all = splitInlineItems(paragraphs.slice(recipients.next));
  // The law a reply quotes is no task; the documents it names are still references.
  const quoted = quotedParagraphs(all);
  // A plan written as text: its "Cơ quan chủ trì" items name the leads of the tasks before them, no tasks themselves.
  const roles = planRoles(all);
  const body = all.filter((p) => !quoted.has(p) && !roles.drop.has(p));
  // Numbered items when the text has them; otherwise the sentences that direct someone.
  const numbered = parseRequirements(body, year);
  // Numbered sections in a text that directs nobody (a convocation's "1. Thành phần tham dự") are no tasks.
  const directsHere = (t: string) => DIRECTS.test(t) || parseDeadlines(t, year).length > 0;
  // Numbered items that all describe (an invitation's "1. Thời gian", "2. Địa điểm") leave the prose to direct.
  const lead = body.find((p) => p.marker !== null && p.marker !== '-')?.span.start ?? Infinity;
  const announced = body.some((p) => p.marker === null && p.span.end <= lead && ANNOUNCES.test(p.text));
  const guided = body.some((p) => p.marker === null && p.span.end <= lead && GUIDES.test(p.text));
  const actions = keepActions(numbered, announced, guided, itemsGoingOn(body));
  // A decision's articles issue, enact and assign: only the one naming who carries it out ("Điều 3: Chánh
  // Văn phòng, Giám đốc các Sở ... chịu trách nhiệm thi hành Quyết định này") is a task.
  const decision = readsArticles(header.docType, body);
  const approved = decision ? approvedContent(body) : [];
  const inApproved = (r: { span: Span }) =>
    approved.length > 0 && r.span.start >= approved[0].span.start && r.span.start <= approved.at(-1)!.span.end;
  const read = decision
    ? dropClosingArticle([
        ...planTasks(approved, year),
        ...foldArticleLeadIns(
          withArticleUnits(
            actions.filter((r) => !inApproved(r)),
            body,
          )
            .map(withoutEntryIntoForce)
            .map(withoutStatements)
            .map((r) => ({
              ...r,
              named: r.assignees.length > 0,
              assignees: r.assignees.length > 0 ? r.assignees : findAssignees(r.text),
            })),
        )
          // "2. Sở Lao động, Thương binh và Xã hội có trách nhiệm." / "- Quản lý chặt chẽ ...": an article's tasks of a unit;
          // "2. Bộ Giáo dục và Đào tạo, Bộ Công Thương, ... hướng dẫn, giám sát ..." (dev
          // ttg-2025-11-qd-chuyen-daihoc-congnghiep-hanoi): a unit that opens the item acts.
          .filter(
            (r) =>
              // "3. Giao Ủy ban nhân dân thành phố Hà Nội:" / "b) Ban hành quyết định quy định về chức năng, nhiệm vụ ..." (dev
              // cp-2026-05-nq-chuyengiao-lang-vanhoa-dantoc): what a unit the article names enacts is its task.
              !(ENACTS.test(r.text) && !r.named) &&
              !REPLACES.test(r.text) &&
              !articleStatesOnly(r.text) &&
              !articleNorm(r.text) &&
              (EXECUTES.test(r.text) ||
                r.named ||
                (r.assignees.length > 0 && unitActs(r.text)) ||
                r.deadlines.length > 0 ||
                (directs(r.text) && !namesUnitOnly(r.text))),
          )
          .map(({ named: _named, ...r }) => r),
        ...attachedPlan(lines, closing.start, year, inTable),
      ])
    : actions.length > 0 && body.some((p) => directsHere(p.text))
      ? // An excerpt of a decision without its header still ends with its closing article (Quyết định 2597/QĐ-TTg).
        dropClosingArticle(actions).map((r) => ({
          ...r,
          assignees: r.assignees.length > 0 ? r.assignees : findAssignees(r.text),
        }))
      : parseProseRequirements(body, year);
  // Each table's rows where the table stands: before the first requirement printed after it.
  const requirements = closeItemWindows(splitRomanLists(read, year, decision));
  for (const table of tables) {
    const at = requirements.findIndex((r) => r.span.start > table.span.start);
    requirements.splice(at < 0 ? requirements.length : at, 0, ...table.requirements);
  }
  numberPositions(requirements);
  assignLeads(requirements, roles);
  carryParentLeads(requirements, all);
  carryLeadIns(requirements, all);
  localityGroups(requirements);
  giveDeciders(requirements);
  unglueAssignees(requirements);
  addCommaLeads(requirements);
  tidyAssignees(requirements);
  // Before the list is read: a numbered item in two paragraphs is one requirement.
  const leaves = joinContinuations(requirements, text, inTable);
  // A document named in the subject or a preamble the header took is what this one acts on: basis, listed first.
  const named = headerReferences(header, lines);
  // Footnotes printed after the signature ("[1] Quyết định số 496/QĐ-TTg ...") cite documents too.
  const notes = lines.slice(closing.start).findIndex((l) => /^\[\d{1,2}\](?:\s|$)/u.test(l.text));
  const footnotes = notes < 0 ? [] : toParagraphs(lines.slice(closing.start + notes));
  const references: Directive['references'] = mergeReferences([
    ...named,
    ...parseReferences(all),
    ...parseReferences(footnotes).map((r) => ({ ...r, role: 'cited' as const })),
  ]);
  // The union, in order, of the requirements' deadlines: one per requirement that states it (the same
  // "Tháng 11/2025" under three tasks is three deadlines), and within a requirement one per phrase (two reports
  // due "trước ngày 03/12/2025" in one item are two deadlines, as the gold of CĐ 234/CĐ-TTg has them).
  const deadlines: Deadline[] = leaves.flatMap((r) => r.deadlines);

  const system = header.system ?? (header.symbol?.includes('/') ? 'party' : 'state');
  const directive: Directive = {
    system,
    docType: header.docType ?? 'Công văn',
    issuer: header.issuer ?? { parent: null, name: '' },
    number: header.number,
    symbol: header.symbol,
    place: header.place,
    date: header.date,
    subject: header.subject,
    recipients: recipients.recipients,
    references,
    requirements: leaves.map(({ span: _span, ...requirement }) => requirement),
    deadlines,
    distribution: closing.distribution,
    signer: closing.signer,
  };

  const evidence: Record<string, FieldEvidence> = {
    system: { confidence: header.system ? 0.95 : 0.5, span: null },
    docType: found(header.subjectSpan, header.docType ? 0.9 : 0.5),
    issuer: found(header.issuerSpan),
    number: found(header.number ? header.numberSpan : null),
    symbol: found(header.symbol ? header.numberSpan : null),
    place: found(header.place ? header.dateSpan : null),
    date: found(header.date ? header.dateSpan : null, header.date?.length === 10 ? 0.9 : 0.6),
    subject: found(header.subjectSpan),
    recipients: found(recipients.span),
    distribution: found(closing.distributionSpan),
    signer: found(closing.signerSpan, closing.signer.name && closing.signer.title ? 0.9 : 0.5),
  };
  requirements.forEach((requirement, i) => (evidence[`requirements.${i}`] = found(requirement.span, 0.8)));

  // Clerks read the Vietnamese part on the review screen (the English part after " / " is for logs).
  const warnings = Object.entries(evidence)
    .filter(([, e]) => e.confidence === 0)
    .map(([field]) => `Không đọc được ${FIELD_NAMES[field] ?? field} / field "${field}" not found`);
  if (leaves.length === 0) warnings.push('Không tìm thấy yêu cầu nào / no requirement found');
  return { directive, evidence, warnings };
}
