import { redirectToSuccessors, type RecipientResolution, type ResolutionFlag, type Unit } from '@congvan/organisation';
import type { RecipientUnits } from './plan-tasks.js';

export interface RecipientsToday {
  /** The units each line's work goes to today. */
  recipients: RecipientUnits[];
  /** The note a successor's task carries, by the successor's id. */
  notes: Map<string, string>;
  /** Per line, the units gone with no successor (a flag the clerk must settle). */
  flags: ResolutionFlag[][];
}

/**
 * A directive names units as the registry stood on its date; its work goes to the units that hold
 * it today. Lines the clerk settled keep the chosen units (also moved on to their successors).
 */
export function recipientsToday(
  lines: RecipientResolution[],
  chosen: Array<RecipientUnits | undefined>,
  units: Unit[],
  today: string,
): RecipientsToday {
  const notes = new Map<string, string>();
  const flags: ResolutionFlag[][] = [];
  const recipients = lines.map((line, i) => {
    const ids = chosen[i]?.unitIds ?? idsOf(line, units);
    const moved = redirectToSuccessors(ids, units, today);
    for (const transfer of moved.transfers) if (!notes.has(transfer.toId)) notes.set(transfer.toId, transfer.note);
    const gone = moved.dissolvedIds.map((id) => units.find((u) => u.id === id)!.name);
    flags.push(gone.length > 0 ? [{ code: 'NO_SUCCESSOR', phrase: line.line, units: gone }] : []);
    return { line: line.line, unitIds: moved.unitIds };
  });
  return { recipients, notes, flags };
}

/** The ids of the units a resolved line names, in registry order. */
export function idsOf(line: RecipientResolution, units: Unit[]): string[] {
  const codes = new Set(line.groups.flatMap((group) => group.codes));
  return units.filter((u) => codes.has(u.code)).map((u) => u.id);
}
