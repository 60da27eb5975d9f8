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

export const API_TOKEN_SCOPE = 'congvan:apiTokenScope';

/** The resources a system may reach with an API token; each with read (GET) and write (anything else). */
export const API_TOKEN_SCOPES = ['documents', 'tasks', 'replies', 'reply-matches', 'exchange', 'units'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
export const API_TOKEN_PERMISSIONS = API_TOKEN_SCOPES.flatMap((scope) => [`${scope}:read`, `${scope}:write`]);

/** The permission a token needs for a route of `scope` called with `method`: `documents:read`, `tasks:write` ... */
export const tokenPermission = (scope: string, method: string): string =>
  `${scope}:${['GET', 'HEAD'].includes(method.toUpperCase()) ? 'read' : 'write'}`;

/**
 * Opens a controller's (or a route's) clerk routes to API tokens holding the scope's permission. Routes
 * without it (accounts, tokens, audit, templates) are refused to every token, whatever it holds.
 */
export const TokenScope = (scope: ApiTokenScope) => SetMetadata(API_TOKEN_SCOPE, scope);
