/** Characters that make a spreadsheet read a cell as a formula (=1+2+cmd|' /C calc'!A0): = + - @ tab CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as spreadsheets must show it, never run it: one starting with = + - @ tab or CR gets a
 * leading apostrophe (OWASP "CSV injection"), which Excel and LibreOffice hide and treat as "text".
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse, for files congvan wrote itself and reads back (the registry export). */
export function restoreFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** One CSV row (RFC 4180): fields with a comma, quote or line break are quoted; null is empty; formulas neutralised. */
export function toCsvRow(fields: Array<string | null>): string {
  return fields
    .map((field) => {
      if (field === null) return '';
      const value = neutraliseFormula(field);
      return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(',');
}
