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
 * ngày kể từ ngày nhận") count from receipt unless they say from issue. A recurring deadline gives
 * one due date per occurrence between receipt and the horizon.
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
      const days = deadline.offset ? durationDays(deadline.offset) : null;
      const anchor = deadline.anchor === 'issue' ? (context.issuedOn ?? context.receivedOn) : context.receivedOn;
      if (days === null) return [];
      return [{ dueOn: addDays(anchor, days), occurrence: null, deadlineText: deadline.text }];
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
