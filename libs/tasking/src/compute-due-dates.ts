import rrule from 'rrule';

const { rrulestr } = rrule;

/** The deadline shapes of directive.schema.json. */
export interface DeadlineSpec {
  kind: 'absolute' | 'recurring' | 'relative';
  date?: string;
  rrule?: string;
  offset?: string;
  anchor?: string;
  text: string;
}

export interface DueDateContext {
  /** The directive's date of issue (YYYY-MM-DD), when known. */
  issuedOn: string | null;
  /** The day the unit receives the task (dispatch day), YYYY-MM-DD. */
  receivedOn: string;
  /** Recurring deadlines produce occurrences up to this day (inclusive). */
  horizonEnd: string;
}

export interface DueDate {
  /** The last day on which the work is on time, YYYY-MM-DD. */
  dueOn: string;
  /** For a recurring deadline, the occurrence this is (its date); null otherwise. */
  occurrence: string | null;
  deadlineText: string;
}

/**
 * When work is due, as the last day it is on time. "trước ngày X" (before X) ends the day before
 * X; "chậm nhất ngày X", "vào ngày X", "đến ngày X" end on X. Relative deadlines ("trong vòng 07
 * ngày kể từ ngày nhận") count from receipt unless they say from issue; "ngày làm việc" counts Monday to
 * Friday; one that counts from an event the register does not date (a meeting, the flood receding) gets
 * no due date, never one counted from receipt. A recurring deadline gives one due date per occurrence
 * between receipt and the horizon.
 */
export function computeDueDates(deadline: DeadlineSpec, context: DueDateContext): DueDate[] {
  const before = /^\s*trước\b/i.test(deadline.text.normalize('NFC'));
  switch (deadline.kind) {
    case 'absolute': {
      if (!deadline.date) return [];
      return [
        { dueOn: before ? addDays(deadline.date, -1) : deadline.date, occurrence: null, deadlineText: deadline.text },
      ];
    }
    case 'relative': {
      const anchor = anchorDay(deadline.anchor, context);
      const dueOn =
        anchor && deadline.offset ? addOffset(anchor, deadline.offset, WORKING_DAYS.test(deadline.text)) : null;
      return dueOn ? [{ dueOn, occurrence: null, deadlineText: deadline.text }] : [];
    }
    case 'recurring': {
      if (!deadline.rrule) return [];
      const start = context.receivedOn;
      const rule = rrulestr(deadline.rrule.replace(/^RRULE:/, ''), { dtstart: utcDate(start) });
      return rule.between(utcDate(start), utcDate(context.horizonEnd), true).map((date) => {
        const occurrence = date.toISOString().slice(0, 10);
        return { dueOn: before ? addDays(occurrence, -1) : occurrence, occurrence, deadlineText: deadline.text };
      });
    }
  }
}

/** "10 ngày làm việc": working days, Monday to Friday (public holidays are not known here). */
const WORKING_DAYS = /ngày\s+làm\s+việc/iu;

/** The day a relative deadline counts from; null for an event whose date the register does not hold. */
function anchorDay(anchor: string | undefined, context: DueDateContext): string | null {
  if (anchor === undefined || anchor === 'receipt') return context.receivedOn;
  if (anchor === 'issue') return context.issuedOn ?? context.receivedOn;
  return null;
}

/**
 * The last day of `offset` after `day`: days and weeks (P7D, P2W), months (P1M: the same day of the month
 * after, or that month's last day), hours (PT48H: the day the hours run out). Null for anything else.
 */
export function addOffset(day: string, offset: string, workingDays = false): string | null {
  const hours = /^PT(\d+)H$/.exec(offset);
  if (hours) return addDays(day, Math.ceil(Number(hours[1]) / 24));
  const months = /^P(\d+)M$/.exec(offset);
  if (months) return addMonths(day, Number(months[1]));
  const days = durationDays(offset);
  if (days === null) return null;
  return workingDays ? addWorkingDays(day, days) : addDays(day, days);
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

function addWorkingDays(day: string, days: number): string {
  const date = utcDate(day);
  for (let left = days; left > 0;) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) left--;
  }
  return date.toISOString().slice(0, 10);
}

/** Days in an ISO 8601 duration made of days and weeks (P7D, P2W); null for anything else. */
export function durationDays(duration: string): number | null {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!match || (!match[1] && !match[2])) return null;
  return Number(match[1] ?? 0) * 7 + Number(match[2] ?? 0);
}

export function addDays(day: string, days: number): string {
  const date = utcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function utcDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
