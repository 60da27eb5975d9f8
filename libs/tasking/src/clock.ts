import type { Task } from './task.entity.js';

export const TASKING_CLOCK = Symbol('TASKING_CLOCK');
/** Today in Vietnam (UTC+7), YYYY-MM-DD; injected so tests control time. */
export type Clock = () => string;
export const vietnamToday: Clock = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

export function isOverdue(task: Pick<Task, 'status' | 'dueOn'>, today: string): boolean {
  return (task.status === 'open' || task.status === 'returned') && task.dueOn !== null && task.dueOn < today;
}
