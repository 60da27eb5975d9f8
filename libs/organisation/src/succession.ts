import { isValidOn } from './resolve-recipients.js';

/** What succession needs of a unit (a registry row or an entity). */
export interface SuccessionUnit {
  id: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  successorId: string | null;
  successorSince: string | null;
}

/** The unit that holds a unit's work on `day`: itself while it exists, else its successor's holder. */
export function holderOn<T extends SuccessionUnit>(unit: T, byId: Map<string, T>, day: string): T | null {
  const seen = new Set<string>();
  let current: T | undefined = unit;
  while (current && !seen.has(current.id)) {
    if (isValidOn(current, day)) return current;
    seen.add(current.id);
    current = current.successorId && current.successorSince ? byId.get(current.successorId) : undefined;
  }
  return null;
}

export interface Transfer {
  /** The unit that receives the work. */
  toId: string;
  /** The addressed units it receives it for, in the order given. */
  fromIds: string[];
  /** Vietnamese, shown on the task. */
  note: string;
}

export interface SuccessionResult {
  /** The units that get the work on `day`, without duplicates, in the order first met. */
  unitIds: string[];
  transfers: Transfer[];
  /** Addressed units gone by `day` with no successor: nobody can take their task. */
  dissolvedIds: string[];
}

/**
 * Sends work addressed to units (as the registry stood on the directive's date) to the units that
 * hold it on `day`: a unit merged since then is replaced by its successor (following a chain of
 * mergers), several merged units giving one task to their common successor, with a note saying so.
 */
export function redirectToSuccessors<T extends SuccessionUnit>(
  unitIds: string[],
  units: T[],
  day: string,
): SuccessionResult {
  const byId = new Map(units.map((u) => [u.id, u]));
  const result: string[] = [];
  const from = new Map<string, string[]>();
  const dissolvedIds: string[] = [];
  for (const id of unitIds) {
    const unit = byId.get(id);
    if (!unit) continue;
    const holder = holderOn(unit, byId, day);
    if (!holder) {
      dissolvedIds.push(id);
      continue;
    }
    if (!result.includes(holder.id)) result.push(holder.id);
    if (holder.id !== id) from.set(holder.id, [...(from.get(holder.id) ?? []), id]);
  }
  const transfers = [...from].map(([toId, fromIds]) => ({
    toId,
    fromIds,
    note: transferNote(
      byId.get(toId)!,
      fromIds.map((id) => byId.get(id)!),
    ),
  }));
  return { unitIds: result, transfers, dissolvedIds };
}

/** "Văn bản gửi Đảng ủy xã An Mỹ, Đảng ủy xã Hợp Tiến; giao Đảng ủy xã Hồng Sơn, đơn vị kế thừa từ ngày 01/07/2025." */
export function transferNote(to: SuccessionUnit, from: SuccessionUnit[]): string {
  const since = from
    .map((u) => u.successorSince)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const day = since ? ` từ ngày ${since.slice(8, 10)}/${since.slice(5, 7)}/${since.slice(0, 4)}` : '';
  return `Văn bản gửi ${from.map((u) => u.name).join(', ')}; giao ${to.name}, đơn vị kế thừa${day}.`;
}

/** The day before an ISO day (the last day of a unit that a successor takes over on `day`). */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
