import { canonicaliseTones } from '@congvan/common';
import type { Reference } from './directive.types.js';
import { DATE, issuerAfter, KIND_NAMES, issuerBefore, normaliseIssuer, wordyDate } from './reference-issuer.js';

const KINDS = KIND_NAMES
  // Written lower case in running text too ("công văn số 276/UBND").
  .map((k) => `[${k[0]}${k[0].toLowerCase()}]${k.slice(1)}`)
  .join('|');
// "01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP": a part may hold a dot between capitals.
const SYMBOL = String.raw`\p{Lu}[\p{L}\d&]*(?:\.\p{Lu}[\p{L}\d&]*)*(?:\s?[-/–]\s?\p{Lu}[\p{L}\d&]*(?:\.\p{Lu}[\p{L}\d&]*)*)*`;
// OCR may drop the tone of "số" ("sô"). A kind may stand without "số" ("Chỉ thị 06/CT-TTg"); "số" alone needs a symbol.
// "Luật Tiếp công dân số 42/2013/QH13": a law's name stands between the kind and its number.
// "Kế hoạch số 4 và 5/KH-UBND": two numbers sharing one symbol.
const CITATION = new RegExp(
  String.raw`(?:(${KINDS})(?:(?<=Luật)(?:\s+(?!số\s)\p{L}+){1,14}?)?\s+(?:s[ốôóồ]\s+)?|s[ốôóồ]\s+)(\d+(?:\/\d{4})?)(?:\s+và\s+(\d+)(?=\s*[-/]))?(?:\s*[-/–]\s*(${SYMBOL}))?(?:,?\s+ngày\s+(${DATE}))?`,
  'gu',
);
const BASIS = /^(căn cứ|thực hiện|theo|tiếp theo|triển khai|nhận được|xét)(?=\s|$)/iu;

/**
 * Documents cited by number and symbol: "Công văn số 3347-CV/BTCTU ngày 12/01/2024 của Ban Tổ chức
 * Thành ủy", "Nghị quyết số 17/2022/NQ-HĐND", "Công văn số 12/UBND-NV và số 15/UBND-NV". Those in
 * sentences that open with Căn cứ / Thực hiện / Theo are the basis; the rest are cited.
 */
export function parseReferences(paragraphs: Array<{ text: string }>): Reference[] {
  const references: Reference[] = [];
  // "Thực hiện Chỉ thị số 27/CT-TTg ...;" / "Công văn số 6676/BYT-CDS ...": a basis list goes on in the next paragraph.
  let listing = false;
  for (const { text } of paragraphs) {
    const continues: boolean = listing;
    const clauses = text.trim().split(/;\s+|\.\s+/);
    listing =
      /;\s*$/u.test(text.trim()) &&
      (BASIS.test(clauses.at(-1)!.trim()) || (continues && clauses.length === 1) || BASIS.test(text.trim()));
    let lastKind: string | null = null;
    // "Công văn số 12/UBND-NV và số 15/UBND-NV của UBND quận": the issuer named after the last number is every one's.
    let sharing: Reference[] = [];
    for (const match of text.matchAll(CITATION)) {
      const at = match.index ?? 0;
      const written = match[1] ? canonicaliseTones(match[1][0].toUpperCase() + match[1].slice(1)) : null;
      const joined = /(?:^|\s)và\s+$/u.test(text.slice(Math.max(0, at - 6), at));
      // "theo mẫu số 06/BBKP" names a form, not a document.
      if (/\bmẫu\s+$/iu.test(text.slice(Math.max(0, at - 8), at))) continue;
      const kind: string | null = written ?? (joined ? lastKind : null);
      // A bare "số 12" without a symbol is no citation; neither is a kind without any symbol unless "số" is written.
      if (!match[4] && !(written && /s[ốôóồ]\s/u.test(match[0]))) continue;
      if (!kind && !match[4]) continue;
      lastKind = kind;
      const after = text.slice(at + match[0].length);
      // The body after "của" names the issuer; else the one the sentence names before ("Xét đề nghị của Bộ Y tế (văn bản
      // số ...)", "Ngày 12/6/2015, Bộ Quốc phòng đã có Công văn số ...").
      const following = issuerAfter(after);
      const preceding = following.issuer ? null : issuerBefore(text.slice(0, at));
      const issuer = following.issuer ?? preceding?.issuer ?? null;
      const date = match[5] ? wordyDate(match[5]) : (following.date ?? preceding?.date ?? null);
      // Basis when its sentence, or its clause in a "Căn cứ A; B" list, opens with Căn cứ / Thực hiện / Theo.
      const sentenceStart = text.slice(0, at).split(/\.\s+/).pop() ?? '';
      const clauseStart = sentenceStart.split(/;\s+/).pop() ?? '';
      const numbers = match[3] ? [match[2], match[3]] : [match[2]];
      for (const number of numbers) {
        const reference: Reference = {
          kind,
          number,
          symbol: match[4] ? match[4].replace(/\s+/g, '').replace(/–/g, '-') : null,
          date,
          issuer,
          role:
            BASIS.test(sentenceStart.trim()) ||
            // "Văn phòng Chính phủ đã nhận được các công văn số ...": what it answers.
            /(?:^|\s)nhận được\s/u.test(sentenceStart) ||
            BASIS.test(clauseStart.trim()) ||
            (continues && !/[.;]\s/u.test(text.slice(0, at)))
              ? 'basis'
              : 'cited',
        };
        references.push(reference);
        sharing.push(reference);
      }
      if (/^\s+và\s+(?:\p{L}+\s+){0,2}s[ốô]\s/u.test(after)) continue;
      if (issuer) for (const shared of sharing) shared.issuer ??= issuer;
      sharing = [];
    }
  }
  return references.filter(
    (ref, i) => references.findIndex((r) => r.number === ref.number && r.symbol === ref.symbol) === i,
  );
}

export { normaliseIssuer };
