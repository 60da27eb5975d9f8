/**
 * "Nh ư tr ê n", "Bộ tr ưở n g", "UBND các t ỉ nh": a web copy (or a PDF text layer that places each glyph) spaces the
 * letters of a syllable apart. A Vietnamese syllable always holds a vowel, so a run of consonants standing alone is a
 * piece of the syllable beside it: an initial ("tr", "nh", "l") joins the vowel that follows, a final ("n", "ng", "nh")
 * the vowel before it. Only lower-case pieces (or one capital then lower case) are joined: "VT", "NCC", "UBND" and the
 * like are abbreviations, and a number or unit ("100 m") has no vowel before it.
 */
const INITIAL = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])$/iu;
const FINAL = /^(?:ng|nh|ch|[cmnpt])$/u;
const VOWEL = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;
const PIECE = /^(\p{Lu}?\p{Ll}{1,3})([;,.:]?)$/u;

export function joinSplitSyllables(text: string): string {
  if (!/(?:^|\s)\p{Lu}?\p{Ll}{1,3}\s/u.test(text)) return text;
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const piece = PIECE.exec(words[i]);
    const letters = piece?.[1] ?? '';
    if (piece && !VOWEL.test(letters)) {
      const next = words[i + 1];
      if (!piece[2] && INITIAL.test(letters) && next !== undefined && /^\p{Ll}/u.test(next) && VOWEL.test(next[0])) {
        words[i + 1] = letters + next;
        continue;
      }
      const prev = out.at(-1);
      // "trưở n g": the final "ng" itself may be spaced apart.
      const ends =
        prev !== undefined && (VOWEL.test(prev.at(-1) ?? '') || (/[nc]$/u.test(prev) && /^[gh]$/u.test(letters)));
      if (FINAL.test(letters.replace(/^[gh]$/u, 'ng')) && prev !== undefined && ends && VOWEL.test(prev)) {
        out[out.length - 1] = prev + words[i];
        continue;
      }
    }
    out.push(words[i]);
  }
  return out.join(' ');
}
