import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { JsonLogger } from '@congvan/common';
import { loadEnv } from '@congvan/config';
import { ChangeFeed } from '@congvan/db';
import { type RunningApp, startApp } from '../../apps/api/src/bootstrap.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/**
 * The inbox and compliance answers each API process keeps (ResponseCache), validated by the
 * database's change notifications (ChangeFeed): two processes of the application on one database,
 * as two API hosts. What a caller may see is decided as before: a cached answer goes to no one of
 * another access; a change, whoever makes it, is in the next answer; a session ended on one host is
 * refused on the other at once; with the notifications not heard, nothing is cached.
 */
describe('response cache: per-process answers, invalidated by change notifications (two API processes, real PostgreSQL)', () => {
  let app: TestApp;
  let second: RunningApp;
  let secondDir: string;
  let external: pg.Client;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const a = () => app.http();
  const b = () => request(second.app.getHttpServer());
  let directive: string;
  let catLinh: string;
  let hangBot: string;
  const tokens: Record<string, string> = {};

  /** Resolves with the scopes of the first notification `feed` hears that names `scope` (or a prefix of one). */
  const heard = (feed: ChangeFeed, scope: string) =>
    new Promise<string[]>((resolve) => {
      const stop = feed.subscribe((scopes) => {
        if (scopes.some((s) => s.startsWith(scope))) {
          stop();
          resolve(scopes);
        }
      });
    });

  beforeAll(async () => {
    app = await startTestApp({ ROLES: 'api' });
    secondDir = mkdtempSync(join(tmpdir(), 'congvan-e2e-second-'));
    second = await startApp(
      loadEnv({
        DATABASE_URL: app.running.databaseUrl,
        PORT: '0',
        ROLES: 'api',
        LOG_LEVEL: 'error',
        DATA_DIR: secondDir,
        OCR_WORKERS: '1',
      }),
      new JsonLogger('error'),
    );
    external = new pg.Client(app.running.databaseUrl);
    await external.connect();
    catLinh = await app.unitId('dongda.ward.cat-linh');
    hangBot = await app.unitId('dongda.ward.hang-bot');
    const myducUnit = await app.unitId('myduc.huyen-uy');
    const document = async (organisation: string, sha: string) =>
      (
        await app.dataSource.query(
          `INSERT INTO document (sha256, original_name, mime_type, size_bytes, status, page_count, organisation)
           VALUES (repeat($2, 64), 'cong-van.pdf', 'application/pdf', 1000, 'tasked', 1, $1) RETURNING id`,
          [organisation, sha],
        )
      )[0].id as string;
    directive = await document('dongda', 'a');
    const myducDirective = await document('myduc', 'b');
    const tasks = async (documentId: string, unitId: string, count: number) =>
      app.dataSource.query(
        `INSERT INTO task (document_id, requirement_ref, requirement_text, unit_id, recipient_line, due_on, status)
         SELECT $1, i::text, 'Báo cáo kết quả ' || i, $2, 'UBND phường', current_date + i, 'open'
           FROM generate_series(1, $3::int) i`,
        [documentId, unitId, count],
      );
    await tasks(directive, catLinh, 3);
    await tasks(directive, hangBot, 2);
    await tasks(myducDirective, myducUnit, 1);
    tokens.catLinh = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    tokens.catLinhToo = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    tokens.hangBot = await app.signIn('unit_admin', 'dongda.ward.hang-bot');
    tokens.catLinhLeader = await app.signIn('leader', 'dongda.ward.cat-linh');
    tokens.dongdaClerk = await app.signIn('clerk', 'dongda.phong.van-phong');
    tokens.myducClerk = await app.signIn('clerk', 'myduc.huyen-uy');
    tokens.admin = await app.signIn('system_admin');
    for (const running of [app.running, second]) await waitFor(() => running.app.get(ChangeFeed).live);
  });

  afterAll(async () => {
    await external?.end();
    await second?.close();
    rmSync(secondDir, { recursive: true, force: true });
    await app?.close();
  });

  /** The ids of the tasks the caller may read, as the database has them (the access policy, written out). */
  async function visible(caller: string): Promise<string[]> {
    const where: Record<string, string> = {
      catLinh: `t.unit_id = '${catLinh}'`,
      catLinhToo: `t.unit_id = '${catLinh}'`,
      catLinhLeader: `t.unit_id = '${catLinh}'`,
      hangBot: `t.unit_id = '${hangBot}'`,
      dongdaClerk: `d.organisation = 'dongda'`,
      myducClerk: `d.organisation = 'myduc'`,
      admin: 'TRUE',
    };
    const rows = await app.dataSource.query(
      `SELECT t.id FROM task t JOIN document d ON d.id = t.document_id WHERE ${where[caller]} ORDER BY t.id`,
    );
    return rows.map((row: { id: string }) => row.id);
  }

  const ids = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id).sort();

  it('gives each caller what its access allows, twice over from the cache, and never another access’s answer', async () => {
    const callers = ['catLinh', 'hangBot', 'catLinhLeader', 'dongdaClerk', 'myducClerk', 'admin', 'catLinhToo'];
    const etags: Record<string, string> = {};
    for (const round of [1, 2])
      for (const caller of callers) {
        const response = await a().get('/tasks').set(bearer(tokens[caller])).expect(200);
        expect([caller, ids(response.body)]).toEqual([caller, await visible(caller)]);
        // A kept answer carries an ETag; the second round is served from what the first kept.
        expect(response.headers.etag).toMatch(/^"[\w-]+"$/);
        if (round === 2) expect([caller, response.headers.etag]).toEqual([caller, etags[caller]]);
        etags[caller] = response.headers.etag;
      }
    expect(await visible('catLinh')).toHaveLength(3);
    expect(await visible('hangBot')).toHaveLength(2);
    expect(await visible('myducClerk')).toHaveLength(1);
    // Two accounts of the same unit and role share an answer; no two accesses here see the same tasks.
    expect(etags.catLinhToo).toBe(etags.catLinh);
    expect(new Set(['catLinh', 'hangBot', 'dongdaClerk', 'myducClerk', 'admin'].map((c) => etags[c])).size).toBe(5);
    // An ETag names the bytes a caller would get: another access's tag gets that caller its own answer.
    await a().get('/tasks').set(bearer(tokens.catLinh)).set('If-None-Match', etags.catLinh).expect(304);
    const crossed = await a().get('/tasks').set(bearer(tokens.hangBot)).set('If-None-Match', etags.catLinh).expect(200);
    expect(ids(crossed.body)).toEqual(await visible('hangBot'));
    // A filter is part of the key.
    const filtered = await a().get(`/tasks?unitId=${hangBot}`).set(bearer(tokens.dongdaClerk)).expect(200);
    expect(filtered.body.items.map((item: { unitId: string }) => item.unitId)).toEqual([hangBot, hangBot]);

    // The compliance board: the organisation's clerk sees it; another organisation's clerk, a leader
    // of a unit that only received it and a unit admin are refused, before and after it is kept.
    for (const round of [1, 2]) {
      const board = await a().get(`/documents/${directive}/compliance`).set(bearer(tokens.dongdaClerk)).expect(200);
      expect(board.body.map((row: { unitId: string; total: number }) => [row.unitId, row.total]).sort()).toEqual(
        [
          [catLinh, 3],
          [hangBot, 2],
        ].sort(),
      );
      if (round === 2) expect(board.headers.etag).toMatch(/^"[\w-]+"$/);
      await a()
        .get(`/documents/${directive}/compliance`)
        .set(bearer(tokens.myducClerk))
        .set('If-None-Match', board.headers.etag ?? '*')
        .expect(404);
      await a().get(`/documents/${directive}/compliance`).set(bearer(tokens.catLinhLeader)).expect(403);
      await a().get(`/documents/${directive}/compliance`).set(bearer(tokens.hangBot)).expect(403);
    }
  });

  it('shows a change on the next request: in the process that made it at once, in another as soon as it hears it', async () => {
    const secondFeed = second.app.get(ChangeFeed);
    const [task] = (await a().get('/tasks').set(bearer(tokens.catLinh)).expect(200)).body.items;
    expect(task.status).toBe('open');
    for (const http of [a, b]) {
      await http().get('/tasks').set(bearer(tokens.catLinh)).expect(200);
      await http().get(`/documents/${directive}/compliance`).set(bearer(tokens.dongdaClerk)).expect(200);
    }
    const boardBefore = (await b().get(`/documents/${directive}/compliance`).set(bearer(tokens.dongdaClerk))).headers
      .etag;
    expect(boardBefore).toMatch(/^"[\w-]+"$/);

    // The unit reports and closes its task through the first process.
    const notified = heard(secondFeed, `u:${catLinh}`);
    await a().post(`/tasks/${task.id}/responses`).set(bearer(tokens.catLinh)).field('text', 'Đã thực hiện').expect(201);
    await a().post(`/tasks/${task.id}/close`).set(bearer(tokens.catLinh)).expect(200);
    const here = (await a().get('/tasks').set(bearer(tokens.catLinh)).expect(200)).body.items;
    expect(here.find((item: { id: string }) => item.id === task.id).status).toBe('closed');
    await notified;
    const there = (await b().get('/tasks').set(bearer(tokens.catLinh)).expect(200)).body.items;
    expect(there.find((item: { id: string }) => item.id === task.id).status).toBe('closed');
    const board = await b().get(`/documents/${directive}/compliance`).set(bearer(tokens.dongdaClerk)).expect(200);
    expect(board.body.find((row: { unitId: string }) => row.unitId === catLinh).done).toBe(1);
    expect(board.headers.etag).not.toBe(boardBefore);

    // A change from outside both processes (another host, a worker, psql): both hear it.
    const heardHere = heard(app.running.app.get(ChangeFeed), `u:${hangBot}`);
    const heardThere = heard(secondFeed, `u:${hangBot}`);
    await external.query(`UPDATE task SET requirement_text = 'Sửa lại yêu cầu' WHERE unit_id = $1`, [hangBot]);
    await Promise.all([heardHere, heardThere]);
    for (const http of [a, b]) {
      const items = (await http().get('/tasks').set(bearer(tokens.hangBot)).expect(200)).body.items;
      expect(items.map((item: { requirementText: string }) => item.requirementText)).toEqual([
        'Sửa lại yêu cầu',
        'Sửa lại yêu cầu',
      ]);
    }

    // A unit renamed: its name is in every list (every cached answer is dropped).
    const renamed = heard(secondFeed, '!');
    await external.query(`UPDATE unit SET name = 'Phường Cát Linh (mới)' WHERE id = $1`, [catLinh]);
    await renamed;
    const names = (await b().get('/tasks').set(bearer(tokens.catLinh)).expect(200)).body.items;
    expect(new Set(names.map((item: { unitName: string }) => item.unitName))).toEqual(
      new Set(['Phường Cát Linh (mới)']),
    );
  });

  it('refuses a session signed out on one process on the other at once, not after SESSION_CACHE_MS', async () => {
    const token = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    // The second process checks the session and keeps it (SESSION_CACHE_MS, 5 s by default).
    await b().get('/tasks').set(bearer(token)).expect(200);
    await b().get('/tasks').set(bearer(token)).expect(200);
    const revoked = heard(second.app.get(ChangeFeed), 'a:');
    await a().post('/auth/logout').set(bearer(token)).expect(204);
    await revoked;
    await b().get('/tasks').set(bearer(token)).expect(401);
  });

  it('caches nothing while the notifications are not heard, and again once they are', async () => {
    const feed = second.app.get(ChangeFeed);
    await b().get('/tasks').set(bearer(tokens.hangBot)).expect(200);
    expect((await b().get('/tasks').set(bearer(tokens.hangBot)).expect(200)).headers.etag).toBeDefined();
    await external.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'congvan-changes' AND datname = current_database()`,
    );
    await waitFor(() => !feed.live);
    const down = await b().get('/tasks').set(bearer(tokens.hangBot)).expect(200);
    expect(down.headers.etag).toBeUndefined();
    expect(ids(down.body)).toEqual(await visible('hangBot'));
    await waitFor(() => feed.live);
    await b().get('/tasks').set(bearer(tokens.hangBot)).expect(200);
    expect((await b().get('/tasks').set(bearer(tokens.hangBot)).expect(200)).headers.etag).toBeDefined();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
