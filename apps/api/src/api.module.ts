import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { join, resolve } from 'node:path';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@congvan/auth';
import { AppExceptionFilter } from './app-exception.filter.js';
import type { Env } from '@congvan/config';
import { buildDataSourceOptions, ChangeFeedModule } from '@congvan/db';
import { DocumentsModule } from '@congvan/documents';
import { HealthModule } from '@congvan/health';
import { JobsModule } from '@congvan/jobs';
import { OrganisationModule } from '@congvan/organisation';
import { parseTrustedRoots, RepliesModule } from '@congvan/replies';
import { readFileSync } from 'node:fs';
import { TaskingModule } from '@congvan/tasking';
import { StorageModule } from '@congvan/storage';
import { ExchangeModule } from '@congvan/exchange';
import { availableParallelism } from 'node:os';
import { ENTITIES, MIGRATIONS } from './schema.js';

export interface ApiModuleOptions {
  env: Env;
  /** The database actually used: DATABASE_URL, or the embedded server's URL. */
  databaseUrl: string;
}

/** The one deployable: HTTP API and, when the worker role is on, the pipeline worker. */
@Module({})
export class ApiModule {
  static forRoot({ env, databaseUrl }: ApiModuleOptions): DynamicModule {
    const worker = env.ROLES.includes('worker');
    const storageDir = env.STORAGE_DIR ?? join(env.DATA_DIR, 'files');
    return {
      module: ApiModule,
      imports: [
        TypeOrmModule.forRoot(buildDataSourceOptions(databaseUrl, ENTITIES, MIGRATIONS)),
        JobsModule.forRoot({ connectionString: databaseUrl, work: worker }),
        ChangeFeedModule.forRoot({ connectionString: databaseUrl }),
        AuthModule.forRoot({
          adminRotationDays: env.AUTH_ADMIN_ROTATION_DAYS,
          userRotationDays: env.AUTH_USER_ROTATION_DAYS,
          sessionTtlHours: env.SESSION_TTL_HOURS,
          sessionCacheMs: env.SESSION_CACHE_MS,
        }),
        HealthModule,
        StorageModule.forRoot({ dir: storageDir }),
        OrganisationModule.forRoot({ seedSamples: env.SEED_SAMPLE_ORG }),
        DocumentsModule.forRoot({
          maxBytes: env.UPLOAD_MAX_BYTES,
          maxPages: env.UPLOAD_MAX_PAGES,
          maxPixels: env.UPLOAD_MAX_PIXELS,
          ocrWorkers: env.OCR_WORKERS ?? availableParallelism(),
          ocrEngine: env.OCR_ENGINE,
          ocrModel: env.OCR_MODEL,
          extractionThreads: env.EXTRACTION_THREADS,
          extractionTimeoutMs: env.EXTRACTION_TIMEOUT_MS,
          inboxDir: worker ? (env.INBOX_DIR ?? null) : null,
          chromiumPath: env.CHROMIUM_PATH,
          fontDir: env.DOCUMENT_FONT_DIR,
        }),
        TaskingModule.forRoot({
          maxAttachmentBytes: env.UPLOAD_MAX_BYTES,
          responseCacheBytes: env.ROLES.includes('api') ? env.RESPONSE_CACHE_MB * 1024 * 1024 : 0,
        }),
        ExchangeModule.forRoot({
          outboxDir: env.EDXML_OUTBOX_DIR ?? join(env.DATA_DIR, 'edxml-outbox'),
          gateway: env.EDXML_GATEWAY_URL
            ? { url: env.EDXML_GATEWAY_URL, token: env.EDXML_GATEWAY_TOKEN ?? null }
            : null,
          trustedRoots: loadTrustedRoots(env.SIGNATURE_TRUSTED_ROOTS ?? []),
        }),
        RepliesModule.forRoot({
          templatesDir: resolve('templates'),
          chromiumPath: env.CHROMIUM_PATH,
          fontDir: env.DOCUMENT_FONT_DIR,
          trustedRoots: loadTrustedRoots(env.SIGNATURE_TRUSTED_ROOTS ?? []),
        }),
      ],
      providers: [
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
        },
      ],
    };
  }
}

/** The trusted signature roots from their PEM files; a missing or unreadable file stops start-up naming it. */
function loadTrustedRoots(paths: string[]) {
  return paths.flatMap((path) => {
    try {
      return parseTrustedRoots(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`SIGNATURE_TRUSTED_ROOTS: ${path}: ${(error as Error).message}`);
    }
  });
}
