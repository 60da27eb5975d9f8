import type { TestingModule } from '@nestjs/testing';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentsService, InboxWatcher } from '@congvan/documents';
import { type DocumentsTestModule, startDocumentsModule } from './documents-test-module.js';

describe('inbox folder', () => {
  let documentsModule: DocumentsTestModule;
  let moduleRef: TestingModule;
  const inbox = mkdtempSync(join(tmpdir(), 'congvan-inbox-'));

  beforeAll(async () => {
    documentsModule = await startDocumentsModule({ work: false, ocrWorkers: 1, inboxDir: inbox });
    moduleRef = documentsModule.moduleRef;
  });

  afterAll(async () => {
    await documentsModule.close();
    rmSync(inbox, { recursive: true, force: true });
  });

  const drop = (name: string, bytes: Buffer, ageMs: number) => {
    writeFileSync(join(inbox, name), bytes);
    const when = new Date(Date.now() - ageMs);
    utimesSync(join(inbox, name), when, when);
  };

  it('ingests settled files, rejects bad ones with the reason, and leaves files still being written', async () => {
    drop(
      'cong-van.pdf',
      readFileSync(
        new URL('../../../samples/directives/dongda-2024-01-matkhau/scan-born-digital.pdf', import.meta.url),
      ),
      60_000,
    );
    drop('hoa-don.pdf', Buffer.from('MZ not a pdf at all'), 60_000);
    drop('dang-quet.pdf', Buffer.from('%PDF-1.7 partial'), 0);
    const taken = await moduleRef.get(InboxWatcher).scan();
    expect(taken).toBe(2);
    expect(readdirSync(inbox).sort()).toEqual(['dang-quet.pdf', 'processed', 'rejected']);
    rmSync(join(inbox, 'dang-quet.pdf')); // (settled by the next test's pass, it would be taken there)
    expect(readdirSync(join(inbox, 'processed'))).toEqual([expect.stringMatching(/-cong-van\.pdf$/)]);
    const rejected = readdirSync(join(inbox, 'rejected')).sort();
    expect(rejected).toEqual([
      expect.stringMatching(/-hoa-don\.pdf$/),
      expect.stringMatching(/-hoa-don\.pdf\.reason\.txt$/),
    ]);
    expect(readFileSync(join(inbox, 'rejected', rejected[1]), 'utf8')).toMatch(/^UNSUPPORTED_FILE_TYPE\n.*[À-ỹ]/u);
    const listed = await moduleRef
      .get(DocumentsService)
      .list(
        { id: 'x', username: 'x', role: 'system_admin', unitId: null, organisation: null },
        { limit: 10, offset: 0 },
      );
    expect(listed.map((hit) => hit.document.originalName).sort()).toEqual(['cong-van.pdf', 'hoa-don.pdf']);
  });

  it('takes an edXML package dropped under any name, and rejects a malformed one with the reason and no row', async () => {
    const sample = (path: string) => readFileSync(new URL(`../../../samples/edxml/${path}`, import.meta.url));
    drop('tu-truc-lien-thong.dat', sample('myduc-1100-cv-hu.xml'), 60_000);
    drop('goi-hong.xml', sample('bad/xxe-external-entity.xml'), 60_000);
    expect(await moduleRef.get(InboxWatcher).scan()).toBe(2);
    expect(readdirSync(join(inbox, 'processed'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/-tu-truc-lien-thong\.dat$/)]),
    );
    const reason = readdirSync(join(inbox, 'rejected')).find((f) => f.endsWith('-goi-hong.xml.reason.txt'))!;
    expect(readFileSync(join(inbox, 'rejected', reason), 'utf8')).toMatch(/^EDXML_FORBIDDEN_CONSTRUCT\nGói tin edXML/u);
    const listed = await moduleRef
      .get(DocumentsService)
      .list(
        { id: 'x', username: 'x', role: 'system_admin', unitId: null, organisation: null },
        { limit: 10, offset: 0 },
      );
    const names = listed.map((hit) => hit.document.originalName);
    expect(names).toContain('tu-truc-lien-thong.dat');
    expect(names).not.toContain('goi-hong.xml');
    expect(listed.find((hit) => hit.document.originalName === 'tu-truc-lien-thong.dat')?.document).toMatchObject({
      source: 'edxml',
      status: 'received',
    });
  });
});
