import { unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseEdxmlDate, splitCode } from './edxml-code.js';
import { edxmlForbiddenConstruct, edxmlTooLarge, malformedEdxml } from './edxml.errors.js';
import {
  EDXML_NAMESPACE,
  type EdxmlAttachment,
  type EdxmlHeader,
  type EdxmlLimits,
  type EdxmlOrgan,
  type EdxmlPackage,
} from './edxml.types.js';

type Node = Record<string, unknown>;

/** Elements that may repeat; the parser always gives them as arrays. */
const REPEATED = new Set(['To', 'Place', 'ResponseFor', 'TraceHeader', 'Reference', 'Attachment', 'AttachmentEncoded']);
const SNIFF_BYTES = 64 * 1024;
/** Stands for an attachment's content in the XML that is parsed. */
const PAYLOAD = '@edxml-payload:';

/**
 * True when the bytes are an edXML package: XML (after an optional BOM and blanks) whose first
 * 64 KB name an edXMLEnvelope. Decided by content; the file name plays no part.
 */
export function isEdxmlPackage(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, SNIFF_BYTES)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /^\s*</.test(head) && /<(?:[\w.-]+:)?edXMLEnvelope[\s>/]/.test(head);
}

/**
 * Parses an edXML package (QCVN 102:2016/BTTTT, Sửa đổi 1:2022) into its header and attachments.
 * Accepts the envelope bare, inside an `edXML` wrapper or inside a SOAP Envelope/Body; attachment
 * content as plain base64 or as base64 of a zip holding the file. Refuses any DOCTYPE (no external
 * entities, no entity expansion), packages and attachments past the limits, and packages missing
 * what the standard requires (From/OrganId, Code, PromulgationDate, Subject), with the reason.
 */
export function parseEdxml(bytes: Buffer, limits: EdxmlLimits): EdxmlPackage {
  if (bytes.length > limits.maxBytes) throw edxmlTooLarge(bytes.length, limits.maxBytes, 'package');
  const xml = bytes.toString('utf8').replace(/^\uFEFF/, '');

  // Attachment contents (base64, nearly all of a package's bytes) are taken out before the XML is
  // checked and parsed, and decoded natively: parsing stays proportional to the header's size.
  const payloads: string[] = [];
  const slim = xml.replace(
    /<((?:[\w.-]+:)?ContentTransferEncoded)(\s[^>]*)?>([^<]*)<\/\1\s*>/g,
    (_whole, tag: string, attributes: string | undefined, body: string) =>
      `<${tag}${attributes ?? ''}>${PAYLOAD}${payloads.push(body) - 1}</${tag}>`,
  );
  const tree = readEdxmlTree(slim, (name) => REPEATED.has(name));

  const found = findEnvelope(tree);
  if (!found) throw malformedEdxml('không tìm thấy phần tử edXMLEnvelope.', 'no edXMLEnvelope element was found.');
  const headerNode = child(child(found.envelope, 'edXMLHeader'), 'MessageHeader');
  if (!headerNode) throw malformedEdxml('thiếu edXMLHeader/MessageHeader.', 'edXMLHeader/MessageHeader is missing.');
  const header = readHeader(headerNode, child(found.envelope, 'edXMLHeader'));
  const attachments = readAttachments(found.envelope, tree, limits, payloads);
  return { header, attachments, wrapper: found.soap ? 'soap' : 'bare' };
}

/**
 * The tree of an edXML document (a package or a status) once it is safe and well formed: no DTD or
 * entity declaration, valid XML, the envelope in the edXML namespace; element names without their
 * prefixes, values as text.
 */
export function readEdxmlTree(xml: string, isArray: (name: string) => boolean = () => false): Node {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw edxmlForbiddenConstruct();
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw malformedEdxml(
      `XML sai cú pháp ở dòng ${valid.err.line}.`,
      `XML syntax error at line ${valid.err.line}: ${valid.err.msg}`,
      { line: valid.err.line },
    );
  checkNamespace(xml);
  return new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray,
  }).parse(xml) as Node;
}

function checkNamespace(xml: string): void {
  const tag = /<(?:([\w.-]+):)?edXMLEnvelope[\s>/]/.exec(xml);
  const prefix = tag?.[1];
  const declared = prefix
    ? new RegExp(`xmlns:${prefix.replace(/[.-]/g, '\\$&')}\\s*=\\s*["']([^"']*)["']`).exec(xml)?.[1]
    : /xmlns\s*=\s*["']([^"']*)["']/.exec(xml)?.[1];
  if (declared !== EDXML_NAMESPACE)
    throw malformedEdxml(
      `edXMLEnvelope không thuộc không gian tên ${EDXML_NAMESPACE}.`,
      `edXMLEnvelope is not in the namespace ${EDXML_NAMESPACE}.`,
      { namespace: declared ?? null },
    );
}

