import type { ExtractionResult } from '@congvan/extraction';
import { applyEdxmlHeader, splitCompetence } from './apply-header.js';
import type { EdxmlHeader } from './edxml.types.js';

const extracted: ExtractionResult = {
  directive: {
    system: 'state',
    docType: 'Công văn',
    issuer: { parent: null, name: 'ỦY BAN NHÂN DÂN QUẬN ĐỐNG ĐA' },
    number: null,
    symbol: 'UBND-NV',
    place: 'Đống Đa',
    date: '2024-01',
    subject: 'rà soát thay đổi mật khẩu',
    recipients: ['Chủ tịch UBND 21 phường thuộc quận'],
    references: [],
    requirements: [
      { ref: '1', text: 'Đổi mật khẩu', deadlines: [], assignees: [], reportTo: [] },
      {
        ref: '2',
        text: 'Báo cáo',
        deadlines: [{ kind: 'absolute', date: '2024-01-31', text: 'trước 31/01/2024' }],
        assignees: [],
        reportTo: [],
      },
    ],
    deadlines: [],
    distribution: [],
    signer: { authority: null, body: null, title: 'PHÓ CHỦ TỊCH', name: null },
  },
  evidence: {
    symbol: { confidence: 0.9, span: { start: 10, end: 17 } },
    date: { confidence: 0.5, span: { start: 30, end: 40 } },
  },
  warnings: [],
};

const header: EdxmlHeader = {
  from: { organId: 'dongda', organName: 'Ủy ban nhân dân quận Đống Đa', organizationInCharge: null },
  to: [],
  number: '245',
  symbol: 'UBND-NV',
  system: 'state',
  place: 'Đống Đa',
  date: '2024-01-19',
  documentType: { type: '1', typeDetail: 'CV', typeName: 'Công văn' },
  subject: 'V/v rà soát thay đổi mật khẩu',
  signer: { competence: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', fullName: 'Nguyễn Văn Sơn' },
  dueDate: '2024-01-25',
  toPlaces: [],
  priority: null,
  responseFor: [],
  documentId: null,
  traces: [],
};

describe('applyEdxmlHeader', () => {
  const applied = applyEdxmlHeader(extracted, header);

  it('lets the header fill and override the extracted fields, keeping the text where the header is silent', () => {
    expect(applied.directive).toMatchObject({
      number: '245',
      date: '2024-01-19',
      subject: 'rà soát thay đổi mật khẩu',
      issuer: { name: 'Ủy ban nhân dân quận Đống Đa' },
      signer: { authority: 'KT.', body: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Sơn' },
      recipients: ['Chủ tịch UBND 21 phường thuộc quận'],
    });
    expect(applied.evidence.number).toEqual({ confidence: 1, span: null, source: 'edxml' });
    // Same value in text and header: the span of the text is kept for highlighting.
    expect(applied.evidence.symbol).toEqual({ confidence: 1, span: { start: 10, end: 17 }, source: 'edxml' });
  });

  it('lists the fields where the text said something else, not those where it said nothing or the same', () => {
    const fields = applied.disagreements.map((d) => d.field);
    expect(fields).toContain('date');
    expect(fields).toContain('signer');
    expect(fields).not.toContain('number');
    expect(fields).not.toContain('issuer');
    expect(fields).not.toContain('subject');
  });

  it('gives the DueDate to the requirements without a deadline of their own', () => {
    expect(applied.directive.requirements[0].deadlines).toEqual([
      { kind: 'absolute', date: '2024-01-25', text: 'Hạn xử lý: 25/01/2024' },
    ]);
    expect(applied.directive.requirements[1].deadlines[0].date).toBe('2024-01-31');
    expect(extracted.directive.requirements[0].deadlines).toEqual([]);
  });

  it('splits the competence line', () => {
    expect(splitCompetence('T/M BAN THƯỜNG VỤ')).toEqual({ authority: 'T/M', body: 'BAN THƯỜNG VỤ' });
    expect(splitCompetence('Chủ tịch')).toEqual({ authority: null, body: 'Chủ tịch' });
  });
});
