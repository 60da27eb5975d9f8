import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '@congvan/rendering';
import type { Browser } from 'playwright-core';
import { listRoutes, type Route } from '../setup/routes.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const SCREENSHOTS = resolve('artifacts/web-ui');
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'];
const openApiPath = (path: string) => path.replace(/:([a-zA-Z]+)/g, '{$1}');

interface Operation {
  operationId: string;
  security: Array<Record<string, string[]>>;
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
  'x-roles': string[];
  'x-api-token-permission'?: string;
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: unknown }>;
}

describe('the OpenAPI description', () => {
  let app: TestApp;
  let routes: Route[];
  let document: {
    openapi: string;
    paths: Record<string, Record<string, Operation>>;
    components: {
      securitySchemes: Record<string, Record<string, string>>;
      schemas: Record<string, { required: string[]; properties: Record<string, unknown> }>;
    };
  };

  beforeAll(async () => {
    app = await startTestApp();
    routes = listRoutes(app);
    const response = await app.http().get('/api/openapi.json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    document = response.body;
  });

  afterAll(() => app.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
    );

  it('is OpenAPI 3 and describes exactly the routes registered in the Nest router, no more, no fewer', () => {
    expect(document.openapi).toMatch(/^3\./);
    const registered = routes.map((r) => `${r.method} ${openApiPath(r.path)}`).sort();
    const described = operations()
      .map((o) => o.key)
      .sort();
    expect(registered.length).toBeGreaterThan(60);
    expect(new Set(registered).size).toBe(registered.length);
    expect(described).toEqual(registered);
  });

  it('names every path parameter of a route', () => {
    for (const { key, operation } of operations()) {
      const names = [...key.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();
      const parameters = (operation.parameters ?? [])
        .filter((p) => p.in === 'path')
        .map((p) => p.name)
        .sort();
      expect({ key, parameters }).toEqual({ key, parameters: names });
    }
  });

  it('describes the bilingual error body on every operation and the 401 of every protected one', () => {
    const error = document.components.schemas.Error;
    expect(error.required).toEqual(['code', 'message', 'messageEn']);
    expect(Object.keys(error.properties)).toEqual(['code', 'message', 'messageEn', 'details']);
    for (const { key, operation } of operations()) {
      expect({ key, ref: operation.responses['4XX']?.content?.['application/json'].schema.$ref }).toEqual({
        key,
        ref: '#/components/schemas/Error',
      });
    }
  });

  it('declares the session cookie and bearer schemes, and which routes need neither', () => {
    expect(document.components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'congvan_session',
    });
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const byKey = new Map(operations().map((o) => [o.key, o.operation]));
    for (const route of routes) {
      const operation = byKey.get(`${route.method} ${openApiPath(route.path)}`)!;
      if (route.isPublic) {
        expect({ route: route.path, security: operation.security }).toEqual({ route: route.path, security: [] });
        expect(operation['x-roles']).toEqual(['public']);
      } else {
        expect(operation.security).toEqual([{ session: [] }, { bearer: [] }]);
        expect(operation['x-roles'].sort()).toEqual([...route.roles].sort());
        expect(operation.responses['401']).toBeDefined();
      }
    }
    expect(byKey.get('POST /auth/login')!.security).toEqual([]);
  });

  it("describes request bodies and query parameters from the DTOs' validation rules", () => {
    const schemas = document.components.schemas as unknown as Record<string, Record<string, unknown>>;
    expect(schemas.LoginDto).toEqual({
      type: 'object',
      properties: {
        username: { type: 'string', minLength: 1, maxLength: 100 },
        password: { type: 'string', minLength: 1, maxLength: 200 },
      },
      required: ['username', 'password'],
    });
    expect(schemas.ResolveReplyMatchDto).toMatchObject({
      properties: { directiveId: { type: 'string', format: 'uuid' }, unitId: { type: 'string', format: 'uuid' } },
      required: ['directiveId', 'unitId'],
    });
    expect(schemas.CreateApiTokenDto).toMatchObject({
      properties: {
        permissions: { type: 'array', minItems: 1, items: { enum: expect.arrayContaining(['documents:read']) } },
      },
    });
    // Every JSON body a route takes is described by at least one property.
    for (const { key, operation } of operations()) {
      const ref = (operation as unknown as { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } })
        .requestBody?.content['application/json']?.schema.$ref;
      if (!ref) continue;
      const schema = schemas[ref.split('/').pop()!] as { properties: object };
      expect({ key, described: Object.keys(schema.properties).length > 0 }).toEqual({ key, described: true });
    }
    const register = document.paths['/documents'].get.parameters!;
    expect(register).toEqual(
      expect.arrayContaining([
        { name: 'q', in: 'query', required: false, schema: expect.objectContaining({ type: 'string' }) },
        expect.objectContaining({
          name: 'sort',
          in: 'query',
          schema: expect.objectContaining({ enum: expect.any(Array) }),
        }),
      ]),
    );
    const upload = (document.paths['/documents'].post as unknown as { requestBody: { content: object } }).requestBody;
    expect(Object.keys(upload.content)).toEqual(['multipart/form-data']);
  });

  it('serves a reader from this origin under the interface CSP, with no request elsewhere', async () => {
    const page = await app.http().get('/app/api-docs.html').expect(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    await app.http().get('/app/vendor/swagger-ui/swagger-ui-bundle.js').expect(200);
    await app.http().get('/api/docs').expect(302).expect('Location', '/app/api-docs.html');

    mkdirSync(SCREENSHOTS, { recursive: true });
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const browserPage = await context.newPage();
      const foreign: string[] = [];
      const problems: string[] = [];
      browserPage.on('request', (r) => {
        if (!r.url().startsWith(app.baseUrl()) && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      browserPage.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      browserPage.on('pageerror', (e) => problems.push(e.message));
      await browserPage.goto(`${app.baseUrl()}/api/docs`);
      await browserPage.locator('.opblock-summary-path', { hasText: '/documents/{id}/directive' }).first().waitFor();
      expect(await browserPage.locator('.opblock').count()).toBe(operations().length);
      await browserPage.screenshot({ path: join(SCREENSHOTS, 'api-docs.png') });
      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser?.close();
    }
  });
});
