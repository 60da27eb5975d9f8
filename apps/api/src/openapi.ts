import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express, Request, Response } from 'express';
import { ALLOWED_ROLES, API_TOKEN_SCOPE, IS_PUBLIC, SESSION_COOKIE, tokenPermission, type Role } from '@congvan/auth';

export const OPENAPI_PATH = '/api/openapi.json';
export const API_DOCS_PATH = '/api/docs';
/** swagger-ui-dist's files, served from the same origin as the interface (no CDN). */
export const SWAGGER_ASSETS_PREFIX = '/app/vendor/swagger-ui/';

/** The bilingual error body every 4xx carries (AppError.toBody). */
const ERROR_SCHEMA = {
  type: 'object',
  required: ['code', 'message', 'messageEn'],
  properties: {
    code: { type: 'string', description: 'Mã lỗi cố định, ví dụ DOCUMENT_NOT_FOUND', example: 'DOCUMENT_NOT_FOUND' },
    message: { type: 'string', description: 'Thông báo tiếng Việt (NFC)', example: 'Không tìm thấy văn bản.' },
    messageEn: { type: 'string', description: 'The same message in English', example: 'Document not found.' },
    details: { type: 'object', additionalProperties: true, description: 'Facts about the error, when any' },
  },
} as const;

interface HandlerFacts {
  isPublic: boolean;
  roles: Role[];
  scope: string | null;
}

/** What each handler declares (public, roles, API-token permission), by swagger's default operationId. */
function handlerFacts(app: INestApplication): Map<string, HandlerFacts> {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  const facts = new Map<string, HandlerFacts>();
  for (const wrapper of discovery.getControllers()) {
    if (!wrapper.metatype) continue;
    const prototype = (wrapper.metatype as { prototype: object }).prototype;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, () => unknown>)[name];
      const targets = [handler, wrapper.metatype as () => unknown];
      facts.set(`${wrapper.metatype.name}_${name}`, {
        isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false,
        roles: reflector.getAllAndOverride<Role[]>(ALLOWED_ROLES, targets) ?? [],
        scope: reflector.getAllAndOverride<string>(API_TOKEN_SCOPE, targets) ?? null,
      });
    }
  }
  return facts;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

/**
 * The OpenAPI 3 description of every route in the Nest router, generated from the controllers by
 * @nestjs/swagger, then completed from the routes' own metadata: who may call each (x-roles), the
 * API-token permission it needs (x-api-token-permission), its security (none for public routes,
 * else the session cookie or a bearer token) and the bilingual error body of every 4xx.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('congvan API')
    .setDescription(
      'Theo dõi thực hiện văn bản chỉ đạo. Mọi lỗi 4xx trả về { code, message (tiếng Việt), messageEn, details? }. ' +
        'Người dùng đăng nhập bằng cookie phiên; hệ thống khác dùng mã truy cập API (Authorization: Bearer cvt_…).',
    )
    .setVersion('0.1.0')
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: 'Phiên đăng nhập của người dùng (POST /auth/login)',
      },
      'session',
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        description:
          'Mã phiên từ POST /auth/login, hoặc mã truy cập API cho hệ thống (cvt_…, cấp qua POST /api-tokens), giới hạn theo tổ chức và quyền',
      },
      'bearer',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, Error: ERROR_SCHEMA as never };
  const facts = handlerFacts(app);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const fact = facts.get(operation.operationId ?? '');
      const tag = path.split('/')[1] || 'root';
      operation.tags = operation.tags?.length ? operation.tags : [tag];
      operation.security = fact?.isPublic ? [] : [{ session: [] }, { bearer: [] }];
      const extended = operation as typeof operation & Record<string, unknown>;
      extended['x-roles'] = fact?.isPublic ? ['public'] : (fact?.roles ?? []);
      if (fact?.scope) extended['x-api-token-permission'] = tokenPermission(fact.scope, method);
      operation.responses = {
        ...operation.responses,
        '4XX': {
          description: 'Lỗi của yêu cầu: { code, message, messageEn, details? }',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      };
      if (!fact?.isPublic)
        operation.responses['401'] = {
          description: 'Chưa đăng nhập, phiên hết hạn hoặc mã truy cập đã thu hồi (UNAUTHENTICATED)',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        };
    }
  }
  return document;
}

/**
 * Serves the description at /api/openapi.json (public: it holds no data) and a reader at /api/docs,
 * the interface's own page with swagger-ui-dist's files from this origin, under the same CSP.
 */
export function serveOpenApi(app: NestExpressApplication, headers: (response: Response) => void): void {
  let document: string | null = null;
  const express = app.getHttpAdapter().getInstance() as Express;
  express.get(OPENAPI_PATH, (_request: Request, response: Response) => {
    document ??= JSON.stringify(buildOpenApiDocument(app));
    response.type('application/json').send(document);
  });
  express.get(API_DOCS_PATH, (_request: Request, response: Response) => response.redirect(302, '/app/api-docs.html'));
  app.useStaticAssets(dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json')), {
    prefix: SWAGGER_ASSETS_PREFIX,
    index: false,
    setHeaders: headers,
  });
}
