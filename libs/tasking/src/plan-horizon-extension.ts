import { planTasks, type DirectiveForTasks, type PlannedTask, type RecipientUnits } from './plan-tasks.js';

/** What a dispatched directive already has, read back from its tasks. */
export interface DispatchedDirective {
  /** The dispatch day (Vietnam): recurring rules start there, as they did at dispatch. */
  dispatchedOn: string;
  issuedOn: string | null;
  /** The units that received the directive, each with the Kính gửi line that named it. */
  recipients: RecipientUnits[];
  /** The latest occurrence created so far, keyed by `seriesKey(requirementRef, unitId)`. */
  lastOccurrences: ReadonlyMap<string, string>;
}

export const seriesKey = (requirementRef: string, unitId: string): string => `${requirementRef}\u0000${unitId}`;

/**
 * The occurrences of recurring deadlines that have come within the horizon since dispatch: the
 * same plan dispatch makes (same units, assignees, report routes and due-day rules, from the same
 * start day), kept to recurring occurrences later than the last one each requirement × unit has.
 * One-off tasks are never planned again. Inserting the result with the dispatch key
 * (requirement × unit × occurrence) and ON CONFLICT DO NOTHING makes the extension idempotent.
 */
export function planHorizonExtension(
  directive: DirectiveForTasks,
  dispatched: DispatchedDirective,
  unitsOf: (phrase: string) => Set<string>,
  horizonEnd: string,
): PlannedTask[] {
  if (horizonEnd < dispatched.dispatchedOn) return [];
  const plan = planTasks(directive, dispatched.recipients, unitsOf, {
    issuedOn: dispatched.issuedOn,
    receivedOn: dispatched.dispatchedOn,
    horizonEnd,
  });
  return plan.tasks.filter(
    (task) =>
      task.occurrence !== '' &&
      task.occurrence > (dispatched.lastOccurrences.get(seriesKey(task.requirementRef, task.unitId)) ?? ''),
  );
}
