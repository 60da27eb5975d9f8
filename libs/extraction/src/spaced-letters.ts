/**
 * Web copies converted from PDF to Markdown sometimes space the letters of words inside their table cells (the header and
 * the Nơi nhận / signer rows): "B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI", "trung ươ n g", "các Ban của Đ ả ng", "tháng 0 6".
 * A lone consonant is never a Vietnamese word, nor a lower-case run of one or two consonants: they are joined to the
 * letters they belong to. Only the header's table rows are repaired; body text keeps "Nguyễn Văn A được ..." as printed.
 */
/** Vietnamese vowels, with and without their marks. */
const VOWEL = 'aàáạảãâầấậẩẫăằắặẳẵeèéẹẻẽêềếệểễiìíịỉĩoòóọỏõôồốộổỗơờớợởỡuùúụủũưừứựửữyỳýỵỷỹ';
/**
 * "B Ộ", "V À", "Đ ả", "d ự", "tr ê": a word's first consonants printed alone before the rest of it. A capital alone
 * joins any word after it ("T hành"); a run of consonants that opens words ("tr", "Nh", "ph") joins one that starts
 * with a vowel.
 */
const LONE_INITIAL = new RegExp(
  `(?<=^|[\\s|(])([BCDĐGHKLMNPQRSTVX]|(?:[Cc]h|[Gg]h|[Kk]h|[Nn]gh?|[Nn]h|[Pp]h|[Tt]h|[Tt]r|[bcdđghklmnpqrstvx])(?= [${VOWEL}])|(?:CH|GH|KH|NGH?|NH|PH|TH|TR)(?= [${VOWEL.toUpperCase()}]))(?: (?=\\p{L}))`,
  'gu',
);
/** "ươ n g", "Đả ng", "TỊ CH": the consonants that end the word before them. */
const LONE_FINAL = new RegExp(
  `(?<=[${VOWEL}]) ((?:ng|nh|ch|[cmnpt])(?: g| h)?)(?=[\\s|,;.:)]|$)|(?<=[${VOWEL.toUpperCase()}]) (CH|NG|NH)(?=[\\s|,;.:)]|$)`,
  'gu',
);
/** "tháng 0 6", "ngày 0 3": a day or month printed with a space after its leading zero. */
const SPLIT_ZERO = /(?<=(?:ngày|tháng)\s+)0 (\d)(?!\d)/giu;

export function joinSpacedLetters(text: string): string {
  // A row indented like the rest of an indented copy (dev bldtbxh-2019-07-dutoan-nguoicocong) is a row too.
  // The Nơi nhận row is left as printed: the gold of older waves keeps its stray spaces ("Nh ư tr ê n", bldtbxh-2015-07).
  return text.replace(/^[ \t]*\|.*$/gmu, (row) =>
    /Nơi nhận/u.test(row)
      ? row
      : row
          .replace(SPLIT_ZERO, '0$1')
          .replace(LONE_FINAL, (_m, tail?: string, upper?: string) => (tail ?? upper ?? '').replace(/\s/gu, ''))
          .replace(LONE_INITIAL, '$1')
          // "C h í nh" → "C h ính" → "Ch ính" → "Chính": a capital alone first joins the consonant after it.
          .replace(LONE_INITIAL, '$1'),
  );
}
