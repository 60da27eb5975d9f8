import { foldAccents } from '@congvan/common';

/** A line of the input with its character offsets, so every field can point back at its source. */
export interface Line {
  text: string;
  start: number;
  end: number;
  /** An empty line comes before this one. */
  blankBefore?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

// Web copies of a document (a legal-document site's page, a crawl converted to Markdown) carry the
// page's markup and wrap the header's cells at the page width; this undoes what would break fields.
/** "*V/v ...*", "*(để b/c)*": italics marks (a footnote's "(*)" stays). */
const WEB_ITALIC = /(?<!\()\*(?!\))/g;
/** "(*cấp xã, cấp thôn*)", "(*Z*alo, Facebook...)": italics marks inside brackets or a word, dropped without a space. */
const WEB_ITALIC_INNER = /(?<=\()\*(?=[^)*\s])|(?<=[^(*\s])\*(?=\))|(?<=\p{L})\*(?=\p{L})/gu;
/**
 * Pandoc's Markdown (dev ubtvqh-2025-06-nq-sapxep-capxa-laichau): a hard line break is a "\" at the end of a line or cell
 * ("**ỦY BAN THƯỜNG VỤ\" / "QUỐC HỘI\"), and punctuation that would read as Markdown is escaped ("2\. Giao Chính phủ ...",
 * "\-\-\-\-"). A "\" before a letter or digit (a file path "d:\2011\CV") stays.
 */
const PANDOC_BREAK = /\\(?=[ \t]*(?:$|\|)|[ \t]{2,})/gmu;
const PANDOC_ESCAPE = /\\([.\-*#_()[\]|+!>`])/gu;
/** A line with letters, none of them lower case: a title or heading in capitals. */
export const CAPITALS = /^(?=.*\p{L})[^\p{Ll}]+$/u;

/** "Kính gửi: ...", "Kính trình: ..." (a tờ trình, HD 05): the line that names the addressees. */
export const addresses = (text: string) => /^kinh (?:gui|trinh)/.test(foldAccents(text));

/** A line of table cell borders only ("|", "| |"). */
const WEB_CELL_BORDER = /^[ \t]*\|[ \t|]*$/gm;
/** "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM" wrapped inside its cell: one line. */
const MOTTO_BROKEN = /(CỘNG H(?:ÒA|OÀ)(?: XÃ HỘI)?) ?\n[ \t]*(?=(?:XÃ HỘI )?CHỦ NGHĨA VIỆT NAM)/giu;
/** The Party motto wrapped inside its cell ("ĐẢNG CỘNG SẢN" / "VIỆT NAM", "ĐẢNG CỘNG" / "SẢN VIỆT NAM"): one line. */
const PARTY_MOTTO_BROKEN = /(ĐẢNG CỘNG(?: SẢN)?) ?\n[ \t]*(?=(?:SẢN )?VIỆT NAM)/gu;
/**
 * "**3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**" / "" / "**Phụ nữ Thành phố và các tổ chức
 * thành viên của Mặt trận**": a web copy splits a long numbered bold heading into two bold paragraphs; one already
 * wrapped over lines that breaks off after a word and goes on in a bold paragraph with no marker of its own is one
 * heading. A short one ("**4. Sở Y tế**") is whole.
 */
const BOLD_HEADING_BROKEN =
  /^([ \t]*\*\*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)][^*\n]*\n[^*]*?\p{Ll})\*\*[ \t\r]*\n[ \t\r]*\n[ \t]*\*\*(?=\p{Lu}\p{Ll})(?!Điều\s)/gmu;
/**
 * "*4.4. Nền tảng giám sát, điều" / "hành giao thông thông minh*" / "Nghiên cứu, triển khai ..." (dev
 * dongthap-2025-11-kehoach-chuyendoiso-hatang-giaothong printed with no empty lines): a numbered heading set in italics
 * or bold ends where its emphasis does; the empty line a copy may drop is put back before the emphasis marks go.
 */
const EMPHASISED_HEADING_END =
  /^([ \t]*(\*{1,2})(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)][^*\n]*(?:\n[^*\n]*){0,3}[^*\s]\2)[ \t]*\n(?=[ \t]*\p{Lu}\p{Ll})/gmu;
