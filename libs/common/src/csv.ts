/** One CSV row (RFC 4180): fields with a comma, quote or line break are quoted; null is empty. */
export function toCsvRow(fields: Array<string | null>): string {
  return fields
    .map((value) => (value === null ? '' : /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value))
    .join(',');
}
