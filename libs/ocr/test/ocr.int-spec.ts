import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { isAppError } from '@congvan/common';
import { acquireText, characterErrorRate, TesseractOcrEngine, type OcrEngine, type PageText } from '@congvan/ocr';

// Real tesseract.js with the Vietnamese data of @tesseract.js-data/vie, on real files of samples/.
const samples = join(process.cwd(), 'samples');
const directive = (id: string, file: string): Buffer => readFileSync(join(samples, 'directives', id, file));
const bad = (file: string): Buffer => readFileSync(join(samples, 'bad', file));
/** The truth as printed (markdown bold markers are not on the page). */
const truth = (id: string): string =>
  readFileSync(join(samples, 'directives', id, 'text.txt'), 'utf8').replace(/\*\*/g, '');
const joined = (pages: PageText[]): string => pages.map((page) => page.normalisedText).join('\n');
/** CER where the order of lines does not count (two-column header and footer are read column by column). */
const cer = (id: string, text: string): number => characterErrorRate(truth(id), text, { ignoreLineOrder: true }).rate;

/** Per test: jest's default 5 s is too short for OCR on 2 cores. */
const OCR_TIMEOUT = 60_000;

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'NO_ERROR';
}

describe('libs/ocr with tesseract.js (vie)', () => {
  let engine: TesseractOcrEngine;

  beforeAll(async () => {
    engine = await TesseractOcrEngine.create({ workers: 2 });
  }, OCR_TIMEOUT);

  afterAll(async () => {
    await engine.terminate();
  }, OCR_TIMEOUT);

  it(
    'reads the clean 300 DPI pages of the Mỹ Đức directive at CER ≤ 0.5 %, with confidence and word boxes',
    async () => {
      const id = 'myduc-2024-08-matkhau';
      const results = await Promise.all(
        [1, 2].map((page) => acquireText(directive(id, `scan-clean-300-p${page}.png`), engine)),
      );
      const pages = results.flatMap((result) => result.pages);
      expect(results.every((result) => result.source === 'ocr' && result.kind === 'png')).toBe(true);
      expect(cer(id, joined(pages))).toBeLessThanOrEqual(0.005);
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

  it.each([['myduc-2024-08-matkhau'], ['dongda-2024-01-matkhau']])(
    'reads the degraded 200 DPI JPEG pages of %s (rotated ~1°, blurred, noisy) at CER ≤ 1 %%',
    async (id) => {
      const results = await Promise.all(
        [1, 2].map((page) => acquireText(directive(id, `scan-degraded-200-p${page}.jpg`), engine)),
      );
      expect(cer(id, joined(results.flatMap((result) => result.pages)))).toBeLessThanOrEqual(0.01);
    },
    OCR_TIMEOUT,
  );

  it(
    'OCRs an image-only PDF from its embedded page images',
    async () => {
      const id = 'myduc-2024-08-matkhau';
      const progress: Array<[number, number]> = [];
      const result = await acquireText(directive(id, 'scan-image-only.pdf'), engine, {}, (done, total) => {
        progress.push([done, total]);
      });
      expect(result.source).toBe('ocr');
      expect(result.pdfImages).toEqual(['embedded', 'embedded']);
      expect(result.pages.map((page) => page.source)).toEqual(['ocr', 'ocr']);
      expect(progress).toEqual([
        [1, 2],
        [2, 2],
      ]);
      expect(cer(id, joined(result.pages))).toBeLessThanOrEqual(0.005);
    },
    OCR_TIMEOUT,
  );

  it(
    'uses the text layer of a born-digital PDF and never calls OCR',
    async () => {
      const id = 'dongda-2024-01-matkhau';
      const noOcr: OcrEngine = {
        recognise: () => Promise.reject(new Error('OCR must not run on a born-digital PDF')),
      };
      const result = await acquireText(directive(id, 'scan-born-digital.pdf'), noOcr);
      expect(result.source).toBe('text-layer');
      expect(result.pages).toHaveLength(2);
      expect(result.pages.every((page) => page.confidence === null && page.words.length === 0)).toBe(true);
      expect(cer(id, joined(result.pages))).toBeLessThanOrEqual(0.02);
      expect(result.pages[1].text).toContain('pnv.dongda@hanoi.gov.vn');
    },
    OCR_TIMEOUT,
  );

  it(
    'reads every page of a multi-page TIFF',
    async () => {
      const id = 'dongda-2024-01-matkhau';
      const result = await acquireText(directive(id, 'scan-clean-300.tif'), engine);
      expect(result.kind).toBe('tiff');
      expect(result.pages).toHaveLength(2);
      expect(cer(id, joined(result.pages))).toBeLessThanOrEqual(0.03);
      expect(result.pages[0].text).toContain('QUẬN ĐÔNG ĐA');
      expect(result.pages[1].text).toContain('Lê Tuấn');
    },
    OCR_TIMEOUT,
  );

  it.each([
    ['empty.pdf', 'EMPTY_FILE'],
    ['truncated.pdf', 'UNREADABLE_PDF'],
    ['encrypted.pdf', 'ENCRYPTED_PDF'],
    ['bomb.png', 'IMAGE_TOO_LARGE'],
    ['bomb.pdf', 'IMAGE_TOO_LARGE'],
    ['not-a-document.pdf', 'UNSUPPORTED_FILE_TYPE'],
    ['photo.jpg', 'NO_TEXT_FOUND'],
  ])(
    'refuses samples/bad/%s with %s',
    async (file, code) => {
      expect(await errorCode(acquireText(bad(file), engine))).toBe(code);
    },
    OCR_TIMEOUT,
  );

  it(
    'retries a low-confidence page binarised and keeps the better reading',
    async () => {
      // A threshold above 100 forces the retry; a crop of the header keeps it quick.
      const retrying = await TesseractOcrEngine.create({ workers: 1, lowConfidence: 101 });
      try {
        const crop = await sharp(directive('myduc-2024-08-matkhau', 'scan-degraded-200-p1.jpg'))
          .extract({ left: 0, top: 0, width: 1654, height: 700 })
          .png()
          .toBuffer();
        const page = await retrying.recognise(crop);
        expect(typeof page.binarised).toBe('boolean');
        expect(page.normalisedText).toContain('HUYỆN ỦY MỸ ĐỨC');
      } finally {
        await retrying.terminate();
      }
    },
    OCR_TIMEOUT,
  );

  it(
    'survives bad input and keeps working',
    async () => {
      expect(await errorCode(engine.recognise(Buffer.from('not an image at all')))).toBe('UNREADABLE_IMAGE');
      expect(
        await errorCode(
          engine.recognise(directive('myduc-2024-08-matkhau', 'scan-degraded-200-p1.jpg').subarray(0, 5000)),
        ),
      ).toMatch(/UNREADABLE_IMAGE|NO_ERROR/);
      const page = await engine.recognise(directive('dongda-2024-01-matkhau', 'scan-clean-300-p2.png'));
      expect(page.text).toContain('Nơi nhận');
    },
    OCR_TIMEOUT,
  );
});
