import type { EntityManager } from 'typeorm';
import type { AuditLog, AuthUser } from '@congvan/auth';
import { findEarlierDuplicate } from '@congvan/documents';
import type { PlannedTask, RecipientUnits } from './plan-tasks.js';
import { duplicateDirective, noRecipientUnits, noTasksPlanned } from './tasking.errors.js';

/** The clerk's explicit choice to dispatch a directive that repeats an earlier registration. */
export interface DuplicateOverride {
  reason: string | null;
}

/**
 * What must hold before a directive's first dispatch: some unit receives it, some task is
 * planned (nothing to dispatch is an error, not a success with 0 tasks), and it does not repeat
 * an earlier registration of the same directive, unless the clerk overrides that, which is audited.
 */
export async function checkDispatchable(
  tx: EntityManager,
  audit: AuditLog,
  user: AuthUser,
  documentId: string,
  recipients: RecipientUnits[],
  plan: { tasks: PlannedTask[] },
  override: DuplicateOverride | null,
): Promise<void> {
  if (recipients.every((line) => line.unitIds.length === 0)) throw noRecipientUnits();
  if (plan.tasks.length === 0) throw noTasksPlanned();
  const first = await findEarlierDuplicate(tx, documentId);
  if (!first) return;
  if (!override) throw duplicateDirective(first);
  await audit.record(tx, {
    actorId: user.id,
    action: 'directive.duplicate_dispatched',
    targetType: 'document',
    targetId: documentId,
    details: { duplicateOf: first.id, duplicateOfTitle: first.title, reason: override.reason },
  });
}
