/**
 * The entry of the OCR thread (see OcrThread): pdf.js parsing and rendering, page-count and
 * dimension checks, page layout analysis and the tesseract.js scheduler all run here, so the
 * application's event loop only passes messages. One request at a time is not required: each
 * message is handled as it comes, its progress and its answer posted back under its id.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '@congvan/common';
import { acquireText } from './acquire-text.js';
import { detectFileType } from './detect-file-type.js';
import { TesseractOcrEngine } from './ocr-engine.js';
import type { OcrEngineOptions } from './ocr-engine-options.js';
import type { OcrLimits } from './ocr-limits.js';
import { pageImage } from './page-image.js';

export type OcrThreadRequest = { id: number } & (
  | { op: 'detect'; bytes: Uint8Array; limits: Partial<OcrLimits> }
  | { op: 'acquire'; bytes: Uint8Array; limits: Partial<OcrLimits>; pageImages: boolean }
  | { op: 'pageImage'; bytes: Uint8Array; pageIndex: number; limits: Partial<OcrLimits> }
  | { op: 'terminate' }
);

export type OcrThreadReply =
  | { id: number; progress: [pagesDone: number, pageCount: number] }
  | { id: number; result: unknown }
  | { id: number; error: SerialisedError };

export interface SerialisedError {
  message: string;
  stack?: string;
  /** Set for an AppError, rebuilt as one on the other side. */
  app?: { code: string; httpStatus: number; messageVi: string; messageEn: string; details?: Record<string, unknown> };
}

const port = parentPort!;
const engineOptions = (workerData as { engine?: OcrEngineOptions } | undefined)?.engine ?? {};
let engine: Promise<TesseractOcrEngine> | undefined;

port.on('message', (request: OcrThreadRequest) => void handle(request));

async function handle(request: OcrThreadRequest): Promise<void> {
  try {
    port.postMessage({ id: request.id, result: await run(request) } satisfies OcrThreadReply);
  } catch (error) {
    port.postMessage({ id: request.id, error: serialise(error) } satisfies OcrThreadReply);
  }
}

async function run(request: OcrThreadRequest): Promise<unknown> {
  switch (request.op) {
    case 'detect':
      return detectFileType(request.bytes, request.limits);
    case 'acquire':
      engine ??= TesseractOcrEngine.create(engineOptions);
      return acquireText(
        request.bytes,
        await engine,
        request.limits,
        (pagesDone, pageCount) => port.postMessage({ id: request.id, progress: [pagesDone, pageCount] }),
        { pageImages: request.pageImages },
      );
    case 'pageImage':
      return pageImage(request.bytes, request.pageIndex, request.limits);
    case 'terminate':
      if (engine) await (await engine).terminate();
      engine = undefined;
      return null;
  }
}

function serialise(error: unknown): SerialisedError {
  const { message, stack } = error instanceof Error ? error : new Error(String(error));
  if (!isAppError(error)) return { message, stack };
  const { code, httpStatus, messageVi, messageEn, details } = error;
  return { message, stack, app: { code, httpStatus, messageVi, messageEn, details } };
}
