import { TEST_PASSWORD, startTestApp, type TestApp } from '../setup/test-app.js';

const ANY_ID = '00000000-0000-4000-8000-000000000000';

describe('CSRF, body types, Secure cookie behind a TLS proxy, API response headers (HTTP)', () => {
  let app: TestApp;
  let clerk: string;
  let username: string;

  beforeAll(async () => {
    // supertest connects from 127.0.0.1: a proxy on loopback is trusted.
    app = await startTestApp({ TRUST_PROXY: 'loopback' });
    clerk = await app.signIn('clerk');
    username = await app.createAccount('unit_admin', 'dongda.ward.cat-linh');
  });

  afterAll(() => app.close());

  const login = () => app.http().post('/auth/login').send({ username, password: TEST_PASSWORD });

  it('refuses state-changing requests from another site: Origin or Sec-Fetch-Site', async () => {
    const foreign = await login().set('Origin', 'https://evil.example').expect(403);
    expect(foreign.body).toEqual({
      code: 'CROSS_SITE_REQUEST',
      message: 'Yêu cầu đến từ một trang web khác nên bị từ chối.',
      messageEn: 'The request comes from another site and is refused.',
    });
    await login().set('Sec-Fetch-Site', 'cross-site').expect(403);
    await login().set('Origin', 'null').expect(403);
    await app
      .http()
      .post(`/tasks/${ANY_ID}/close`)
      .set('Authorization', `Bearer ${clerk}`)
      .set('Origin', 'https://evil.example')
      .expect(403);
    // The same site, and API clients that send neither header, pass.
    const host = new URL(app.baseUrl()).host;
    await login().set('Origin', `http://${host}`).set('Host', host).expect(200);
    // Behind a proxy that rewrites Host, a browser's same-origin request still passes.
    await login().set('Origin', 'https://congvan.example.gov.vn').set('Sec-Fetch-Site', 'same-origin').expect(200);
    await login().set('Origin', 'https://congvan.example.gov.vn').set('Sec-Fetch-Site', 'same-site').expect(403);
    await login().expect(200);
  });

  it('takes JSON where a route expects JSON and multipart where it expects a file (415 otherwise)', async () => {
    const urlencoded = await app
      .http()
      .post('/auth/login')
      .type('form')
      .send({ username, password: TEST_PASSWORD })
      .expect(415);
    expect(urlencoded.body).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      details: { expected: 'application/json' },
    });
    expect(urlencoded.body.message).toBe('Định dạng dữ liệu gửi lên không được hỗ trợ; cần application/json.');
    await app.http().post('/auth/login').set('Content-Type', 'text/plain').send('{"a":1}').expect(415);
    const json = await app
      .http()
      .post('/documents')
      .set('Authorization', `Bearer ${clerk}`)
      .send({ file: 'not a file' })
      .expect(415);
    expect(json.body.details).toEqual({ expected: 'multipart/form-data', received: 'application/json' });
    // A JSON route refuses a multipart body.
    await app
      .http()
      .post(`/documents/${ANY_ID}/dispatch`)
      .set('Authorization', `Bearer ${clerk}`)
      .field('lines', '[]')
      .expect(415);
  });

  it('sets the session cookie Secure when the request came over TLS through the trusted proxy', async () => {
    const plain = await login().expect(200);
    expect(plain.headers['set-cookie'][0]).not.toMatch(/;\s*Secure/i);
    const tls = await login().set('X-Forwarded-Proto', 'https').expect(200);
    expect(tls.headers['set-cookie'][0]).toMatch(/;\s*Secure/i);
    expect(tls.headers['set-cookie'][0]).toMatch(/HttpOnly/i);
    expect(tls.headers['set-cookie'][0]).toMatch(/SameSite=Strict/i);
  });

  it('marks API answers nosniff and no-store, errors included', async () => {
    const me = await app.http().get('/auth/me').set('Authorization', `Bearer ${clerk}`).expect(200);
    expect([me.headers['x-content-type-options'], me.headers['cache-control']]).toEqual(['nosniff', 'no-store']);
    const missing = await app.http().get(`/documents/${ANY_ID}`).set('Authorization', `Bearer ${clerk}`).expect(404);
    expect([missing.headers['x-content-type-options'], missing.headers['cache-control']]).toEqual([
      'nosniff',
      'no-store',
    ]);
  });
});
