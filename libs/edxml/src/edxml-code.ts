/**
 * Splits a document code into number and notation. Gateways fill Code/CodeNumber and
 * Code/CodeNotation inconsistently: "12" + "CV/ĐU", "12-CV/ĐU" + "", "12" + "12-CV/ĐU", "" + "15/UBND-NV".
 * Party codes join number and notation with a hyphen and have a slash inside the notation
 * (HD 36-HD/VPTW: "Số 1100-CV/HU"); State codes use a slash after the number and hyphens inside
 * the notation (NĐ 30/2020: "Số: 15/UBND-NV").
 */
export function splitCode(
  numberRaw: string | null,
  notationRaw: string | null,
): { number: string | null; symbol: string | null; system: 'state' | 'party' | null } {
  const clean = (s: string | null) =>
    (s ?? '')
      .normalize('NFC')
      .replace(/^\s*Số\s*:?\s*/i, '')
      .replace(/\s+/g, '')
      .trim();
  let number = clean(numberRaw);
  let notation = clean(notationRaw);
  let fromNumber = '';

  const full = (code: string): { number: string; notation: string } | null => {
    const party = /^(\d+[a-zA-Z]?)-(.+\/.+)$/.exec(code);
    if (party) return { number: party[1], notation: party[2] };
    const state = /^(\d+[a-zA-Z]?)\/(.+)$/.exec(code);
    if (state) return { number: state[1], notation: state[2] };
    return null;
  };

  const fromNumberField = full(number);
  if (fromNumberField) ({ number, notation: fromNumber } = fromNumberField);
  if (!number && notation) {
    const whole = full(notation);
    if (whole) ({ number, notation } = whole);
  }
  if (number && (notation.startsWith(`${number}-`) || notation.startsWith(`${number}/`)))
    notation = notation.slice(number.length + 1);
  notation = notation.replace(/^[-/]+/, '');
  const symbol = notation || fromNumber || null;
  return {
    number: number || null,
    symbol,
    system: symbol === null ? null : symbol.includes('/') ? 'party' : 'state',
  };
}

/** "12" + "CV/ĐU" → "12-CV/ĐU" (Party), "15" + "UBND-NV" → "15/UBND-NV" (State). */
export function joinCode(number: string | null, symbol: string | null): string {
  if (!number) return symbol ?? '';
  if (!symbol) return number;
  return symbol.includes('/') ? `${number}-${symbol}` : `${number}/${symbol}`;
}

/** yyyy/MM/dd (the standard's form), yyyy-MM-dd, dd/MM/yyyy, with or without a time → YYYY-MM-DD. */
export function parseEdxmlDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:$|[T\s])/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:$|[T\s])/.exec(s);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
