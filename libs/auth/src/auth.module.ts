import { type DynamicModule, Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JobQueue } from '@congvan/jobs';
import { ApiTokensController } from './api-tokens.controller.js';
import { ApiTokensService } from './api-tokens.service.js';
import { AuditLog } from './audit-log.js';
import { AdminController, AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AUTH_OPTIONS, type AuthOptions, DEFAULT_AUTH_OPTIONS } from './auth.options.js';
import { AuthService } from './auth.service.js';
import { UserAdminService } from './user-admin.service.js';
import { RequestOriginGuard } from './request-origin.guard.js';

export const JOB_LOCK_OVERDUE_ACCOUNTS = 'auth.lock-overdue';

@Global()
@Module({})
export class AuthModule implements OnModuleInit {
  constructor(
    @Inject(JobQueue) private readonly jobs: JobQueue,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  static forRoot(options: Partial<AuthOptions> = {}): DynamicModule {
    return {
      module: AuthModule,
      controllers: [AuthController, AdminController, ApiTokensController],
      providers: [
        { provide: AUTH_OPTIONS, useValue: { ...DEFAULT_AUTH_OPTIONS, ...options } },
        AuthService,
        UserAdminService,
        AuditLog,
        ApiTokensService,
        // In this order: a cross-site or mistyped request is refused before the session is looked up.
        { provide: APP_GUARD, useClass: RequestOriginGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [AuthService, AuditLog, ApiTokensService],
    };
  }

  onModuleInit(): void {
    // Accounts past their rotation deadline are also locked at sign-in; the daily sweep locks the rest.
    this.jobs.define(JOB_LOCK_OVERDUE_ACCOUNTS, {
      handle: async () => void (await this.auth.lockOverdueAccounts()),
      schedule: '15 0 * * *',
    });
  }
}
