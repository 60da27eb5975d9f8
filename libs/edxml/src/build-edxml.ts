import { zipSync } from 'fflate';
import { joinCode } from './edxml-code.js';
import { EDXML_NAMESPACE, type EdxmlHeader } from './edxml.types.js';

export interface EdxmlFileInput {
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface BuildEdxmlOptions {
  /** Zip each attachment before base64, as some gateways do. */
  zipAttachments?: boolean;
  /** Wrap the envelope in a SOAP 1.1 Envelope/Body. */
  soap?: boolean;
}

/** A fixed time in the zip entries, so the same input gives the same package. */
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isoToEdxml = (d: string) => d.replace(/-/g, '/');

function el(name: string, value: string | null | undefined, indent: string): string {
  return value === null || value === undefined || value === ''
    ? ''
    : `${indent}<edXML:${name}>${esc(value)}</edXML:${name}>\n`;
}

function organ(tag: string, o: EdxmlHeader['from'], indent: string): string {
  return (
    `${indent}<edXML:${tag}>\n` +
    el('OrganId', o.organId, indent + '  ') +
    el('OrganizationInCharge', o.organizationInCharge, indent + '  ') +
    el('OrganName', o.organName, indent + '  ') +
    `${indent}</edXML:${tag}>\n`
  );
}

/**
 * Writes an edXML package: edXMLEnvelope with every element in the `edXML:` prefix of the QCVN
 * 102:2016 namespace, MessageHeader + TraceHeaderList in edXMLHeader, the manifest in edXMLBody,
 * and the attachments base64-encoded in AttachmentEncoded after the envelope inside an `edXML`
 * root (the layout of the gateway clients cited in samples/edxml/README.md).
 */
export function buildEdxml(header: EdxmlHeader, files: EdxmlFileInput[], options: BuildEdxmlOptions = {}): string {
  const i2 = '      ';
  const i3 = '        ';
  const message =
    `    <edXML:MessageHeader>\n` +
    organ('From', header.from, i2) +
    header.to.map((t) => organ('To', t, i2)).join('') +
    `${i2}<edXML:Code>\n` +
    el('CodeNumber', header.number, i3) +
    el('CodeNotation', header.symbol, i3) +
    `${i2}</edXML:Code>\n` +
    `${i2}<edXML:PromulgationInfo>\n` +
    el('Place', header.place, i3) +
    el('PromulgationDate', header.date && isoToEdxml(header.date), i3) +
    `${i2}</edXML:PromulgationInfo>\n` +
    `${i2}<edXML:DocumentType>\n` +
    el('Type', header.documentType.type, i3) +
    el('TypeDetail', header.documentType.typeDetail, i3) +
    el('TypeName', header.documentType.typeName, i3) +
    `${i2}</edXML:DocumentType>\n` +
    el('Subject', header.subject, i2) +
    `${i2}<edXML:SignerInfo>\n` +
    el('Competence', header.signer.competence, i3) +
    el('Position', header.signer.position, i3) +
    el('FullName', header.signer.fullName, i3) +
    `${i2}</edXML:SignerInfo>\n` +
    el('DueDate', header.dueDate && isoToEdxml(header.dueDate), i2) +
    (header.toPlaces.length
      ? `${i2}<edXML:ToPlaces>\n${header.toPlaces.map((p) => el('Place', p, i3)).join('')}${i2}</edXML:ToPlaces>\n`
      : '') +
    `${i2}<edXML:OtherInfo>\n` +
    el('Priority', header.priority === null ? null : String(header.priority), i3) +
    el('PageAmount', '1', i3) +
    `${i2}</edXML:OtherInfo>\n` +
    header.responseFor
      .map(
        (r) =>
          `${i2}<edXML:ResponseFor>\n` +
          el('OrganId', r.organId, i3) +
          el('Code', r.code ?? joinCode(r.number, r.symbol), i3) +
          el('PromulgationDate', r.promulgationDate && isoToEdxml(r.promulgationDate), i3) +
          el('DocumentId', r.documentId, i3) +
          `${i2}</edXML:ResponseFor>\n`,
      )
      .join('') +
    el('DocumentId', header.documentId, i2) +
    `    </edXML:MessageHeader>\n`;
  const traces =
    `    <edXML:TraceHeaderList>\n` +
    header.traces
      .map(
        (t) =>
          `${i2}<edXML:TraceHeader>\n${el('OrganId', t.organId, i3)}${el('Timestamp', t.timestamp, i3)}${i2}</edXML:TraceHeader>\n`,
      )
      .join('') +
    `    </edXML:TraceHeaderList>\n`;
  const manifest = files
    .map(
      (f, n) =>
        `${i2}<edXML:Reference>\n${el('ContentId', `cid:${n + 1}`, i3)}${el('ContentType', f.contentType, i3)}${el('AttachmentName', f.name, i3)}${i2}</edXML:Reference>\n`,
    )
    .join('');
  const envelope =
    `  <edXML:edXMLEnvelope xmlns:edXML="${EDXML_NAMESPACE}">\n` +
    `   <edXML:edXMLHeader>\n${message}${traces}   </edXML:edXMLHeader>\n` +
    `   <edXML:edXMLBody>\n    <edXML:edXMLManifest>\n${manifest}    </edXML:edXMLManifest>\n   </edXML:edXMLBody>\n` +
    `  </edXML:edXMLEnvelope>\n`;
  const attachments =
    `  <edXML:AttachmentEncoded>\n` +
    files
      .map((f, n) => {
        const content = options.zipAttachments
          ? Buffer.from(zipSync({ [f.name]: [new Uint8Array(f.bytes), { mtime: ZIP_TIME }] }))
          : f.bytes;
        const b64 = content.toString('base64').replace(/.{1,76}/g, '$&\n');
        return (
          `   <edXML:Attachment>\n${el('ContentId', `cid:${n + 1}`, '    ')}${el('AttachmentName', f.name, '    ')}${el('ContentType', f.contentType, '    ')}` +
          `    <edXML:ContentTransferEncoded>\n${b64}    </edXML:ContentTransferEncoded>\n   </edXML:Attachment>\n`
        );
      })
      .join('') +
    `  </edXML:AttachmentEncoded>\n`;
  const body = `<edXML:edXML xmlns:edXML="${EDXML_NAMESPACE}">\n${envelope}${attachments}</edXML:edXML>\n`;
  const xml = options.soap
    ? `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">\n<SOAP-ENV:Body>\n${body}</SOAP-ENV:Body>\n</SOAP-ENV:Envelope>\n`
    : body;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
