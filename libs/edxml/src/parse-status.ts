import { EDXML_STATUS_CODES, type EdxmlStatus, type EdxmlStatusCode } from './build-status.js';
import { parseEdxmlDate } from './edxml-code.js';
import { edxmlTooLarge, malformedEdxml } from './edxml.errors.js';
import { readEdxmlTree } from './parse-edxml.js';

type Node = Record<string, unknown>;
const MAX_STATUS_BYTES = 256 * 1024;

/** True when the bytes are a status package: an edXML envelope whose header holds a Status, not a MessageHeader. */
export function isEdxmlStatusPackage(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 64 * 1024).toString('utf8');
  return /<(?:[\w.-]+:)?edXMLEnvelope[\s>/]/.test(head) && /<(?:[\w.-]+:)?Status[\s>]/.test(head);
}

/**
 * Reads a status package (Quyết định 28/2018/QĐ-TTg over QCVN 102): which document it is about
 * (ResponseFor), who sends it, the code (01 … 06, 13 take back, 15 take-back agreed, 16 refused),
 * the description and the time. The same refusals as a document package: no DOCTYPE, the QCVN
 * namespace, well-formed XML, a known code.
 */
export function parseStatusEdxml(bytes: Buffer): EdxmlStatus {
  if (bytes.length > MAX_STATUS_BYTES) throw edxmlTooLarge(bytes.length, MAX_STATUS_BYTES, 'package');
  const xml = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const tree = readEdxmlTree(xml);
  const status = find(tree, 'Status');
  if (!status) throw malformedEdxml('thiếu edXMLHeader/Status.', 'edXMLHeader/Status is missing.');
  const code = text(status, 'StatusCode');
  if (!code || !(code in EDXML_STATUS_CODES))
    throw malformedEdxml(`mã trạng thái "${code ?? ''}" không hợp lệ.`, `unknown status code "${code ?? ''}".`, {
      statusCode: code,
    });
  const responseFor = child(status, 'ResponseFor');
  const from = child(status, 'From');
  if (!responseFor || !text(from, 'OrganId'))
    throw malformedEdxml('thiếu ResponseFor hoặc From/OrganId.', 'ResponseFor or From/OrganId is missing.');
  const staff = child(status, 'StaffInfo');
  return {
    responseFor: {
      organId: text(responseFor, 'OrganId'),
      code: text(responseFor, 'Code'),
      number: null,
      symbol: null,
      promulgationDate: parseEdxmlDate(text(responseFor, 'PromulgationDate')),
      documentId: text(responseFor, 'DocumentId'),
    },
    from: {
      organId: text(from, 'OrganId'),
      organName: text(from, 'OrganName'),
      organizationInCharge: text(from, 'OrganizationInCharge'),
    },
    code: code as EdxmlStatusCode,
    description: text(status, 'Description'),
    timestamp: text(status, 'Timestamp') ?? '',
    staff: { department: text(staff, 'Department'), name: text(staff, 'Staff') },
  };
}

function find(node: unknown, key: string, depth = 0): Node | null {
  if (depth > 6 || typeof node !== 'object' || node === null) return null;
  for (const [k, v] of Object.entries(node)) {
    if (k === key && typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Node;
    const found = find(v, key, depth + 1);
    if (found) return found;
  }
  return null;
}

function child(node: unknown, key: string): Node | null {
  const value = (node as Node | null)?.[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : null;
}

function text(node: unknown, key: string): string | null {
  const value = (node as Node | null)?.[key];
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).normalize('NFC').trim();
  return s === '' ? null : s;
}
