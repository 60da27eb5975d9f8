import type {
  DirectiveCitation,
  DocumentSystem,
  ReplyDocumentModel,
  ReplyIssuer,
  ReplySigner,
  ResultRow,
  ResultStatus,
} from '@congvan/rendering';
import type { UnitKind } from '@congvan/organisation';
import { formatFor } from '@congvan/rendering';

/**
 * Pure builders of prefilled reply drafts from what congvan already knows: the directive (as the
 * clerk confirmed it), the registry and the tasks. A fact congvan does not hold is never guessed:
 * the signer's name is left empty (the templates print a placeholder), a unit's địa danh is left
 * blank, an empty body gets a bracketed placeholder; the author fills them in, since submission
 * refuses a draft that still lacks any of them (draft-checks.ts).
 */

/** The parts of a Directive JSON (shared/contracts/directive.schema.json) a reply cites. */
export interface DirectiveFacts {
  system: DocumentSystem;
  docType: string | null;
  issuer: { parent: string | null; name: string } | null;
  number: string | null;
  symbol: string | null;
  place: string | null;
  date: string | null;
  subject: string | null;
  deadlines?: Array<{ kind: string; date?: string }>;
}

/** A registry unit as a reply names it. */
export interface UnitFacts {
  name: string;
  kind: UnitKind;
  /** Chủ tịch, Trưởng phòng, Bí thư ...; null when the registry does not say. */
  headTitle: string | null;
  /** The parent unit's name (cơ quan chủ quản), null for a top-level unit. */
  parentName: string | null;
}

/** Per unit for one directive, as ComplianceService.compliance() counts it, with the last report date. */
export interface UnitCompliance {
  unitName: string;
  total: number;
  done: number;
  late: number;
  notReported: number;
  /** ISO date-time of the unit's last closed task; null when none. */
  lastReportedAt: string | null;
}

/** Text the author must replace; printed as is so nobody takes it for a fact. */
export const BODY_PLACEHOLDER = '[Nội dung kết quả thực hiện: đơn vị bổ sung trước khi trình ký]';

/** Days a reminder gives to report, in working days (Monday to Friday; public holidays are not known here). */
export const REMINDER_WORKING_DAYS = 3;

const PEOPLE_COMMITTEE_KINDS: ReadonlySet<UnitKind> = new Set(['people_committee', 'ward', 'commune', 'township']);

const upper = (text: string) => text.normalize('NFC').toLocaleUpperCase('vi');

/** The first fixed deadline of the directive (the report-by day), if it sets one. */
export function firstAbsoluteDeadline(directive: DirectiveFacts): string | null {
  return directive.deadlines?.find((deadline) => deadline.kind === 'absolute' && deadline.date)?.date ?? null;
}

/** The directive as a reply cites it; `issuerInText` is how the issuer is named inside sentences. */
export function citationOf(directive: DirectiveFacts, issuerInText: string | null): DirectiveCitation {
  return {
    kind: directive.docType?.trim() || 'Công văn',
    number: directive.number,
    symbol: directive.symbol,
    date: directive.date,
    issuer: issuerInText ?? directive.issuer?.name ?? null,
    subject: directive.subject,
    deadline: firstAbsoluteDeadline(directive),
  };
}

/** Header block: "ỦY BAN NHÂN DÂN\nPHƯỜNG CÁT LINH" under its parent, as the registry names them. */
export function issuerOf(unit: UnitFacts): ReplyIssuer {
  const name = upper(unit.name);
  const split = PEOPLE_COMMITTEE_KINDS.has(unit.kind) ? name.replace(/^(ỦY BAN NHÂN DÂN)\s+/u, '$1\n') : name;
  return {
    parent: unit.parentName ? upper(unit.parentName) : null,
    name: split,
    nameInText: unit.name.normalize('NFC'),
  };
}

/**
 * Signer block from the unit's head title: a people's committee signs "TM. ỦY BAN NHÂN DÂN", a Party
 * committee "T/M" its standing body, anyone else in the head's own title. The name stays empty.
 */
export function signerOf(unit: UnitFacts): ReplySigner {
  const title = unit.headTitle ? upper(unit.headTitle) : '';
  if (PEOPLE_COMMITTEE_KINDS.has(unit.kind)) return { authority: 'TM.', body: 'ỦY BAN NHÂN DÂN', title, name: '' };
  if (unit.kind === 'party_committee')
    return {
      authority: 'T/M',
      body: /^đảng ủy/iu.test(unit.name.normalize('NFC')) ? 'ĐẢNG ỦY' : 'BAN THƯỜNG VỤ',
      title,
      name: '',
    };
  return { authority: null, body: null, title, name: '' };
}

/**
 * The issuer's abbreviation in a ký hiệu: UBND for a people's committee, HU/QU/TU/ĐU for a Party
 * committee, else the initials of its name ("Phòng Nội vụ" → PNV). The author may correct it.
 */
export function abbreviationOf(unit: Pick<UnitFacts, 'name' | 'kind'>): string {
  if (PEOPLE_COMMITTEE_KINDS.has(unit.kind)) return 'UBND';
  const name = unit.name.normalize('NFC');
  const committee = /^(Huyện|Quận|Thành|Thị|Đảng) ủy/iu.exec(name);
  if (unit.kind === 'party_committee' && committee) return `${upper(committee[1][0])}U`;
  return name
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map((word) => upper(word[0]))
    .filter((letter) => /\p{Lu}/u.test(letter))
    .join('');
}

