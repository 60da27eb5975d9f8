import { formatFor, FORMAT_STYLES, HD05_EFFECTIVE, styleOf } from './document-formats.js';
import { sampleReplyModel } from './sample-models.js';
import { createTemplateRenderer } from './template-renderer.js';
import { inflateRawSync } from 'node:zlib';
import { renderDocx } from './docx-renderer.js';

// The HTML is checked without fonts (embedding needs the font files; the reference images check the look).
const renderer = createTemplateRenderer({
  templatesDir: new URL('../../../templates', import.meta.url),
  embedFonts: false,
});
const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** word/document.xml of a DOCX, read from its local zip header. */
function documentXml(zip: Buffer): string {
  for (let at = 0; at + 30 <= zip.length && zip.readUInt32LE(at) === 0x04034b50;) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    const data = zip.subarray(start, start + size);
    if (zip.toString('utf8', at + 30, at + 30 + nameLength) === 'word/document.xml')
      return (zip.readUInt16LE(at + 8) === 8 ? inflateRawSync(data) : data).toString('utf8');
    at = start + size;
  }
  throw new Error('word/document.xml not in the DOCX');
}

describe('formatFor: the format version by the document date', () => {
  it.each([
    ['party', '2024-08-14', 'hd36'],
    ['party', '2026-05-26', 'hd36'],
    ['party', HD05_EFFECTIVE, 'hd05'],
    ['party', '2026-11', 'hd05'],
    ['party', '2026-05', 'hd36'],
    ['state', '2026-11-30', 'nd30'],
    ['party', null, 'hd05'],
  ] as const)('%s dated %s → %s', (system, date, id) => expect(formatFor(system, date).id).toBe(id));

  it('lets an organisation pin a version of the same system, and only of it', () => {
    expect(formatFor('party', '2026-11-30', { party: 'hd36' }).id).toBe('hd36');
    expect(formatFor('party', '2024-01-01', { party: 'hd05' }).id).toBe('hd05');
    expect(formatFor('state', '2026-11-30', { party: 'hd36' }).id).toBe('nd30');
  });

  it('takes a model’s own format only when it is of the model’s system', () => {
    expect(styleOf({ system: 'party', date: '2026-09-01', format: 'hd36' }).id).toBe('hd36');
    expect(styleOf({ system: 'state', date: '2026-09-01', format: 'hd05' }).id).toBe('nd30');
    expect(styleOf({ system: 'party', date: '2026-09-01', format: 'galaxy' }).id).toBe('hd05');
  });
});

describe('rendering in HD 36 and HD 05', () => {
  const reminder = (date: string) => ({ ...sampleReplyModel('reminder', 'party'), date });
  const report = (date: string) => ({
    ...sampleReplyModel('unit_report', 'party'),
    date,
    signer: {
      authority: 'T/M' as const,
      body: 'BAN THƯỜNG VỤ',
      title: 'BÍ THƯ',
      deputyTitle: 'PHÓ BÍ THƯ',
      name: 'Đỗ Trung Hai',
    },
  });

  it('writes the công văn subject "V/v …" under HD 36 and "về việc …" under HD 05', () => {
    const hd36 = text(renderer.renderHtml(reminder('2024-08-14')));
    const hd05 = text(renderer.renderHtml(reminder('2026-09-14')));
    expect(hd36).toContain('V/v đôn đốc báo cáo');
    expect(hd05).toContain('về việc đôn đốc báo cáo');
    expect(hd05).not.toContain('V/v');
  });

  it('ends the body with "./." under HD 36 and "." under HD 05', () => {
    const hd36 = text(renderer.renderHtml(report('2024-08-14')));
    const hd05 = text(renderer.renderHtml(report('2026-09-14')));
    expect(hd36).toMatch(/của [^.]+\.\/\. /);
    expect(hd05).not.toContain('./.');
    expect(renderer.renderHtml(report('2026-09-14'))).toContain('format-hd05');
  });

  it('ends each Nơi nhận line but the last with ";" and the last with "." under HD 05', () => {
    const hd05 = text(renderer.renderHtml(report('2026-09-14')));
    expect(hd05).toContain('- Như trên; - Lưu VP.');
  });

  it('signs a collective body "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ" under HD 05, without a K/T line', () => {
    const hd36 = text(renderer.renderHtml(report('2024-08-14')));
    const hd05 = text(renderer.renderHtml(report('2026-09-14')));
    expect(hd36).toContain('T/M BAN THƯỜNG VỤ K/T BÍ THƯ PHÓ BÍ THƯ');
    expect(hd05).toContain('T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Đỗ Trung Hai');
  });

  it('keeps Nghị định 30 unchanged by the date', () => {
    const state = text(renderer.renderHtml({ ...sampleReplyModel('reminder', 'state'), date: '2026-09-14' }));
    expect(state).toContain('V/v đôn đốc');
    expect(state).toContain('./.');
    expect(FORMAT_STYLES.nd30.toTrinhAddressLabel).toBe('Kính gửi');
    expect(FORMAT_STYLES.hd05.toTrinhAddressLabel).toBe('Kính trình');
  });

  it('writes the same HD 05 differences into the DOCX', async () => {
    const xml = async (date: string) =>
      documentXml(await renderDocx(reminder(date)))
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ');
    expect(await xml('2026-09-14')).toContain('về việc đôn đốc');
    expect(await xml('2024-08-14')).toContain('V/v đôn đốc');
    expect(await xml('2026-09-14')).not.toContain('./.');
  });
});
