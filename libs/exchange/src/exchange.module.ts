import { type DynamicModule, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobQueue } from '@congvan/jobs';
import { EdxmlOutbox } from './edxml-outbox.entity.js';
import { ExchangeController } from './exchange.controller.js';
import { TakeBackController } from './take-back.controller.js';
import { TakeBackService } from './take-back.service.js';
import { EXCHANGE_TRUSTED_ROOTS, ExchangeService } from './exchange.service.js';
import { OutboxService } from './outbox.service.js';
import type forge from 'node-forge';
import { EDXML_TRANSPORT, FolderTransport, HttpTransport } from './transport.js';

export interface ExchangeOptions {
  /** The folder transport's folder. */
  outboxDir: string;
  /** A gateway taking packages by HTTP POST; set, it is used instead of the folder. */
  gateway?: { url: string; token: string | null } | null;
  /** Roots a signer of a received PDF must chain to (SIGNATURE_TRUSTED_ROOTS). */
  trustedRoots?: forge.pki.Certificate[];
}

export const JOB_EDXML_OUTBOX = 'edxml.outbox';

@Module({})
export class ExchangeModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly exchange: ExchangeService,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    // Every minute: queue the statuses documents have reached, then send what is queued.
    this.jobs.define(JOB_EDXML_OUTBOX, {
      handle: async () => {
        await this.exchange.syncStatuses();
        await this.outbox.deliver();
      },
      schedule: '* * * * *',
    });
  }

  static forRoot(options: ExchangeOptions): DynamicModule {
    return {
      module: ExchangeModule,
      imports: [TypeOrmModule.forFeature([EdxmlOutbox])],
      controllers: [ExchangeController, TakeBackController],
      providers: [
        {
          provide: EDXML_TRANSPORT,
          useValue: options.gateway
            ? new HttpTransport(options.gateway.url, options.gateway.token)
            : new FolderTransport(options.outboxDir),
        },
        { provide: EXCHANGE_TRUSTED_ROOTS, useValue: options.trustedRoots ?? [] },
        OutboxService,
        ExchangeService,
        TakeBackService,
      ],
      exports: [ExchangeService, OutboxService, TakeBackService],
    };
  }
}
