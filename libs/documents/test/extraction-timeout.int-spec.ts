import type { AuthUser } from '@congvan/auth';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AuthModule } from '@congvan/auth';
import { buildDataSourceOptions } from '@congvan/db';
import { DirectiveDraft, DocumentPage, DocumentsModule, DocumentsService, type Document } from '@congvan/documents';
import { JobsModule } from '@congvan/jobs';
import { StorageModule } from '@congvan/storage';
import { ENTITIES, MIGRATIONS } from '../../../apps/api/src/schema.js';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database.js';
import { devTextPdf } from '../../../test/support/dev-text-pdf.js';

const ADMIN: AuthUser = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'admin',
  role: 'system_admin',
  unitId: null,
  organisation: null,
};

describe('a document whose extraction passes its deadline (real PostgreSQL, real extraction thread)', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  const storageDir = mkdtempSync(join(tmpdir(), 'congvan-extract-timeout-'));

  beforeAll(async () => {
    database = await createTestDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot(buildDataSourceOptions(database.url, ENTITIES, MIGRATIONS)),
        JobsModule.forRoot({ connectionString: database.url, work: true }),
        StorageModule.forRoot({ dir: storageDir }),
        AuthModule.forRoot(),
        DocumentsModule.forRoot({
          maxBytes: 20 * 1024 * 1024,
          maxPages: 200,
          maxPixels: 60_000_000,
          ocrWorkers: 1,
          inboxDir: null,
          // A 150-page text takes over a second to extract; 0.2 s is allowed here.
          extractionTimeoutMs: 200,
        }),
      ],
    }).compile();
    await moduleRef.init();
  });

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('ends failed at the extract stage with the reason in Vietnamese and English, its pages kept', async () => {
    const documents = moduleRef.get(DocumentsService);
    const { document } = await documents.ingest(await devTextPdf(150), 'Hướng dẫn dài.pdf', null);
    const deadline = Date.now() + 180_000;
    let done: Document = document;
    while (!['extracted', 'failed'].includes(done.status)) {
      if (Date.now() > deadline) throw new Error(`document stuck in ${done.status}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      done = await documents.get(ADMIN, document.id);
    }

    expect(done.status).toBe('failed');
    expect(done.failure).toEqual({
      stage: 'extract',
      code: 'EXTRACTION_TIMEOUT',
      messageVi: expect.stringMatching(
        /^Không trích xuất được nội dung văn bản trong 0,2 giây cho phép \(văn bản dài [\d.]+ ký tự\): văn bản quá dài hoặc có cấu trúc bất thường\.$/,
      ),
      messageEn: expect.stringMatching(
        /^Extraction did not finish within the 0\.2 s allowed \(a text of \d+ characters\)/,
      ),
      at: expect.any(String),
    });
    const dataSource = moduleRef.get(DataSource);
    expect(await dataSource.getRepository(DocumentPage).countBy({ documentId: document.id })).toBe(150);
    expect(await dataSource.getRepository(DirectiveDraft).countBy({ documentId: document.id })).toBe(0);
  });
});
