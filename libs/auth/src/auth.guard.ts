import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ALLOWED_ROLES, type AuthenticatedRequest, IS_PUBLIC } from './auth.decorators.js';
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
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = sessionToken(request);
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user) throw unauthenticated();
    if (!roles || !roles.includes(user.role)) throw forbidden();
    request.user = user;
    request.sessionToken = token!;
    return true;
  }
}
