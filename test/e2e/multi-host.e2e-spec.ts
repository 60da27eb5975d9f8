import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PDFDocument } from 'pdf-lib';
import { pollUntil } from '../setup/http.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-database.js';
import {
  chooseHostMode,
  createTestHosts,
  listeningPorts,
  type NetworkHost,
  type TestHosts,
} from '../support/network-hosts.js';
import { freePort, killAllChildren, runCli, startSpawnedApp, type SpawnedApp } from '../support/spawned-app.js';
import { TcpProxy } from '../support/tcp-proxy.js';

/**
 * One API and two workers, each a real process of the application standing in for a host. They
 * share nothing but the PostgreSQL — reached from every host through a TCP proxy of its own, as a
 * database server on the network — and the file store (one folder, as a shared mount would be).
 *
 * Where network namespaces can be made (root and iproute2's `ip`, as CI has; `ip` stays visible
 * inside scripts/bare-machine.sh), each host is a namespace of its own (own loopback, own ports,
 * reaching the others only over a veth link, the proxy listening on the test's end of it). The
 * proxy, rather than PostgreSQL's unix socket (which would cross namespaces), works the same with
 * the machine's PostgreSQL (TEST_DATABASE_URL) and with the embedded one the tests start otherwise,
 * which listens on 127.0.0.1 with no socket. Where they cannot (an ordinary user's `npm test`), the
 * same three processes run on 127.0.0.1, each on a port of its own, with the same assertions. Which
 * mode ran is in the title and in the first line the file prints; CONGVAN_TEST_HOSTS chooses one.
 */

const PASSWORD = 'Mật-khẩu-Mạnh-2024!';
const DOCUMENTS = 40;
/** Two of the 40 are scanned pages, uploaded first: each worker reads one, so both have a warm OCR engine. */
const SCANS = ['dongda-2024-01-matkhau/scan-clean-300-p2.png', 'myduc-2024-08-matkhau/scan-clean-300-p2.png'];
const READY = /"msg":"congvan ready"/;
const sample = (path: string) => readFileSync(new URL(`../../samples/directives/${path}`, import.meta.url));
const BORN_DIGITAL = [
  'dongda-2024-01-matkhau/scan-born-digital.pdf',
  'myduc-2024-08-matkhau/scan-born-digital.pdf',
  'hanoi-2026-02-ubnd-chuyendoiso/scan-born-digital.pdf',
  'hanoi-2026-09-thanhuy-matkhau/scan-born-digital.pdf',
];

const poll = <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number) =>
  pollUntil(read, done, { intervalMs: 200, timeoutMs });

/** 40 distinct born-digital PDFs (text layer, no OCR): the four samples, each copy with its own title. */
async function bornDigitalPdfs(count: number): Promise<Buffer[]> {
  const sources = BORN_DIGITAL.map(sample);
  const pdfs: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const copy = await PDFDocument.load(sources[i % sources.length]!);
    copy.setTitle(`Bản sao số ${i + 1}`);
    pdfs.push(Buffer.from(await copy.save()));
  }
  return pdfs;
}

/** The job ids a process reports as done, by queue (its JSON log lines `job done`). */
function jobsDone(app: SpawnedApp): Array<{ job: string; id: string }> {
  return app
    .output()
    .split('\n')
    .filter((line) => line.includes('"msg":"job done"'))
    .map((line) => JSON.parse(line) as { job: string; id: string });
}

/** The owner id a worker claims its jobs as (logged when its queue starts). */
function ownerOf(app: SpawnedApp): string {
  const line = app
    .output()
    .split('\n')
    .find((text) => text.includes('"msg":"job queue started"'));
  return (JSON.parse(line!) as { owner: string }).owner;
}

/** Found by trying to make a network namespace (and removing it), before the tests are named. */
const { mode, reason } = await chooseHostMode();
const MODE_TITLE = mode === 'namespaces' ? 'in their own network namespaces' : 'as processes on 127.0.0.1';

