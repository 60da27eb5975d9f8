import { AppError } from '@congvan/common';
import { type DocumentFormat, formatFor, isDocumentFormat, type DocumentSystem } from '@congvan/rendering';

/** What the rules need of a unit: its name, kind, parent and format overrides. */
export interface IssuingUnit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  formatOverrides?: Record<string, string> | null;
}

/**
 * The format version an organisation pinned for a system: the unit's own override, else the
 * nearest one above it; null when none did (the document's date chooses).
 */
export function formatOverrideOf(
  unit: IssuingUnit,
  byId: Map<string, IssuingUnit>,
  system: DocumentSystem,
): DocumentFormat | null {
  const seen = new Set<string>();
  for (let u: IssuingUnit | undefined = unit; u && !seen.has(u.id); u = u.parentId ? byId.get(u.parentId) : undefined) {
    seen.add(u.id);
    const chosen = u.formatOverrides?.[system];
    if (isDocumentFormat(chosen)) return chosen;
  }
  return null;
}

/** Level of a Party body for Quy định 399-QĐ/TW: a chi bộ, a grassroots committee, or higher. */
export type PartyLevel = 'chi_bo' | 'co_so' | 'cap_tren';

const COMMUNE_COMMITTEE = /^Đảng ủy (xã|phường|thị trấn|đặc khu) /iu;

/**
 * "Chi bộ …" is a chi bộ. Before 1 July 2025 a commune's Đảng ủy was the grassroots committee
 * under the district; since then it sits under the Tỉnh ủy with grassroots committees (schools,
 * offices) under it, so a Đảng ủy whose parent is a commune's Đảng ủy is the grassroots one.
 */
export function partyLevel(unit: IssuingUnit, byId: Map<string, IssuingUnit>, onDate: string): PartyLevel {
  const name = unit.name.normalize('NFC');
  if (/^Chi bộ /iu.test(name)) return 'chi_bo';
  if (COMMUNE_COMMITTEE.test(name)) return onDate < '2025-07-01' ? 'co_so' : 'cap_tren';
  const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
  if (unit.kind === 'party_committee' && parent && COMMUNE_COMMITTEE.test(parent.name.normalize('NFC'))) return 'co_so';
  return 'cap_tren';
}

/** Party type abbreviations (HD 05) a body may not issue under QĐ 399, with the rule's words. */
const REFUSED: Array<{ levels: PartyLevel[]; types: string[]; rule: string; ruleEn: string }> = [
  {
    levels: ['chi_bo', 'co_so'],
    types: ['CT', 'TT'],
    rule: 'Quy định 399-QĐ/TW (thẩm quyền ban hành): tổ chức cơ sở đảng và chi bộ không ban hành chỉ thị, thông tri.',
    ruleEn: 'Quy định 399-QĐ/TW (issuing authority): grassroots Party bodies and chi bộ issue no chỉ thị or thông tri.',
  },
  {
    levels: ['chi_bo'],
    types: ['HD', 'QĐi', 'QyĐ'],
    rule: 'Quy định 399-QĐ/TW (thẩm quyền ban hành): chi bộ không ban hành quy định, hướng dẫn.',
    ruleEn: 'Quy định 399-QĐ/TW (issuing authority): a chi bộ issues no quy định or hướng dẫn.',
  },
];

const TYPE_NAMES: Record<string, string> = {
  CT: 'chỉ thị',
  TT: 'thông tri',
  HD: 'hướng dẫn',
  QĐi: 'quy định',
  QyĐ: 'quy định',
};

/**
 * Refuses a Party document type the issuing body may not issue under Quy định 399-QĐ/TW, for
 * documents written under it (HD 05 and its date on); older documents and state ones pass.
 */
export function checkIssuingAuthority(input: {
  system: DocumentSystem;
  docType: string;
  date: string | null;
  issuer: IssuingUnit;
  units: Map<string, IssuingUnit>;
  format?: DocumentFormat | null;
}): void {
  if (input.system !== 'party') return;
  const date = input.date && /^\d{4}-\d{2}/.test(input.date) ? input.date.slice(0, 10) : null;
  const format = input.format ?? formatFor('party', date).id;
  if (format !== 'hd05') return;
  const level = partyLevel(input.issuer, input.units, (date ?? '9999-12-31').padEnd(10, '-01'));
  const refused = REFUSED.find((r) => r.levels.includes(level) && r.types.includes(input.docType));
  if (refused)
    throw new AppError(
      'DOCUMENT_TYPE_NOT_ALLOWED',
      422,
      `${input.issuer.name} không được ban hành ${TYPE_NAMES[input.docType]} (${input.docType}). ${refused.rule}`,
      `${input.issuer.name} may not issue this document type (${input.docType}). ${refused.ruleEn}`,
      { docType: input.docType, level, rule: 'QĐ 399-QĐ/TW' },
    );
}
