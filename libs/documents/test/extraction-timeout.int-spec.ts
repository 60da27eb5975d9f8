import type { AuthUser } from '@congvan/auth';
import { DataSource } from 'typeorm';
import { DirectiveDraft, DocumentPage, DocumentsService, type Document } from '@congvan/documents';
import { devTextPdf } from '../../../test/support/dev-text-pdf.js';
import { startDocumentsModule, type DocumentsTestModule } from './documents-test-module.js';

const ADMIN: AuthUser = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'admin',
  role: 'system_admin',
  unitId: null,
  organisation: null,
};

describe('a document whose extraction passes its deadline (real PostgreSQL, real extraction thread)', () => {
  let started: DocumentsTestModule;

  beforeAll(async () => {
    // A 150-page text takes over a second to extract; 0.2 s is allowed here.
    started = await startDocumentsModule({
      work: true,
      ocrWorkers: 1,
      inboxDir: null,
      maxPages: 200,
      extractionTimeoutMs: 200,
    });
  });

  afterAll(() => started?.close());

  it('ends failed at the extract stage with the reason in Vietnamese and English, its pages kept', async () => {
    const documents = started.moduleRef.get(DocumentsService);
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
    const dataSource = started.moduleRef.get(DataSource);
    expect(await dataSource.getRepository(DocumentPage).countBy({ documentId: document.id })).toBe(150);
    expect(await dataSource.getRepository(DirectiveDraft).countBy({ documentId: document.id })).toBe(0);
  });
});
