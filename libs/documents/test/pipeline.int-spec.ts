import type { AuthUser } from '@congvan/auth';
import type { TestingModule } from '@nestjs/testing';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { isAppError } from '@congvan/common';
import { DirectiveDraft, Document, DocumentPage, DocumentsService } from '@congvan/documents';
import { characterErrorRate } from '@congvan/ocr';
import { FileStorage } from '@congvan/storage';
import { type DocumentsTestModule, startDocumentsModule } from './documents-test-module.js';

const sample = (path: string) => readFileSync(new URL(`../../../samples/${path}`, import.meta.url));

async function until(
  read: () => Promise<Document>,
  done: (d: Document) => boolean,
  timeoutMs = 240_000,
): Promise<Document> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const document = await read();
    if (done(document)) return document;
    if (Date.now() > deadline) throw new Error(`document stuck in ${document.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The pipeline's own checks read as an administrator, who sees every document. */
const ADMIN: AuthUser = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'admin',
  role: 'system_admin',
  unitId: null,
  organisation: null,
};

describe('document pipeline (real PostgreSQL, real tesseract.js vie)', () => {
  let documentsModule: DocumentsTestModule | undefined;
  let moduleRef: TestingModule;
  let documents: DocumentsService;
  let dataSource: DataSource;
  const finished = (d: Document) => ['extracted', 'failed'].includes(d.status);

  beforeAll(async () => {
    documentsModule = await startDocumentsModule({ work: true, ocrWorkers: 2, inboxDir: null });
    moduleRef = documentsModule.moduleRef;
    documents = moduleRef.get(DocumentsService);
    dataSource = moduleRef.get(DataSource);
  });

  afterAll(() => documentsModule?.close());

  it('turns a born-digital PDF into page text from its text layer and a directive draft', async () => {
    const { document, duplicate } = await documents.ingest(
      sample('directives/dongda-2024-01-matkhau/scan-born-digital.pdf'),
      'Công văn Đống Đa.pdf',
      null,
    );
    expect(duplicate).toBe(false);
    expect(document.status).toBe('received');
    const done = await until(() => documents.get(ADMIN, document.id), finished);
    expect(done.failure).toBeNull();
    expect(done).toMatchObject({
      status: 'extracted',
      textSource: 'text-layer',
      mimeType: 'application/pdf',
      originalName: 'Công văn Đống Đa.pdf',
    });
    const pages = await documents.pages(ADMIN, document.id);
    expect(pages.map((p) => p.pageIndex)).toEqual([...Array(done.pageCount).keys()]);
    expect(pages.map((p) => p.normalisedText).join('\n')).toContain('Kính gửi');
    const draft = await dataSource.getRepository(DirectiveDraft).findOneByOrFail({ documentId: document.id });
    expect(draft.extracted).toMatchObject({ system: 'state', symbol: 'UBND-NV' });
  });

  it('reads a scanned page image with Vietnamese OCR', async () => {
    const { document } = await documents.ingest(
      sample('directives/myduc-2024-08-matkhau/scan-clean-300-p1.png'),
      'myduc-p1.png',
      null,
    );
    const done = await until(() => documents.get(ADMIN, document.id), finished);
    expect(done).toMatchObject({ status: 'extracted', textSource: 'ocr', pagesDone: 1, pageCount: 1 });
    const [page] = await documents.pages(ADMIN, document.id);
    expect(page.source).toBe('ocr');
    expect(page.confidence).toBeGreaterThan(80);
    expect(page.words.length).toBeGreaterThan(50);
    expect(page.normalisedText).toContain('HUYỆN ỦY MỸ ĐỨC');
    const truth = sample('directives/myduc-2024-08-matkhau/text.txt').toString('utf8');
    // Page 1 only: compare against the start of the truth of the same length.
    expect(characterErrorRate(truth.slice(0, page.normalisedText.length), page.normalisedText).rate).toBeLessThan(0.1);
  });

  it('returns the existing document when the same file is uploaded again', async () => {
    const bytes = sample('directives/dongda-2024-01-matkhau/scan-born-digital.pdf');
    const again = await documents.ingest(bytes, 'lan-2.pdf', null);
    expect(again.duplicate).toBe(true);
    expect(await dataSource.getRepository(Document).countBy({ sha256: again.document.sha256 })).toBe(1);
  });

  it.each([
    ['bad/not-a-document.pdf', 'UNSUPPORTED_FILE_TYPE', 415],
    ['bad/truncated.pdf', 'UNREADABLE_PDF', 422],
    ['bad/encrypted.pdf', 'ENCRYPTED_PDF', 422],
    ['bad/bomb.png', 'IMAGE_TOO_LARGE', 422],
  ])('rejects %s with %s, records the failure and keeps the original', async (path, code, status) => {
    const bytes = sample(path);
    const error = await documents.ingest(bytes, path, null).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(error) && [error.code, error.httpStatus]).toEqual([code, status]);
    const documentId = isAppError(error) ? (error.details?.documentId as string) : '';
    const failed = await documents.get(ADMIN, documentId);
    expect(failed).toMatchObject({ status: 'failed', failure: { stage: 'intake', code } });
    expect((await moduleRef.get(FileStorage).get(failed.sha256)).equals(bytes)).toBe(true);
    expect(await dataSource.getRepository(DocumentPage).countBy({ documentId })).toBe(0);
  });

  it('refuses an empty upload without storing anything', async () => {
    await expect(documents.ingest(Buffer.alloc(0), 'empty.pdf', null)).rejects.toMatchObject({
      code: 'EMPTY_FILE',
      httpStatus: 400,
    });
  });

  it('finds documents by words typed without accents', async () => {
    const hits = await documents.list(ADMIN, { q: 'mat khau tai khoan', limit: 10, offset: 0 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].snippet?.toLowerCase()).toContain('mật khẩu');
    expect(await documents.list(ADMIN, { q: 'khong co trong van ban nao', limit: 10, offset: 0 })).toEqual([]);
  });
});
