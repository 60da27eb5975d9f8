const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'];
export const MAX_NUMBER_IN_WORDS = 999_999_999_999;

/** The units digit after "mươi": 1 → mốt, 4 → tư, 5 → lăm; after "mười": only 5 → lăm. */
function unitsWord(units: number, tens: number): string {
  if (units === 1 && tens >= 2) return 'mốt';
  if (units === 4 && tens >= 2) return 'tư';
  if (units === 5 && tens >= 1) return 'lăm';
  return DIGITS[units];
}

/** One group of three digits; `full` when a higher group precedes it (reads "không trăm", "linh"). */
function groupWords(group: number, full: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor((group % 100) / 10);
  const units = group % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[tens], 'mươi');
  }
  if (units > 0) words.push(unitsWord(units, tens));
  return words;
}

/** 21 → "hai mươi mốt", 105 → "một trăm linh năm", 1 005 → "một nghìn không trăm linh năm". */
export function numberToVietnameseWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > MAX_NUMBER_IN_WORDS) {
    throw new RangeError(`numberToVietnameseWords: expected an integer 0..${MAX_NUMBER_IN_WORDS}, got ${value}`);
  }
  if (value === 0) return DIGITS[0];
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) continue;
    words.push(...groupWords(groups[i], i < groups.length - 1));
    if (SCALES[i]) words.push(SCALES[i]);
  }
  return words.join(' ');
}
