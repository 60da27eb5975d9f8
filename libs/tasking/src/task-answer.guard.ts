import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '@congvan/auth';
import { TaskingService } from './tasking.service.js';

/**
 * Runs before the upload interceptor: a report on a task the caller may not answer is refused
 * (404 unseen, 403 seen) before multer reads a byte of its attachments.
 */
@Injectable()
export class TaskAnswerGuard implements CanActivate {
  constructor(private readonly tasking: TaskingService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const id = String(request.params.id ?? '');
    // A malformed id is left to ParseUUIDPipe (400); the global guard has set the user.
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) || !request.user) return true;
    await this.tasking.authorizeTask(request.user, id, 'answer');
    return true;
  }
}
