import { canonicaliseTones } from '@congvan/common';
import type { Reference } from './directive.types.js';
import { clean, parseNumericDate } from './text-utils.js';

const KINDS =
  'Công văn|Quyết định|Nghị định|Nghị quyết|Kế hoạch|Thông báo|Chỉ thị|Hướng dẫn|Thông tư|Quy định|Báo cáo|Luật|Tờ trình|Kết luận';
// OCR may drop the tone of "số" ("sô").
const NUMBER_SYMBOL = String.raw`s[ốôóồ]\s+(\d+(?:\/\d{4})?)\s*[-/]\s*([A-ZĐ][A-ZĐa-zđ0-9]*(?:[-/][A-ZĐ][A-ZĐa-zđ0-9]*)*)`;
// "Luật Tiếp công dân số 42/2013/QH13": a law's name stands between the kind and its number.
const CITATION = new RegExp(
  String.raw`(?:(${KINDS})(?:(?<=Luật)(?:\s+(?!số\s)\p{L}+){1,6}?)?\s+)?${NUMBER_SYMBOL}(?:\s+ngày\s+(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}))?`,
  'gu',
);
const ISSUER = /^\s+của\s+(.+?)(?=\s+(?:về|ban hành|Ban hành|V\/v|quy định|hướng dẫn|phê duyệt)(?:\s|$)|[;,.:"“(]|$)/u;
const BASIS = /^(căn cứ|thực hiện|theo|tiếp theo|triển khai)(?=\s|$)/iu;

/**
 * Documents cited by number and symbol: "Công văn số 3347-CV/BTCTU ngày 12/01/2024 của Ban Tổ chức
 * Thành ủy", "Nghị quyết số 17/2022/NQ-HĐND", "Công văn số 12/UBND-NV và số 15/UBND-NV". Those in
 * sentences that open with Căn cứ / Thực hiện / Theo are the basis; the rest are cited.
 */
export function parseReferences(paragraphs: Array<{ text: string }>): Reference[] {
  const references: Reference[] = [];
  for (const { text } of paragraphs) {
    let lastKind: string | null = null;
    // "Công văn số 12/UBND-NV và số 15/UBND-NV của UBND quận": the issuer named after the last number is every one's.
    let sharing: Reference[] = [];
    for (const match of text.matchAll(CITATION)) {
      const at = match.index ?? 0;
      const kind: string | null = match[1]
        ? canonicaliseTones(match[1])
        : /(?:^|\s)và\s+$/u.test(text.slice(Math.max(0, at - 6), at))
          ? lastKind
          : null;
      if (!kind) continue;
      lastKind = kind;
      const after = text.slice(at + match[0].length);
      const issuer = ISSUER.exec(after)?.[1];
      // Basis when its sentence, or its clause in a "Căn cứ A; B" list, opens with Căn cứ / Thực hiện / Theo.
      const sentenceStart = text.slice(0, at).split(/\.\s+/).pop() ?? '';
      const clauseStart = sentenceStart.split(/;\s+/).pop() ?? '';
      const reference: Reference = {
        kind,
        number: match[2],
        symbol: match[3],
        date: match[4] ? parseNumericDate(match[4]) : null,
        issuer: issuer ? normaliseIssuer(issuer) : null,
        role: BASIS.test(sentenceStart.trim()) || BASIS.test(clauseStart.trim()) ? 'basis' : 'cited',
      };
      references.push(reference);
      sharing.push(reference);
      if (/^\s+và\s+số\s/u.test(after)) continue;
      if (reference.issuer) for (const shared of sharing) shared.issuer ??= reference.issuer;
      sharing = [];
    }
  }
  return references.filter(
    (ref, i) => references.findIndex((r) => r.number === ref.number && r.symbol === ref.symbol) === i,
  );
}

/** "Ban Tổ chức Thành Ủy Hà Nội" → "Ban Tổ chức Thành ủy Hà Nội". */
export function normaliseIssuer(text: string): string {
  return clean(canonicaliseTones(text)).replace(/(Thành|Huyện|Quận|Tỉnh|Thị|Đảng) Ủy(?=\s|$)/gu, '$1 ủy');
}
