/**
 * Import time of a ~1 MB edXML package (prints figures; not a test).
 *
 *   npm run build && node dist/bench/edxml-import.bench.js [runs]
 *
 * Creates a dedicated database on the PostgreSQL of DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/test; dropped afterwards), starts the real application in this
 * process (api + worker) and posts a package holding the born-digital Mỹ Đức directive plus two
 * scanned annexes (about 1 MB of XML), each run with another DocumentId so none is a duplicate.
 * Prints: parsing alone (parseEdxml), `POST /documents` until its 201 (parse, checks, storage, rows,
 * job), and upload until the directive is extracted (text layer read, header applied).
 * Target (issue 18): import of a 1 MB package under 1 s.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildEdxml, type EdxmlHeader, parseEdxml } from '@congvan/edxml';

const here = dirname(fileURLToPath(import.meta.url));
const root = [join(here, '..', '..'), join(here, '..'), process.cwd()].find((d) =>
  existsSync(join(d, 'samples/edxml')),
);
if (!root) throw new Error('samples/edxml not found');
const samples = join(root, 'samples');
const runs = Number(process.argv[2] ?? 10);
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const header = (n: number): EdxmlHeader => ({
  from: { organId: 'myduc.huyen-uy', organName: 'Huyện ủy Mỹ Đức', organizationInCharge: null },
  to: [{ organId: 'myduc.dang-uy.an-my', organName: 'Đảng ủy xã An Mỹ', organizationInCharge: null }],
  number: '1100',
  symbol: 'CV/HU',
  system: 'party',
  place: 'Mỹ Đức',
  date: '2024-08-05',
  documentType: { type: '1', typeDetail: 'CV', typeName: 'Công văn' },
  subject: 'V/v rà soát thay đổi mật khẩu tài khoản quản trị và tài khoản người dùng',
  signer: { competence: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', fullName: 'Đỗ Trung Hai' },
  dueDate: '2024-08-08',
  toPlaces: [],
  priority: 0,
  responseFor: [],
  documentId: `bench-${n}-${randomBytes(6).toString('hex')}`,
  traces: [],
});
const files = [
  ['1100-CV-HU.pdf', 'application/pdf', 'directives/myduc-2024-08-matkhau/scan-born-digital.pdf'],
  ['phu-luc-1.jpg', 'image/jpeg', 'directives/myduc-2024-08-matkhau/scan-degraded-200-p1.jpg'],
  ['phu-luc-2.png', 'image/png', 'directives/myduc-2024-08-matkhau/scan-clean-300-p1.png'],
].map(([name, contentType, path]) => ({ name, contentType, bytes: readFileSync(join(samples, path)) }));
const pkg = (n: number) => Buffer.from(buildEdxml(header(n), files));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;

async function main(): Promise<void> {
  const size = pkg(0).length;
  const parse: number[] = [];
  for (let i = 0; i < runs; i++) {
    const bytes = pkg(i);
    const t = performance.now();
    parseEdxml(bytes, { maxBytes: 50e6, maxAttachmentBytes: 50e6, maxAttachments: 20 });
    parse.push(performance.now() - t);
  }

  const dbName = `congvan_bench_edxml_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'congvan-bench-edxml-'));
  const { loadEnv } = await import('@congvan/config');
  const { JsonLogger } = await import('@congvan/common');
  const { AuthService } = await import('@congvan/auth');
  const { startApp } = await import('../apps/api/src/bootstrap.js');
  const running = await startApp(
    loadEnv({ DATABASE_URL: url.toString(), PORT: '0', LOG_LEVEL: 'error', DATA_DIR: dataDir }),
    new JsonLogger('error'),
  );
  try {
    const auth = running.app.get(AuthService);
    const password = 'Mật-khẩu-Mạnh-2024!';
    await auth.createUser(null, { username: 'vt', displayName: 'Văn thư', role: 'clerk', unitId: null, password });
    const { token } = await auth.login('vt', password, '127.0.0.1');
    const base = `http://127.0.0.1:${(running.app.getHttpServer().address() as AddressInfo).port}`;
    const headers = { Authorization: `Bearer ${token}` };
    const post: number[] = [];
    const extracted: number[] = [];
    for (let i = 0; i < runs; i++) {
      const form = new FormData();
      form.append('file', new Blob([pkg(i)]), 'goi-tin.xml');
      const t = performance.now();
      const response = await fetch(`${base}/documents`, { method: 'POST', body: form, headers });
      const body = (await response.json()) as { id: string; status: string };
      post.push(performance.now() - t);
      if (response.status !== 201) throw new Error(`POST /documents: ${response.status} ${JSON.stringify(body)}`);
      for (;;) {
        const d = (await (await fetch(`${base}/documents/${body.id}`, { headers })).json()) as { status: string };
        if (d.status === 'extracted') break;
        if (d.status === 'failed') throw new Error(`document failed: ${JSON.stringify(d)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      extracted.push(performance.now() - t);
    }
    console.log(`package: ${(size / 1024 / 1024).toFixed(2)} MB (3 attachments, ${runs} runs)`);
    console.log(`parseEdxml alone:                  ${fmt(parse)}`);
    console.log(`POST /documents until 201:         ${fmt(post)}   (target < 1000 ms)`);
    console.log(`upload until extracted (no OCR):   ${fmt(extracted)}`);
  } finally {
    await running.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