function findEnvelope(tree: Node, depth = 0, soap = false): { envelope: Node; soap: boolean } | null {
  if (depth > 4) return null;
  for (const [key, value] of Object.entries(tree)) {
    if (key === 'edXMLEnvelope' && isNode(value)) return { envelope: value, soap };
    const nodes = Array.isArray(value) ? value : [value];
    for (const node of nodes)
      if (isNode(node)) {
        const inner = findEnvelope(node, depth + 1, soap || key === 'Envelope' || key === 'Body');
        if (inner) return inner;
      }
  }
  return null;
}

function readHeader(message: Node, edxmlHeader: Node | null): EdxmlHeader {
  const from = organ(child(message, 'From'));
  if (!from.organId) throw malformedEdxml('thiếu From/OrganId (mã cơ quan gửi).', 'From/OrganId is missing.');
  const code = child(message, 'Code');
  const { number, symbol, system } = splitCode(text(code, 'CodeNumber'), text(code, 'CodeNotation'));
  if (!number && !symbol)
    throw malformedEdxml('thiếu Code (số, ký hiệu văn bản).', 'Code (number and notation) is missing.');
  const promulgation = child(message, 'PromulgationInfo');
  const rawDate = text(promulgation, 'PromulgationDate');
  const date = parseEdxmlDate(rawDate);
  if (!date)
    throw malformedEdxml(
      `ngày ban hành "${rawDate ?? ''}" không đúng dạng yyyy/MM/dd.`,
      `PromulgationDate "${rawDate ?? ''}" is not a yyyy/MM/dd date.`,
    );
  const subject = text(message, 'Subject');
  if (!subject) throw malformedEdxml('thiếu Subject (trích yếu).', 'Subject is missing.');
  const rawDue = text(message, 'DueDate');
  const dueDate = parseEdxmlDate(rawDue);
  if (rawDue && !dueDate)
    throw malformedEdxml(
      `hạn xử lý "${rawDue}" không đúng dạng yyyy/MM/dd.`,
      `DueDate "${rawDue}" is not a yyyy/MM/dd date.`,
    );
  const documentType = child(message, 'DocumentType');
  const signer = child(message, 'SignerInfo');
  const priority = text(child(message, 'OtherInfo'), 'Priority');
  const traceList = child(message, 'TraceHeaderList') ?? child(edxmlHeader, 'TraceHeaderList');
  return {
    from,
    to: list(message, 'To').map(organ),
    number,
    symbol,
    system,
    place: text(promulgation, 'Place'),
    date,
    documentType: {
      type: text(documentType, 'Type'),
      typeDetail: text(documentType, 'TypeDetail'),
      typeName: text(documentType, 'TypeName'),
    },
    subject,
    signer: {
      competence: text(signer, 'Competence'),
      position: text(signer, 'Position'),
      fullName: text(signer, 'FullName'),
    },
    dueDate,
    toPlaces: list(child(message, 'ToPlaces'), 'Place')
      .map((p) => (typeof p === 'string' ? p.normalize('NFC').trim() : ''))
      .filter(Boolean),
    priority: priority !== null && /^\d+$/.test(priority) ? Number(priority) : null,
    responseFor: list(message, 'ResponseFor').map((r) => {
      const rCode = text(r, 'Code');
      const split = splitCode(rCode, null);
      return {
        organId: text(r, 'OrganId'),
        code: rCode,
        number: split.number,
        symbol: split.symbol,
        promulgationDate: parseEdxmlDate(text(r, 'PromulgationDate')),
        documentId: text(r, 'DocumentId'),
      };
    }),
    documentId: text(message, 'DocumentId'),
    traces: list(traceList, 'TraceHeader').map((t) => ({
      organId: text(t, 'OrganId'),
      timestamp: text(t, 'Timestamp'),
    })),
  };
}

