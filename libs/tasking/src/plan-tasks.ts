import { computeDueDates, type DeadlineSpec, type DueDate, type DueDateContext } from './compute-due-dates.js';

/** The parts of a Directive (directive.schema.json) that tasks are made from. */
export interface DirectiveForTasks {
  date: string | null;
  requirements: Array<{
    ref: string;
    text: string;
    deadlines: DeadlineSpec[];
    assignees: string[];
    reportTo: Array<{ target: string; forGroups: string[] }>;
  }>;
}

/** One recipient line with the units the clerk confirmed for it. */
export interface RecipientUnits {
  line: string;
  unitIds: string[];
}

export interface PlannedTask {
  requirementRef: string;
  requirementText: string;
  unitId: string;
  recipientLine: string;
  dueOn: string | null;
  /** '' for a one-off task, else the occurrence date of a recurring deadline. */
  occurrence: string;
  deadlineText: string | null;
  reportTo: string[];
}

export interface TaskPlan {
  tasks: PlannedTask[];
  /** Things the clerk should look at: an assignee phrase that matched none of the recipients. */
  warnings: string[];
}

/**
 * One task per requirement × unit (× occurrence for recurring deadlines). `unitsOf(phrase)` tells
 * which units a group phrase names ("các trường Mầm non, Tiểu học, THCS"); it narrows a
 * requirement to its assignees and picks the report route meant for the unit's group.
 * The due date comes from the requirement's first deadline that gives one, preferring an absolute
 * date, then a recurring one, then a relative one; every deadline's wording stays on the task.
 */
export function planTasks(
  directive: DirectiveForTasks,
  recipients: RecipientUnits[],
  unitsOf: (phrase: string) => Set<string>,
  context: DueDateContext,
): TaskPlan {
  const lineOfUnit = new Map<string, string>();
  for (const recipient of recipients)
    for (const unitId of recipient.unitIds) if (!lineOfUnit.has(unitId)) lineOfUnit.set(unitId, recipient.line);
  const allUnits = [...lineOfUnit.keys()];
  const warnings: string[] = [];
  const tasks: PlannedTask[] = [];

  for (const requirement of directive.requirements) {
    let targets = allUnits;
    if (requirement.assignees.length > 0) {
      const named = new Set(requirement.assignees.flatMap((phrase) => [...unitsOf(phrase)]));
      targets = allUnits.filter((unitId) => named.has(unitId));
      if (targets.length === 0)
        warnings.push(
          `Yêu cầu ${requirement.ref}: không đơn vị nhận nào thuộc "${requirement.assignees.join('; ')}" / requirement ${requirement.ref}: no recipient unit matches its assignees`,
        );
    }
    const dueDates = drivingDueDates(requirement.deadlines, {
      ...context,
      issuedOn: context.issuedOn ?? directive.date,
    });
    const deadlineText = requirement.deadlines.map((d) => d.text).join('; ') || null;

    for (const unitId of targets) {
      const reportTo = requirement.reportTo
        .filter((route) => route.forGroups.length === 0 || route.forGroups.some((group) => unitsOf(group).has(unitId)))
        .map((route) => route.target);
      const base = {
        requirementRef: requirement.ref,
        requirementText: requirement.text,
        unitId,
        recipientLine: lineOfUnit.get(unitId)!,
        deadlineText,
        reportTo,
      };
      if (dueDates.length === 0) tasks.push({ ...base, dueOn: null, occurrence: '' });
      for (const due of dueDates) tasks.push({ ...base, dueOn: due.dueOn, occurrence: due.occurrence ?? '' });
    }
  }
  return { tasks, warnings };
}

function drivingDueDates(deadlines: DeadlineSpec[], context: DueDateContext): DueDate[] {
  for (const kind of ['absolute', 'recurring', 'relative'] as const) {
    for (const deadline of deadlines.filter((d) => d.kind === kind)) {
      const dates = computeDueDates(deadline, context);
      if (dates.length > 0) return dates;
    }
  }
  return [];
}
