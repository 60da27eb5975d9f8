import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OCR_MODEL, defaultLangPath, fastLangPath, OCR_MODELS } from './ocr-models.js';

describe('OCR models', () => {
  it('finds the shipped fast model and the npm best_int model', () => {
    const fast = join(fastLangPath(), 'vie.traineddata.gz');
    const best = join(defaultLangPath(), 'vie.traineddata.gz');
    expect(existsSync(fast)).toBe(true);
    expect(existsSync(best)).toBe(true);
    // tessdata_fast's vie is about a third of best_int's size (421 kB against 1.4 MB gzipped).
    expect(statSync(fast).size).toBeLessThan(statSync(best).size / 2);
  });

  it('defaults to the cascade (fast body, best header and uncertain lines), one of the models OCR_MODEL accepts', () => {
    expect(OCR_MODELS).toEqual(['best', 'fast', 'cascade']);
    expect(DEFAULT_OCR_MODEL).toBe('cascade');
  });
});
