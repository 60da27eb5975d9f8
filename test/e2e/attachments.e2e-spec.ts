import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, vietnamToday } from '@congvan/tasking';
import { requirement, WARDS_LINE } from '../setup/directives.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const CAP = 4 * 1024 * 1024;

/** A PDF-typed file of `size` bytes (file-type reads the head only). */
const pdfOf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), randomBytes(size)]).subarray(0, size);

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('attachments: checked before a byte is kept, streamed to disk under a cap, nothing left after a refusal (HTTP)', () => {
  let app: TestApp;
  let catLinh: string;
  let hangBot: string;
  let catLinhTask: string;
  let hangBotTask: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const stored = () => filesUnder(join(app.dataDir, 'files'));

  beforeAll(async () => {
    app = await startTestApp({ UPLOAD_MAX_BYTES: String(CAP) });
    const clerk = await app.signIn('clerk');
    catLinh = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    hangBot = await app.signIn('unit_admin', 'dongda.ward.hang-bot');
    const directive = {
      date: addDays(vietnamToday(), -1),
      issuer: { name: 'Ủy ban nhân dân quận Đống Đa' },
      recipients: [WARDS_LINE],
      requirements: [requirement('1', 'Báo cáo kết quả')],
    };
    const documentId = await app.confirmedDirective(directive);
    const [catLinhId, hangBotId] = [await app.unitId('dongda.ward.cat-linh'), await app.unitId('dongda.ward.hang-bot')];
    await app.dispatchTo(clerk, documentId, WARDS_LINE, [catLinhId, hangBotId]);
    const taskOf = async (unitId: string) =>
      (await app.dataSource.query(`SELECT id FROM task WHERE unit_id = $1`, [unitId]))[0].id as string;
    [catLinhTask, hangBotTask] = [await taskOf(catLinhId), await taskOf(hangBotId)];
  });

  afterAll(() => app.close());

  it("refuses files for another unit's task, or a task that does not exist, before reading them: nothing on disk", async () => {
    const big = pdfOf(CAP - 1024);
    for (const task of [hangBotTask, '6f1f3c52-8a43-4d43-9a57-3b8a9d0f2a11']) {
      const response = await app
        .http()
        .post(`/tasks/${task}/responses`)
        .set(auth(catLinh))
        .field('text', 'Đã thực hiện')
        .attach('files', big, 'bao-cao-1.pdf')
        .attach('files', big, 'bao-cao-2.pdf');
      expect([response.status, response.body.code]).toEqual([404, 'TASK_NOT_FOUND']);
    }
    expect(stored()).toEqual([]);
  });

  it('refuses a file over the cap with 413 and one of the wrong type with 415, leaving nothing behind', async () => {
    const tooBig = await app
      .http()
      .post(`/tasks/${catLinhTask}/responses`)
      .set(auth(catLinh))
      .field('text', 'Đã thực hiện')
      .attach('files', pdfOf(CAP + 1), 'qua-lon.pdf');
    expect([tooBig.status, tooBig.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const script = await app
      .http()
      .post(`/tasks/${catLinhTask}/responses`)
      .set(auth(catLinh))
      .field('text', 'Đã thực hiện')
      .attach('files', pdfOf(1000), 'dung.pdf')
      .attach('files', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'tep-la.pdf');
    const control = await app
      .http()
      .post(`/tasks/${catLinhTask}/responses`)
      .set(auth(catLinh))
      .field('text', 'Đã thực hiện')
      .attach('files', Buffer.from('#!/bin/sh'), 'tep\u0007\u001bla.pdf');
    expect([control.status, control.body.code]).toEqual([400, 'MALFORMED_UPLOAD']);
    expect([script.status, script.body.code, script.body.details]).toEqual([
      415,
      'UNSUPPORTED_ATTACHMENT',
      { name: 'tep-la.pdf' },
    ]);
    expect(stored()).toEqual([]);
  });

  it("stores its own unit's attachments by content, with the temporary upload gone", async () => {
    const bytes = pdfOf(CAP - 10);
    const { body } = await app
      .http()
      .post(`/tasks/${catLinhTask}/responses`)
      .set(auth(catLinh))
      .field('text', 'Phường Cát Linh đã thực hiện')
      .attach('files', bytes, 'Báo cáo.pdf')
      .expect(201);
    expect(body.attachments).toEqual([
      expect.objectContaining({ name: 'Báo cáo.pdf', mimeType: 'application/pdf', sizeBytes: bytes.length }),
    ]);
    const files = stored();
    expect(files).toHaveLength(1);
    expect(files[0].endsWith(body.attachments[0].sha256)).toBe(true);
    await app
      .http()
      .post(`/tasks/${catLinhTask}/responses`)
      .set(auth(hangBot))
      .field('text', 'x')
      .attach('files', bytes, 'x.pdf')
      .expect(404);
    expect(stored()).toEqual(files);
  });

  it('answers eight concurrent uploads of the same new scan with one document, never a 500', async () => {
    const clerk = await app.signIn('clerk');
    const scan = readFileSync(
      new URL('../../samples/directives/dongda-2024-01-matkhau/scan-born-digital.pdf', import.meta.url),
    );
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        app.http().post('/documents').set(auth(clerk)).attach('file', scan, 'cong-van.pdf'),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(responses.filter((r) => r.body.duplicate).length).toBe(7);
  });
});