describe(`several hosts: ROLES=api and two ROLES=worker processes ${MODE_TITLE}`, () => {
  let database: TestDatabase;
  let db: pg.Client;
  let network: TestHosts | undefined;
  const proxies: TcpProxy[] = [];
  const apps: SpawnedApp[] = [];
  let api: SpawnedApp;
  let workers: SpawnedApp[];
  let hosts: Record<'api' | 'w1' | 'w2', NetworkHost>;
  /** The PORT each host is given: the same on every namespace (each has its port space), else one each. */
  const ports = new Map<NetworkHost, string>();
  let token: string;
  const storageDir = mkdtempSync(join(tmpdir(), 'congvan-shared-files-'));
  const dataDirs: string[] = [];

  beforeAll(async () => {
    process.stdout.write(`several hosts: ${mode} (${reason})\n`);
    network = await createTestHosts(['api', 'w1', 'w2'], mode);
    const [apiHost, w1, w2] = network.hosts;
    hosts = { api: apiHost!, w1: w1!, w2: w2! };
    for (const host of network.hosts) ports.set(host, host.ownPorts ? '3000' : String(await freePort()));
    database = await createTestDatabase();
    db = new pg.Client(database.url);
    await db.connect();

    // The database server as the hosts see it: at their link's far end (the test's namespace).
    const target = new URL(database.url);
    const databaseUrlFor = async (host: NetworkHost) => {
      const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
      await proxy.start(0, host.gateway);
      proxies.push(proxy);
      const url = new URL(database.url);
      url.hostname = host.gateway;
      url.port = String(proxy.port);
      return url.toString();
    };
    const envFor = async (host: NetworkHost, roles: string) => {
      const dataDir = mkdtempSync(join(tmpdir(), `congvan-host-${roles}-`));
      dataDirs.push(dataDir);
      return {
        DATABASE_URL: await databaseUrlFor(host),
        DATA_DIR: dataDir, // each host's own; only the file store is shared
        STORAGE_DIR: storageDir,
        ROLES: roles,
        PORT: ports.get(host)!, // a worker host is given one too, to show that it does not listen on it
        LOG_LEVEL: 'info',
        OCR_WORKERS: '1',
        SEED_SAMPLE_ORG: 'false',
      };
    };
    const start = async (host: NetworkHost, roles: string) =>
      startSpawnedApp(await envFor(host, roles), 120_000, {
        prefix: host.exec,
        host: host.address,
        ...(roles === 'worker' ? { readyLine: READY } : {}),
      }).then((app) => (apps.push(app), app));
    const started = Date.now();
    const [user, apiApp, ...workerApps] = await Promise.all([
      runCli(['create-user', '--username', 'vanthu', '--role', 'clerk'], {
        DATABASE_URL: database.url,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'congvan-host-cli-')),
        CONGVAN_PASSWORD: PASSWORD,
      }),
      start(hosts.api, 'api'),
      start(hosts.w1, 'worker'),
      start(hosts.w2, 'worker'),
    ]);
    process.stdout.write(`several hosts: API and two workers up in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    expect(user).toMatchObject({ code: 0 });
    api = apiApp;
    workers = workerApps;

    const login = await fetch(`${api.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'vanthu', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    token = ((await login.json()) as { token: string }).token;
  }, 150_000);

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop(5000)));
    await killAllChildren();
    for (const proxy of proxies) await proxy.cut();
    await network?.destroy();
    await db?.end();
    await database?.drop();
    for (const dir of [storageDir, ...dataDirs]) rmSync(dir, { recursive: true, force: true });
  });

  const upload = async (bytes: Buffer, type: string, name: string): Promise<string> => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), name);
    const response = await fetch(`${api.baseUrl}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };

  it('the API host listens on its HTTP port; the worker hosts listen on nothing and run every job', () => {
    expect(listeningPorts(api.child.pid!)).toEqual([Number(ports.get(hosts.api))]);
    for (const worker of workers) expect(listeningPorts(worker.child.pid!)).toEqual([]);
    // The API is reached at its host's address (with namespaces, its link's, not the test's 127.0.0.1).
    expect(api.baseUrl).toBe(`http://${hosts.api.address}:${ports.get(hosts.api)}`);
    expect(hosts.api.address === '127.0.0.1').toBe(mode === 'processes');
    expect(api.output()).toContain('"working":false');
    for (const worker of workers) expect(worker.output()).toContain('"working":true');
  });

  it(`processes ${DOCUMENTS} uploaded documents (${SCANS.length} of them scans), each exactly once, on the two worker hosts`, async () => {
    const started = Date.now();
    const ids = await Promise.all(SCANS.map((path, i) => upload(sample(path), 'image/png', `Bản quét ${i + 1}.png`)));
    const pdfs = await bornDigitalPdfs(DOCUMENTS - SCANS.length); // made while the workers read the scans
    for (let i = 0; i < pdfs.length; i += 4)
      ids.push(
        ...(await Promise.all(
          pdfs.slice(i, i + 4).map((pdf, j) => upload(pdf, 'application/pdf', `Công văn ${i + j + 1}.pdf`)),
        )),
      );
    const uploaded = (Date.now() - started) / 1000;
    // Until every document is past extraction and its jobs are finished (a job is marked completed
    // just after its handler's transaction).
    const statuses = await poll(
      () =>
        db
          .query<{ status: string; n: number; unfinished: number }>(
            `SELECT status, count(*)::int AS n,
               (SELECT count(*)::int FROM pgboss.job WHERE name IN ('document.ocr', 'document.extract')
                  AND data->>'documentId' = ANY($1::text[]) AND state < 'completed') AS unfinished
             FROM document WHERE id::text = ANY($1::text[]) GROUP BY status`,
            [ids],
          )
          .then((result) => result.rows),
      (rows) => rows.every((row) => row.status !== 'received' && row.status !== 'text_ready' && row.unfinished === 0),
      150_000,
    );
    const processed = (Date.now() - started) / 1000;
    expect(statuses).toEqual([{ status: 'extracted', n: DOCUMENTS, unfinished: 0 }]);

    // Every pipeline job of every document ran once: one job row each, completed on its first attempt…
    const jobs = await db.query<{ name: string; id: string; document_id: string; state: string; retry_count: number }>(
      `SELECT name, id, data->>'documentId' AS document_id, state::text AS state, retry_count
       FROM pgboss.job WHERE name IN ('document.ocr', 'document.extract') AND data->>'documentId' = ANY($1)`,
      [ids],
    );
    expect(jobs.rows).toHaveLength(2 * DOCUMENTS);
    for (const name of ['document.ocr', 'document.extract'])
      expect(new Set(jobs.rows.filter((job) => job.name === name).map((job) => job.document_id)).size).toBe(DOCUMENTS);
    expect(new Set(jobs.rows.map((job) => `${job.state}/${job.retry_count}`))).toEqual(new Set(['completed/0']));
    // …and was executed by exactly one worker, once (their logs), never by the API.
    const done = workers.map((worker) =>
      jobsDone(worker).filter((job) => job.job === 'document.ocr' || job.job === 'document.extract'),
    );
    const executions = new Map<string, number>();
    for (const job of done.flat()) executions.set(job.id, (executions.get(job.id) ?? 0) + 1);
    expect(executions.size).toBe(2 * DOCUMENTS);
    expect([...executions.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(executions.keys())).toEqual(new Set(jobs.rows.map((job) => job.id)));
    expect(jobsDone(api)).toEqual([]);
    // Both worker hosts took a share (each polls every 0.5 s; 80 jobs cannot all go to one).
    expect(done.map((jobs) => jobs.length).every((n) => n > 0)).toBe(true);

    // The rows the jobs write: the pages of each document once, one directive draft each.
    const pages = await db.query<{ n: number; expected: number }>(
      `SELECT count(p.*)::int AS n, (SELECT sum(page_count)::int FROM document WHERE id = ANY($1)) AS expected
       FROM document_page p WHERE p.document_id = ANY($1)`,
      [ids],
    );
    expect(pages.rows[0]!.n).toBe(pages.rows[0]!.expected);
    const drafts = await db.query<{ n: number; documents: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT document_id)::int AS documents FROM directive_draft WHERE document_id = ANY($1)`,
      [ids],
    );
    expect(drafts.rows[0]).toEqual({ n: DOCUMENTS, documents: DOCUMENTS });
    const scanIds = ids.slice(0, SCANS.length);
    const scanJobs = new Set(
      jobs.rows.filter((job) => job.name === 'document.ocr' && scanIds.includes(job.document_id)).map((job) => job.id),
    );
    process.stdout.write(
      `several hosts: ${DOCUMENTS} documents uploaded in ${uploaded.toFixed(1)} s, all extracted ${processed.toFixed(1)} s ` +
        `after the first upload; jobs per worker host: ${done.map((jobs) => jobs.length).join(' + ')}, ` +
        `scans read per worker host: ${done.map((jobs) => jobs.filter((job) => scanJobs.has(job.id)).length).join(' + ')}\n`,
    );
  }, 180_000); // uploads, then up to 150 s for the pipeline on a loaded machine

  it('a worker host killed (kill -9) mid-OCR: the other finishes its document within 60 s', async () => {
    const id = await upload(sample('dongda-2024-01-matkhau/scan-clean-300-p1.png'), 'image/png', 'Công văn quét.png');
    const claim = () =>
      db
        .query<{ owner: string; job_id: string; state: string; status: string; pages_done: number }>(
          `SELECT c.owner, j.id AS job_id, j.state::text AS state, d.status, d.pages_done
           FROM pgboss.job j JOIN job_claim c ON c.job_id = j.id JOIN document d ON d.id = (j.data->>'documentId')::uuid
           WHERE j.name = 'document.ocr' AND j.data->>'documentId' = $1`,
          [id],
        )
        .then((result) => result.rows[0]);
    const claimed = await poll(claim, (row) => row !== undefined, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 500)); // into reading the page
    const before = await claim();
    const victim = workers.find((worker) => ownerOf(worker) === claimed!.owner)!;
    const survivor = workers.find((worker) => worker !== victim)!;
    expect(victim).toBeDefined();
    victim.child.kill('SIGKILL');
    await victim.exited;
    const killedAt = Date.now();
    // It was mid-job: claimed by the victim, active, the page not yet read.
    expect(before).toMatchObject({ owner: claimed!.owner, state: 'active', status: 'received', pages_done: 0 });

    const after = await poll(
      () =>
        db
          .query<{ status: string; pages_done: number }>('SELECT status, pages_done FROM document WHERE id = $1', [id])
          .then((result) => result.rows[0]!),
      (d) => d.status !== 'received' && d.status !== 'text_ready',
      60_000,
    );
    const seconds = (Date.now() - killedAt) / 1000;
    process.stdout.write(
      `several hosts: worker killed mid-OCR; the other host finished the document ${seconds.toFixed(1)} s later\n`,
    );
    expect(after).toEqual({ status: 'extracted', pages_done: 1 });
    expect(seconds).toBeLessThan(60);
    expect(survivor.output()).toContain('job recovered from a dead worker');
    expect(jobsDone(survivor).filter((job) => job.id === claimed!.job_id)).toHaveLength(1);
    expect(jobsDone(victim).filter((job) => job.id === claimed!.job_id)).toHaveLength(0);
    const job = await db.query<{ state: string; retry_count: number }>(
      'SELECT state::text AS state, retry_count FROM pgboss.job WHERE id = $1',
      [claimed!.job_id],
    );
    expect(job.rows).toEqual([{ state: 'completed', retry_count: 1 }]);
    const pages = await db.query<{ page_index: number }>(
      'SELECT page_index FROM document_page WHERE document_id = $1',
      [id],
    );
    expect(pages.rows).toEqual([{ page_index: 0 }]);

    // The page image the surviving worker stored is served by the API host from the shared file store.
    const image = await fetch(`${api.baseUrl}/documents/${id}/pages/0/image`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  }, 150_000); // up to 60 s for the claim, 60 s for the recovery
});
