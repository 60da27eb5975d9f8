import { AppError } from '@congvan/common';
import { BODY_PLACEHOLDER } from './reply-drafts.js';

/**
 * A date as people type it: "30/11/2026", "30-11-2026", "30.11.2026", "11/2026" (the day left
 * blank) or ISO already. Returns the ISO form (YYYY-MM-DD or YYYY-MM), or null when it is not a
 * real day (31/02, 13th month, text).
 */
export function parseDraftDate(value: string): string | null {
  const text = value.normalize('NFC').trim();
  let year: number;
  let month: number;
  let day: number | null;
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const monthOnly = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : null];
  else if (vietnamese) [day, month, year] = [Number(vietnamese[1]), Number(vietnamese[2]), Number(vietnamese[3])];
  else if (monthOnly) [day, month, year] = [null, Number(monthOnly[1]), Number(monthOnly[2])];
  else return null;
  if (month < 1 || month > 12 || year < 1900 || year > 2999) return null;
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${year}-${mm}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

const DATE_FIELDS: Array<{ key: 'date' | 'deadline'; label: string }> = [
  { key: 'date', label: 'Ngày ban hành' },
  { key: 'deadline', label: 'Thời hạn' },
];

export const invalidDraftDate = (label: string, value: string) =>
  new AppError(
    'INVALID_DATE',
    422,
    `${label} "${value}" không phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.`,
    `${label} "${value}" is not a valid date; use dd/mm/yyyy, e.g. 30/11/2026.`,
    { field: label, value },
  );

/** The model with its dates in ISO form, whichever way they were typed; 422 naming the field otherwise. */
export function normaliseDraftDates<T extends Record<string, unknown>>(model: T): T {
  const next: Record<string, unknown> = { ...model };
  for (const { key, label } of DATE_FIELDS) {
    const value = next[key];
    if (value === null || value === undefined || (key === 'deadline' && value === '')) continue;
    const iso = typeof value === 'string' ? parseDraftDate(value) : null;
    if (!iso) throw invalidDraftDate(label, String(value));
    next[key] = iso;
  }
  return next as T;
}

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** What a person must still fill in before a draft goes for signature, in Vietnamese. */
export function missingForSubmission(model: Record<string, unknown>): string[] {
  const missing: string[] = [];
  if (blank(model.place)) missing.push('Địa danh');
  const recipients = Array.isArray(model.recipients) ? model.recipients : [];
  if (recipients.every(blank)) missing.push('Kính gửi');
  if (blank((model.signer as { name?: unknown } | undefined)?.name)) missing.push('Họ và tên người ký');
  if (JSON.stringify(model.body ?? []).includes(BODY_PLACEHOLDER)) missing.push('Nội dung (còn đoạn chờ bổ sung)');
  return missing;
}

export const draftIncomplete = (missing: string[]) =>
  new AppError(
    'DRAFT_INCOMPLETE',
    422,
    `Chưa trình ký được: còn thiếu ${missing.join(', ')}. Hãy điền đủ rồi lưu dự thảo trước khi trình.`,
    `Cannot submit for signature: missing ${missing.length} field(s).`,
    { missing },
  );
