import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { crossSiteRequest, nulCharacter, unsupportedMediaType } from './auth.errors.js';

export const MULTIPART = 'congvan:multipart';

/** The route takes multipart/form-data (file uploads); every other route with a body takes JSON. */
export const Multipart = () => SetMetadata(MULTIPART, true);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when the request carries a body (a length above 0, or chunked). */
function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/**
 * Global guard, before authentication: no NUL character in the query or body (400); a
 * state-changing request must come from this site (CSRF beyond SameSite) and carry the body type
 * its route expects.
 * - `Sec-Fetch-Site` other than same-origin / none (a browser's own navigation) is refused (403);
 *   without it, an `Origin` whose host is not the Host the request was sent to. API clients send neither.
 * - A body must be application/json, or multipart/form-data on the routes marked @Multipart();
 *   urlencoded and text/plain (what a cross-site form can send without CORS) are 415.
 */
@Injectable()
export class RequestOriginGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    // PostgreSQL stores no NUL character in text or jsonb: refuse it here rather than fail there.
    if (containsNul(request.query) || containsNul(request.params) || containsNul(request.body)) throw nulCharacter();
    if (SAFE_METHODS.has(request.method)) return true;
    // A browser's Sec-Fetch-Site cannot be forged by a page and survives proxies that rewrite Host:
    // it decides when present; older browsers send only Origin, compared with the Host asked for.
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    if (site !== undefined) {
      if (site !== 'same-origin' && site !== 'none') throw crossSiteRequest();
    } else if (origin !== undefined && !sameHost(origin, request.headers['x-forwarded-host'] ?? request.headers.host))
      throw crossSiteRequest();
    if (!hasBody(request)) return true;
    const multipart = this.reflector.getAllAndOverride<boolean>(MULTIPART, [context.getHandler(), context.getClass()]);
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== (multipart ? 'multipart/form-data' : 'application/json'))
      throw unsupportedMediaType(multipart ? 'multipart/form-data' : 'application/json', type || null);
    return true;
  }
}

/** True when a string anywhere in a parsed query or JSON body holds U+0000 (keys included). */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1));
}

function sameHost(origin: string, host: string | string[] | undefined): boolean {
  if (!host || Array.isArray(host)) return false;
  try {
    return origin !== 'null' && new URL(origin).host === host.split(',')[0].trim();
  } catch {
    return false;
  }
}
