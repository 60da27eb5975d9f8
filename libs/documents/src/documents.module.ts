import { type DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoryStorage } from 'multer';
import { DirectiveDraft } from './directive-draft.entity.js';
import { Document } from './document.entity.js';
import { DocumentFile } from './document-file.entity.js';
import { DocumentPage } from './document-page.entity.js';
import { EdxmlImporter } from './edxml-import.js';
import { DocumentsController } from './documents.controller.js';
import { DOCUMENTS_OPTIONS, type DocumentsOptions } from './documents.options.js';
import { RegisterPdfRenderer } from './register-pdf.js';
import { RefusedDocumentsService } from './refused-documents.service.js';
import { DocumentsService } from './documents.service.js';
import { DirectiveReviewService } from './directive-review.service.js';
import { InboxWatcher } from './inbox-watcher.js';
import { RegisterService } from './register.service.js';
import { OcrThreads } from './ocr-threads.provider.js';
import { ExtractionThreads } from './extraction-threads.provider.js';
import { DocumentPipeline } from './pipeline.js';

@Module({})
export class DocumentsModule {
  static forRoot(options: DocumentsOptions): DynamicModule {
    return {
      module: DocumentsModule,
      imports: [
        TypeOrmModule.forFeature([Document, DocumentPage, DirectiveDraft, DocumentFile]),
        MulterModule.register({
          storage: memoryStorage(),
          limits: { fileSize: options.maxBytes, files: 1, fields: 10 },
        }),
      ],
      controllers: [DocumentsController],
      providers: [
        { provide: DOCUMENTS_OPTIONS, useValue: options },
        OcrThreads,
        ExtractionThreads,
        DocumentPipeline,
        EdxmlImporter,
        DocumentsService,
        DirectiveReviewService,
        RefusedDocumentsService,
        RegisterService,
        {
          provide: RegisterPdfRenderer,
          useValue: new RegisterPdfRenderer({ chromiumPath: options.chromiumPath, fontDir: options.fontDir }),
        },
        InboxWatcher,
      ],
      exports: [DocumentsService],
    };
  }
}
