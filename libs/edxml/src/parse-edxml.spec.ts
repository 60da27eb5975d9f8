import { zipSync } from 'fflate';
import { buildEdxml } from './build-edxml.js';
import { parseEdxmlDate, splitCode } from './edxml-code.js';
import type { EdxmlHeader } from './edxml.types.js';
import { isEdxmlPackage, parseEdxml } from './parse-edxml.js';

const limits = { maxBytes: 5_000_000, maxAttachmentBytes: 2_000_000, maxAttachments: 5 };
const pdf = Buffer.from('%PDF-1.4\n% a tiny stand-in\n%%EOF\n');

const header: EdxmlHeader = {
  from: { organId: '000.00.31.H26', organName: 'Đảng ủy xã An Mỹ', organizationInCharge: 'Huyện ủy Mỹ Đức' },
  to: [{ organId: '000.00.00.H26', organName: 'Huyện ủy Mỹ Đức', organizationInCharge: null }],
  number: '12',
  symbol: 'CV/ĐU',
  system: 'party',
  place: 'An Mỹ',
  date: '2024-08-07',
  documentType: { type: '1', typeDetail: 'CV', typeName: 'Công văn' },
  subject: 'V/v báo cáo kết quả thay đổi mật khẩu',
  signer: { competence: 'T/M ĐẢNG ỦY', position: 'Bí thư', fullName: 'Nguyễn Văn Bình' },
  dueDate: null,
  toPlaces: ['Ban Thường vụ Huyện ủy Mỹ Đức'],
  priority: 1,
  responseFor: [
    {
      organId: '000.00.00.H26',
      code: '1100-CV/HU',
      number: '1100',
      symbol: 'CV/HU',
      promulgationDate: '2024-08-05',
      documentId: 'HU-1100',
    },
  ],
  documentId: 'DU-AN-MY-12',
  traces: [{ organId: '000.00.31.H26', timestamp: '2024-08-07T09:30:00+07:00' }],
};

const pack = (xml: string) => Buffer.from(xml, 'utf8');

describe('splitCode', () => {
  it('splits a Party code sent whole in CodeNumber', () => {
    expect(splitCode('12-CV/ĐU', null)).toEqual({ number: '12', symbol: 'CV/ĐU', system: 'party' });
  });
  it('splits a Party code whose notation repeats the number', () => {
    expect(splitCode('12', '12-CV/ĐU')).toEqual({ number: '12', symbol: 'CV/ĐU', system: 'party' });
  });
  it('keeps a State code and tells it from a Party one', () => {
    expect(splitCode('15', 'UBND-NV')).toEqual({ number: '15', symbol: 'UBND-NV', system: 'state' });
    expect(splitCode(null, 'Số: 15/UBND-NV')).toEqual({ number: '15', symbol: 'UBND-NV', system: 'state' });
  });
});

describe('parseEdxmlDate', () => {
  it('reads yyyy/MM/dd and refuses impossible days', () => {
    expect(parseEdxmlDate('2024/08/05')).toBe('2024-08-05');
    expect(parseEdxmlDate('05/08/2024')).toBe('2024-08-05');
    expect(parseEdxmlDate('2024/02/30')).toBeNull();
  });
});

describe('parseEdxml', () => {
  it('reads back every header field and the attachment of a package it built', () => {
    const xml = buildEdxml(header, [{ name: 'bao-cao.pdf', contentType: 'application/pdf', bytes: pdf }]);
    expect(xml).toContain('<edXML:MessageHeader>');
    const bytes = pack(xml);
    expect(isEdxmlPackage(bytes)).toBe(true);
    const parsed = parseEdxml(bytes, limits);
    expect(parsed.wrapper).toBe('bare');
    expect(parsed.header).toEqual(header);
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]).toMatchObject({
      name: 'bao-cao.pdf',
      declaredType: 'application/pdf',
      zipped: false,
    });
    expect(parsed.attachments[0].bytes.equals(pdf)).toBe(true);
  });

  it('unzips a zipped attachment and reads a SOAP-wrapped envelope', () => {
    const xml = buildEdxml(header, [{ name: 'bao-cao.pdf', contentType: 'application/pdf', bytes: pdf }], {
      zipAttachments: true,
      soap: true,
    });
    const parsed = parseEdxml(pack(xml), limits);
    expect(parsed.wrapper).toBe('soap');
    expect(parsed.attachments[0].zipped).toBe(true);
    expect(parsed.attachments[0].bytes.equals(pdf)).toBe(true);
  });

  it('is not fooled by a PDF or plain XML', () => {
    expect(isEdxmlPackage(pdf)).toBe(false);
    expect(isEdxmlPackage(pack('<?xml version="1.0"?><note>edXML</note>'))).toBe(false);
  });

  const good = buildEdxml(header, [{ name: 'a.pdf', contentType: 'application/pdf', bytes: pdf }]);
  const refused: Array<[string, string, string]> = [
    [
      'a DOCTYPE with an external entity',
      good.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
      ),
      'EDXML_FORBIDDEN_CONSTRUCT',
    ],
    ['broken XML', good.replace('</edXML:Subject>', ''), 'EDXML_MALFORMED'],
    ['another namespace', good.replaceAll('http://www.mic.gov.vn/TBT/QCVN_102_2016', 'urn:other'), 'EDXML_MALFORMED'],
    ['no Code', good.replace(/<edXML:Code>[\s\S]*?<\/edXML:Code>/, ''), 'EDXML_MALFORMED'],
    ['no From/OrganId', good.replace(/<edXML:OrganId>000.00.31.H26<\/edXML:OrganId>/, ''), 'EDXML_MALFORMED'],
    ['a bad PromulgationDate', good.replace('2024/08/07', '2024/13/07'), 'EDXML_MALFORMED'],
    [
      'content that is not base64',
      good.replace(
        /<edXML:ContentTransferEncoded>[\s\S]*?<\/edXML:ContentTransferEncoded>/,
        '<edXML:ContentTransferEncoded>@@@@</edXML:ContentTransferEncoded>',
      ),
      'EDXML_MALFORMED',
    ],
    [
      'a manifest entry without content',
      good.replace(/<edXML:AttachmentEncoded>[\s\S]*<\/edXML:AttachmentEncoded>/, ''),
      'EDXML_MALFORMED',
    ],
  ];
  it.each(refused)('refuses %s with a 4xx and the reason', (_what, xml, code) => {
    let error: unknown;
    try {
      parseEdxml(pack(xml), limits);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code });
    const { httpStatus, messageVi } = error as { httpStatus: number; messageVi: string };
    expect(httpStatus).toBeGreaterThanOrEqual(400);
    expect(httpStatus).toBeLessThan(500);
    expect(messageVi).toMatch(/edXML|DOCTYPE/);
  });

  it('refuses a package or an unzipped attachment past the limits', () => {
    expect(() => parseEdxml(pack(good), { ...limits, maxBytes: 100 })).toThrow(
      expect.objectContaining({ code: 'EDXML_TOO_LARGE' }),
    );
    const bomb = Buffer.alloc(3_000_000);
    const zipped = buildEdxml(header, [{ name: 'b.pdf', contentType: 'application/pdf', bytes: bomb }], {
      zipAttachments: true,
    });
    expect(Buffer.from(zipSync({ x: new Uint8Array(bomb) })).length).toBeLessThan(100_000);
    expect(() => parseEdxml(pack(zipped), limits)).toThrow(expect.objectContaining({ code: 'EDXML_TOO_LARGE' }));
  });
});
