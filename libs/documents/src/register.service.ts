import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { accessCondition, type AuthUser, binder } from '@congvan/auth';
import type { DocumentFailure, DocumentStatus } from './document.entity.js';
import { type DocumentView, takenBackOf } from './documents.dto.js';
import {
  type RegisterFilter,
  type RegisterOrder,
  registerConditions,
  registerOrderBy,
  registerRowsSql,
} from './register-query.js';
import { formatNumberSymbol, formatRegisterDate, registerTitle } from './register-title.js';
import { DOCUMENT_STATUS_LABELS } from './document-status.js';
import { RegisterPdfRenderer } from './register-pdf.js';
import { registerWorkbook } from './register-workbook.js';

/** One line of the sổ văn bản đến: the document as the list shows it, with the register's columns. */
export interface RegisterEntry extends Omit<DocumentView, 'source' | 'edxml'> {
  docType: string | null;
  numberSymbol: string;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  dueOn: string | null;
  overdueTasks: number;
  /** Đơn vị xử lý: up to UNIT_NAMES names (in the export: all), and how many units there are. */
  units: string[];
  unitCount: number;
  snippet: string | null;
}

export interface RegisterPage {
  items: RegisterEntry[];
  /** How many documents match the filter, whatever the page. */
  total: number;
  limit: number;
  offset: number;
}

export type RegisterQuery = RegisterFilter & RegisterOrder & { limit: number; offset: number };

/** A row as registerRowsSql and the outer query give it. */
interface RawRow {
  id: string;
  originalName: string;
  mimeType: string | null;
  sizeBytes: number;
  sha256: string;
  status: DocumentStatus;
  failure: DocumentFailure | null;
  pagesDone: number;
  pageCount: number | null;
  textSource: string | null;
  createdAt: Date;
  updatedAt: Date;
  incomingNumber: number | null;
  incomingYear: number | null;
  receivedOn: string | null;
  takenBackAt: Date | null;
  takenBackBy: string | null;
  docType: string | null;
  number: string | null;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  dueOn: string | null;
  overdue: number;
  unitCount: number;
  units: string[] | null;
  snippet: string | null;
  total: number;
}

const UNIT_NAMES = 3;
/** Vietnam's today, YYYY-MM-DD. */
const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * Sổ văn bản đến: the documents the caller may see as register lines, filtered, sorted and paged
 * on the server (with the total), and the same lines as an Excel workbook.
 */
/** How the printed register names the filters it was printed with. */
const FILTER_LABELS: Record<string, string> = {
  q: 'Từ khóa',
  issuer: 'Cơ quan ban hành',
  receivedFrom: 'Ngày đến từ',
  receivedTo: 'Ngày đến đến',
  dateFrom: 'Ngày văn bản từ',
  dateTo: 'Ngày văn bản đến',
  dueFrom: 'Hạn xử lý từ',
  dueTo: 'Hạn xử lý đến',
};

function describeFilters(query: RegisterFilter): string[] {
  const said: string[] = [];
  for (const [key, label] of Object.entries(FILTER_LABELS)) {
    const value = query[key as keyof RegisterFilter];
    if (typeof value === 'string' && value)
      said.push(`${label}: ${/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatRegisterDate(value) : value}`);
  }
  if (query.status) said.push(`Trạng thái: ${DOCUMENT_STATUS_LABELS[query.status]}`);
  if (query.overdue) said.push('Có việc quá hạn');
  return said;
}

