import { resolve } from 'node:path';
import { JsonLogger } from '@congvan/common';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const sample = (path: string) => resolve('samples', path);
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('API tokens for other systems (real PostgreSQL)', () => {
  let app: TestApp;
  const logged: string[] = [];
  let admin = '';
  let clerkMyDuc = '';
  const docs = { myduc: '', dongda: '' };
  let secret = '';
  let tokenId = '';

  beforeAll(async () => {
    // Everything the application logs, down to debug, to look for the secret afterwards.
    app = await startTestApp({ LOG_LEVEL: 'debug' }, new JsonLogger('debug', (line) => logged.push(line)));
    admin = await app.signIn('system_admin');
    clerkMyDuc = await app.signIn('clerk', 'myduc.van-phong-huyen-uy');
    const clerkDongDa = await app.signIn('clerk', 'dongda.phong.van-phong');
    const upload = (token: string, file: string) =>
      app.http().post('/documents').set(bearer(token)).attach('file', sample(file), 'goi-tin.xml').expect(201);
    docs.myduc = (await upload(clerkMyDuc, 'edxml/myduc-1100-cv-hu.xml')).body.id;
    docs.dongda = (await upload(clerkDongDa, 'edxml/dongda-245-ubnd-nv.zip.soap.xml')).body.id;
  });

  afterAll(() => app.close());

  it('is created by a system administrator only, with a known organisation and known permissions; the secret is shown once', async () => {
    await app
      .http()
      .post('/api-tokens')
      .set(bearer(clerkMyDuc))
      .send({ name: 'Hệ thống một cửa', organisation: 'myduc', permissions: ['documents:read'] })
      .expect(403);
    const unknown = await app
      .http()
      .post('/api-tokens')
      .set(bearer(admin))
      .send({ name: 'X', organisation: 'khong-co', permissions: ['documents:read'] })
      .expect(422);
    expect(unknown.body).toMatchObject({ code: 'UNKNOWN_ORGANISATION', messageEn: expect.any(String) });
    expect(unknown.body.message).toBe(unknown.body.message.normalize('NFC'));
    await app
      .http()
      .post('/api-tokens')
      .set(bearer(admin))
      .send({ name: 'X', organisation: 'myduc', permissions: ['users:write'] })
      .expect(400);

    const created = await app
      .http()
      .post('/api-tokens')
      .set(bearer(admin))
      .send({ name: 'Hệ thống một cửa', organisation: 'MyDuc', permissions: ['documents:read'] })
      .expect(201);
    expect(created.body).toMatchObject({ organisation: 'myduc', permissions: ['documents:read'], revokedAt: null });
    expect(created.body.token).toMatch(/^cvt_[A-Za-z0-9_-]{43}$/);
    expect(created.body.token.startsWith(created.body.prefix)).toBe(true);
    secret = created.body.token;
    tokenId = created.body.id;

    const { body: list } = await app.http().get('/api-tokens').set(bearer(admin)).expect(200);
    expect(list).toEqual([expect.objectContaining({ id: tokenId, lastUsedAt: null })]);
    expect(JSON.stringify(list)).not.toContain(secret);
    expect(JSON.stringify(list)).not.toMatch(/tokenHash|[0-9a-f]{64}/);
    const [row] = await app.dataSource.query(`SELECT token_hash FROM api_token WHERE id = $1`, [tokenId]);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(secret);
  });

  it("reads its own organisation's documents and not another's, under the people's object policy", async () => {
    const own = await app.http().get(`/documents/${docs.myduc}`).set(bearer(secret)).expect(200);
    expect(own.body.id).toBe(docs.myduc);
    const other = await app.http().get(`/documents/${docs.dongda}`).set(bearer(secret)).expect(404);
    expect(other.body.code).toBe('DOCUMENT_NOT_FOUND');
    await app.http().get(`/documents/${docs.dongda}/files/0`).set(bearer(secret)).expect(404);
    const { body: register } = await app.http().get('/documents').set(bearer(secret)).expect(200);
    expect(register.items.map((d: { id: string }) => d.id)).toEqual([docs.myduc]);
    const { body: lastUse } = await app.http().get('/api-tokens').set(bearer(admin)).expect(200);
    expect(lastUse[0].lastUsedAt).not.toBeNull();
  });

  it('is refused (403) what its permissions do not open, and every route without a token scope', async () => {
    for (const [method, path] of [
      ['post', `/documents/${docs.myduc}/confirm`],
      ['get', '/tasks'],
      ['get', '/reply-matches'],
      ['get', '/users'],
      ['get', '/audit'],
      ['get', '/api-tokens'],
      ['get', '/templates'],
    ] as const) {
      const response = await app.http()[method](path).set(bearer(secret));
      expect({ path, status: response.status, code: response.body.code }).toEqual({
        path,
        status: 403,
        code: 'FORBIDDEN',
      });
    }
  });

  it('audits every use, allowed or refused, with the route and never the secret', async () => {
    const { body: used } = await app
      .http()
      .get('/audit?action=api_token.used&limit=100')
      .set(bearer(admin))
      .expect(200);
    expect(used).toHaveLength(4); // the four requests of the test above
    expect(used).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorId: tokenId,
          details: {
            method: 'GET',
            path: `/documents/${docs.dongda}`,
            permission: 'documents:read',
            outcome: 'allowed',
          },
        }),
      ]),
    );
    const { body: refused } = await app
      .http()
      .get('/audit?action=api_token.refused&limit=100')
      .set(bearer(admin))
      .expect(200);
    expect(refused.map((e: { details: { path: string } }) => e.details.path)).toEqual(
      expect.arrayContaining(['/tasks', '/users', `/documents/${docs.myduc}/confirm`]),
    );
  });

  it('answers 401 once revoked, and to an unknown token', async () => {
    await app.http().post(`/api-tokens/${tokenId}/revoke`).set(bearer(admin)).expect(200);
    const revoked = await app.http().get(`/documents/${docs.myduc}`).set(bearer(secret)).expect(401);
    expect(revoked.body.code).toBe('UNAUTHENTICATED');
    const { body: refused } = await app
      .http()
      .get('/audit?action=api_token.refused&limit=100')
      .set(bearer(admin))
      .expect(200);
    expect(refused[0].details).toMatchObject({ outcome: 'revoked', path: `/documents/${docs.myduc}` });
    const { body: list } = await app.http().get('/api-tokens').set(bearer(admin)).expect(200);
    expect(list[0].revokedAt).not.toBeNull();
    await app
      .http()
      .get('/documents')
      .set(bearer(`cvt_${'A'.repeat(43)}`))
      .expect(401);
    await app.http().post(`/api-tokens/00000000-0000-4000-8000-000000000000/revoke`).set(bearer(admin)).expect(404);
  });

  it('is described in the OpenAPI document with the permission each route needs', async () => {
    const { body } = await app.http().get('/api/openapi.json').expect(200);
    expect(body.paths['/documents/{id}'].get['x-api-token-permission']).toBe('documents:read');
    expect(body.paths['/documents/{id}/confirm'].post['x-api-token-permission']).toBe('documents:write');
    expect(body.paths['/reply-matches/{id}/accept'].post['x-api-token-permission']).toBe('reply-matches:write');
    expect(body.paths['/api-tokens'].post['x-api-token-permission']).toBeUndefined();
    expect(body.paths['/api-tokens'].post['x-roles']).toEqual(['system_admin']);
  });

  it('never writes the secret to the log or the audit trail', async () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(secret);
    expect(logged.join('\n')).not.toContain(secret.slice(12));
    const [audit] = await app.dataSource.query(`SELECT string_agg(details::text, ' ') AS text FROM audit_event`);
    expect(audit.text).toContain('documents:read');
    expect(audit.text).not.toContain(secret.slice(12));
  });
});
