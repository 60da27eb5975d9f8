import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request, { type Response } from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService, type Role } from '@congvan/auth';
import { JsonLogger } from '@congvan/common';
import { loadEnv } from '@congvan/config';
import { DirectiveDraft, Document } from '@congvan/documents';
import { Unit } from '@congvan/organisation';
import { startApp, type RunningApp } from '../../apps/api/src/bootstrap.js';
import { pollUntil } from './http.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_PASSWORD = 'Mật-khẩu-Mạnh-2024!';

export interface TestApp {
  running: RunningApp;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  /** Creates an account with the role (bound to the unit with this code), password TEST_PASSWORD; returns its user name. */
  createAccount(role: Role, unitCode?: string): Promise<string>;
  /** Creates an account with the role (bound to the unit with this code) and returns its bearer token. */
  signIn(role: Role, unitCode?: string): Promise<string>;
  /** Where the HTTP server listens, e.g. http://127.0.0.1:43125 (for a browser). */
  baseUrl(): string;
  /** DATA_DIR of this app (database-free files: uploads under files/). */
  dataDir: string;
  unitId(code: string): Promise<string>;
  /**
   * Confirms a directive and dispatches it as its dispatch preview resolves each line (as a clerk who
   * accepts the preview): the dispatch's answer body.
   */
  dispatchAsPreviewed(token: string, documentId: string): Promise<{ created: number }>;
  /** Dispatches a confirmed directive's recipient `line` to the units with these ids, as `token`: the answer body. */
  dispatchTo(token: string, documentId: string, line: string, unitIds: string[]): Promise<{ created: number }>;
  /** Posts a unit's answer (báo cáo) to its task as `token`, with `files` attached (201): the answer's id. */
  answerTask(
    token: string,
    taskId: string,
    text: string,
    files?: Array<{ file: string | Buffer; name: string }>,
  ): Promise<string>;
  /** The document as `token` reads it, once `done` holds of it (polled every 250 ms). */
  documentWhen(token: string, id: string, done: (document: Response['body']) => boolean): Promise<Response['body']>;
  /**
   * A document whose directive the clerk has reviewed and confirmed (the OCR and extraction path is
   * covered by directive-flow), ready to dispatch; `document` overrides its row's fields. Its id.
   */
  confirmedDirective(directive: object, document?: Partial<Document>): Promise<string>;
  close(): Promise<void>;
}

/** The whole application on a fresh database, with the sample registry loaded, as a user runs it. */
export async function startTestApp(
  overrides: Record<string, string> = {},
  logger = new JsonLogger('error'),
): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'congvan-e2e-'));
  const env = loadEnv({
    DATABASE_URL: database.url,
    PORT: '0',
    LOG_LEVEL: 'error',
    DATA_DIR: dataDir,
    OCR_WORKERS: '2',
    ...overrides,
  });
  const running = await startApp(env, logger);
  const dataSource = running.app.get(DataSource);
  const auth = running.app.get(AuthService);
  let accounts = 0;
  const unitId = async (code: string) => (await dataSource.getRepository(Unit).findOneByOrFail({ code })).id;
  const createAccount = async (role: Role, unitCode?: string) => {
    const username = `${role.replace('_', '')}${++accounts}`;
    await auth.createUser(null, {
      username,
      displayName: `Người dùng ${accounts}`,
      role,
      unitId: unitCode ? await unitId(unitCode) : null,
      password: TEST_PASSWORD,
    });
    return username;
  };
  return {
    running,
    dataSource,
    http: () => request(running.app.getHttpServer()),
    unitId,
    createAccount,
    async signIn(role, unitCode) {
      return (await auth.login(await createAccount(role, unitCode), TEST_PASSWORD, '127.0.0.1')).token;
    },
    dataDir,
    async confirmedDirective(directive, document = {}) {
      const { id } = await dataSource.getRepository(Document).save({
        sha256: randomBytes(32).toString('hex'),
        originalName: 'cong-van.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 1,
        status: 'reviewed' as const,
        ...document,
      });
      await dataSource
        .getRepository(DirectiveDraft)
        .save({ documentId: id, extracted: directive, evidence: {}, reviewed: directive, confirmedAt: new Date() });
      return id;
    },
    async dispatchAsPreviewed(token, documentId) {
      const auth = { Authorization: `Bearer ${token}` };
      const http = () => request(running.app.getHttpServer());
      await http().post(`/documents/${documentId}/confirm`).set(auth).expect(200);
      const { body: preview } = await http().get(`/documents/${documentId}/dispatch-preview`).set(auth).expect(200);
      const lines = [];
      for (const line of preview.lines as Array<{ line: string; groups: Array<{ codes: string[] }> }>) {
        const codes = [...new Set(line.groups.flatMap((g) => g.codes))];
        lines.push({ line: line.line, unitIds: await Promise.all(codes.map((c) => unitId(c))) });
      }
      const { body } = await http().post(`/documents/${documentId}/dispatch`).set(auth).send({ lines }).expect(200);
      return body as { created: number };
    },
    async dispatchTo(token, documentId, line, unitIds) {
      const { body } = await request(running.app.getHttpServer())
        .post(`/documents/${documentId}/dispatch`)
        .set({ Authorization: `Bearer ${token}` })
        .send({ lines: [{ line, unitIds }] })
        .expect(200);
      return body as { created: number };
    },
    async answerTask(token, taskId, text, files = []) {
      let post = request(running.app.getHttpServer())
        .post(`/tasks/${taskId}/responses`)
        .set({ Authorization: `Bearer ${token}` })
        .field('text', text);
      for (const { file, name } of files) post = post.attach('files', file, { filename: name });
      return (await post.expect(201)).body.id as string;
    },
    documentWhen(token, id, done) {
      const read = async () =>
        (
          await request(running.app.getHttpServer())
            .get(`/documents/${id}`)
            .set({ Authorization: `Bearer ${token}` })
            .expect(200)
        ).body;
      return pollUntil(read, done, { timeoutMs: 300_000 });
    },
    baseUrl() {
      const address = running.app.getHttpServer().address() as AddressInfo;
      return `http://127.0.0.1:${address.port}`;
    },
    async close() {
      await running.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
