import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseText, postCorrect } from '@congvan/ocr/text';
import { readDocumentText } from './read-document-text.js';

describe('readDocumentText on a UTF-8 text file', () => {
  it('reads born-digital text as written: no OCR post-correction', async () => {
    // Real lines of the development corpus that OCR post-correction would "correct".
    const text = [
      'Đại hội đồng cổ đông chấp thuận theo quy định tại khoản 2 và 3 Điều 162 Luật Doanh nghiệp.',
      'nhiệm của người đứng đầu cấp ủy, thủ trưởng các cơ quan, địa phương, đơn vị',
      'KT. BỘ TRƯỞNG',
      'THỨ TRƯỞNG',
      // As printed (a misprint stays a misprint: the text is the document).
      'Về viêc tạm dừng tiếp công dân',
    ].join('\n');
    expect(await readDocumentText(Buffer.from(text, 'utf8'))).toBe(text);
    // OCR post-correction would have changed it (the misprint of the last line).
    expect(postCorrect(text)).not.toBe(text);
  });

  it('normalises Unicode and white space as the pipeline does for a PDF text layer', async () => {
    const path = join(process.cwd(), 'samples/directives/dongda-2024-01-matkhau/text.txt');
    const raw = readFileSync(path, 'utf8');
    const nfd = `${raw.normalize('NFD')}\n\n\n`;
    expect(await readDocumentText(Buffer.from(nfd, 'utf8'))).toBe(normaliseText(raw, { postCorrect: false }).text);
  });
});

describe('readDocumentText on text whose first bytes match a binary signature', () => {
  it.each([
    ['BM', 'BM-01\nBÁO CÁO KẾT QUẢ THỰC HIỆN\nKính gửi: Ủy ban nhân dân xã'],
    ['MZ', 'MZ\nỦY BAN NHÂN DÂN\nV/v báo cáo số liệu'],
  ])('reads a text file starting "%s" as text, not as an image or a program', async (_signature, text) => {
    expect(await readDocumentText(Buffer.from(text, 'utf8'))).toBe(text);
  });
});
