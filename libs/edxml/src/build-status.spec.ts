import { buildStatusEdxml, reachedStatuses } from './build-status.js';
import { XMLParser } from 'fast-xml-parser';

describe('status packages', () => {
  it('follow the document and its tasks: arrived, registered, assigned, in progress, done', () => {
    expect(reachedStatuses({ documentStatus: 'extracted', tasks: [] })).toEqual(['01']);
    expect(reachedStatuses({ documentStatus: 'reviewed', tasks: [] })).toEqual(['01', '03']);
    const open = { status: 'open', responses: 0 };
    expect(reachedStatuses({ documentStatus: 'tasked', tasks: [open, open] })).toEqual(['01', '03', '04']);
    expect(reachedStatuses({ documentStatus: 'tasked', tasks: [open, { status: 'closed', responses: 1 }] })).toEqual([
      '01',
      '03',
      '04',
      '05',
    ]);
    expect(
      reachedStatuses({
        documentStatus: 'tasked',
        tasks: [
          { status: 'accepted', responses: 1 },
          { status: 'closed', responses: 1 },
        ],
      }),
    ).toEqual(['01', '03', '04', '05', '06']);
    expect(reachedStatuses({ documentStatus: 'failed', tasks: [] })).toEqual(['01', '02']);
  });

  it('leave cancelled tasks (the directive taken back) out of the progress', () => {
    const cancelled = { status: 'cancelled', responses: 0 };
    expect(reachedStatuses({ documentStatus: 'tasked', tasks: [cancelled, { status: 'open', responses: 0 }] })).toEqual(
      ['01', '03', '04'],
    );
    expect(reachedStatuses({ documentStatus: 'tasked', tasks: [cancelled] })).toEqual(['01', '03']);
  });

  it('writes every element in the edXML: prefix with the code and the document it is about', () => {
    const xml = buildStatusEdxml({
      responseFor: {
        organId: 'myduc.huyen-uy',
        code: '1100-CV/HU',
        number: '1100',
        symbol: 'CV/HU',
        promulgationDate: '2024-08-05',
        documentId: 'x',
      },
      from: { organId: 'myduc.dang-uy.an-my', organName: 'Đảng ủy xã An Mỹ & <cơ sở>', organizationInCharge: null },
      code: '06',
      description: null,
      timestamp: '2024-08-09T10:00:00+07:00',
      staff: { department: 'Văn phòng', name: null },
    });
    const tree = new XMLParser({ removeNSPrefix: false, parseTagValue: false }).parse(xml);
    const status = tree['edXML:edXMLEnvelope']['edXML:edXMLHeader']['edXML:Status'];
    expect(status['edXML:StatusCode']).toBe('06');
    expect(status['edXML:Description']).toBe('Hoàn thành');
    expect(status['edXML:ResponseFor']['edXML:PromulgationDate']).toBe('2024/08/05');
    expect(status['edXML:From']['edXML:OrganName']).toBe('Đảng ủy xã An Mỹ & <cơ sở>');
  });
});
