import type { Deadline, Directive, ExtractionResult, FieldEvidence } from './directive.types.js';
import {
  approvedContent,
  approvedPrefix,
  namesUnitOnly,
  withArticleUnits,
  withoutEntryIntoForce,
} from './decision-articles.js';
import { dropClosingArticle } from './decision-closing.js';
import {
  articleStatesOnly,
  foldArticleLeadIns,
  readsArticles,
  unitActs,
  withoutStatements,
} from './resolution-articles.js';
import { parseClosing } from './parse-closing.js';
import { articleNorm } from './article-norms.js';
import { parseHeader } from './parse-header.js';
import { findAssignees } from './assignees.js';
import { carryLeadIns, unglueAssignees } from './addressed-units.js';
import { tidyAssignees } from './assignee-tidy.js';
import { dropInheritedEveryone } from './general-wording.js';
import { addCommaLeads } from './comma-leads.js';
import { parseRecipients, parseRequirements, toParagraphs } from './parse-body.js';
import { parseProseRequirements } from './prose-requirements.js';
import { directs, unitMustAct } from './directing-sentences.js';
import { parseDeadlines } from './parse-deadlines.js';
import { mergeReferences, parseReferences } from './parse-references.js';
import { splitGluedHeader } from './header-lines.js';
import { headerReferences } from './header-references.js';
import { splitRunOnArticles } from './run-on-articles.js';
import { ANNOUNCES, DIRECTS, GUIDES } from './describes.js';
import { localityGroups } from './locality-groups.js';
import { giveDeciders } from './informed-groups.js';
import { annexStart, readTaskTables } from './task-tables.js';
import { quotedParagraphs } from './quoted-law.js';
import { recordedItems } from './recorded-reports.js';
import { carryParentLeads } from './parent-leads.js';
import { assignLeads, planRoles } from './plan-roles.js';
import { numberPositions } from './positions.js';
import { prepareText, splitLines, type Span } from './text-utils.js';
import { slashMarkers } from './slash-markers.js';
import { joinSpacedLetters } from './spaced-letters.js';
import { splitGluedWords } from './glued-words.js';
import { splitInlineItems, splitRomanLists } from './inline-items.js';
import { REPLACES } from './plan-statements.js';
import { closeItemWindows } from './item-windows.js';
import { annexTasks, attachedPlan, keepActions, planTasks } from './kept-actions.js';
import { joinContinuations } from './continued-items.js';
import { dropCarryOutCalls } from './carry-out-calls.js';

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
  const text = slashMarkers(prepareText(splitGluedWords(joinSpacedLetters(input.normalize('NFC')))));
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
  const actions = keepActions(numbered, announced, guided);
  // A decision's articles issue, enact and assign: only the one naming who carries it out ("Điều 3: Chánh
  // Văn phòng, Giám đốc các Sở ... chịu trách nhiệm thi hành Quyết định này") is a task.
  const decision = readsArticles(header.docType, body);
  const approved = decision ? approvedContent(body) : [];
  const approvedAt = approvedPrefix(approved, body);
  const inApproved = (r: { span: Span }) =>
    approved.length > 0 && r.span.start >= approved[0].span.start && r.span.start <= approved.at(-1)!.span.end;
  const read = decision
    ? dropClosingArticle([
        ...planTasks(approved, year).map((r) => ({ ...r, ref: approvedAt + r.ref })),
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
                // "2. Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết, ..." (dev
                // ubtvqh-2025-06-nq-sapxep-capxa-laichau, Điều 2): every body concerned, told to act, names no unit of its own.
                unitMustAct(r.text) ||
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
  const annex = annexTasks(lines, closing.start, year, inTable);
  // A meeting's record of the reports made at it ("các Bộ đã có báo cáo Chính phủ như sau:" / "1. Bộ ... báo cáo về ...").
  const recorded = [...recordedItems(all)].map((p) => p.span);
  const requirements = dropCarryOutCalls(closeItemWindows(splitRomanLists([...read, ...annex], year, decision))).filter(
    (r) => !recorded.some((s) => r.span.start >= s.start && r.span.start < s.end),
  );
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
  dropInheritedEveryone(requirements);
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
