import { AppError, restoreFormula, toCsvRow } from '@congvan/common';
import { UNIT_KINDS, type UnitKind } from './unit.entity.js';

/** A unit as registry files carry it: parents by code, so files can move between databases. */
export interface RegistryUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  headTitle: string | null;
  aliases: string[];
  validFrom: string | null;
  validTo: string | null;
  /** Mã định danh điện tử (QĐ 20/2020/QĐ-TTg), e.g. "000.00.01.H01". */
  identifier: string | null;
  /** The unit (by code, in this file or already in the registry) that took this one over, and since when. */
  successorCode: string | null;
  successorSince: string | null;
  /**
   * Codes of older units this one takes over from its validFrom day (a new registry names the units
   * merged into each new one); import turns them into the old units' successor links.
   */
  replaces?: string[];
  /** Per system, the format version the unit and those under it use whatever the date ({ "party": "hd36" }). */
  formatOverrides?: Record<string, string>;
}

const FORMAT_OVERRIDES: Record<string, string[]> = { state: ['nd30'], party: ['hd36', 'hd05'] };

/** A unit of an older registry that ends without a successor (the districts on 30 June 2025). */
export interface EndedUnit {
  code: string;
  /** Its last day. */
  validTo: string;
}

export interface RegistryFile {
  registry?: string;
  snapshotDate?: string;
  units: RegistryUnit[];
  /** Older units, already in the registry, that this one ends with no successor. */
  ended?: EndedUnit[];
}

const CSV_COLUMNS = ['code', 'name', 'kind', 'parent_code', 'head_title', 'aliases', 'valid_from', 'valid_to'] as const;
/** Optional columns after the first eight, in any order (older files have none of them). */
const CSV_EXTRA_COLUMNS = ['identifier', 'successor_code', 'successor_since', 'replaces'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Mã định danh điện tử (Quyết định 20/2020/QĐ-TTg): four groups, the lowest level first —
 * level 4 (3 digits), level 3 (2 digits), level 2 (2 digits), level 1 (a letter and 2 digits),
 * e.g. "000.00.01.H01".
 */
export const UNIT_IDENTIFIER = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

export function isUnitIdentifier(value: string): boolean {
  return UNIT_IDENTIFIER.test(value);
}

const invalid = (row: number, problem: string, problemEn: string) =>
  new AppError(
    'INVALID_REGISTRY_FILE',
    422,
    `Tệp danh mục đơn vị không hợp lệ (dòng ${row}): ${problem}`,
    `Invalid registry file (row ${row}): ${problemEn}`,
    { row },
  );

/** Checks a registry: unique codes, known kinds, ISO dates, parents in the file listed before their children. */
export function validateRegistryUnits(units: RegistryUnit[]): RegistryUnit[] {
  const seen = new Set<string>();
  const identifiers = new Map<string, number>();
  units.forEach((unit, i) => {
    const row = i + 1;
    if (unit.identifier) {
      const first = identifiers.get(unit.identifier);
      if (first !== undefined)
        throw invalid(
          row,
          `mã định danh "${unit.identifier}" trùng với dòng ${first}.`,
          `identifier "${unit.identifier}" repeats row ${first}.`,
        );
      identifiers.set(unit.identifier, row);
    }
    if (!unit.code?.trim() || !unit.name?.trim())
      throw invalid(row, 'thiếu mã hoặc tên đơn vị.', 'missing code or name.');
    if (seen.has(unit.code)) throw invalid(row, `mã "${unit.code}" bị trùng.`, `duplicate code "${unit.code}".`);
    if (!(UNIT_KINDS as readonly string[]).includes(unit.kind))
      throw invalid(row, `loại đơn vị "${unit.kind}" không hợp lệ.`, `unknown kind "${unit.kind}".`);
    // A parent absent from the file must already be in the registry (checked on import).
    if (unit.parentCode && !seen.has(unit.parentCode) && units.some((u) => u.code === unit.parentCode))
      throw invalid(
        row,
        `đơn vị cấp trên "${unit.parentCode}" chưa được khai báo trước.`,
        `parent "${unit.parentCode}" is not listed before it.`,
      );
    for (const date of [unit.validFrom, unit.validTo, unit.successorSince])
      if (date !== null && !ISO_DATE.test(date))
        throw invalid(row, `ngày "${date}" không đúng dạng YYYY-MM-DD.`, `date "${date}" is not YYYY-MM-DD.`);
    if (unit.validFrom && unit.validTo && unit.validTo < unit.validFrom)
      throw invalid(row, 'ngày hết hiệu lực trước ngày có hiệu lực.', 'validTo is before validFrom.');
    if (unit.identifier !== null && !isUnitIdentifier(unit.identifier))
      throw invalid(
        row,
        `mã định danh "${unit.identifier}" không đúng cấu trúc của Quyết định 20/2020/QĐ-TTg (ví dụ 000.00.01.H01).`,
        `identifier "${unit.identifier}" does not follow Decision 20/2020/QĐ-TTg (e.g. 000.00.01.H01).`,
      );
    for (const [system, format] of Object.entries(unit.formatOverrides ?? {}))
      if (!FORMAT_OVERRIDES[system]?.includes(format))
        throw invalid(
          row,
          `thể thức "${format}" không dùng được cho văn bản "${system}" (state: nd30; party: hd36, hd05).`,
          `format "${format}" is not one of system "${system}" (state: nd30; party: hd36, hd05).`,
        );
    if (unit.successorCode === unit.code || unit.replaces?.includes(unit.code))
      throw invalid(row, 'đơn vị không thể kế thừa chính nó.', 'a unit cannot succeed itself.');
    if (unit.successorCode && !unit.successorSince)
      throw invalid(row, 'có đơn vị kế thừa nhưng thiếu ngày kế thừa.', 'a successor needs its date (successorSince).');
    if (unit.replaces?.length && !unit.validFrom)
      throw invalid(
        row,
        'đơn vị thay thế đơn vị cũ phải có ngày có hiệu lực.',
        'a unit replacing others needs validFrom (the day it takes them over).',
      );
    seen.add(unit.code);
  });
  return units.map((unit) => ({
    ...unit,
    name: unit.name.normalize('NFC').trim(),
    aliases: unit.aliases.map((a) => a.normalize('NFC').trim()).filter(Boolean),
  }));
}

/** A registry unit from loosely typed input: absent fields are null or empty. */
function registryUnit(u: Partial<RegistryUnit>): RegistryUnit {
  return {
    code: u.code ?? '',
    name: u.name ?? '',
    kind: u.kind as UnitKind,
    parentCode: u.parentCode ?? null,
    headTitle: u.headTitle ?? null,
    aliases: u.aliases ?? [],
    validFrom: u.validFrom ?? null,
    validTo: u.validTo ?? null,
    identifier: u.identifier ?? null,
    successorCode: u.successorCode ?? null,
    successorSince: u.successorSince ?? null,
    ...(u.replaces?.length ? { replaces: u.replaces } : {}),
    ...(u.formatOverrides && Object.keys(u.formatOverrides).length ? { formatOverrides: u.formatOverrides } : {}),
  };
}

export function parseRegistryJson(text: string): RegistryFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalid(
      0,
      `không đọc được JSON (${(error as Error).message}).`,
      `not valid JSON (${(error as Error).message}).`,
    );
  }
  const file = data as Partial<RegistryFile>;
  if (!file || !Array.isArray(file.units)) throw invalid(0, 'thiếu danh sách "units".', 'missing the "units" list.');
  const units = file.units.map(registryUnit);
  const ended = (file.ended ?? []).map((e, i) => {
    if (!e?.code || !ISO_DATE.test(e.validTo ?? ''))
      throw invalid(
        i + 1,
        'mỗi đơn vị trong "ended" cần mã và ngày cuối cùng (validTo, YYYY-MM-DD).',
        'each "ended" entry needs a code and its last day (validTo, YYYY-MM-DD).',
      );
    return { code: e.code, validTo: e.validTo };
  });
  return {
    registry: file.registry,
    snapshotDate: file.snapshotDate,
    units: validateRegistryUnits(units),
    ...(ended.length ? { ended } : {}),
  };
}

