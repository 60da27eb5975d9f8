import { ROLES, type Role } from '@congvan/auth';
import { listRoutes, type Route } from '../setup/routes.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const concrete = (path: string) => path.replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');

describe('authorisation on every route', () => {
  let app: TestApp;
  let routes: Route[];
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    app = await startTestApp();
    routes = listRoutes(app);
    for (const role of ROLES)
      tokens[role] = await app.signIn(
        role,
        role === 'unit_admin' || role === 'leader' ? 'dongda.ward.cat-linh' : undefined,
      );
  });

  afterAll(() => app.close());

  it('finds the routes of every module', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /health',
        'POST /auth/login',
        'POST /documents',
        'POST /tasks/:id/close',
        'GET /units',
        'GET /audit',
      ]),
    );
  });

  it('has every route declare who may call it', () => {
    expect(routes.filter((r) => !r.isPublic && r.roles.length === 0)).toEqual([]);
  });

  it('refuses anonymous callers on every route that is not public', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      const response = await (app.http() as unknown as Record<string, (p: string) => Promise<{ status: number }>>)[
        route.method.toLowerCase()
      ](concrete(route.path));
      expect([route.method, route.path, response.status]).toEqual([route.method, route.path, 401]);
    }
  });

  it('lets each role through exactly the routes that list it', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      for (const role of ROLES) {
        const call = (
          app.http() as unknown as Record<
            string,
            (p: string) => { set: (k: string, v: string) => Promise<{ status: number }> }
          >
        )[route.method.toLowerCase()](concrete(route.path));
        const { status } = await call.set('Authorization', `Bearer ${tokens[role]}`);
        const allowed = route.roles.includes(role);
        // Allowed calls may still fail on the made-up id or empty body (404, 400, 409 ...), never on authorisation.
        expect([route.method, route.path, role, allowed ? status !== 401 && status !== 403 : status === 403]).toEqual([
          route.method,
          route.path,
          role,
          true,
        ]);
        // Signing out ends the session used here: take a fresh one for the next routes.
        if (route.path === '/auth/logout' && allowed)
          tokens[role] = await app.signIn(
            role,
            role === 'unit_admin' || role === 'leader' ? 'dongda.ward.cat-linh' : undefined,
          );
      }
    }
  });
});
