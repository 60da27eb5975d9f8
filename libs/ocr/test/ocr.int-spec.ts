import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { isAppError } from '@congvan/common';
import { acquireText, characterErrorRate, TesseractOcrEngine, type OcrEngine, type PageText } from '@congvan/ocr';

// Real tesseract.js with the Vietnamese data of @tesseract.js-data/vie, on real files of samples/.
// How well the scans of samples/directives are read (CER, confidence, word boxes, PDF page images,
// TIFF pages, progress) is checked in test/integration/one-directive-every-file.int-spec.ts, on the
// readings its extraction tests make anyway: each page image is OCR'd once per run, not once per test.
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
    'reads low-confidence lines again and keeps the better reading of each, with the number and symbol',
    async () => {
      // A threshold above 100 sends every line to the retry; a crop of the header keeps it quick.
      const crop = await sharp(directive('myduc-2024-08-matkhau', 'scan-degraded-200-p1.jpg'))
        .extract({ left: 0, top: 0, width: 1654, height: 700 })
        .png()
        .toBuffer();
      const retrying = await TesseractOcrEngine.create({ workers: 1, lowConfidence: 101 });
      try {
        const page = await retrying.recognise(crop);
        expect(page.normalisedText).toContain('HUYỆN ỦY MỸ ĐỨC');
        expect(page.normalisedText).toContain('1100-CV/HU');
        expect(page.binarised).toBe(true); // at least one line's second reading was kept
        // The retried lines' word boxes are put back on the page image (straightened, so a little larger).
        const { width, height } = page.imageSize!;
        expect(page.words.every(({ bbox }) => bbox.x0 >= 0 && bbox.x1 <= width && bbox.y1 <= height)).toBe(true);
        const numberWord = page.words.find((word) => word.text.includes('1100-CV/HU'));
        expect(numberWord?.bbox.x1).toBeLessThan(width / 2); // under the issuer, in the left column
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
