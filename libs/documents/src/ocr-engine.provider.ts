import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { TesseractOcrEngine } from '@congvan/ocr';
import { DOCUMENTS_OPTIONS, type DocumentsOptions } from './documents.options.js';

/**
 * The OCR engine is created once, on first use (a process that never OCRs never loads the
 * Vietnamese model), reused by every job, and terminated with the application.
 */
@Injectable()
export class OcrEngineProvider implements OnApplicationShutdown {
  private instance?: Promise<TesseractOcrEngine>;

  constructor(@Inject(DOCUMENTS_OPTIONS) private readonly options: DocumentsOptions) {}

  engine(): Promise<TesseractOcrEngine> {
    this.instance ??= TesseractOcrEngine.create({ workers: this.options.ocrWorkers });
    return this.instance;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.instance) await (await this.instance).terminate();
  }
}
