/**
 * Where a set's gold deadlines go, for the bench's diagnostic line under each table: an aggregate that
 * says which stage to work on (finding the requirement, reading the phrase, attaching it) without
 * showing any document.
 *
 * Each deadline of a gold requirement is, in this order:
 * - found: the same deadline on the predicted requirement matched to it;
 * - missedRequirement: its requirement was not found at all;
 * - misread: the matched requirement carries a deadline of the same kind with another value;
 * - elsewhere: the same deadline sits on another predicted requirement of the document;
 * - unread: none of these (the phrase was not read as a deadline).
 * Predicted deadlines on requirements the gold lacks are `onExtraRequirements`.
 */
import type { Directive } from '@congvan/extraction';
import { deadlineKey } from './score-directive.js';

export interface DeadlineLosses {
  found: number;
  missedRequirement: number;
  misread: number;
  elsewhere: number;
  unread: number;
  /** `unread` by kind: absolute, relative, recurring. */
  unreadAbsolute: number;
  unreadRelative: number;
  unreadRecurring: number;
  onExtraRequirements: number;
}

export const NO_LOSSES: DeadlineLosses = {
  found: 0,
  missedRequirement: 0,
  misread: 0,
  elsewhere: 0,
  unread: 0,
  unreadAbsolute: 0,
  unreadRelative: 0,
  unreadRecurring: 0,
  onExtraRequirements: 0,
};

const UNREAD_BY_KIND = {
  absolute: 'unreadAbsolute',
  relative: 'unreadRelative',
  recurring: 'unreadRecurring',
} as const;

export function deadlineLosses(gold: Directive, predicted: Directive, pairs: Array<[number, number]>): DeadlineLosses {
  const losses = { ...NO_LOSSES };
  const matchOf = new Map(pairs);
  const matched = new Set(pairs.map(([, p]) => p));
  // Deadlines of other predicted requirements, consumed as they are claimed.
  const spare = predicted.requirements.map((r) => r.deadlines.map(deadlineKey));
  gold.requirements.forEach((requirement, g) => {
    const p = matchOf.get(g);
    for (const deadline of requirement.deadlines) {
      const key = deadlineKey(deadline);
      if (p === undefined) {
        losses.missedRequirement++;
        continue;
      }
      const own = spare[p].indexOf(key);
      if (own >= 0) {
        spare[p].splice(own, 1);
        losses.found++;
      } else if (predicted.requirements[p].deadlines.some((d) => d.kind === deadline.kind)) losses.misread++;
      else if (spare.some((keys, i) => i !== p && keys.includes(key))) losses.elsewhere++;
      else {
        losses.unread++;
        losses[UNREAD_BY_KIND[deadline.kind]]++;
      }
    }
  });
  predicted.requirements.forEach((r, p) => {
    if (!matched.has(p)) losses.onExtraRequirements += r.deadlines.length;
  });
  return losses;
}

export function addLosses(a: DeadlineLosses, b: DeadlineLosses): DeadlineLosses {
  const sum = { ...a };
  for (const k of Object.keys(sum) as Array<keyof DeadlineLosses>) sum[k] += b[k];
  return sum;
}

export function describeLosses(l: DeadlineLosses): string {
  const wanted = l.found + l.missedRequirement + l.misread + l.elsewhere + l.unread;
  return (
    `gold deadlines on their requirement: ${l.found}/${wanted}; lost: ${l.missedRequirement} requirement not found, ` +
    `${l.misread} read with another value, ${l.elsewhere} on another requirement, ${l.unread} not read ` +
    `(${l.unreadAbsolute} absolute, ${l.unreadRelative} relative, ${l.unreadRecurring} recurring); ` +
    `${l.onExtraRequirements} on requirements the gold lacks`
  );
}
