import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DefaultDenyGuard } from '@congvan/auth';
import { AppExceptionFilter } from '@congvan/common';
import type { Env } from '@congvan/config';
import { buildDataSourceOptions } from '@congvan/db';
import { HealthModule } from '@congvan/health';
import { JobsModule } from '@congvan/jobs';
import { OrganisationModule } from '@congvan/organisation';
import { ENTITIES, MIGRATIONS } from './schema.js';

export interface ApiModuleOptions {
  env: Env;
  /** The database actually used: DATABASE_URL, or the embedded server's URL. */
  databaseUrl: string;
}

/** The one deployable: HTTP API and, when the worker role is on, the pipeline worker. */
@Module({})
export class ApiModule {
  static forRoot({ env, databaseUrl }: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        TypeOrmModule.forRoot(buildDataSourceOptions(databaseUrl, ENTITIES, MIGRATIONS)),
        JobsModule.forRoot({ connectionString: databaseUrl, work: env.ROLES.includes('worker') }),
        HealthModule,
        OrganisationModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: DefaultDenyGuard },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        { provide: APP_PIPE, useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }) },
      ],
    };
  }
}
