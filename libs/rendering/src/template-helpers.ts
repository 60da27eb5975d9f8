import { numberToVietnameseWords } from './number-words.js';
import type {
  DirectiveCitation,
  DocumentSystem,
  ReplySigner,
  ResultRow,
  ResultStatus,
} from './reply-document-model.js';
import {
  formatCitationLine,
  formatCount,
  formatDocumentReference,
  formatNumberAndSymbol,
  formatNumberLine,
  formatPlaceAndDate,
  formatShortDate,
  formatVietnameseDate,
  padNumber,
  signerLines,
} from './vietnamese-format.js';

export const RESULT_STATUS_LABELS: Record<ResultStatus, string> = {
  done: 'Đã báo cáo đúng hạn',
  late: 'Báo cáo chậm',
  not_reported: 'Chưa báo cáo',
};

/** Handlebars passes an options object last; helpers ignore it through this guard. */
function isOptions(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'hash' in value && 'data' in value;
}

function text(value: unknown): string {
  return value === null || value === undefined || isOptions(value) ? '' : String(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * The helpers templates may call. Every one returns plain strings (or arrays/numbers used in
 * sub-expressions), never a SafeString: Handlebars escapes all of them.
 */
export const TEMPLATE_HELPERS = {
  /** {{date "2024-08-05"}} → ngày 05 tháng 8 năm 2024 */
  date: (iso: unknown) => (text(iso) ? formatVietnameseDate(text(iso)) : ''),
  /** {{shortDate "2024-07-31"}} → 31/7/2024 */
  shortDate: (iso: unknown) => (text(iso) ? formatShortDate(text(iso)) : ''),
  /** {{placeDate place date}} → Mỹ Đức, ngày 05 tháng 8 năm 2024 */
  placeDate: (place: unknown, iso: unknown) => formatPlaceAndDate(text(place), text(iso)),
  /** {{numberLine system number symbol}} → Số: 12/BC-UBND | Số 12-BC/HU */
  numberLine: (system: unknown, number: unknown, symbol: unknown) =>
    formatNumberLine(
      system === 'party' ? 'party' : 'state',
      isOptions(number) ? null : (number as string | number | null),
      text(symbol),
    ),
  /** {{numberSymbol number symbol}} → 4135-CV/BTCTU */
  numberSymbol: (number: unknown, symbol: unknown) =>
    formatNumberAndSymbol(number as string | number | null, optionalString(symbol) ?? null),
  /** {{citation citation}} or {{citation citation "Căn cứ"}} → Thực hiện Công văn số ... */
  citation: (citation: unknown, lead: unknown) =>
    formatCitationLine(citation as DirectiveCitation, optionalString(lead)),
  /** {{documentReference citation}} → Công văn số ... của ... (without "về việc") */
  documentReference: (citation: unknown) =>
    formatDocumentReference(citation as DirectiveCitation, { withSubject: false }),
  /** {{#each (signerLines system signer)}} ... */
  signerLines: (system: unknown, signer: unknown, collectiveWithoutKT: unknown) =>
    signerLines(system as DocumentSystem, signer as ReplySigner, collectiveWithoutKT === true).lines,
  /** {{words 21}} → hai mươi mốt */
  words: (value: unknown) => numberToVietnameseWords(Number(value)),
  /** {{count 5}} → 05 (năm) */
  count: (value: unknown) => formatCount(Number(value)),
  /** {{pad 5}} → 05 */
  pad: (value: unknown) => padNumber(text(value)),
  /** {{inc @index}} → 1-based position */
  inc: (value: unknown) => Number(value) + 1,
  /** {{#if (eq kind "paragraph")}} */
  eq: (a: unknown, b: unknown) => a === b,
  /** {{or issuer.nameInText "đơn vị"}} → the first non-empty value */
  or: (a: unknown, b: unknown) => (text(a) ? text(a) : text(b)),
  /** {{statusLabel status}} → Chưa báo cáo */
  statusLabel: (status: unknown) => RESULT_STATUS_LABELS[status as ResultStatus] ?? text(status),
  /** {{countStatus rows "late"}} → number of rows with that status; without status: all rows */
  countStatus: (rows: unknown, status: unknown) =>
    Array.isArray(rows) ? (rows as ResultRow[]).filter((row) => isOptions(status) || row.status === status).length : 0,
  /** {{#each (lines issuer.name)}} → the name split on "\n" */
  lines: (value: unknown) =>
    text(value)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  /** {{upper "Báo cáo"}} → BÁO CÁO (Vietnamese-aware) */
  upper: (value: unknown) => text(value).toLocaleUpperCase('vi'),
} as const;

export type TemplateHelperName = keyof typeof TEMPLATE_HELPERS;

/** Handlebars' own helpers that templates may use. */
export const BUILT_IN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup'] as const;

export const ALLOWED_HELPERS: ReadonlySet<string> = new Set<string>([
  ...BUILT_IN_HELPERS,
  ...Object.keys(TEMPLATE_HELPERS),
]);