export function toRegistryJson(file: RegistryFile): string {
  return JSON.stringify(file, null, 1) + '\n';
}

/**
 * RFC 4180 CSV with the header code,name,kind,parent_code,head_title,aliases,valid_from,valid_to,
 * then optionally identifier, successor_code, successor_since, replaces (any order); aliases and
 * replaced codes joined by "|".
 */
export function parseRegistryCsv(text: string): RegistryUnit[] {
  const rows = readCsv(text.replace(/^\uFEFF/, '')).map((row) => row.map(restoreFormula));
  const header = (rows.shift() ?? []).map((h) => h.trim());
  if (CSV_COLUMNS.some((column, i) => header[i] !== column))
    throw invalid(1, `dòng tiêu đề phải là ${CSV_COLUMNS.join(',')}.`, `the header must be ${CSV_COLUMNS.join(',')}.`);
  const unknown = header.slice(CSV_COLUMNS.length).find((h) => !(CSV_EXTRA_COLUMNS as readonly string[]).includes(h));
  if (unknown !== undefined)
    throw invalid(
      1,
      `cột "${unknown}" không được hỗ trợ (các cột thêm: ${CSV_EXTRA_COLUMNS.join(', ')}).`,
      `unknown column "${unknown}" (extra columns: ${CSV_EXTRA_COLUMNS.join(', ')}).`,
    );
  const empty = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  const list = (value: string | undefined) =>
    (value ?? '')
      .split('|')
      .map((a) => a.trim())
      .filter(Boolean);
  return validateRegistryUnits(
    rows
      .filter((row) => row.some((cell) => cell.trim()))
      .map((row) => {
        const [code, name, kind, parentCode, headTitle, aliases, validFrom, validTo] = row;
        const extra = (column: (typeof CSV_EXTRA_COLUMNS)[number]) => {
          const i = header.indexOf(column);
          return i < 0 ? undefined : row[i];
        };
        return registryUnit({
          code: code?.trim() ?? '',
          name: name ?? '',
          kind: (kind?.trim() ?? '') as UnitKind,
          parentCode: empty(parentCode),
          headTitle: empty(headTitle),
          aliases: list(aliases),
          validFrom: empty(validFrom),
          validTo: empty(validTo),
          identifier: empty(extra('identifier')),
          successorCode: empty(extra('successor_code')),
          successorSince: empty(extra('successor_since')),
          replaces: list(extra('replaces')),
        });
      }),
  );
}

export function toRegistryCsv(units: RegistryUnit[]): string {
  const lines = units.map((u) =>
    toCsvRow([
      u.code,
      u.name,
      u.kind,
      u.parentCode,
      u.headTitle,
      u.aliases.join('|'),
      u.validFrom,
      u.validTo,
      u.identifier,
      u.successorCode,
      u.successorSince,
      (u.replaces ?? []).join('|'),
    ]),
  );
  return [[...CSV_COLUMNS, ...CSV_EXTRA_COLUMNS].join(','), ...lines].join('\r\n') + '\r\n';
}

function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
