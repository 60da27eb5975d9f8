import type { DocumentSystem } from './reply-document-model.js';

/**
 * The format families a document is rendered in, each a versioned style chosen by the document's
 * date (docs/formats.md gives every rule its source):
 * - nd30: Nghị định 30/2020/NĐ-CP, Phụ lục I (state documents, from 05/3/2020);
 * - hd36: Hướng dẫn 36-HD/VPTW of 03/4/2018 (Party documents until HD 05);
 * - hd05: Hướng dẫn 05-HD/VPTW of 27/5/2026, guiding Quy định 399-QĐ/TW of 09/01/2026.
 */
export const DOCUMENT_FORMATS = ['nd30', 'hd36', 'hd05'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The day HD 05 applies from: its date of signature (no later effective date is reported). */
export const HD05_EFFECTIVE = '2026-05-27';

export interface FormatStyle {
  id: DocumentFormat;
  system: DocumentSystem;
  /** The rule set, as a user reads it. */
  name: string;
  /** First day documents take this style (by their date). */
  from: string;
  /** Trích yếu of a công văn under its number: "V/v rà soát …" or "về việc rà soát …". */
  congVanSubjectPrefix: string;
  /** What ends each Nơi nhận line but the last (the last ends with "."). */
  distributionSeparator: string;
  /** The first Nơi nhận line of a công văn or tờ trình, pointing back at the addressees. */
  distributionAddressees: string;
  /** The last mark of the body. */
  closing: string;
  /** Addressee label of a tờ trình (other documents: "Kính gửi"). */
  toTrinhAddressLabel: string;
  /** A deputy signing for a collective body writes "T/M … / PHÓ BÍ THƯ", with no "K/T" line. */
  collectiveSignsWithoutKT: boolean;
}

export const FORMAT_STYLES: Record<DocumentFormat, FormatStyle> = {
  nd30: {
    id: 'nd30',
    system: 'state',
    name: 'Nghị định 30/2020/NĐ-CP',
    from: '2020-03-05',
    congVanSubjectPrefix: 'V/v',
    distributionSeparator: ';',
    distributionAddressees: 'Như trên',
    closing: './.',
    toTrinhAddressLabel: 'Kính gửi',
    collectiveSignsWithoutKT: false,
  },
  hd36: {
    id: 'hd36',
    system: 'party',
    name: 'Hướng dẫn 36-HD/VPTW',
    from: '2018-04-03',
    congVanSubjectPrefix: 'V/v',
    distributionSeparator: ',',
    distributionAddressees: 'Như kính gửi',
    closing: './.',
    toTrinhAddressLabel: 'Kính gửi',
    collectiveSignsWithoutKT: false,
  },
  hd05: {
    id: 'hd05',
    system: 'party',
    name: 'Hướng dẫn 05-HD/VPTW',
    from: HD05_EFFECTIVE,
    congVanSubjectPrefix: 'về việc',
    distributionSeparator: ';',
    distributionAddressees: 'Như trên',
    closing: '.',
    toTrinhAddressLabel: 'Kính trình',
    collectiveSignsWithoutKT: true,
  },
};

/** Per system, which format an organisation uses instead of the one its documents' dates give. */
export type FormatOverrides = Partial<Record<DocumentSystem, DocumentFormat>>;

export function isDocumentFormat(value: unknown): value is DocumentFormat {
  return (DOCUMENT_FORMATS as readonly unknown[]).includes(value);
}

/**
 * The style of a document of `system` dated `date` (YYYY-MM-DD or YYYY-MM): the latest family
 * version in force on that day, unless the organisation chose one of the same system.
 */
export function formatFor(
  system: DocumentSystem,
  date: string | null | undefined,
  overrides?: FormatOverrides,
): FormatStyle {
  const chosen = overrides?.[system];
  if (chosen && FORMAT_STYLES[chosen].system === system) return FORMAT_STYLES[chosen];
  const day = date && /^\d{4}-\d{2}/.test(date) ? (date.length === 7 ? `${date}-01` : date.slice(0, 10)) : null;
  const versions = Object.values(FORMAT_STYLES)
    .filter((style) => style.system === system)
    .sort((a, b) => a.from.localeCompare(b.from));
  if (!day) return versions.at(-1)!;
  return versions.filter((style) => style.from <= day).at(-1) ?? versions[0];
}

/** The style a model renders in: its own `format` when it names one of its system, else by its date. */
export function styleOf(model: { system: DocumentSystem; date?: string | null; format?: unknown }): FormatStyle {
  if (isDocumentFormat(model.format) && FORMAT_STYLES[model.format].system === model.system)
    return FORMAT_STYLES[model.format];
  return formatFor(model.system, model.date);
}
