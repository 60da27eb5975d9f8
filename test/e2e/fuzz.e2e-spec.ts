import { ROLES, type Role } from '@congvan/auth';
import { listRoutes, type Route } from '../setup/routes.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/** A small, fixed-seed generator (mulberry32): the same requests every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, pick };
}

const SEED = 20_261_130;
const ROUNDS = 25;

/** Hostile values for path parameters, query strings and form fields. */
const VALUES = [
  '',
  '0',
  '-1',
  '1e20',
  '9'.repeat(40),
  'NaN',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '00000000-0000-4000-8000-000000000000',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  "' OR 1=1 --",
  '%',
  '%00',
  '\u0000',
  'a\u0000b',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'mật khẩu',
  'Ủy ban nhân dân',
  '\u202e\u200b\ufeff',
  '\ud800',
  'x'.repeat(5000),
  "=1+2+cmd|' /C calc'!A0",
];
const QUERY_KEYS = [
  'q',
  'limit',
  'offset',
  'status',
  'documentId',
  'format',
  'scope',
  'action',
  'actorId',
  'from',
  'to',
];
const COOKIES = [
  'congvan_session=%E0%A4%A',
  'congvan_session=%',
  'congvan_session=',
  'congvan_session=a\tb',
  `congvan_session=${'x'.repeat(8000)}`,
  'congvan_session=%00',
  '=;=;;;congvan_session',
];
const FILE_NAMES = [
  'a\u0001b\u001f.pdf',
  '\r\n.pdf',
  '../../../x.pdf',
  'C:\\Windows\\x.pdf',
  '"quoted".pdf',
  'tệp văn bản.pdf',
  '\u202etxt.exe',
  '.'.repeat(300),
  'x'.repeat(1000),
];
const BODIES: unknown[] = [
  null,
  [],
  [1, 2],
  'text',
  { unexpected: true },
  { username: 'a\u0000', password: 'b' },
  { model: { subject: '\u0000' } },
  { reason: 'x'.repeat(100_000) },
  { lines: [{ line: 1, unitIds: ['not-a-uuid'] }] },
  { documentId: '1e20', taskId: '%00', issuerUnitId: '' },
  { scope: 'all', kind: 'x', system: 'y', docType: '=cmd' },
  { __proto__: { admin: true }, constructor: { prototype: { admin: true } } },
];

/** A path segment as a client would send it; a lone surrogate goes as its raw UTF-8-like bytes. */
const segment = (value: string) => {
  try {
    return encodeURIComponent(value).replace(/%25/g, '%');
  } catch {
    return '%ED%A0%80';
  }
};
const concrete = (path: string, value: () => string) => path.replace(/:[a-zA-Z]+/g, () => segment(value()));

describe('fuzz: hostile parameters, query strings, cookies, bodies and file names never make a 500', () => {
  let app: TestApp;
  let routes: Route[];
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    app = await startTestApp();
    routes = listRoutes(app).filter((r) => r.path !== '/auth/logout');
    for (const role of ROLES)
      tokens[role] = await app.signIn(
        role,
        role === 'unit_admin' || role === 'leader' ? 'dongda.ward.cat-linh' : undefined,
      );
  });

  afterAll(() => app.close());

  it(`answers ${ROUNDS} rounds over every route (seed ${SEED}) with < 500, every error as { code, message, messageEn }`, async () => {
    const random = generator(SEED);
    const failures: string[] = [];
    let requests = 0;
    for (let round = 0; round < ROUNDS; round++)
      for (const route of routes) {
        const role = route.roles.length ? random.pick(route.roles) : random.pick(ROLES);
        const value = () => random.pick(VALUES);
        const query = Object.fromEntries(
          Array.from({ length: 1 + Math.floor(random.next() * 3) }, () => [random.pick(QUERY_KEYS), value()]),
        );
        const path = concrete(route.path, value);
        const http = app.http() as unknown as Record<string, (p: string) => import('supertest').Test>;
        let request = http[route.method.toLowerCase()](path).query(query);
        const mode = random.next();
        if (mode < 0.2) request = request.set('Cookie', random.pick(COOKIES));
        else request = request.set('Authorization', `Bearer ${tokens[role]}`);
        if (route.method !== 'GET') {
          const shape = random.next();
          if (shape < 0.4)
            request = request
              .attach(random.pick(['file', 'files', 'certificate', 'signatureImage']), Buffer.from(value() || 'x'), {
                filename: random.pick(FILE_NAMES),
                contentType: 'application/pdf',
              })
              .field(random.pick(['text', 'passphrase', 'lines']), value() || 'x');
          else if (shape < 0.9) request = request.send(random.pick(BODIES) as object);
          else request = request.set('Content-Type', 'application/json').send('{"broken": ');
        }
        let status: number;
        let body: Record<string, unknown>;
        try {
          const response = await request;
          status = response.status;
          body = response.body;
        } catch (error) {
          failures.push(`${route.method} ${path}: ${(error as Error).message}`);
          continue;
        }
        requests++;
        const shaped =
          typeof body?.code === 'string' && typeof body?.message === 'string' && typeof body?.messageEn === 'string';
        if (status >= 500 || (status >= 400 && !shaped))
          failures.push(`${route.method} ${route.path} → ${path} ${JSON.stringify(query).slice(0, 120)}: ${status}`);
      }
    expect(failures).toEqual([]);
    expect(requests).toBe(ROUNDS * routes.length);
  });
});
