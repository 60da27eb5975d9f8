import { createScheduler, createWorker, OEM, type RecognizeOptions } from 'tesseract.js';
import { parseTsv, type PageSegmentation, type Recognition } from './native-tesseract.js';

/** The OCR readers the engine's pages and lines go to: one scheduler of tesseract.js workers per model. */

/** `main`: the engine's model (the fast one in the cascade); `best`: best_int in the cascade, else the same. */
export type ReadingModel = 'main' | 'best';

export interface Reader {
  read(image: Buffer, psm: PageSegmentation, model?: ReadingModel): Promise<Recognition>;
  terminate(): Promise<void>;
}

/** One scheduler of `workerCount` tesseract.js workers reading with the vie model of `langPath`. */
export async function tesseractReader(langPath: string, workerCount: number): Promise<Reader> {
  const scheduler = createScheduler();
  try {
    const workers = await Promise.all(
      Array.from({ length: workerCount }, () =>
        createWorker('vie', OEM.LSTM_ONLY, {
          langPath,
          cacheMethod: 'none',
          gzip: true,
          errorHandler: () => undefined, // errors reach the caller through the job's promise
        }),
      ),
    );
    for (const worker of workers) {
      // Directives have no white-on-black text: skip tesseract's second, inverted reading of weak lines.
      await worker.setParameters({ tessedit_do_invert: '0' });
      scheduler.addWorker(worker);
    }
  } catch (error) {
    await scheduler.terminate().catch(() => undefined);
    throw error;
  }
  return {
    read: async (image, psm) => {
      // Tesseract parameters given with a job hold for that job only (tesseract.js restores them after).
      const options = (psm === 3 ? {} : { tessedit_pageseg_mode: String(psm) }) as Partial<RecognizeOptions>;
      // Word boxes from the TSV: tesseract.js builds its `blocks` tree down to every symbol and its
      // alternatives (JSON written, parsed and copied between threads), a few % of a page's CPU.
      const result = await scheduler.addJob('recognize', image, options, { text: true, tsv: true });
      const { lines, words } = parseTsv(result.data.tsv ?? '');
      return { text: result.data.text, confidence: result.data.confidence, words, lines };
    },
    terminate: () => scheduler.terminate(),
  };
}
