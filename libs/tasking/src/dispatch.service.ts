import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog, type AuthUser, mayIssueFor } from '@congvan/auth';
import { Document } from '@congvan/documents';
import { findIssuerUnit, type RecipientResolution } from '@congvan/organisation';
import { checkDispatchable, type DuplicateOverride } from './dispatch-checks.js';
import { planTasks, type RecipientUnits } from './plan-tasks.js';
import { recipientsToday } from './recipients-today.js';
import { TaskPlanner } from './task-planner.js';
import {
  directiveNotFound,
  directiveTakenBack,
  notReviewed,
  recipientsUnresolved,
  unknownUnits,
} from './tasking.errors.js';

export interface DispatchPreview {
  /** Resolved as the registry stood on the directive's date; flags include units gone with no successor. */
  lines: RecipientResolution[];
  /** Units that receive work addressed to units merged into them, with the note their tasks carry. */
  transfers: Array<{ unitId: string; note: string }>;
  plannedTasks: number;
  warnings: string[];
}

export interface DispatchResult {
  created: number;
  existing: number;
  alreadyDispatched: boolean;
  warnings: string[];
}

/** Dispatch: a confirmed directive's requirements become tasks of the units its Kính gửi lines name. */
@Injectable()
export class DispatchService {
  private readonly logger = new Logger(DispatchService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: TaskPlanner,
    private readonly audit: AuditLog,
  ) {}

  /** What dispatch would do: the units each Kính gửi line resolves to, with flags to settle. */
  async previewDispatch(user: AuthUser, documentId: string): Promise<DispatchPreview> {
    const planner = this.planner;
    await planner.authorizeDocument(user, documentId, 'manage');
    const { directive, units } = await planner.load(this.dataSource.manager, documentId);
    const resolved = planner.resolve(directive.recipients, units, directive);
    const today = recipientsToday(resolved, [], units, planner.today());
    const lines = resolved.map((line, i) => ({ ...line, flags: [...line.flags, ...today.flags[i]] }));
    const plan = planTasks(
      directive,
      today.recipients,
      planner.unitsOf(units, directive),
      planner.dueContext(directive),
    );
    const transfers = [...today.notes].map(([unitId, note]) => ({ unitId, note }));
    return { lines, transfers, plannedTasks: plan.tasks.length, warnings: plan.warnings };
  }

  /**
   * Creates the tasks of a confirmed directive: requirement × unit (× occurrence). The clerk may
   * settle recipient lines by choosing units; lines left unresolved stop the dispatch. Idempotent:
   * tasks are keyed by (document, requirement, unit, occurrence), so a second call creates nothing.
   */
  async dispatch(
    user: AuthUser,
    documentId: string,
    settled: RecipientUnits[] = [],
    override: DuplicateOverride | null = null,
  ): Promise<DispatchResult> {
    await this.planner.authorizeDocument(user, documentId, 'manage');
    return this.dataSource.transaction(async (tx) => {
      const document = await tx.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      if (!document) throw directiveNotFound(documentId);
      if (document.takenBackAt) throw directiveTakenBack(documentId);
      if (document.status !== 'reviewed' && document.status !== 'tasked') throw notReviewed(document.status);
      const { directive, units } = await this.planner.load(tx, documentId);

      // A clerk sends work only to units of its own organisation's registry.
      const byId = new Set(units.filter((u) => mayIssueFor(user, u)).map((u) => u.id));
      const missing = settled.flatMap((s) => s.unitIds).filter((id) => !byId.has(id));
      if (missing.length > 0) throw unknownUnits(missing);
      const resolved = this.planner.resolve(directive.recipients, units, directive);
      const chosen = resolved.map((line) => settled.find((s) => s.line === line.line));
      const today = recipientsToday(resolved, chosen, units, this.planner.today());
      const lines = resolved.map((line, i) => ({ ...line, flags: [...line.flags, ...today.flags[i]] }));
      const recipients = today.recipients;
      const unresolved = lines.filter(
        (line, i) =>
          recipients[i].unitIds.length === 0 ||
          (!settled.some((s) => s.line === line.line) &&
            line.flags.length + line.groups.reduce((n, g) => n + g.flags.length, 0) > 0),
      );
      if (unresolved.length > 0) throw recipientsUnresolved(unresolved);

      const plan = planTasks(
        directive,
        recipients,
        this.planner.unitsOf(units, directive),
        this.planner.dueContext(directive),
      );
      const alreadyDispatched = document.status === 'tasked';
      if (!alreadyDispatched) await checkDispatchable(tx, this.audit, user, documentId, recipients, plan, override);
      // A successor's task says which merged units the directive addressed.
      const tasks = plan.tasks.map((task) => ({ ...task, transferNote: today.notes.get(task.unitId) ?? null }));
      const createdIds = await this.planner.insertTasks(tx, documentId, tasks, user.id);
      if (!alreadyDispatched) {
        // The issuing body's leaders follow this directive's tasks (access policy: leader, track).
        const issuerUnitId = findIssuerUnit(units, directive.issuer?.name)?.id ?? null;
        await tx.update(Document, { id: documentId }, { status: 'tasked', issuerUnitId });
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'directive.dispatched',
          targetType: 'document',
          targetId: documentId,
          details: { tasks: createdIds.length },
        });
      }
      this.logger.log({
        msg: 'directive dispatched',
        documentId,
        created: createdIds.length,
        planned: plan.tasks.length,
      });
      return {
        created: createdIds.length,
        existing: plan.tasks.length - createdIds.length,
        alreadyDispatched,
        warnings: plan.warnings,
      };
    });
  }
}
