import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '@congvan/auth';
import { holderOn, transferNote, Unit } from '@congvan/organisation';
import { TaskEvent } from './task-event.entity.js';
import { Task } from './task.entity.js';
import { type Clock, TASKING_CLOCK } from './tasking.service.js';

/**
 * Work still open at a unit that has since been merged goes to the unit that holds its work today
 * (its successor, or the successor's successor). The task keeps its history and says where it came
 * from. Run daily (`tasks.transfer-merged`) and whenever an administrator asks.
 */
@Injectable()
export class TaskTransferService {
  private readonly logger = new Logger(TaskTransferService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(TASKING_CLOCK) private readonly today: Clock,
  ) {}

  /** Moves open and returned tasks of units gone today to their holder; returns how many moved. */
  transferMergedTasks(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const today = this.today();
      const units = await tx.find(Unit);
      const byId = new Map(units.map((u) => [u.id, u]));
      const gone = units.filter((u) => u.validTo !== null && u.validTo < today && u.successorId);
      let moved = 0;
      for (const unit of gone) {
        const holder = holderOn(unit, byId, today);
        if (!holder || holder.id === unit.id) continue;
        const note = transferNote(holder, [unit]);
        // A task the holder already has for the same requirement and occurrence stays where it is.
        const [tasks] = (await tx.query(
          `UPDATE task t SET unit_id = $2, updated_at = now(),
                  transfer_note = CASE WHEN t.transfer_note IS NULL THEN $3 ELSE t.transfer_note || ' ' || $3 END
            WHERE t.unit_id = $1 AND t.status IN ('open', 'returned')
              AND NOT EXISTS (SELECT 1 FROM task o WHERE o.document_id = t.document_id AND o.requirement_ref = t.requirement_ref
                                AND o.occurrence = t.occurrence AND o.unit_id = $2)
            RETURNING t.id, t.status`,
          [unit.id, holder.id, note],
        )) as [Array<{ id: string; status: Task['status'] }>, number];
        if (tasks.length === 0) continue;
        await tx.insert(
          TaskEvent,
          tasks.map((t) => ({ taskId: t.id, actorId: null, fromStatus: t.status, toStatus: t.status, reason: note })),
        );
        await this.audit.record(tx, {
          actorId: null,
          action: 'tasks.transferred_to_successor',
          targetType: 'unit',
          targetId: unit.id,
          details: { to: holder.id, tasks: tasks.length },
        });
        moved += tasks.length;
      }
      if (moved > 0) this.logger.log({ msg: 'tasks of merged units moved to their successors', moved });
      return moved;
    });
  }
}