/** The italic date cell wrapped inside its place: "*Thành phố Hồ Chí" / "Minh, ngày 18 tháng 11 năm 2025*". */
const ITALIC_PLACE_BROKEN = /^([ \t]*\*\p{Lu}[\p{L} .'-]{1,30})\n[ \t]*(?=\p{Lu}[\p{L} .'-]{0,20}, ngày\s)/gmu;
/**
 * "Đắk Lắk, ngày 21" / "tháng 11 năm 2025" and "Hà Nội," / "ngày 25 tháng 11 ..." wrapped: one line. These joins take
 * the indentation of the line they join (an indented copy, dev vpcp-2025-11-nhienlieu-sinhhoc): left in, it read as a
 * column gap and split the line again.
 */
const PLACE_DATE_BROKEN =
  /((?:^[ \t]*[\p{L} .'-]{2,40},)|, ngày(?: \d{1,2})?) ?\n[ \t]*(?=(?:ngày \d|(?:\d{1,2} )?tháng \d))/gmu;

/**
 * "Số: 3397/BKHĐT-QLKTTW V/v ... Luật DN 2014 Hà Nội," / "ngày 23 tháng 5 năm 2019 Kính gửi: ..." (dev
 * bkhdt-2019-05-traloi-dieu162-pvgas wrapped as a PDF wraps it): a flattened header wrapped after the place; a full date
 * on the next line joins it.
 */
const PLACE_END_BROKEN =
  /(?<=(?:^|\s)\p{Lu}\p{Ll}*(?:[ -](?:\p{Lu}\p{Ll}*|phố|thị|xã)){0,5},)[ \t]*\n[ \t]*(?=ngày \d{1,2} tháng \d{1,2} năm \d{4})/gu;

/**
 * The rule under a header cell flattened into its line ("BỘ TÀI CHÍNH -------- CỘNG HÒA ..."): a line of its own. Not
 * a cell of the row under a table's header ("| --- | --- |"): dashes alone between two bars.
 */
const RULE_IN_LINE = /[ \t]+(-{3,})(?:[ \t]+|(?=\n|$))/g;
const ruleLine = (match: string, dashes: string, at: number, text: string) =>
  text[at - 1] === '|' && text[at + match.length] === '|' ? match : `\n${dashes}\n`;

/** "... ngày 29 tháng 12 năm 2014 Kính gửi: Cục Hải quan ...": the address starts a line. */
const KINH_GUI_IN_LINE = /(?<=\S)[ \t]+(?=Kính gửi\s*:)/gu;

/**
 * "Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS) Phúc đáp Công văn số 615/KVN-PC ...": a page that
 * flattens the layout runs the body on after the addressee; the body's opening words start a line. So they do on
 * the next line when the page wrapped the addressee ("... Kính gửi: Tổng công ty Khí Việt Nam-CTCP" / "(PV GAS) Phúc đáp
 * Công văn ...", that document wrapped at 70 characters).
 */
const BODY_AFTER_ADDRESSEE =
  /(?<=^[ \t]*Kính gửi\s*:(?:[^\n]*?|[^\n]*[^\s.;:,]\n[^\n.;:]*?)[\p{L}\p{M}\d).])[ \t]+(?=(?:Phúc đáp|Trả lời|Căn cứ|Thực hiện|Tiếp theo|Tiếp nhận|Theo đề nghị|Xét đề nghị|Nhận được|Vừa qua|Hiện nay|Thời gian qua|Ngày \d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}|\s+tháng))[\s,])/gmu;

/**
 * "**a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT**" / "*   Là cơ quan đầu mối, ..." (dev ddqh-2025-01-kehoach-nq57-khcn): a
 * Markdown converter's bullet is a dash item; read as a column gap it left the item a plain line that went on the heading
 * above it when no empty line stood between.
 */
const MARKDOWN_BULLET = /^([ \t]*)\*[ \t]{2,3}(?=\p{L})/gmu;

