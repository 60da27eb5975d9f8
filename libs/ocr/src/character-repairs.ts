/** Character-level repairs of OCR text, applied before the phrase lexicon (see postCorrect in normalise-text.ts). */
import { foldAccents, isSyllable, TONE_MARKS, VOWELS } from '@congvan/common';

/** Capitals that OCR reads with a horn (Ư for U) in acronyms that never contain Ư. */
const ACRONYM_FIXES: Readonly<Record<string, string>> = {
  ƯBND: 'UBND',
  UBNĐ: 'UBND',
  HĐNĐ: 'HĐND',
  ƯBMTTQ: 'UBMTTQ',
  THGS: 'THCS',
  TIICS: 'THCS',
};

export function fixAcronyms(text: string): string {
  return text.replace(/[\p{Lu}]{3,}/gu, (word) => ACRONYM_FIXES[word] ?? word);
}

/**
 * Splits capitalised words that OCR glued together across a column gap ("NAMĐẢNG" → "NAM ĐẢNG"):
 * only a word in capitals with Vietnamese marks, that is not one syllable but is exactly two.
 */
export function splitGluedCapitals(text: string): string {
  return text.replace(/[\p{Lu}][\p{Lu}\p{M}]{5,}/gu, (word) => {
    if (isSyllable(word) || !/[^A-Z]/u.test(word)) return word;
    const chars = Array.from(word);
    for (let cut = 1; cut < chars.length; cut++) {
      const left = chars.slice(0, cut).join('');
      const right = chars.slice(cut).join('');
      if (isSyllable(left) && isSyllable(right)) return `${left} ${right}`;
    }
    return word;
  });
}

/** Digits misread as letters where only digits can stand: "ngày OS' tháng 8" → "ngày 05 tháng 8". */
export function repairDateDigits(text: string): string {
  const digit: Readonly<Record<string, string>> = {
    O: '0',
    o: '0',
    D: '0',
    Q: '0',
    S: '5',
    s: '5',
    l: '1',
    I: '1',
    i: '1',
    Z: '2',
    B: '8',
    g: '9',
  };
  return text.replace(
    /\b(ngày|tháng)(\s+)([0-9OoDQSslIiZBg]{1,2})['’‘`]?(?=\s+(?:tháng|năm)\b)/gu,
    (all, word: string, space: string, value: string) =>
      /[0-9]/u.test(value) || value.length === 2
        ? `${word}${space}${Array.from(value, (c) => digit[c] ?? c).join('')}`
        : all,
  );
}

/**
 * OCR punctuation: braces (never in directives) for parentheses, a hyphen broken across lines
 * ("HĐND-\nUBND"), the national motto's dashes (an em dash read becomes an en dash; hyphens stay), "@" read as "(" in an e-mail address, a missing
 * space after a list dash, comma or colon in small print ("-Lưu:VT,NV." → "- Lưu: VT, NV."), the
 * slash of the subject's "V/v" (về việc) at the start of a line, lost or read as another mark ("Vv",
 * "VØv", "'V⁄v"; no Vietnamese syllable ends in v), or its "/v" read as one mark ("V⁄", "V%", "V4":
 * the fast model).
 */
export function repairPunctuation(text: string): string {
  return text
    .replace(/\{/gu, '(')
    .replace(/\}/gu, ')')
    .replace(/(\p{L}|\p{N})-[ \t]*\n[ \t]*(?=\p{L}|\p{N})/gu, '$1-')
    .replace(/Độc lập\s*([-–—])\s*Tự do\s*([-–—])\s*Hạnh phúc/gu, (_, a: string, b: string) => {
      // The motto is printed with hyphens or with en dashes: two hyphens read stay hyphens.
      const dash = a === '-' && b === '-' ? '-' : '–';
      return `Độc lập ${dash} Tự do ${dash} Hạnh phúc`;
    })
    .replace(/([\w.-]+)\(@?([\w-]+(?:\.[\w-]+)*\.(?:vn|com|org|net))\b/gu, '$1@$2')
    .replace(/^([ \t]*)[\p{P}\p{S}]?V(?:[^\s\p{N}]?v|[/\u2044%4])(?=[ \t]+\p{Ll})/gmu, '$1V/v')
    .replace(/^([ \t]*)-(?=\p{L})/gmu, '$1- ')
    .replace(/(\p{L}{2,}[,;:])(?=\p{L})/gu, '$1 ');
}

/** A capital vowel with marks inside an otherwise lower-case word ("thuỘc" → "thuộc"): case misread by OCR. */
export function fixStrayCapitals(text: string): string {
  return text.replace(/\p{Ll}+[\p{L}]*/gu, (word) => {
    const chars = Array.from(word);
    const capitals = chars.filter((c) => c !== c.toLowerCase());
    if (capitals.length === 0 || capitals.length > 1) return word;
    const capital = capitals[0];
    return /[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/u.test(capital)
      ? word.toLowerCase()
      : word;
  });
}

const TONED = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * The same vowel read twice with two tones ("phầẩn" → "phần", "ĐẢẲNG" → "ĐẢNG"): a Vietnamese
 * syllable has one tone, so two toned vowels of one letter (a/ă/â, e/ê, o/ô/ơ, u/ư, i, y) side by
 * side are one vowel read twice. The first is kept; the phrase lexicon then restores the tone
 * where the word is in a known phrase ("SẲẢN" → "SẲN" → "SẢN" in "Đảng Cộng sản Việt Nam").
 */
export function collapseDoubledVowels(text: string): string {
  const tonedVowel = (c: string): boolean => {
    const d = c.normalize('NFD');
    return TONED.test(d) && VOWELS.has(d.replace(TONE_MARKS, '').normalize('NFC'));
  };
  const chars = Array.from(text);
  return chars
    .filter(
      (c, i) => i === 0 || !tonedVowel(c) || !tonedVowel(chars[i - 1]) || foldAccents(c) !== foldAccents(chars[i - 1]),
    )
    .join('');
}
