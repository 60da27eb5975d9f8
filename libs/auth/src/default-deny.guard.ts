import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '@congvan/common';
import { IS_PUBLIC } from './public.decorator.js';

/**
 * Global guard: a route is reachable only if it says who may call it. Until a route declares
 * `@Public()` (or, with accounts, the roles allowed), it answers 401.
 */
@Injectable()
export class DefaultDenyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    throw new AppError('UNAUTHENTICATED', 401, 'Bạn cần đăng nhập để thực hiện thao tác này.', 'You must sign in to do this.');
  }
}
