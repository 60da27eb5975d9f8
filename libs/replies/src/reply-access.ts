import type { EntityManager } from 'typeorm';
import { type AuthUser, authorize, type ReplyAction } from '@congvan/auth';
import { ReplyDocument } from './reply-document.entity.js';
import { replyNotFound } from './replies.errors.js';

/** The reply row-locked, once the access policy lets `user` do `action` on it (404 unseen, 403 seen). */
export async function lockedReply(
  tx: EntityManager,
  user: AuthUser,
  id: string,
  action: ReplyAction,
): Promise<ReplyDocument> {
  await authorize(tx, user, 'reply', action, id, () => replyNotFound(id));
  const reply = await tx.findOne(ReplyDocument, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!reply) throw replyNotFound(id);
  return reply;
}
