import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { neutraliseFormula } from '@congvan/common';

/** Columns of the task register (sổ theo dõi), in the CSV and the workbook alike. */
export const REGISTER_COLUMNS = ['Văn bản', 'Yêu cầu', 'Đơn vị', 'Hạn', 'Trạng thái', 'Đóng lúc', 'Nội dung'];

export interface RegisterRow {
  document: string;
  requirement: string;
  unit: string;
  /** YYYY-MM-DD, or null without a deadline. */
  dueOn: string | null;
  status: string;
  /** Vietnam local time, YYYY-MM-DD HH:MM, or null while open. */
  closedAt: string | null;
  requirementText: string;
}

/**
 * The register as an .xlsx workbook (one sheet "Sổ theo dõi", bold frozen header): texts as
 * texts, the due day and closing time as Excel dates in Vietnamese order (dd/mm/yyyy), so the
 * sheet sorts and filters by date. Times are Vietnam wall-clock times, as in the CSV.
 */
export function registerWorkbook(rows: RegisterRow[]): Promise<Buffer> {
  const header: Row = REGISTER_COLUMNS.map((value) => ({ value, fontWeight: 'bold' as const }));
  // Texts are typed as strings already; neutralised too, so a copy to CSV or a re-typed cell stays inert.
  const data: Row[] = rows.map((r) => [
    neutraliseFormula(r.document),
    neutraliseFormula(r.requirement),
    neutraliseFormula(r.unit),
    r.dueOn ? { value: wallClock(`${r.dueOn}T00:00`), type: Date, format: 'dd/mm/yyyy' } : null,
    r.status,
    r.closedAt ? { value: wallClock(r.closedAt.replace(' ', 'T')), type: Date, format: 'dd/mm/yyyy hh:mm' } : null,
    neutraliseFormula(r.requirementText),
  ]);
  return writeXlsxFile([header, ...data], {
    sheet: 'Sổ theo dõi',
    stickyRowsCount: 1,
    columns: [{ width: 40 }, { width: 10 }, { width: 40 }, { width: 12 }, { width: 12 }, { width: 17 }, { width: 80 }],
  }).toBuffer();
}

/** Excel dates carry no zone: the wall-clock reading is stored as if it were UTC. */
function wallClock(local: string): Date {
  return new Date(`${local}:00Z`);
}
