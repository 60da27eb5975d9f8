import { EDXML_NAMESPACE, type EdxmlOrgan, type EdxmlResponseFor } from './edxml.types.js';

/**
 * Processing statuses a receiver sends back (Quyết định 28/2018/QĐ-TTg): 01 arrived, 02 refused
 * (with the reason), 03 registered, 04 assigned, 05 in progress, 06 done; 13, 15, 16 belong to
 * taking a document back.
 */
export const EDXML_STATUS_CODES = {
  '01': 'Đã đến',
  '02': 'Từ chối tiếp nhận',
  '03': 'Đã tiếp nhận',
  '04': 'Phân công',
  '05': 'Đang xử lý',
  '06': 'Hoàn thành',
  '13': 'Lấy lại',
  '15': 'Đồng ý cho lấy lại',
  '16': 'Từ chối cho lấy lại',
} as const;
export type EdxmlStatusCode = keyof typeof EDXML_STATUS_CODES;

export interface EdxmlStatus {
  /** The document the status is about, as its sender identified it. */
  responseFor: EdxmlResponseFor;
  from: EdxmlOrgan;
  code: EdxmlStatusCode;
  /** Free text; for 02 the reason of the refusal. */
  description: string | null;
  /** ISO date-time. */
  timestamp: string;
  staff: { department: string | null; name: string | null };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const el = (name: string, value: string | null | undefined, indent: string) =>
  value ? `${indent}<edXML:${name}>${esc(value)}</edXML:${name}>\n` : '';

/** A status package: edXMLEnvelope › edXMLHeader › Status, every element in the edXML: prefix. */
export function buildStatusEdxml(status: EdxmlStatus): string {
  const i = '      ';
  const r = status.responseFor;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<edXML:edXMLEnvelope xmlns:edXML="${EDXML_NAMESPACE}">\n` +
    ` <edXML:edXMLHeader>\n  <edXML:Status>\n` +
    `   <edXML:ResponseFor>\n${el('OrganId', r.organId, i)}${el('Code', r.code, i)}${el('PromulgationDate', r.promulgationDate?.replace(/-/g, '/'), i)}${el('DocumentId', r.documentId, i)}   </edXML:ResponseFor>\n` +
    `   <edXML:From>\n${el('OrganId', status.from.organId, i)}${el('OrganizationInCharge', status.from.organizationInCharge, i)}${el('OrganName', status.from.organName, i)}   </edXML:From>\n` +
    `   <edXML:StaffInfo>\n${el('Department', status.staff.department, i)}${el('Staff', status.staff.name, i)}   </edXML:StaffInfo>\n` +
    el('StatusCode', status.code, '   ') +
    el('Description', status.description ?? EDXML_STATUS_CODES[status.code], '   ') +
    el('Timestamp', status.timestamp, '   ') +
    `  </edXML:Status>\n </edXML:edXMLHeader>\n <edXML:edXMLBody/>\n</edXML:edXMLEnvelope>\n`
  );
}

/** The statuses a received document has reached, in order, from its state and its tasks'. */
export function reachedStatuses(state: {
  documentStatus: string;
  tasks: Array<{ status: string; responses: number }>;
}): EdxmlStatusCode[] {
  if (state.documentStatus === 'failed') return ['01', '02'];
  // Work cancelled (the directive taken back) says nothing of how the units progress.
  state = { ...state, tasks: state.tasks.filter((t) => t.status !== 'cancelled') };
  const codes: EdxmlStatusCode[] = ['01'];
  if (state.documentStatus === 'reviewed' || state.documentStatus === 'tasked') codes.push('03');
  if (state.documentStatus !== 'tasked' || state.tasks.length === 0) return codes;
  codes.push('04');
  if (state.tasks.some((t) => t.status !== 'open' || t.responses > 0)) codes.push('05');
  if (state.tasks.every((t) => t.status === 'closed' || t.status === 'accepted')) {
    if (!codes.includes('05')) codes.push('05');
    codes.push('06');
  }
  return codes;
}
