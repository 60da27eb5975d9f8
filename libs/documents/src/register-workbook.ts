import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { neutraliseFormula } from '@congvan/common';
import { registerStatusLabel } from './document-status.js';
import type { RegisterEntry } from './register.service.js';
import { formatRegisterDate } from './register-title.js';

/** Columns of the sổ văn bản đến, as Nghị định 30/2020 lists them. */
export const INCOMING_REGISTER_COLUMNS = [
  'Số đến',
  'Ngày đến',
  'Số, ký hiệu',
  'Ngày văn bản',
  'Cơ quan ban hành',
  'Trích yếu',
  'Hạn xử lý',
  'Đơn vị xử lý',
  'Trạng thái',
];

const day = (iso: string | null) =>
  iso && /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? { value: new Date(`${iso}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy' }
    : iso
      ? formatRegisterDate(iso)
      : null;

const text = (value: string | null) => (value ? neutraliseFormula(value) : null);

/** The register as an .xlsx workbook: one sheet "Sổ văn bản đến", bold frozen header, days as Excel dates. */
export function registerWorkbook(rows: RegisterEntry[]): Promise<Buffer> {
  const header: Row = INCOMING_REGISTER_COLUMNS.map((value) => ({ value, fontWeight: 'bold' as const }));
  const data: Row[] = rows.map((r) => [
    r.incomingNumber,
    day(r.receivedOn),
    text(r.numberSymbol),
    day(r.date),
    text(r.issuer),
    text(r.subject ?? r.originalName),
    day(r.dueOn),
    text(r.units.join('; ')),
    registerStatusLabel(r),
  ]);
  return writeXlsxFile([header, ...data], {
    sheet: 'Sổ văn bản đến',
    stickyRowsCount: 1,
    columns: [
      { width: 8 },
      { width: 12 },
      { width: 18 },
      { width: 12 },
      { width: 30 },
      { width: 60 },
      { width: 12 },
      { width: 40 },
      { width: 22 },
    ],
  }).toBuffer();
}
