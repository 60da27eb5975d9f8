import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pollUntil } from '../setup/http.js';
import { createEmptyDatabase, type TestDatabase } from '../setup/test-database.js';
import { killAllChildren, runCli, startSpawnedApp, type SpawnedApp } from '../support/spawned-app.js';

const PASSWORD = 'Mật-khẩu-Mạnh-2024!';
const sample = (path: string) => readFileSync(new URL(`../../samples/directives/${path}`, import.meta.url));

const poll = <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number) =>
  pollUntil(read, done, { intervalMs: 100, timeoutMs });

describe('crash recovery: kill -9 during OCR (the real application, spawned)', () => {
  let database: TestDatabase;
  let db: pg.Client;
  let app: SpawnedApp | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'congvan-crash-'));

  beforeAll(async () => {
    database = await createEmptyDatabase();
  });

  afterAll(async () => {
    await app?.stop();
    await killAllChildren();
    await db?.end();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('picks the document up again within 60 s of the restart, with each page once, and stops quietly mid-OCR', async () => {
    const env = {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      OCR_WORKERS: '1', // pages one after the other, so the kill falls between two pages
      SEED_SAMPLE_ORG: 'false',
    };
    const created = await runCli(['create-user', '--username', 'vanthu', '--role', 'clerk'], {
      ...env,
      CONGVAN_PASSWORD: PASSWORD,
    });
    expect(created).toMatchObject({ code: 0 });
    app = await startSpawnedApp(env);
    db = new pg.Client(database.url);
    await db.connect();

    const login = await fetch(`${app.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'vanthu', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const upload = async (path: string): Promise<string> => {
      const form = new FormData();
      form.append('file', new Blob([sample(path)], { type: 'application/pdf' }), 'Công văn.pdf');
      const response = await fetch(`${app!.baseUrl}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const id = await upload('dongda-2024-01-matkhau/scan-image-only.pdf'); // two scanned pages

    const documentById = (documentId: string) => () =>
      db
        .query<{ status: string; pages_done: number; page_count: number | null }>(
          'SELECT status, pages_done, page_count FROM document WHERE id = $1',
          [documentId],
        )
        .then((result) => result.rows[0]!);
    const document = documentById(id);
    // Mid-OCR: at least one page read, not all of them.
    const before = await poll(document, (d) => d.pages_done >= 1 || d.status !== 'received', 120_000);
    app.child.kill('SIGKILL');
    await app.exited;
    expect(before).toMatchObject({ status: 'received', page_count: 2, pages_done: 1 });

    const restartedAt = Date.now();
    app = await startSpawnedApp(env);
    const healthy = (Date.now() - restartedAt) / 1000;
    const after = await poll(document, (d) => d.status !== 'received' && d.status !== 'text_ready', 60_000);
    const seconds = (Date.now() - restartedAt) / 1000;
    process.stdout.write(
      `crash recovery: healthy ${healthy.toFixed(1)} s, document ${after.status} ${seconds.toFixed(1)} s after the restart\n`,
    );
    expect(after).toMatchObject({ status: 'extracted', page_count: 2, pages_done: 2 });
    expect(seconds).toBeLessThan(60);
    expect(app.output()).toContain('job recovered from a dead worker');

    const pages = await db.query<{ page_index: number }>(
      'SELECT page_index FROM document_page WHERE document_id = $1 ORDER BY page_index',
      [id],
    );
    expect(pages.rows.map((row) => row.page_index)).toEqual([0, 1]);
    const drafts = await db.query('SELECT 1 FROM directive_draft WHERE document_id = $1', [id]);
    expect(drafts.rowCount).toBe(1);
    const ocrJobs = await db.query<{ state: string }>(
      `SELECT state FROM pgboss.job WHERE name = 'document.ocr' AND data->>'documentId' = $1`,
      [id],
    );
    expect(ocrJobs.rows).toEqual([{ state: 'completed' }]);
    // No claim left behind (the extraction job's own is released just after it marks the document).
    const claims = await poll(
      async () => (await db.query('SELECT 1 FROM job_claim')).rowCount,
      (count) => count === 0,
      10_000,
    );
    expect(claims).toBe(0);

    // A normal stop in the middle of another document's OCR: exit 0, not one error line, and the
    // interrupted job is kept for the next start.
    const second = await upload('myduc-2024-08-matkhau/scan-image-only.pdf');
    await poll(documentById(second), (d) => d.pages_done >= 1 || d.status !== 'received', 60_000);
    expect(await app.stop()).toBe(0);
    const errors = app
      .output()
      .split('\n')
      .filter((line) => line.includes('"level":"error"') || /\bError\b/.test(line));
    expect(errors).toEqual([]);
    const kept = await db.query<{ state: string }>(
      `SELECT state FROM pgboss.job WHERE name = 'document.ocr' AND data->>'documentId' = $1`,
      [second],
    );
    expect(kept.rows.map((row) => row.state)).toEqual([expect.stringMatching(/^(retry|active|created)$/)]);
  });
});
