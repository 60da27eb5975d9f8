import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { JsonLogger } from '@congvan/common';
import { describeEnv, type Env } from '@congvan/config';
import { buildDataSourceOptions, runMigrations, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@congvan/db';
import { ApiModule } from './api.module.js';
import { ENTITIES, MIGRATIONS } from './schema.js';
import { serveOpenApi } from './openapi.js';
import { serveWebUi, WEB_UI_PREFIX, webUiHeaders } from './web-ui.js';
import type { NextFunction, Request, Response } from 'express';

export interface RunningApp {
  app: INestApplication;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * Starts congvan: the embedded PostgreSQL when no DATABASE_URL is given, pending migrations,
 * then the Nest application (HTTP listener only with the api role).
 */
export async function startApp(env: Env, logger = new JsonLogger(env.LOG_LEVEL)): Promise<RunningApp> {
  logger.log({ msg: 'starting congvan', config: describeEnv(env) }, 'Bootstrap');
  let embedded: EmbeddedPostgresHandle | undefined;
  if (!env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dataDir: `${env.DATA_DIR}/postgres`,
      port: env.EMBEDDED_PG_PORT,
      database: 'congvan',
      log: (level, message) =>
        level === 'warn'
          ? logger.warn({ msg: message }, 'EmbeddedPostgres')
          : level === 'info'
            ? logger.log({ msg: message }, 'EmbeddedPostgres')
            : logger.debug(message, 'EmbeddedPostgres'),
    });
    logger.log(
      { msg: 'embedded PostgreSQL ready', url: embedded.url.replace(/:[^:@/]+@/, ':***@'), owner: embedded.owner },
      'Bootstrap',
    );
  }
  const databaseUrl = env.DATABASE_URL ?? embedded!.url;

  try {
    await migrate(databaseUrl, logger);
    const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot({ env, databaseUrl }), {
      logger,
      bufferLogs: false,
    });
    app.disable('x-powered-by');
    // API answers are no-store, so no client revalidates them: hashing every body for an ETag is
    // wasted work (the web interface's files keep theirs, from the static file server).
    app.set('etag', false);
    // Behind a TLS proxy named here, req.secure follows X-Forwarded-Proto: the session cookie is then Secure.
    if (env.TRUST_PROXY) app.set('trust proxy', env.TRUST_PROXY);
    app.use(apiResponseHeaders);
    if (env.ROLES.includes('api')) serveWebUi(app);
    if (env.ROLES.includes('api')) serveOpenApi(app, webUiHeaders);
    if (env.ROLES.includes('api')) await app.listen(env.PORT, '0.0.0.0');
    else await app.init();
    logger.log(
      { msg: 'congvan ready', roles: env.ROLES, port: env.ROLES.includes('api') ? env.PORT : undefined },
      'Bootstrap',
    );
    return {
      app,
      databaseUrl,
      close: async () => {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** API answers are never sniffed into another type nor kept by a cache (the web interface's files set their own). */
function apiResponseHeaders(request: Request, response: Response, next: NextFunction): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (!request.path.startsWith(WEB_UI_PREFIX)) response.setHeader('Cache-Control', 'no-store');
  next();
}

export async function migrate(databaseUrl: string, logger: JsonLogger): Promise<void> {
  const dataSource = await new DataSource(buildDataSourceOptions(databaseUrl, ENTITIES, MIGRATIONS)).initialize();
  try {
    const applied = await runMigrations(dataSource);
    logger.log({ msg: 'migrations applied', count: applied.length, names: applied.map((m) => m.name) }, 'Bootstrap');
  } finally {
    await dataSource.destroy();
  }
}
