import { readFileSync } from 'node:fs';
import { isAppError, type AppError } from '@congvan/common';
import { extractDirective } from './extract-directive.js';
import { ExtractionPool } from './extraction-pool.js';

const dev = (id: string) =>
  readFileSync(new URL(`../../../samples/corpus/dev/${id}/text.txt`, import.meta.url), 'utf8');
/** The longest dev text (about 47,000 characters) and two more of other kinds. */
const TEXTS = [
  'btctw-2025-11-huongdan-quydinh377-canbo',
  'angiang-2006-02-treoco-mekong',
  'daklak-2025-11-kehoach-thidua-baucu',
];
/** A dev text repeated to about 1,000 pages (3 million characters): seconds of extraction. */
function longText(): string {
  const base = dev(TEXTS[0]!);
  let text = base;
  while (text.length < 3_000_000) text += `\n\n${base}`;
  return text;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error('the extraction succeeded'),
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw error;
  return error;
}

describe('ExtractionPool', () => {
  const pools: ExtractionPool[] = [];
  const pool = (options: ConstructorParameters<typeof ExtractionPool>[0] = {}) => {
    const created = new ExtractionPool(options);
    pools.push(created);
    return created;
  };
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it('gives exactly what extractDirective gives in this thread, for real dev texts', async () => {
    const extraction = pool();
    for (const id of TEXTS) {
      const text = dev(id);
      const result = await extraction.extract(text);
      expect(result).toStrictEqual(extractDirective(text));
      expect(result.directive.requirements.length).toBeGreaterThan(0);
    }
    expect(extraction.threadIds).toHaveLength(1);
  });

  it('never runs more threads than its size: jobs beyond it wait their turn', async () => {
    const extraction = pool({ size: 2 });
    const texts = [...TEXTS, ...TEXTS];
    const pending = texts.map((text) => extraction.extract(dev(text)));
    expect(extraction.threadIds).toHaveLength(2);
    const results = await Promise.all(pending);
    results.forEach((result, i) => expect(result).toStrictEqual(extractDirective(dev(texts[i]!))));
    expect(extraction.threadIds).toHaveLength(2);
  });

  it('fails a job past its deadline with the reason, and replaces the thread that was reading it', async () => {
    const extraction = pool({ timeoutMs: 1500 });
    await extraction.extract(dev(TEXTS[1]!)); // the thread is loaded: the deadline counts reading only
    const [before] = extraction.threadIds;
    const started = performance.now();
    const error = await failure(extraction.extract(longText()));
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ code: 'EXTRACTION_TIMEOUT', httpStatus: 422, details: { timeoutMs: 1500 } });
    expect(error.messageVi).toBe(
      'Không trích xuất được nội dung văn bản trong 1,5 giây cho phép (văn bản dài 3.014.642 ký tự): ' +
        'văn bản quá dài hoặc có cấu trúc bất thường.',
    );
    expect(error.messageEn).toMatch(/did not finish within the 1\.5 s allowed/);
    // Reading the long text takes several seconds; the job ended at its deadline, not then.
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(4000);

    // The replacement (a cold thread, still under the 1.5 s deadline) reads a short text.
    const text = dev(TEXTS[1]!);
    expect(await extraction.extract(text)).toStrictEqual(extractDirective(text));
    expect(extraction.threadIds).toHaveLength(1);
    expect(extraction.threadIds[0]).not.toBe(before);
  });

  it('fails the job of a thread that dies (out of memory) with the reason, and replaces the thread', async () => {
    const extraction = pool({ resourceLimits: { maxOldGenerationSizeMb: 32 } });
    const text = dev(TEXTS[0]!);
    expect(await extraction.extract(text)).toStrictEqual(extractDirective(text));
    const [before] = extraction.threadIds;

    const error = await failure(extraction.extract(longText()));
    expect(error).toMatchObject({ code: 'EXTRACTION_THREAD_FAILED', httpStatus: 422 });
    expect(error.messageVi).toMatch(
      /^Luồng trích xuất bị dừng khi đang đọc văn bản này \(dài 3\.014\.642 ký tự\) vì hết bộ nhớ;/,
    );
    expect(error.messageEn).toMatch(/out of memory.*Reason: .*memory limit/);

    // The replacement is started at once and reads the next text.
    expect(extraction.threadIds).toHaveLength(1);
    expect(extraction.threadIds[0]).not.toBe(before);
    expect(await extraction.extract(text)).toStrictEqual(extractDirective(text));
  });

  it('gives back an error thrown by extraction, and the thread carries on', async () => {
    const extraction = pool();
    await expect(extraction.extract(undefined as unknown as string)).rejects.toThrow(/of undefined/);
    const [thread] = extraction.threadIds;
    const text = dev(TEXTS[1]!);
    expect(await extraction.extract(text)).toStrictEqual(extractDirective(text));
    expect(extraction.threadIds).toEqual([thread]);
  });

  it('on close, fails the jobs not done (so they may run again) and ends its threads', async () => {
    const extraction = pool();
    const outcomes = Promise.allSettled([extraction.extract(longText()), extraction.extract(dev(TEXTS[1]!))]);
    await extraction.close();
    for (const outcome of await outcomes) {
      expect(outcome).toMatchObject({ status: 'rejected' });
      const { reason } = outcome as PromiseRejectedResult;
      expect(reason).toEqual(new Error('the extraction pool was closed before the text was read'));
      expect(isAppError(reason)).toBe(false);
    }
    expect(extraction.threadIds).toEqual([]);
    await expect(extraction.extract('x')).rejects.toThrow(/closed/);
  });
});
