import {
  buildStatusEdxml,
  type EdxmlHeader,
  type EdxmlOrgan,
  type EdxmlResponseFor,
  type EdxmlStatusCode,
  joinCode,
} from '@congvan/edxml';
import type { Unit } from '@congvan/organisation';

/**
 * A unit as an organ of the exchange: its mã định danh (Quyết định 20/2020/QĐ-TTg) from the
 * registry; a unit whose identifier is not recorded yet goes by its registry code.
 */
export const organOfUnit = (unit: Pick<Unit, 'identifier' | 'code' | 'name'>): EdxmlOrgan => ({
  organId: unit.identifier ?? unit.code,
  organName: unit.name,
  organizationInCharge: null,
});

/** The ResponseFor that names a package by its header (its sender, code, number, date, document id). */
export const responseForHeader = (header: EdxmlHeader): EdxmlResponseFor => ({
  organId: header.from.organId,
  code: joinCode(header.number, header.symbol),
  number: header.number,
  symbol: header.symbol,
  promulgationDate: header.date,
  documentId: header.documentId,
});

/**
 * The status package (edXML 01 … 16) about a document we received, to its sender. It comes from us
 * as the sender addressed us; else from our organisation's organ in the registry (`ours`); else
 * from the organisation's code alone.
 */
export function receivedDocumentStatus(
  header: EdxmlHeader,
  ours: EdxmlOrgan | null,
  organisation: string,
  code: EdxmlStatusCode,
  description: string | null,
  now: Date,
): string {
  return buildStatusEdxml({
    responseFor: responseForHeader(header),
    from: header.to.find((t) => t.organId) ??
      ours ?? { organId: organisation || null, organName: null, organizationInCharge: null },
    code,
    description,
    timestamp: now.toISOString(),
    staff: { department: 'Văn thư', name: null },
  });
}
