import { readFileSync } from 'node:fs';
import { extractDirective, type Deadline, type Directive } from '@congvan/extraction';
import { acquireText, normaliseText, TesseractOcrEngine } from '@congvan/ocr';

/**
 * One directive, one result, whatever the file: every scan of each seed directive (text-layer PDF,
 * image-only PDF, clean 300 DPI PNG pages and TIFF, degraded 200 DPI JPEG pages) read with real
 * tesseract.js (vie) gives the header, recipients and requirements (refs and deadlines) that its
 * text.txt gives. One engine for the file; every page image is OCR'd once.
 */
const SEEDS = ['myduc-2024-08-matkhau', 'dongda-2024-01-matkhau'];
const FILES: Record<string, string[]> = {
  'text-layer PDF': ['scan-born-digital.pdf'],
  'image-only PDF': ['scan-image-only.pdf'],
  'PNG pages': ['scan-clean-300-p1.png', 'scan-clean-300-p2.png'],
  TIFF: ['scan-clean-300.tif'],
  'degraded JPEG pages': ['scan-degraded-200-p1.jpg', 'scan-degraded-200-p2.jpg'],
};
/** Per test: OCR of two pages on 2 shared cores. */
const OCR_TIMEOUT = 60_000;

const sample = (id: string, file: string): Buffer =>
  readFileSync(new URL(`../../samples/directives/${id}/${file}`, import.meta.url));

const deadline = ({ kind, date, rrule, offset, anchor }: Deadline) => ({ kind, date, rrule, offset, anchor });

/** What a clerk acts on: the header, the recipients, each requirement's ref and deadlines. */
function essentials(directive: Directive) {
  const { system, docType, issuer, number, symbol, place, date, subject, recipients } = directive;
  return {
    header: { system, docType, issuer, number, symbol, place, date, subject },
    recipients,
    requirements: directive.requirements.map((r) => ({ ref: r.ref, deadlines: r.deadlines.map(deadline) })),
    deadlines: directive.deadlines.map(deadline),
  };
}

function fromText(id: string) {
  const text = normaliseText(sample(id, 'text.txt').toString('utf8'), { postCorrect: true }).normalisedText;
  return essentials(extractDirective(text).directive);
}

describe('one directive, one result, whatever the file (real OCR)', () => {
  let engine: TesseractOcrEngine;

  beforeAll(async () => {
    engine = await TesseractOcrEngine.create({ workers: 2 });
  }, OCR_TIMEOUT);

  afterAll(() => engine.terminate());

  it.each(SEEDS)('the text of %s carries a full header, recipients and dated requirements', (id) => {
    const expected = fromText(id);
    expect(expected.header.date).not.toBeNull();
    expect(expected.header.place).not.toBeNull();
    expect(expected.recipients.length).toBeGreaterThan(0);
    expect(expected.requirements.length).toBeGreaterThan(0);
    expect(expected.deadlines.length).toBeGreaterThan(0);
  });

  const cases = SEEDS.flatMap((id) => Object.keys(FILES).map((kind) => [id, kind] as const));
  it.each(cases)(
    '%s, read from its %s, gives what its text gives',
    async (id, kind) => {
      const texts: string[] = [];
      for (const file of FILES[kind]) {
        const { pages } = await acquireText(sample(id, file), engine);
        texts.push(...pages.map((page) => page.normalisedText));
      }
      const fromScan = essentials(extractDirective(texts.join('\n\n')).directive);
      const expected = fromText(id);
      expect(fromScan.header).toEqual(expected.header);
      expect(fromScan.recipients).toEqual(expected.recipients);
      expect(fromScan.requirements).toEqual(expected.requirements);
      expect(fromScan.deadlines).toEqual(expected.deadlines);
    },
    OCR_TIMEOUT,
  );
});