@Injectable()
export class RegisterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly printer: RegisterPdfRenderer,
  ) {}

  /** Every matching line (no page) as the printable register (PDF, A4 landscape, Vietnamese headings). */
  async pdf(user: AuthUser, query: RegisterFilter & RegisterOrder): Promise<Buffer> {
    const { rows } = await this.rows(user, query, null);
    const [unit] = user.organisation
      ? await this.dataSource.query(`SELECT name FROM unit WHERE code = $1`, [user.organisation])
      : [];
    return this.printer.render(rows, {
      organisation: (unit?.name as string | undefined) ?? 'Tất cả cơ quan',
      printedOn: vietnamToday(),
      filters: describeFilters(query),
    });
  }

  async page(user: AuthUser, query: RegisterQuery): Promise<RegisterPage> {
    const { rows, total } = await this.rows(user, query, { limit: query.limit, offset: query.offset });
    return { items: rows, total, limit: query.limit, offset: query.offset };
  }

  /** Every matching line (no page), with every unit's name, as an .xlsx workbook. */
  async workbook(user: AuthUser, query: RegisterFilter & RegisterOrder): Promise<Buffer> {
    const { rows } = await this.rows(user, query, null);
    return registerWorkbook(rows);
  }

  private async rows(
    user: AuthUser,
    query: RegisterFilter & RegisterOrder,
    page: { limit: number; offset: number } | null,
  ): Promise<{ rows: RegisterEntry[]; total: number }> {
    const values: unknown[] = [];
    const bind = binder(values);
    const today = bind(vietnamToday());
    const access = accessCondition(user, 'document', 'read', 'd', bind);
    const where = registerConditions(query, bind);
    const filterValues = values.length;
    const words = query.q?.trim();
    const snippet = words
      ? `(SELECT substring(p.normalised_text FROM greatest(1, strpos(congvan_fold(p.normalised_text), congvan_fold(${bind(words)})) - 60) FOR 160)
            FROM document_page p WHERE p.document_id = r.id AND strpos(congvan_fold(p.normalised_text), congvan_fold(${bind(words)})) > 0
           ORDER BY p.page_index LIMIT 1)`
      : 'NULL::text';
    const unitNames = `(SELECT array_agg(name ORDER BY name) FROM (SELECT DISTINCT u.name FROM task t JOIN unit u ON u.id = t.unit_id
                          WHERE t.document_id = r.id ORDER BY u.name ${page ? `LIMIT ${UNIT_NAMES}` : ''}) names)`;
    const limit = page ? `LIMIT ${bind(page.limit)} OFFSET ${bind(page.offset)}` : '';
    const raw: RawRow[] = await this.dataSource.query(
      `SELECT r.*, ${snippet} AS snippet, ${unitNames} AS units, count(*) OVER ()::int AS total
         FROM (${registerRowsSql(access, today)}) r
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${registerOrderBy(query)} ${limit}`,
      values,
    );
    let total = raw[0]?.total ?? 0;
    if (raw.length === 0 && page && page.offset > 0) {
      // Past the last page: count without rows.
      const [count] = await this.dataSource.query(
        `SELECT count(*)::int AS total FROM (${registerRowsSql(access, today)}) r ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
        values.slice(0, filterValues),
      );
      total = count.total;
    }
    return { rows: raw.map(toEntry), total };
  }
}

function toEntry(row: RawRow): RegisterEntry {
  const fields = { docType: row.docType, number: row.number, symbol: row.symbol, date: row.date };
  return {
    id: row.id,
    title: registerTitle(fields) ?? row.originalName,
    originalName: row.originalName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    status: row.status,
    failure: row.failure,
    progress: { pagesDone: row.pagesDone, pageCount: row.pageCount },
    textSource: row.textSource,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
    incomingNumber: row.incomingNumber,
    incomingYear: row.incomingYear,
    receivedOn: row.receivedOn,
    takenBack: takenBackOf(row.takenBackAt, row.takenBackBy),
    docType: row.docType,
    numberSymbol: formatNumberSymbol(row.number, row.symbol),
    date: row.date,
    issuer: row.issuer,
    subject: row.subject,
    dueOn: row.dueOn,
    overdueTasks: row.overdue,
    units: row.units ?? [],
    unitCount: row.unitCount,
    snippet: row.snippet?.replace(/\s+/g, ' ').trim() ?? null,
  };
}
