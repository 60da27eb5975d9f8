import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthUser, authorize } from '@congvan/auth';
import { currentDirective, DirectiveDraft } from '@congvan/documents';
import {
  redirectToSuccessors,
  resolveRecipients,
  toRegistryUnit,
  Unit,
  type RecipientResolution,
} from '@congvan/organisation';
import { type Clock, TASKING_CLOCK } from './clock.js';
import { addDays } from './compute-due-dates.js';
import type { DirectiveForTasks, PlannedTask } from './plan-tasks.js';
import { idsOf } from './recipients-today.js';
import { TaskEvent } from './task-event.entity.js';
import { Task } from './task.entity.js';
import { directiveNotFound, notReviewed } from './tasking.errors.js';

/** Recurring deadlines get occurrences this far ahead; the daily `tasks.extend-horizon` job moves the horizon on. */
export const HORIZON_DAYS = 92;

export type LoadedDirective = DirectiveForTasks & { recipients: string[]; issuer: { name: string } | null };

/**
 * What dispatch and the horizon extension share: the directive as reviewed with the registry,
 * recipient resolution on the directive's date, due-date context and the idempotent task insert.
 */
@Injectable()
export class TaskPlanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TASKING_CLOCK) readonly today: Clock,
  ) {}

  /** A directive the caller may `manage` (dispatch) or `track` (compliance, reminders); else 404/403. */
  authorizeDocument(user: AuthUser, documentId: string, action: 'manage' | 'track'): Promise<void> {
    return authorize(this.dataSource.manager, user, 'document', action, documentId, () =>
      directiveNotFound(documentId),
    );
  }

  async load(manager: EntityManager, documentId: string): Promise<{ directive: LoadedDirective; units: Unit[] }> {
    const draft = await manager.findOneBy(DirectiveDraft, { documentId });
    if (!draft) throw notReviewed('missing');
    const directive: LoadedDirective = currentDirective(draft);
    const units = await manager.find(Unit, { order: { code: 'ASC' } });
    return { directive, units };
  }

  /**
   * Resolution limited to the issuer's own registry, with the units that existed on the directive's
   * date ("UBND các huyện" means the districts of its day); today when the date is not known.
   */
  resolve(lines: string[], units: Unit[], directive: LoadedDirective): RecipientResolution[] {
    const onDate = directive.date && /^\d{4}-\d{2}-\d{2}$/.test(directive.date) ? directive.date : this.today();
    return resolveRecipients(
      lines,
      units.map((u) => toRegistryUnit(u)),
      { onDate, issuerName: directive.issuer?.name ?? null },
    );
  }

  /** The units a phrase names on the directive's date, moved on to the units holding their work today. */
  unitsOf(units: Unit[], directive: LoadedDirective): (phrase: string) => Set<string> {
    return (phrase) => {
      const ids = this.resolve([phrase], units, directive).flatMap((line) => idsOf(line, units));
      return new Set(redirectToSuccessors(ids, units, this.today()).unitIds);
    };
  }

  dueContext(directive: { date: string | null }) {
    const today = this.today();
    return {
      issuedOn: directive.date && /^\d{4}-\d{2}-\d{2}$/.test(directive.date) ? directive.date : null,
      receivedOn: today,
      horizonEnd: addDays(today, HORIZON_DAYS),
    };
  }

  /** Inserts planned tasks, skipping those that exist (document × requirement × unit × occurrence); returns the new ids, each with its first event. */
  async insertTasks(
    tx: EntityManager,
    documentId: string,
    tasks: Array<PlannedTask & { transferNote?: string | null }>,
    actorId: string | null,
  ): Promise<string[]> {
    if (tasks.length === 0) return [];
    const inserted = await tx
      .createQueryBuilder()
      .insert()
      .into(Task)
      .values(tasks.map((task) => ({ ...task, documentId })))
      .orIgnore()
      .returning(['id'])
      .execute();
    const createdIds = (inserted.raw as Array<{ id: string }>).map((row) => row.id);
    if (createdIds.length > 0)
      await tx.insert(
        TaskEvent,
        createdIds.map((taskId) => ({ taskId, actorId, fromStatus: null, toStatus: 'open' as const })),
      );
    return createdIds;
  }
}
