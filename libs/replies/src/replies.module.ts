import { type DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoryStorage } from 'multer';
import { OutgoingRegister } from './outgoing-register.entity.js';
import { RenderingProvider } from './rendering.provider.js';
import { RepliesController } from './replies.controller.js';
import { RepliesService } from './replies.service.js';
import { ReplyRenderer } from './reply-renderer.js';
import { ReplyWorkflowService, TRUSTED_ROOTS } from './reply-workflow.service.js';
import type forge from 'node-forge';
import { ReplyDocument } from './reply-document.entity.js';
import { ReplyDraftsService } from './reply-drafts.service.js';
import { ReplyTemplate } from './reply-template.entity.js';
import { ReplyTemplatesController } from './reply-templates.controller.js';
import { ReplyTemplatesService } from './reply-templates.service.js';

export interface RepliesOptions {
  templatesDir: string;
  /** CHROMIUM_PATH; unset: Debian's chromium when installed, else the one from npm. */
  chromiumPath?: string;
  /** DOCUMENT_FONT_DIR; unset: the Tinos from npm. */
  fontDir?: string;
  /** Roots a signer must chain to for verify to call it trusted (SIGNATURE_TRUSTED_ROOTS). */
  trustedRoots?: forge.pki.Certificate[];
}

@Module({})
export class RepliesModule {
  static forRoot(options: RepliesOptions): DynamicModule {
    return {
      module: RepliesModule,
      imports: [
        TypeOrmModule.forFeature([ReplyDocument, OutgoingRegister, ReplyTemplate]),
        MulterModule.register({
          storage: memoryStorage(),
          limits: { fileSize: 20 * 1024 * 1024, files: 2, fields: 5 },
        }),
      ],
      controllers: [RepliesController, ReplyTemplatesController],
      providers: [
        { provide: TRUSTED_ROOTS, useValue: options.trustedRoots ?? [] },
        { provide: RenderingProvider, useValue: new RenderingProvider(options) },
        ReplyRenderer,
        RepliesService,
        ReplyWorkflowService,
        ReplyTemplatesService,
        ReplyDraftsService,
      ],
      exports: [RepliesService, ReplyWorkflowService],
    };
  }
}
