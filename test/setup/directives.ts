import { addDays } from '@congvan/tasking';

/**
 * Building blocks of the confirmed directives the end-to-end tests seed (the OCR and review path that
 * produces them is covered by directive-flow).
 */

export type Requirement = ReturnType<typeof requirement>;

/** A requirement with no assignee named and no report line; `due` is its one absolute deadline, if any. */
export function requirement(ref: string, text: string, due?: { date: string; text: string }) {
  return { ref, text, deadlines: due ? [{ kind: 'absolute', ...due }] : [], assignees: [], reportTo: [] };
}

/** The recipient line of the two Đống Đa wards most tests send work to. */
export const WARDS_LINE = 'Chủ tịch UBND các phường Cát Linh, Hàng Bột';

/**
 * A directive of the Đống Đa district people's committee dated five days before `today`, to the chairs
 * of the Cát Linh and Hàng Bột wards (WARDS_LINE), with `requirements`; `fields` are its other fields.
 */
export function wardsDirective(today: string, requirements: Requirement[], fields: object = {}) {
  return {
    ...fields,
    date: addDays(today, -5),
    issuer: { name: 'Ủy ban nhân dân quận Đống Đa' },
    recipients: [WARDS_LINE],
    requirements,
  };
}

/** Requirement 1 of the wards' directives: reviewing the official e-mail accounts, due yesterday. */
export const accountReviewDueYesterday = (today: string) =>
  requirement('1', 'Rà soát tài khoản thư điện tử công vụ', {
    date: addDays(today, -1),
    text: 'chậm nhất ngày hôm qua',
  });