/** NFC, "Ð" (U+00D0) → "Đ", markdown bold removed, a tab or 4+ spaces between words a line break, other spaces collapsed. */
export function prepareText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\u00D0/g, 'Đ')
      .replace(/\u00F0/g, 'đ')
      .replace(PANDOC_BREAK, '')
      .replace(PANDOC_ESCAPE, '$1')
      .replace(ITALIC_PLACE_BROKEN, '$1 ')
      .replace(BOLD_HEADING_BROKEN, '$1 ')
      .replace(EMPHASISED_HEADING_END, '$1\n\n')
      .replace(/\*\*/g, '')
      .replace(/\r\n?/g, '\n')
      .replace(MARKDOWN_BULLET, '$1- ')
      .replace(WEB_ITALIC_INNER, '')
      .replace(WEB_ITALIC, ' ')
      .replace(WEB_CELL_BORDER, (border) => ' '.repeat(border.length))
      .replace(MOTTO_BROKEN, '$1 ')
      .replace(PARTY_MOTTO_BROKEN, '$1 ')
      .replace(PLACE_DATE_BROKEN, '$1 ')
      .replace(PLACE_END_BROKEN, ' ')
      .replace(RULE_IN_LINE, ruleLine)
      .replace(KINH_GUI_IN_LINE, '\n')
      .replace(BODY_AFTER_ADDRESSEE, '\n')
      // Two columns laid side by side with runs of spaces (web copies, pdftotext) are two lines.
      // A blank left for the clerk ("Số:      /UBND-TCKH", "ngày      tháng 3") is not a column break.
      .replace(/(?<=\S)(?<!Số:?|ngày)[ \u00A0]*(?:\t|[ \u00A0]{4,})[ \t\u00A0]*(?=\S)(?!\/|tháng|năm)/gu, '\n')
      .replace(/[ \t\u00A0]+/g, ' ')
  );
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let blank = false;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      lines.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length, blankBefore: blank });
      blank = false;
    } else if (lines.length > 0) blank = true;
    start += raw.length + 1;
  }
  return lines;
}

/** Single spaces, no leading dash/bullet, no trailing ; , . : … or "./." */
/**
 * Where a sentence ends: after ".", "!" or "?" that ends a word or a document's symbol ("... Quyết định số 3355/QĐ-BYT.
 * Theo đó các cơ quan ...", Sở Y tế Bà Rịa - Vũng Tàu; not "TP. Hồ Chí Minh"), before a capital or an opening quote.
 */
export const SENTENCE_BREAK = /(?<=(?:[\p{Ll}\d)”"]|\d\/[\p{L}\d/-]*\p{Lu})[.!?])\s+(?=[\p{Lu}“"])/u;

/** The sentences of a text (see SENTENCE_BREAK). */
export const splitSentences = (text: string): string[] => text.split(SENTENCE_BREAK);

export function clean(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[-–•+*]\s*/, '')
    .replace(/(?:\.\/\.?|[;,.:…])+\s*$/u, '')
    .trim();
}

/** "05" "8" "2024" → "2024-08-05"; missing day → "2024-08"; invalid → null. */
export function isoDate(day: string | null, month: string | null, year: string | null): string | null {
  if (!year || !/^\d{4}$/.test(year)) return null;
  if (!month) return year;
  const m = Number(month);
  if (!(m >= 1 && m <= 12)) return null;
  const mm = String(m).padStart(2, '0');
  if (!day) return `${year}-${mm}`;
  const d = Number(day);
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  if (!(d >= 1 && d <= last)) return null;
  return `${year}-${mm}-${String(d).padStart(2, '0')}`;
}

/** "25/01/2024", "13.12.2007", "31-7-2024" → ISO; two-digit years are not guessed. */
export function parseNumericDate(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  return match ? isoDate(match[1], match[2], match[3]) : null;
}

/** Place names whose printed form is often mistyped or misread only in its tone marks. */
const PLACES = [
  'Đống Đa',
  'Mỹ Đức',
  'Hoàn Kiếm',
  'Ba Đình',
  'Hai Bà Trưng',
  'Cầu Giấy',
  'Thanh Xuân',
  'Hoàng Mai',
  'Long Biên',
  'Tây Hồ',
  'Hà Đông',
  'Nam Từ Liêm',
  'Bắc Từ Liêm',
  'Hà Nội',
  'Sơn Tây',
  'Đại Nghĩa',
];

/** Replaces a place name that differs from a known one only by diacritics ("Đông Đa" → "Đống Đa"). */
export function fixPlaceNames(text: string): string {
  let result = text;
  for (const place of PLACES) {
    const words = place.split(' ').length;
    const tokens = result.split(' ');
    for (let i = 0; i + words <= tokens.length; i++) {
      const candidate = tokens.slice(i, i + words).join(' ');
      const trailing = /[,.;:]$/.test(candidate) ? candidate.slice(-1) : '';
      const bare = trailing ? candidate.slice(0, -1) : candidate;
      if (bare !== place && foldAccents(bare) === foldAccents(place)) {
        const replacement = bare === bare.toUpperCase() ? place.toUpperCase() : place;
        tokens.splice(i, words, ...(replacement + trailing).split(' '));
      }
    }
    result = tokens.join(' ');
  }
  return result;
}
