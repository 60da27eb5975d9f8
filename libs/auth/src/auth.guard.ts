import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { API_TOKEN_PREFIX, ApiTokensService, type TokenLookup } from './api-tokens.service.js';
import {
  ALLOWED_ROLES,
  API_TOKEN_SCOPE,
  type AuthenticatedRequest,
  IS_PUBLIC,
  tokenPermission,
} from './auth.decorators.js';
import { forbidden, unauthenticated } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import type { Role } from './roles.js';

export const SESSION_COOKIE = 'congvan_session';

/** The session token from the Authorization header (API clients) or the session cookie (browsers). */
export function sessionToken(request: AuthenticatedRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeCookie(value.join('=')) || null;
  }
  return null;
}

/** A cookie value percent-decoded; a malformed one (a broken %-escape) is no token at all. */
function decodeCookie(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Global guard, default deny: a route is reachable only if it is @Public() or lists the roles
 * allowed with @Roles(...). Anything else answers 403 even to an administrator.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly apiTokens: ApiTokensService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = sessionToken(request);
    // A session token could start so too (1 in 16 million): when no API token matches, it is looked up as one.
    const apiToken = token?.startsWith(API_TOKEN_PREFIX) ? await this.apiTokens.lookup(token) : null;
    if (apiToken) return this.viaApiToken(request, apiToken, roles, targets);
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user) throw unauthenticated();
    if (!roles || !roles.includes(user.role)) throw forbidden();
    request.user = user;
    request.sessionToken = token!;
    return true;
  }

  /**
   * Another system's API token: it acts as its organisation's clerk, on routes open to clerks whose
   * TokenScope permission it holds (403 otherwise); a revoked one is 401. Every use is audited.
   */
  private async viaApiToken(
    request: AuthenticatedRequest,
    found: NonNullable<TokenLookup>,
    roles: Role[] | undefined,
    targets: Array<ReturnType<ExecutionContext['getHandler']>>,
  ): Promise<boolean> {
    const ip = request.ip ?? null;
    const use = { method: request.method, path: request.path };
    if (found.state === 'revoked') {
      await this.apiTokens.recordUse(found.tokenId, { ...use, permission: null, outcome: 'revoked' }, ip);
      throw unauthenticated();
    }
    const scope = this.reflector.getAllAndOverride<string | undefined>(API_TOKEN_SCOPE, targets);
    const permission = scope ? tokenPermission(scope, request.method) : null;
    const allowed =
      permission !== null && found.user.apiToken!.permissions.includes(permission) && !!roles?.includes('clerk');
    await this.apiTokens.recordUse(
      found.user.id,
      { ...use, permission, outcome: allowed ? 'allowed' : 'forbidden' },
      ip,
    );
    if (!allowed) throw forbidden();
    request.user = found.user;
    return true;
  }
}
