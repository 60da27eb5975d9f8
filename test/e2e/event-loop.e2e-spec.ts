import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createEmptyDatabase, type TestDatabase } from '../setup/test-database.js';
import { killAllChildren, runCli, startSpawnedApp, type SpawnedApp } from '../support/spawned-app.js';

const PASSWORD = 'Mật-khẩu-Mạnh-2024!';

/** A born-digital PDF of `pages` pages, each with a few lines of text (or blank). */
async function pdf(pages: number, text: boolean): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.TimesRoman);
  for (let i = 0; i < pages; i++) {
    const page = document.addPage([595, 842]);
    if (!text) continue;
    for (let line = 0; line < 12; line++)
      page.drawText(`Trang ${i + 1}, dong ${line + 1}: UBND quan Dong Da de nghi cac don vi thuc hien.`, {
        x: 60,
        y: 780 - line * 20,
        size: 11,
        font,
      });
  }
  return Buffer.from(await document.save());
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe('the event loop stays free while big PDFs are read (the real application, spawned)', () => {
  let database: TestDatabase;
  let app: SpawnedApp | undefined;
  let sampling = false; // the /health sampler's loop
  const dataDir = mkdtempSync(join(tmpdir(), 'congvan-loop-'));

  beforeAll(async () => {
    database = await createEmptyDatabase();
  });

  afterAll(async () => {
    sampling = false;
    await app?.stop();
    await killAllChildren();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps /health p99 under 200 ms while a 200-page PDF is read and a 10,000-page one refused', async () => {
    const [twoHundred, tenThousand] = [await pdf(200, true), await pdf(10_000, false)];
    const env = { DATABASE_URL: database.url, DATA_DIR: dataDir, OCR_WORKERS: '1', SEED_SAMPLE_ORG: 'false' };
    expect(
      await runCli(['create-user', '--username', 'vanthu', '--role', 'clerk'], { ...env, CONGVAN_PASSWORD: PASSWORD }),
    ).toMatchObject({ code: 0 });
    app = await startSpawnedApp(env);
    const base = app.baseUrl;
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'vanthu', password: PASSWORD }),
    });
    const auth = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
    const upload = (bytes: Buffer, name: string) => {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
      return fetch(`${base}/documents`, { method: 'POST', headers: auth, body: form });
    };

    const latencies: number[] = [];
    const statuses = new Set<number>();
    sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const started = performance.now();
        statuses.add(
          await fetch(`${base}/health`).then(
            (response) => response.status,
            () => 0,
          ),
        );
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();

    const accepted = await upload(twoHundred, 'hai-tram-trang.pdf');
    expect(accepted.status).toBe(201);
    const { id } = (await accepted.json()) as { id: string };
    const refusedAt = performance.now();
    const refused = await upload(tenThousand, 'muoi-nghin-trang.pdf');
    const refusalMs = performance.now() - refusedAt;
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ code: 'TOO_MANY_PAGES', message: expect.stringMatching(/trang/) });

    const deadline = Date.now() + 180_000;
    let status = 'received';
    while (status !== 'extracted') {
      expect(['received', 'text_ready', 'extracted']).toContain(status);
      if (Date.now() > deadline) throw new Error(`the 200-page PDF is still ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = ((await (await fetch(`${base}/documents/${id}`, { headers: auth })).json()) as { status: string })
        .status;
    }
    const readMs = Date.now() - (deadline - 180_000);

    // A page image: drawn once (in a worker thread), then served from storage.
    const image = async () => {
      const started = performance.now();
      const response = await fetch(`${base}/documents/${id}/pages/150/image`, { headers: auth });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/image\/jpeg/);
      return { bytes: Buffer.from(await response.arrayBuffer()), ms: performance.now() - started };
    };
    const [first, second] = [await image(), await image()];
    expect(second.bytes.equals(first.bytes)).toBe(true);
    sampling = false;
    await sampler;

    const p99 = percentile(latencies, 99);
    process.stdout.write(
      `event loop: /health p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, ` +
        `max ${Math.max(...latencies).toFixed(0)} ms over ${latencies.length} requests; ` +
        `200 pages read in ${readMs} ms; 10,000 pages refused in ${refusalMs.toFixed(0)} ms; ` +
        `page image ${first.ms.toFixed(0)} ms, again ${second.ms.toFixed(0)} ms\n`,
    );
    expect([...statuses]).toEqual([200]);
    expect(latencies.length).toBeGreaterThan(50);
    expect(p99).toBeLessThan(200);
  });
});
