import { buildStatusEdxml, type EdxmlStatus } from './build-status.js';
import { isEdxmlStatusPackage, parseStatusEdxml } from './parse-status.js';

const takeBack: EdxmlStatus = {
  responseFor: {
    organId: '000.00.12.H26',
    code: '45-BC/ĐU',
    number: null,
    symbol: null,
    promulgationDate: '2024-08-07',
    documentId: '000.00.12.H26,2024,45-BC/ĐU',
  },
  from: { organId: '000.00.12.H26', organName: 'Đảng ủy xã An Mỹ', organizationInCharge: null },
  code: '13',
  description: 'Văn bản ghi sai số liệu & cần ban hành lại',
  timestamp: '2024-08-09T02:00:00.000Z',
  staff: { department: 'Văn thư', name: 'Nguyễn Thị Hà' },
};

describe('status packages read back', () => {
  it.each(['13', '15', '16', '06'] as const)('reads a %s package as it was written', (code) => {
    const xml = Buffer.from(buildStatusEdxml({ ...takeBack, code }));
    expect(isEdxmlStatusPackage(xml)).toBe(true);
    expect(parseStatusEdxml(xml)).toEqual({ ...takeBack, code });
  });

  it('is told from a document package', () => {
    const document = Buffer.from(
      '<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLHeader><edXML:MessageHeader/></edXML:edXMLHeader></edXML:edXMLEnvelope>',
    );
    expect(isEdxmlStatusPackage(document)).toBe(false);
  });

  it('refuses an unknown code, a DOCTYPE, another namespace and a status about nothing', () => {
    const xml = buildStatusEdxml(takeBack);
    const code = (bytes: string) => {
      try {
        parseStatusEdxml(Buffer.from(bytes));
        return null;
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    expect(code(xml.replace('<edXML:StatusCode>13<', '<edXML:StatusCode>99<'))).toBe('EDXML_MALFORMED');
    expect(code(xml.replace('<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE x [<!ENTITY a "b">]>'))).toBe(
      'EDXML_FORBIDDEN_CONSTRUCT',
    );
    expect(code(xml.replace('QCVN_102_2016', 'other'))).toBe('EDXML_MALFORMED');
    expect(code(xml.replace(/<edXML:ResponseFor>[\s\S]*<\/edXML:ResponseFor>/, ''))).toBe('EDXML_MALFORMED');
    expect(code(xml)).toBeNull();
  });
});
