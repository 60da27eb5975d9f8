import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createEmptyDatabase, type TestDatabase } from '../setup/test-database.js';
import { devTextPdf } from '../support/dev-text-pdf.js';
import { killAllChildren, runCli, startSpawnedApp, type SpawnedApp } from '../support/spawned-app.js';

const PASSWORD = 'Mật-khẩu-Mạnh-2024!';
const LONG_PAGES = 1000;

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

interface Sample {
  /** Wall-clock time (Date.now()) the request was sent, to compare with the server's timestamps. */
  sentAt: number;
  ms: number;
  status: number;
}

/**
 * GET /health until `stop`. Closed loop (`open` false): one request at a time, 20 ms apart, as a
 * single client sees the server. Open loop: one every 20 ms whether or not the last has answered, so
 * a stalled event loop delays every request sent meanwhile (a 5 s stall is 250 late requests, where a
 * closed loop records one).
 */
function sampleHealth(base: string, open: boolean): { stop: () => Promise<Sample[]> } {
  const samples: Sample[] = [];
  const inFlight = new Set<Promise<void>>();
  const probe = () => {
    const [sentAt, started] = [Date.now(), performance.now()];
    const request = fetch(`${base}/health`)
      .then(
        async (response) => {
          await response.arrayBuffer();
          return response.status;
        },
        () => 0,
      )
      .then((status) => void samples.push({ sentAt, ms: performance.now() - started, status }));
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
    return request;
  };
  let sampling = true;
  const timer = open ? setInterval(probe, 20) : undefined;
  const loop = open
    ? Promise.resolve()
    : (async () => {
        while (sampling) {
          await probe();
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
  return {
    async stop() {
      sampling = false;
      clearInterval(timer);
      await loop;
      await Promise.all([...inFlight]);
      return samples;
    },
  };
}

const describeLatencies = (samples: Sample[]) => {
  const ms = samples.map((s) => s.ms);
  return `p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms over ${ms.length} requests`;
};

describe('the event loop stays free while big PDFs are read and long texts extracted (the real application, spawned)', () => {
  let database: TestDatabase;
  let app: SpawnedApp | undefined;
  let base: string;
  let auth: { authorization: string };
  const stops: Array<() => Promise<unknown>> = []; // the /health samplers still running
  const dataDir = mkdtempSync(join(tmpdir(), 'congvan-loop-'));

  const upload = (bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
    return fetch(`${base}/documents`, { method: 'POST', headers: auth, body: form });
  };
  const documentOf = async (id: string) =>
    (await (await fetch(`${base}/documents/${id}`, { headers: auth })).json()) as {
      status: string;
      updatedAt: string;
      progress: { pageCount: number | null };
      failure: unknown;
    };
  const sampler = (open: boolean) => {
    const started = sampleHealth(base, open);
    stops.push(started.stop);
    return started;
  };

  beforeAll(async () => {
    database = await createEmptyDatabase();
    // Up to 1,000 pages: a 10,000-page file is still refused at once.
    const env = {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      OCR_WORKERS: '1',
      SEED_SAMPLE_ORG: 'false',
      UPLOAD_MAX_PAGES: String(LONG_PAGES),
    };
    expect(
      await runCli(['create-user', '--username', 'vanthu', '--role', 'clerk'], { ...env, CONGVAN_PASSWORD: PASSWORD }),
    ).toMatchObject({ code: 0 });
    app = await startSpawnedApp(env);
    base = app.baseUrl;
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'vanthu', password: PASSWORD }),
    });
    auth = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
  });

  afterAll(async () => {
    await Promise.all(stops.map((stop) => stop()));
    await app?.stop();
    await killAllChildren();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps /health p99 under 200 ms while a 200-page PDF is read and a 10,000-page one refused', async () => {
    const [twoHundred, tenThousand] = [await pdf(200, true), await pdf(10_000, false)];
    const health = sampler(false);

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
      status = (await documentOf(id)).status;
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
    const samples = await health.stop();

    process.stdout.write(
      `event loop (200 pages): /health ${describeLatencies(samples)}; ` +
        `200 pages read in ${readMs} ms; 10,000 pages refused in ${refusalMs.toFixed(0)} ms; ` +
        `page image ${first.ms.toFixed(0)} ms, again ${second.ms.toFixed(0)} ms\n`,
    );
    expect(new Set(samples.map((s) => s.status))).toEqual(new Set([200]));
    expect(samples.length).toBeGreaterThan(50);
    expect(
      percentile(
        samples.map((s) => s.ms),
        99,
      ),
    ).toBeLessThan(200);
  });

  it(`keeps /health p99 under 200 ms while a dev text repeated to ${LONG_PAGES} pages is extracted`, async () => {
    const long = await devTextPdf(LONG_PAGES);
    // The same sampling with nothing to do: what this machine gives anyway (printed, for reading the figures).
    const quiet = sampler(true);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idle = await quiet.stop();
    const health = sampler(true);
    const accepted = await upload(long, 'nghin-trang.pdf');
    expect(accepted.status).toBe(201);
    const { id } = (await accepted.json()) as { id: string };

    // The extraction: from when the document is seen text_ready (polling every 100 ms) to when the
    // extract stage wrote its draft (the server's updatedAt; what runs after it is no extraction).
    const started = Date.now();
    let textReadyAt: number | undefined;
    let document = await documentOf(id);
    while (document.status !== 'extracted') {
      expect(['received', 'text_ready']).toContain(document.status);
      if (Date.now() - started > 300_000) throw new Error(`the ${LONG_PAGES}-page PDF is still ${document.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      document = await documentOf(id);
      if (document.status !== 'received') textReadyAt ??= Date.now();
    }
    const extraction = { from: textReadyAt!, to: Date.parse(document.updatedAt) };
    const samples = await health.stop();
    const during = samples.filter((s) => s.sentAt >= extraction.from && s.sentAt <= extraction.to);
    const draft = (await (await fetch(`${base}/documents/${id}/directive`, { headers: auth })).json()) as {
      extracted: { requirements: unknown[]; references: unknown[] };
    };

    process.stdout.write(
      `event loop (${LONG_PAGES} pages of a dev text): idle /health ${describeLatencies(idle)}; ` +
        `upload to extracted: ${describeLatencies(samples)}; ` +
        `while extracted (${(extraction.to - extraction.from).toFixed(0)} ms): ${describeLatencies(during)}; ` +
        `read and extracted in ${Date.now() - started} ms\n`,
    );
    expect(document).toMatchObject({ status: 'extracted', progress: { pageCount: LONG_PAGES }, failure: null });
    expect(draft.extracted.requirements.length).toBeGreaterThan(0);
    expect(new Set(samples.map((s) => s.status))).toEqual(new Set([200]));
    // Extracting this text takes seconds of CPU (1.5 s on a quiet 2-core machine, 7-16 s loaded): it happened while
    // /health was sampled, and requests did not wait for it. (In the event loop, as before the
    // extraction threads, the server stopped answering for all of it: this test failed with ECONNRESET.
    // The whole run's figures, printed, also hold the reading stage's work on the event loop: storing
    // 1,000 pages with their word boxes.)
    expect(extraction.to - extraction.from).toBeGreaterThan(500);
    expect(during.length).toBeGreaterThan(20);
    expect(
      percentile(
        during.map((s) => s.ms),
        99,
      ),
    ).toBeLessThan(200);
  }, 400_000);
});
