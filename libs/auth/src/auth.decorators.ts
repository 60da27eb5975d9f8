import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser, Role } from './roles.js';

export const IS_PUBLIC = 'congvan:isPublic';
export const ALLOWED_ROLES = 'congvan:roles';

/** Opens a route to callers who are not signed in. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The roles that may call a route. A route with neither @Roles nor @Public is refused to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export type AuthenticatedRequest = Request & { user?: AuthUser; sessionToken?: string };

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest<AuthenticatedRequest>().user!,
);

/** The caller's address as seen by this server (the proxy's, when behind one that is not trusted). */
export const ClientIp = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | null => context.switchToHttp().getRequest<Request>().ip ?? null,
);
