import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `congvan extract` on a text file must start fast: it must not load OCR (tesseract.js, sharp),
 * the PDF reader, Nest/TypeORM or the contract validator (Ajv, which compiles the schema when it
 * is built). Each of those modules is replaced by one whose loading fails, so importing and running
 * the command fails if any of them is in its import graph for text.
 */
const HEAVY = [
  'tesseract.js',
  'sharp',
  'pdf-parse',
  '@nestjs/common',
  '@nestjs/core',
  'typeorm',
  'class-validator',
  'ajv/dist/2020.js',
];
for (const name of HEAVY)
  jest.unstable_mockModule(name, () => {
    throw new Error(`${name} loaded by congvan extract on a text file`);
  });

const TEXT_FILE = join(process.cwd(), 'samples/directives/dongda-2024-01-matkhau/text.txt');

describe('congvan extract on a text file', () => {
  it('prints the directive without loading OCR, PDF, Nest or Ajv modules', async () => {
    const written: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const { run } = await import('./extract.js');
      expect(await run([TEXT_FILE])).toBe(0);
    } finally {
      write.mockRestore();
    }
    const directive = JSON.parse(written.join(''));
    expect(directive.issuer.name).toBe('ỦY BAN NHÂN DÂN QUẬN ĐỐNG ĐA');
    expect(directive.symbol).toBe('UBND-NV');
    expect(readFileSync(TEXT_FILE, 'utf8')).toContain(directive.subject);
    expect(directive.requirements.length).toBeGreaterThan(0);
  });

  it('would notice: the OCR entry point does load them', async () => {
    await expect(import('@congvan/ocr')).rejects.toThrow(/loaded by congvan extract/);
  });
});
