import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@congvan/auth';
import { buildDataSourceOptions } from '@congvan/db';
import { DocumentsModule, type DocumentsOptions } from '@congvan/documents';
import { JobsModule } from '@congvan/jobs';
import { StorageModule } from '@congvan/storage';
import { ENTITIES, MIGRATIONS } from '../../../apps/api/src/schema.js';
import { createTestDatabase } from '../../../test/setup/test-database.js';

export interface DocumentsTestModule {
  moduleRef: TestingModule;
  /** Stops the module, drops its database and removes its stored files. */
  close(): Promise<void>;
}

/**
 * The documents module as the app wires it (the audit log included, which refused uploads are deleted
 * through), on a fresh database and its own storage folder, with the production upload limits.
 */
export async function startDocumentsModule(
  options: {
    /** Whether this process runs the queued pipeline jobs. */
    work: boolean;
    ocrWorkers: number;
    inboxDir: string | null;
  } & Partial<Pick<DocumentsOptions, 'maxPages' | 'extractionTimeoutMs'>>,
): Promise<DocumentsTestModule> {
  const database = await createTestDatabase();
  const storageDir = mkdtempSync(join(tmpdir(), 'congvan-docs-'));
  const moduleRef = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot(buildDataSourceOptions(database.url, ENTITIES, MIGRATIONS)),
      JobsModule.forRoot({ connectionString: database.url, work: options.work }),
      StorageModule.forRoot({ dir: storageDir }),
      AuthModule.forRoot(),
      DocumentsModule.forRoot({
        maxBytes: 20 * 1024 * 1024,
        maxPages: options.maxPages ?? 20,
        maxPixels: 60_000_000,
        ocrWorkers: options.ocrWorkers,
        inboxDir: options.inboxDir,
        extractionTimeoutMs: options.extractionTimeoutMs,
      }),
    ],
  }).compile();
  await moduleRef.init();
  return {
    moduleRef,
    async close() {
      await moduleRef.close();
      await database.drop();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}
