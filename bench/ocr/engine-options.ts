/** The OCR engine the bench reads with: its type and the `--lang-path` / `--model` options. */
import { resolve } from 'node:path';
import * as current from '@congvan/ocr';

export type Engine = Awaited<ReturnType<typeof current.TesseractOcrEngine.create>>;

/** The OCR library of a build: this one's, or another's with `--before <build>`. */
export type OcrLibrary = Pick<typeof current, 'acquireText' | 'TesseractOcrEngine'>;

/** `--workers <n>`: the workers of each engine the page-by-page table reads with (default 1). */
export function tableWorkers(): number {
  const at = process.argv.indexOf('--workers');
  const workers = at > 0 ? Number(process.argv[at + 1]) : 1;
  if (!Number.isInteger(workers) || workers < 1) throw new Error('--workers: a whole number ≥ 1');
  return workers;
}

/**
 * `--lang-path <dir>`: congvan's engine reads with the vie.traineddata.gz of that folder (to compare
 * models); `--model best|fast|cascade`: with that OCR_MODEL (default: OCR_MODEL of the environment, else cascade).
 */
export function langPath(): { langPath?: string; model?: current.OcrModel } {
  const at = process.argv.indexOf('--lang-path');
  const modelAt = process.argv.indexOf('--model');
  const model = (modelAt > 0 ? process.argv[modelAt + 1] : process.env.OCR_MODEL) as current.OcrModel | undefined;
  if (model && !current.OCR_MODELS.includes(model)) throw new Error(`--model: one of ${current.OCR_MODELS.join(', ')}`);
  return { ...(at > 0 ? { langPath: resolve(process.argv[at + 1]) } : {}), ...(model ? { model } : {}) };
}
