import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { OcrThread } from '@congvan/ocr';
import { DOCUMENTS_OPTIONS, type DocumentsOptions } from './documents.options.js';

/**
 * Documents are read off the event loop, in two worker threads started on first use: `intake`
 * checks uploads (kind, pages, image sizes) and draws the odd page image, so an upload is never
 * queued behind a long OCR; `ocr` runs the pipeline's reading (pdf.js, layout, tesseract.js, whose
 * engine is created once in that thread and reused). Both end with the application.
 */
@Injectable()
export class OcrThreads implements OnApplicationShutdown {
  readonly intake: OcrThread;
  readonly ocr: OcrThread;

  constructor(@Inject(DOCUMENTS_OPTIONS) options: DocumentsOptions) {
    this.intake = new OcrThread();
    this.ocr = new OcrThread({ workers: options.ocrWorkers, engine: options.ocrEngine, model: options.ocrModel });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.intake.terminate(), this.ocr.terminate()]);
  }
}
