import type { EntityManager } from 'typeorm';
import type { AuditLog } from '@congvan/auth';
import { TaskEvent } from './task-event.entity.js';

export interface CancelledUnit {
  unitId: string;
  unitName: string;
  taskIds: string[];
}

/**
 * Cancels the work still owed on a directive its sender took back: every open or returned task
 * becomes `cancelled` (kept, never deleted), with a task event giving the reason and one audit
 * entry per unit (`task.cancelled`, targeted at the unit as reminders are, so each unit's trail
 * says what it no longer owes and why). Tasks the units closed or that were accepted stay as they
 * are, with their answers. Runs in the caller's transaction, so it stands or falls with the take-back.
 */
export async function cancelDirectiveTasks(
  tx: EntityManager,
  audit: AuditLog,
  cancel: { documentId: string; actorId: string | null; reason: string },
): Promise<CancelledUnit[]> {
  const rows: Array<{ id: string; status: 'open' | 'returned'; unitId: string; unitName: string }> = await tx.query(
    `WITH cancelled AS (
       UPDATE task t SET status = 'cancelled', cancelled_at = now()
         FROM task before
        WHERE t.id = before.id AND t.document_id = $1 AND t.status IN ('open', 'returned')
        RETURNING t.id, before.status, t.unit_id)
     SELECT c.id, c.status, c.unit_id AS "unitId", u.name AS "unitName"
       FROM cancelled c JOIN unit u ON u.id = c.unit_id
      ORDER BY u.name, c.id`,
    [cancel.documentId],
  );
  if (rows.length === 0) return [];
  await tx.insert(
    TaskEvent,
    rows.map((row) => ({
      taskId: row.id,
      actorId: cancel.actorId,
      fromStatus: row.status,
      toStatus: 'cancelled' as const,
      reason: cancel.reason,
    })),
  );
  const units = new Map<string, CancelledUnit>();
  for (const row of rows) {
    const unit = units.get(row.unitId) ?? { unitId: row.unitId, unitName: row.unitName, taskIds: [] };
    unit.taskIds.push(row.id);
    units.set(row.unitId, unit);
  }
  for (const unit of units.values())
    await audit.record(tx, {
      actorId: cancel.actorId,
      action: 'task.cancelled',
      targetType: 'unit',
      targetId: unit.unitId,
      details: {
        documentId: cancel.documentId,
        tasks: unit.taskIds.length,
        taskIds: unit.taskIds,
        reason: cancel.reason,
      },
    });
  return [...units.values()];
}
