import { readFileSync } from 'node:fs';
import { extractDirective, type Directive } from '@congvan/extraction';
import { acquireText, TesseractOcrEngine } from '@congvan/ocr';

const sample = (path: string) => readFileSync(new URL(`../../samples/directives/${path}`, import.meta.url));

/** Golden extraction from the scans themselves: real tesseract.js (vie) on the sample pages. */
describe('extraction from scans (real OCR)', () => {
  let engine: TesseractOcrEngine;

  beforeAll(async () => {
    engine = await TesseractOcrEngine.create({ workers: 2 });
  });

  afterAll(() => engine.terminate());

  /** Each scan is read once (one engine for the file); every test of it checks that reading. */
  const readings = new Map<string, Promise<Directive>>();
  function extractScan(id: string, file: string): Promise<Directive> {
    const key = `${id}/${file}`;
    if (!readings.has(key)) {
      readings.set(
        key,
        acquireText(sample(key), engine).then(
          ({ pages }) => extractDirective(pages.map((p) => p.normalisedText).join('\n\n')).directive,
        ),
      );
    }
    return readings.get(key)!;
  }

  it.each([
    ['dongda-2024-01-matkhau', 'scan-image-only.pdf'],
    ['myduc-2024-08-matkhau', 'scan-clean-300.tif'],
    ['dongda-2024-01-matkhau', 'scan-degraded-200-p1.jpg'],
  ])('reads the header fields of %s from %s as from its text', async (id, file) => {
    const expected = JSON.parse(sample(`${id}/expected.json`).toString('utf8'));
    const directive = await extractScan(id, file);
    for (const field of [
      'system',
      'docType',
      'issuer',
      'number',
      'symbol',
      'place',
      'date',
      'subject',
      'recipients',
    ] as const) {
      expect([field, directive[field]]).toEqual([field, expected[field]]);
    }
  });

  it.each([
    ['dongda-2024-01-matkhau', 'scan-image-only.pdf'],
    ['myduc-2024-08-matkhau', 'scan-clean-300.tif'],
  ])('finds every requirement and absolute deadline of %s in %s', async (id, file) => {
    const expected = JSON.parse(sample(`${id}/expected.json`).toString('utf8'));
    const directive = await extractScan(id, file);
    expect(directive.requirements.map((r) => r.ref)).toEqual(expected.requirements.map((r: { ref: string }) => r.ref));
    const absolute = (d: Directive['deadlines']) => d.filter((x) => x.kind === 'absolute').map((x) => x.date);
    expect(absolute(directive.deadlines)).toEqual(absolute(expected.deadlines));
  });
});
