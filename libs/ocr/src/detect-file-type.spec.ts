import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { isAppError } from '@congvan/common';
import { detectFileType } from './detect-file-type.js';

const bad = (name: string): Buffer => readFileSync(join(process.cwd(), 'samples', 'bad', name));

async function codeOf(
  promise: Promise<unknown>,
): Promise<{ code: string; httpStatus: number; messageVi: string; messageEn: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('detectFileType', () => {
  it('recognises a PNG by its content', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    await expect(detectFileType(png)).resolves.toEqual({
      kind: 'png',
      mimeType: 'image/png',
      pageCount: 1,
      width: 40,
      height: 30,
    });
  });

  it('recognises a JPEG and a two-page TIFF', async () => {
    const jpeg = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    expect((await detectFileType(jpeg)).kind).toBe('jpeg');
    const tiff = readFileSync(
      join(process.cwd(), 'samples', 'directives', 'dongda-2024-01-matkhau', 'scan-clean-300.tif'),
    );
    expect(await detectFileType(tiff)).toMatchObject({ kind: 'tiff', pageCount: 2 });
    expect((await codeOf(detectFileType(tiff, { maxPages: 1 }))).code).toBe('TOO_MANY_PAGES');
  });

  it('counts the pages of a PDF', async () => {
    const pdf = readFileSync(
      join(process.cwd(), 'samples', 'directives', 'myduc-2024-08-matkhau', 'scan-born-digital.pdf'),
    );
    expect(await detectFileType(pdf)).toMatchObject({ kind: 'pdf', mimeType: 'application/pdf', pageCount: 2 });
  });

  it.each([
    ['empty.pdf', 'EMPTY_FILE', 400],
    ['not-a-document.pdf', 'UNSUPPORTED_FILE_TYPE', 415],
    ['bomb.png', 'IMAGE_TOO_LARGE', 422],
    ['bomb.pdf', 'IMAGE_TOO_LARGE', 422],
    ['truncated.pdf', 'UNREADABLE_PDF', 422],
    ['encrypted.pdf', 'ENCRYPTED_PDF', 422],
  ])('refuses samples/bad/%s with %s (%d) and a message in both languages', async (name, code, status) => {
    const error = await codeOf(detectFileType(bad(name)));
    expect(error.code).toBe(code);
    expect(error.httpStatus).toBe(status);
    expect(error.messageVi).toBe(error.messageVi.normalize('NFC'));
    expect(error.messageVi).toMatch(/[ạảãáàặẳẵắằậẩẫấầẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳđ]/u);
    expect(error.messageEn).toMatch(/^[\x20-\x7e]+$/u);
  });

  it('refuses a file above maxBytes before looking inside', async () => {
    expect((await codeOf(detectFileType(Buffer.alloc(2048, 1), { maxBytes: 1024 }))).code).toBe('FILE_TOO_LARGE');
  });

  it('refuses text and other types', async () => {
    expect((await codeOf(detectFileType(Buffer.from('Kính gửi: các đơn vị', 'utf8')))).code).toBe(
      'UNSUPPORTED_FILE_TYPE',
    );
    const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=', 'base64');
    expect((await codeOf(detectFileType(gif))).code).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('refuses an image above maxPixels', async () => {
    const png = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect((await codeOf(detectFileType(png, { maxPixels: 10_000 }))).code).toBe('IMAGE_TOO_LARGE');
  });
});
