import { readFileSync } from 'node:fs';
import { extractDirective, type Deadline, type Directive } from '@congvan/extraction';
import {
  acquireText,
  characterErrorRate,
  normaliseText,
  OCR_MODELS,
  TesseractOcrEngine,
  type AcquiredText,
  type OcrModel,
  type PageText,
} from '@congvan/ocr';

/**
 * One directive, one result, whatever the file: every scan of each seed directive (text-layer PDF,
 * image-only PDF, clean 300 DPI PNG pages and TIFF, degraded 200 DPI JPEG pages) read with real
 * tesseract.js (vie) gives the header, recipients and requirements (refs and deadlines) that its
 * text.txt gives. The same readings are held to the OCR's own targets (CER, confidence, word
 * boxes, page progress). One engine for the file; every file is read once, whatever tests check it.
 */
const SEEDS = ['myduc-2024-08-matkhau', 'dongda-2024-01-matkhau'];
const FILES: Record<string, string[]> = {
  'text-layer PDF': ['scan-born-digital.pdf'],
  'image-only PDF': ['scan-image-only.pdf'],
  'PNG pages': ['scan-clean-300-p1.png', 'scan-clean-300-p2.png'],
  TIFF: ['scan-clean-300.tif'],
  'degraded JPEG pages': ['scan-degraded-200-p1.jpg', 'scan-degraded-200-p2.jpg'],
};
/** Per test: OCR of two pages on 2 cores shared with another Jest worker (a guard; bench:ocr measures speed). */
const OCR_TIMEOUT = 180_000;

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

/** The truth as printed (markdown bold markers are not on the page). */
const truth = (id: string): string => sample(id, 'text.txt').toString('utf8').replace(/\*\*/g, '');
const joined = (pages: PageText[]): string => pages.map((page) => page.normalisedText).join('\n');
/** CER where the order of lines does not count (two-column header and footer are read column by column). */
const cer = (id: string, pages: PageText[]): number =>
  characterErrorRate(truth(id), joined(pages), { ignoreLineOrder: true }).rate;

function fromText(id: string) {
  const text = normaliseText(sample(id, 'text.txt').toString('utf8'), { postCorrect: true }).normalisedText;
  return essentials(extractDirective(text).directive);
}

let engine: TesseractOcrEngine;

/** OCR_MODEL of the environment, as the application reads it (e.g. `OCR_MODEL=cascade npm test -- <this file>`). */
const model = OCR_MODELS.find((name: OcrModel) => name === process.env.OCR_MODEL);

beforeAll(async () => {
  engine = await TesseractOcrEngine.create({ workers: 2, ...(model ? { model } : {}) });
}, OCR_TIMEOUT);

afterAll(() => engine.terminate());

interface Reading {
  result: AcquiredText;
  /** Every progress report, in order: [pages done, page count]. */
  progress: Array<[number, number]>;
}

/** Each file is read once, by the engine of this file; every test of it checks that reading. */
const readings = new Map<string, Promise<Reading>>();
function read(id: string, file: string): Promise<Reading> {
  const key = `${id}/${file}`;
  if (!readings.has(key)) {
    const progress: Array<[number, number]> = [];
    const reading = acquireText(sample(id, file), engine, {}, (done, total) => {
      progress.push([done, total]);
    }).then((result) => ({ result, progress }));
    readings.set(key, reading);
  }
  return readings.get(key)!;
}

/** The files of one case read together: two one-page files keep both workers busy. */
async function readAll(id: string, files: string[]): Promise<AcquiredText[]> {
  return (await Promise.all(files.map((file) => read(id, file)))).map((reading) => reading.result);
}

describe('one directive, one result, whatever the file (real OCR)', () => {
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
      const texts = (await readAll(id, FILES[kind])).flatMap((result) =>
        result.pages.map((page) => page.normalisedText),
      );
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

describe('the same readings against the OCR targets (libs/ocr with tesseract.js, vie)', () => {
  it(
    'reads the clean 300 DPI pages of the Mỹ Đức directive at CER ≤ 0.5 %, with confidence and word boxes',
    async () => {
      const id = 'myduc-2024-08-matkhau';
      const results = await readAll(id, FILES['PNG pages']);
      const pages = results.flatMap((result) => result.pages);
      expect(results.every((result) => result.source === 'ocr' && result.kind === 'png')).toBe(true);
      expect(cer(id, pages)).toBeLessThanOrEqual(0.005);
      for (const page of pages) {
        expect(page.confidence).toBeGreaterThan(80);
        expect(page.words.length).toBeGreaterThan(100);
        expect(page.imageSize?.height).toBe(3508); // A4 at 300 DPI
      }
      const first = pages[0].words.find((word) => word.text === 'HUYỆN');
      expect(first?.bbox.x1).toBeGreaterThan(first?.bbox.x0 ?? Infinity);
      expect(pages[0].text).toContain('Số 1100-CV/HU');
    },
    OCR_TIMEOUT,
  );

  it.each(SEEDS)(
    'reads the degraded 200 DPI JPEG pages of %s (rotated ~1°, blurred, noisy) at CER ≤ 1 %%',
    async (id) => {
      const results = await readAll(id, FILES['degraded JPEG pages']);
      expect(
        cer(
          id,
          results.flatMap((result) => result.pages),
        ),
      ).toBeLessThanOrEqual(0.01);
    },
    OCR_TIMEOUT,
  );

  it(
    'OCRs an image-only PDF from its embedded page images, reporting each page',
    async () => {
      const id = 'myduc-2024-08-matkhau';
      const { result, progress } = await read(id, 'scan-image-only.pdf');
      expect(result.source).toBe('ocr');
      expect(result.pdfImages).toEqual(['embedded', 'embedded']);
      expect(result.pages.map((page) => page.source)).toEqual(['ocr', 'ocr']);
      expect(progress).toEqual([
        [1, 2],
        [2, 2],
      ]);
      expect(cer(id, result.pages)).toBeLessThanOrEqual(0.005);
    },
    OCR_TIMEOUT,
  );

  it(
    'reads every page of a multi-page TIFF',
    async () => {
      const id = 'dongda-2024-01-matkhau';
      const { result } = await read(id, 'scan-clean-300.tif');
      expect(result.kind).toBe('tiff');
      expect(result.pages).toHaveLength(2);
      expect(cer(id, result.pages)).toBeLessThanOrEqual(0.03);
      expect(result.pages[0].text).toContain('QUẬN ĐÔNG ĐA');
      expect(result.pages[1].text).toContain('Lê Tuấn');
    },
    OCR_TIMEOUT,
  );
});
