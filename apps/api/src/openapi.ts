import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express, Request, Response } from 'express';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { dtoSchema, type Schema } from './openapi-dto.js';
import {
  ALLOWED_ROLES,
  MULTIPART,
  API_TOKEN_SCOPE,
  IS_PUBLIC,
  SESSION_COOKIE,
  tokenPermission,
  type Role,
} from '@congvan/auth';

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
  multipart: boolean;
  body: (new () => unknown) | null;
  query: (new () => unknown) | null;
}

type Dto = new () => unknown;
type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;
const isDto = (type: unknown): type is Dto =>
  typeof type === 'function' && ![String, Number, Boolean, Object, Array, Buffer].includes(type as never);

/** The DTO classes of a handler's @Body() and @Query() arguments (as a whole), from Nest's and TypeScript's metadata. */
function argumentDtos(target: object, prototype: object, name: string): { body: Dto | null; query: Dto | null } {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, target, name) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as unknown[];
  const find = (kind: RouteParamtypes) => {
    const entry = Object.entries(args).find(
      ([key, arg]) => key.split(':')[0] === String(kind) && arg.data === undefined,
    );
    const type = entry ? types[entry[1].index] : undefined;
    return isDto(type) ? type : null;
  };
  return { body: find(RouteParamtypes.BODY), query: find(RouteParamtypes.QUERY) };
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
    const controller = wrapper.metatype as Dto;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, () => unknown>)[name];
      const targets = [handler, wrapper.metatype as () => unknown];
      facts.set(`${wrapper.metatype.name}_${name}`, {
        isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false,
        roles: reflector.getAllAndOverride<Role[]>(ALLOWED_ROLES, targets) ?? [],
        scope: reflector.getAllAndOverride<string>(API_TOKEN_SCOPE, targets) ?? null,
        multipart: reflector.getAllAndOverride<boolean>(MULTIPART, targets) ?? false,
        ...argumentDtos(controller, prototype, name),
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
      if (fact) describeArguments(document, operation, fact);
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
 * Request bodies and query parameters from the DTOs' class-validator rules (the controllers carry
 * no @ApiProperty): a JSON body's schema, each query field as a parameter, a multipart body's fields
 * beside its files.
 */
function describeArguments(document: OpenAPIObject, operation: OperationObject, fact: HandlerFacts): void {
  const schemas = (document.components!.schemas ??= {}) as Record<string, Schema>;
  if (fact.body && !fact.multipart) schemas[fact.body.name] = dtoSchema(fact.body);
  if (fact.multipart) {
    const fields = fact.body
      ? (dtoSchema(fact.body) as { properties: Record<string, Schema>; required?: string[] })
      : null;
    operation.requestBody = {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            description: 'Các tệp gửi kèm (PDF, ảnh, gói edXML …) cùng các trường dưới đây',
            properties: { ...(fields?.properties ?? {}) },
            ...(fields?.required?.length ? { required: fields.required } : {}),
            additionalProperties: { type: 'string', format: 'binary' },
          } as never,
        },
      },
    };
  }
  if (fact.query) {
    const query = dtoSchema(fact.query) as { properties: Record<string, Schema>; required?: string[] };
    const path = (operation.parameters ?? []).filter((p) => !('in' in p) || p.in !== 'query');
    operation.parameters = [
      ...path,
      ...Object.entries(query.properties).map(([name, schema]) => ({
        name,
        in: 'query' as const,
        required: query.required?.includes(name) ?? false,
        schema: schema as never,
      })),
    ];
  }
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