function readAttachments(envelope: Node, tree: Node, limits: EdxmlLimits, payloads: string[]): EdxmlAttachment[] {
  const manifest = list(child(child(envelope, 'edXMLBody'), 'edXMLManifest'), 'Reference');
  const declared = new Map(
    manifest.map((r) => [
      text(r, 'ContentId') ?? '',
      { name: text(r, 'AttachmentName'), type: text(r, 'ContentType') },
    ]),
  );
  const encoded = collect(tree, 'AttachmentEncoded').flatMap((block) => list(block, 'Attachment'));
  if (encoded.length > limits.maxAttachments)
    throw malformedEdxml(
      `quá nhiều tệp đính kèm (${encoded.length}, tối đa ${limits.maxAttachments}).`,
      `too many attachments (${encoded.length}, at most ${limits.maxAttachments}).`,
    );
  const attachments = encoded.map((node, index) => {
    const contentId = text(node, 'ContentId');
    const meta = declared.get(contentId ?? '') ?? { name: null, type: null };
    const name = (text(node, 'AttachmentName') ?? meta.name ?? `tep-dinh-kem-${index + 1}`).slice(0, 255);
    const raw64 = text(node, 'ContentTransferEncoded') ?? text(node, 'Content') ?? '';
    const slot = raw64.startsWith(PAYLOAD) ? payloads[Number(raw64.slice(PAYLOAD.length))] : raw64;
    const payload = (slot ?? '').replace(/\s+/g, '');
    if (!payload)
      throw malformedEdxml(`tệp đính kèm "${name}" không có nội dung.`, `attachment "${name}" has no content.`);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(payload) || payload.length % 4 !== 0)
      throw malformedEdxml(
        `nội dung tệp đính kèm "${name}" không phải base64.`,
        `the content of attachment "${name}" is not base64.`,
      );
    if ((payload.length / 4) * 3 > limits.maxAttachmentBytes + 2)
      throw edxmlTooLarge((payload.length / 4) * 3, limits.maxAttachmentBytes, 'attachment');
    const raw = Buffer.from(payload, 'base64');
    const zipped = raw.length > 4 && raw.readUInt32LE(0) === 0x04034b50;
    return {
      contentId,
      name: name.normalize('NFC'),
      declaredType: text(node, 'ContentType') ?? meta.type,
      bytes: zipped ? unzipSingle(raw, name, limits.maxAttachmentBytes) : raw,
      zipped,
    };
  });
  for (const [contentId, meta] of declared)
    if (contentId && !attachments.some((a) => a.contentId === contentId))
      throw malformedEdxml(
        `tệp "${meta.name ?? contentId}" khai báo trong edXMLManifest nhưng không có trong gói tin.`,
        `"${meta.name ?? contentId}" is declared in edXMLManifest but missing from the package.`,
      );
  return attachments;
}

/** The one file of a zipped attachment; sizes checked from the zip directory before inflating. */
function unzipSingle(raw: Buffer, name: string, maxBytes: number): Buffer {
  let tooLarge = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(raw, {
      filter: (file) => {
        if (file.name.endsWith('/')) return false;
        if (file.originalSize > maxBytes) tooLarge = file.originalSize;
        return file.originalSize <= maxBytes;
      },
    });
  } catch (error) {
    throw malformedEdxml(
      `tệp nén của "${name}" bị hỏng.`,
      `the zip of "${name}" is corrupt: ${(error as Error).message}`,
    );
  }
  if (tooLarge) throw edxmlTooLarge(tooLarge, maxBytes, 'attachment');
  const entries = Object.values(files);
  if (entries.length !== 1)
    throw malformedEdxml(
      `tệp nén của "${name}" phải chứa đúng một tệp (có ${entries.length}).`,
      `the zip of "${name}" must hold exactly one file (it holds ${entries.length}).`,
    );
  if (entries[0].length > maxBytes) throw edxmlTooLarge(entries[0].length, maxBytes, 'attachment');
  return Buffer.from(entries[0]);
}

function organ(node: unknown): EdxmlOrgan {
  return {
    organId: text(node, 'OrganId'),
    organName: text(node, 'OrganName'),
    organizationInCharge: text(node, 'OrganizationInCharge'),
  };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(node: unknown, key: string): Node | null {
  if (!isNode(node)) return null;
  const value = node[key];
  const first = Array.isArray(value) ? value[0] : value;
  return isNode(first) ? first : null;
}

function list(node: unknown, key: string): unknown[] {
  if (!isNode(node)) return [];
  const value = node[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function text(node: unknown, key: string): string | null {
  if (!isNode(node)) return null;
  const value = node[key];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string' && typeof first !== 'number') return null;
  const s = String(first).normalize('NFC').trim();
  return s === '' ? null : s;
}

/** Every value under `key` anywhere in the tree (attachments sit outside the envelope in some gateways). */
function collect(node: unknown, key: string, depth = 0): unknown[] {
  if (depth > 6 || typeof node !== 'object' || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((n) => collect(n, key, depth + 1));
  return Object.entries(node).flatMap(([k, v]) =>
    k === key ? (Array.isArray(v) ? v : [v]) : collect(v, key, depth + 1),
  );
}