/** "BC-UBND" / "UBND" (a state công văn has no type) / "BC/HU", "CV/HU" (party). */
export function symbolOf(system: DocumentSystem, docType: 'BC' | 'CV', unit: Pick<UnitFacts, 'name' | 'kind'>): string {
  const abbreviation = abbreviationOf(unit);
  if (system === 'party') return `${docType}/${abbreviation}`;
  return docType === 'CV' ? abbreviation : `${docType}-${abbreviation}`;
}

/**
 * Nơi nhận of a report or công văn: "Như kính gửi" under HD 36, "Như trên" under ND 30 and HD 05 (the
 * format of the draft's date), then "Lưu Văn phòng" (Party) or "Lưu: VT" (state).
 */
function distributionOf(system: DocumentSystem, date: string): string[] {
  return [formatFor(system, date).distributionAddressees, system === 'party' ? 'Lưu Văn phòng' : 'Lưu: VT'];
}

/** Working days after `day` (Saturdays and Sundays skipped). */
export function addWorkingDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) left--;
  }
  return date.toISOString().slice(0, 10);
}

export interface UnitReportInput {
  directive: DirectiveFacts;
  /** The registry unit that issued the directive, when it is in the registry. */
  directiveIssuer: UnitFacts | null;
  unit: UnitFacts;
  /** The unit's answers to the task, oldest first. */
  responses: string[];
  /** The task's "report to" routes ("UBND quận (qua phòng Nội vụ)"). */
  reportTo: string[];
  /** Today (Vietnam), YYYY-MM-DD: the draft's date. */
  today: string;
}

/** "Báo cáo kết quả thực hiện" from a unit to the body that issued the directive. */
export function buildUnitReportModel(input: UnitReportInput): ReplyDocumentModel {
  const { directive, unit } = input;
  const issuerInText = input.directiveIssuer?.name ?? directive.issuer?.name ?? null;
  const via = input.reportTo.map((route) => /\((qua [^)]+)\)/u.exec(route)?.[1]).find(Boolean);
  const paragraphs = input.responses
    .flatMap((text) => text.normalize('NFC').split(/\n\s*\n/u))
    .map((text) => text.trim())
    .filter(Boolean);
  return {
    system: directive.system,
    kind: 'unit_report',
    issuer: issuerOf(unit),
    number: null,
    symbol: symbolOf(directive.system, 'BC', unit),
    place: '',
    date: input.today,
    subject: directive.subject ? `Kết quả ${directive.subject}` : 'Kết quả thực hiện',
    recipients: issuerInText ? [via ? `${issuerInText} (${via})` : issuerInText] : [],
    citation: citationOf(directive, issuerInText),
    body: (paragraphs.length > 0 ? paragraphs : [BODY_PLACEHOLDER]).map((text) => ({
      kind: 'paragraph' as const,
      text,
    })),
    distribution: distributionOf(directive.system, input.today),
    signer: signerOf(unit),
    deadline: null,
  };
}

/** done when every task was closed in time, late when one was closed late, not_reported while one is open. */
export function resultStatusOf(row: Pick<UnitCompliance, 'late' | 'notReported'>): ResultStatus {
  if (row.notReported > 0) return 'not_reported';
  return row.late > 0 ? 'late' : 'done';
}

export interface SummaryInput {
  directive: DirectiveFacts;
  /** The registry unit that issued the directive (it reports the results). */
  issuer: UnitFacts;
  compliance: UnitCompliance[];
  today: string;
}

/** The issuer's summary report with one results row per unit. */
export function buildSummaryReportModel(input: SummaryInput): ReplyDocumentModel {
  const { directive, issuer } = input;
  const rows: ResultRow[] = input.compliance.map((row) => {
    const status = resultStatusOf(row);
    return { unit: row.unitName, status, reportedAt: status === 'not_reported' ? null : row.lastReportedAt };
  });
  return {
    system: directive.system,
    kind: 'summary_report',
    issuer: issuerOf(issuer),
    number: null,
    symbol: symbolOf(directive.system, 'BC', issuer),
    place: directive.place ?? '',
    date: input.today,
    subject: directive.subject ? `Tổng hợp kết quả ${directive.subject}` : 'Tổng hợp kết quả thực hiện',
    recipients: [],
    citation: citationOf(directive, issuer.name),
    body: [{ kind: 'results', heading: 'Kết quả báo cáo của các đơn vị', rows }],
    distribution: directive.system === 'party' ? ['Lưu Văn phòng'] : ['Lưu: VT'],
    signer: signerOf(issuer),
    deadline: null,
  };
}

/**
 * A reminder công văn to the units that still owe a report (an open or returned task, overdue or
 * not), asking for it within REMINDER_WORKING_DAYS working days of today. Units that reported, even
 * late, are not reminded.
 */
export function buildReminderModel(input: SummaryInput): ReplyDocumentModel {
  const { directive, issuer } = input;
  const owing = input.compliance.filter((row) => row.notReported > 0).map((row) => row.unitName);
  return {
    system: directive.system,
    kind: 'reminder',
    issuer: issuerOf(issuer),
    number: null,
    symbol: symbolOf(directive.system, 'CV', issuer),
    place: directive.place ?? '',
    date: input.today,
    subject: directive.subject ? `đôn đốc báo cáo kết quả ${directive.subject}` : 'đôn đốc báo cáo kết quả thực hiện',
    recipients: owing,
    citation: citationOf(directive, issuer.name),
    body: [],
    distribution: distributionOf(directive.system, input.today),
    signer: signerOf(issuer),
    deadline: addWorkingDays(input.today, REMINDER_WORKING_DAYS),
  };
}
