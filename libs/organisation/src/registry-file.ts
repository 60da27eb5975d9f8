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
}

export interface RegistryFile {
  registry?: string;
  snapshotDate?: string;
  units: RegistryUnit[];
}

const CSV_COLUMNS = ['code', 'name', 'kind', 'parent_code', 'head_title', 'aliases', 'valid_from', 'valid_to'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const invalid = (row: number, problem: string, problemEn: string) =>
  new AppError(
    'INVALID_REGISTRY_FILE',
    422,
    `Tệp danh mục đơn vị không hợp lệ (dòng ${row}): ${problem}`,
    `Invalid registry file (row ${row}): ${problemEn}`,
    { row },
  );

/** Checks a registry: unique codes, known kinds, ISO dates, parents listed before their children. */
export function validateRegistryUnits(units: RegistryUnit[]): RegistryUnit[] {
  const seen = new Set<string>();
  units.forEach((unit, i) => {
    const row = i + 1;
    if (!unit.code?.trim() || !unit.name?.trim())
      throw invalid(row, 'thiếu mã hoặc tên đơn vị.', 'missing code or name.');
    if (seen.has(unit.code)) throw invalid(row, `mã "${unit.code}" bị trùng.`, `duplicate code "${unit.code}".`);
    if (!(UNIT_KINDS as readonly string[]).includes(unit.kind))
      throw invalid(row, `loại đơn vị "${unit.kind}" không hợp lệ.`, `unknown kind "${unit.kind}".`);
    if (unit.parentCode && !seen.has(unit.parentCode))
      throw invalid(
        row,
        `đơn vị cấp trên "${unit.parentCode}" chưa được khai báo trước.`,
        `parent "${unit.parentCode}" is not listed before it.`,
      );
    for (const date of [unit.validFrom, unit.validTo])
      if (date !== null && !ISO_DATE.test(date))
        throw invalid(row, `ngày "${date}" không đúng dạng YYYY-MM-DD.`, `date "${date}" is not YYYY-MM-DD.`);
    seen.add(unit.code);
  });
  return units.map((unit) => ({
    ...unit,
    name: unit.name.normalize('NFC').trim(),
    aliases: unit.aliases.map((a) => a.normalize('NFC').trim()).filter(Boolean),
  }));
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
  const units = file.units.map((u) => ({
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentCode: u.parentCode ?? null,
    headTitle: u.headTitle ?? null,
    aliases: u.aliases ?? [],
    validFrom: u.validFrom ?? null,
    validTo: u.validTo ?? null,
  }));
  return { registry: file.registry, snapshotDate: file.snapshotDate, units: validateRegistryUnits(units) };
}

export function toRegistryJson(file: RegistryFile): string {
  return JSON.stringify(file, null, 1) + '\n';
}

/** RFC 4180 CSV with the header code,name,kind,parent_code,head_title,aliases,valid_from,valid_to; aliases joined by "|". */
export function parseRegistryCsv(text: string): RegistryUnit[] {
  const rows = readCsv(text.replace(/^\uFEFF/, '')).map((row) => row.map(restoreFormula));
  const header = rows.shift() ?? [];
  if (CSV_COLUMNS.some((column, i) => header[i]?.trim() !== column))
    throw invalid(1, `dòng tiêu đề phải là ${CSV_COLUMNS.join(',')}.`, `the header must be ${CSV_COLUMNS.join(',')}.`);
  const empty = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  return validateRegistryUnits(
    rows
      .filter((row) => row.some((cell) => cell.trim()))
      .map(([code, name, kind, parentCode, headTitle, aliases, validFrom, validTo]) => ({
        code: code?.trim() ?? '',
        name: name ?? '',
        kind: (kind?.trim() ?? '') as UnitKind,
        parentCode: empty(parentCode),
        headTitle: empty(headTitle),
        aliases: (aliases ?? '').split('|').filter((a) => a.trim()),
        validFrom: empty(validFrom),
        validTo: empty(validTo),
      })),
  );
}

export function toRegistryCsv(units: RegistryUnit[]): string {
  const lines = units.map((u) =>
    toCsvRow([u.code, u.name, u.kind, u.parentCode, u.headTitle, u.aliases.join('|'), u.validFrom, u.validTo]),
  );
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
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
