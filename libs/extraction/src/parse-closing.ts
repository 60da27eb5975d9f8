import { joinSplitSyllables } from './split-syllables.js';
import { foldAccents, canonicaliseTones } from '@congvan/common';
import type { Signer } from './directive.types.js';
import { clean, type Line, type Span } from './text-utils.js';

export interface Closing {
  distribution: string[];
  distributionSpan: Span | null;
  signer: Signer;
  signerSpan: Span | null;
  /** Index of the "Nơi nhận" line: the body ends before it. */
  start: number;
}

/** TM., KT., TL., TUQ., Q. (state) and T/M, K/T, T/L (Party), tolerant of OCR ("TYM", "T.M"). */
const AUTHORITY = /^(TM\.?|KT\.?|TL\.?|TUQ\.|Q\.|T\/M|K\/T|T\/L|T[YV\\.]M\.?|K[YV.]T\.?)\s+(\p{Lu}.*)$/u;
const AUTHORITY_CANONICAL: Record<string, string> = {
  TYM: 'T/M',
  TVM: 'T/M',
  'T.M': 'T/M',
  'T\\M': 'T/M',
  KYT: 'K/T',
  // "KT BỘ TRƯỞNG, CHỦ NHIỆM VPCP": the dot left out.
  KT: 'KT.',
  TM: 'TM.',
  TL: 'TL.',
  'K.T': 'K/T',
};

/** The title of a text a decision issues, printed after the decision's signature. */
const ATTACHED_TITLE =
  /^(?:KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|ĐIỀU LỆ|HƯỚNG DẪN)$|^\(?(?:được\s+)?ban hành kèm theo (?:Quyết định|QĐ|Nghị quyết)\b/iu;

/** "(Kèm theo Quyết định số 844/QĐ-TTg", "(Ban hành kèm theo Nghị quyết số ...": the line under an attached text's title. */
const ATTACHED_UNDER = /^\((?:(?:được\s+)?ban hành\s+)?kèm theo (?:Quyết định|QĐ|Nghị quyết)\b/iu;

export function parseClosing(lines: Line[]): Closing {
  const startsList = (text: string) =>
    /^noi nh[aâ]n/.test(foldAccents(text).replace(/[^a-z ]/g, '')) || /^nơi nh/iu.test(text);
  let start = lines.findIndex((l) => startsList(l.text));
  // "*Nơi" / "nhận:*": a web copy may break the heading itself.
  const broken = lines.findIndex(
    (l, i) => /^\W*nơi\W*$/iu.test(l.text) && i + 1 < lines.length && /^nhận\b/iu.test(lines[i + 1].text),
  );
  const split = start < 0 && broken >= 0;
  if (split) start = broken;
  const closing: Closing = {
    distribution: [],
    distributionSpan: null,
    signer: { authority: null, body: null, title: null, name: null },
    signerSpan: null,
    start: start >= 0 ? start : lines.length,
  };
  if (start < 0) {
    // No Nơi nhận (cut by the page): the signer block still opens with its authority ("KT. BỘ TRƯỞNG").
    // ("TM." / "ỦY BAN NHÂN DÂN TỈNH" / "KT. CHỦ TỊCH": an authority alone on its line opens the block.)
    const signsAt = (l: Line, i: number) =>
      AUTHORITY.test(l.text.replace(/\s*\|\s*$/u, '')) ||
      (/^(?:TM|KT|TL|TUQ)\.$|^[TK]\/[MTL]$/u.test(l.text) && isUpper(lines[i + 1]?.text ?? ''));
    const at = lines.findIndex((l, i) => i >= lines.length - 8 && signsAt(l, i));
    // The Official Gazette prints no Nơi nhận: a decision's plan follows its signer ("KT. THỦ TƯỚNG" / "PHÓ THỦ TƯỚNG"
    // / "Phạm Thị Thanh Trà" / ... "KẾ HOẠCH HÀNH ĐỘNG" / "(Kèm theo Quyết định số 844/QĐ-TTg", dev
    // ttg-2026-05-qd-kehoach-bhyt-toandan-ct52): the block ends with the name above the plan.
    const plan = at >= 0 ? -1 : lines.findIndex((l) => ATTACHED_UNDER.test(l.text.trim()));
    const signs = plan < 0 ? -1 : lines.findLastIndex((l, i) => i < plan && i >= plan - 16 && signsAt(l, i));
    const named = signs < 0 ? -1 : lines.findIndex((l, i) => i > signs && i < signs + 5 && isProperName(l.text));
    if (named >= 0) {
      const block = lines.slice(signs, named + 1);
      closing.start = signs;
      closing.signer = readSigner(block, true);
      closing.signerSpan = { start: block[0].start, end: block.at(-1)!.end };
      return closing;
    }
    if (at < 0) {
      // A letter signed without authority or Nơi nhận ("KÍNH THƯ" / "PHÓ CHỦ TỊCH UBND HUYỆN" / "Phạm Văn Hoàn"):
      // the page ends with a title in capitals and the name under it.
      const last = lines.length - 1;
      const title = lines[last - 1]?.text.replace(/\*/g, '').trim() ?? '';
      const name = lines[last]?.text.replace(/\*/g, '').trim() ?? '';
      // (A minister signing in his own name: "BỘ TRƯỞNG" alone above the name; the head of the Government Office
      // in his two offices: "BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ" / "Đoàn Mạnh Giao", dev vpcp-2003-05-hoinghi-cg-giuaky.)
      if (last >= 1 && isUpper(title) && TITLE_START.test(`${title.replace(/,/gu, ' ')} `) && isProperName(name)) {
        closing.signer = { authority: null, body: null, title: readable(title), name: clean(name) };
        closing.signerSpan = { start: lines[last - 1].start, end: lines[last].end };
        closing.start = last - 1;
      }
      return closing;
    }
    closing.start = at;
    const block = lines.slice(at).map((l) => ({ ...l, text: l.text.replace(/\s*\|\s*$/u, '') }));
    if (!AUTHORITY.test(block[0].text))
      block.splice(0, 2, { ...block[0], text: `${block[0].text} ${block[1].text}`, end: block[1].end });
    closing.signer = readSigner(block, true);
    closing.signerSpan = { start: block[0].start, end: block.at(-1)!.end };
    return closing;
  }

  // Web copies glue a title to the name ("CHÁNH VĂN PHÒNGThái Hữu Phép") and put the whole list on the
  // Nơi nhận line ("Nơi nhận: - A; - B"): one line per part.
  const head = split ? start + 1 : start;
  // A decision's attached plan or rules start after its signature ("KẾ HOẠCH" / "... (Ban hành kèm theo Quyết định
  // số ...)"): the Nơi nhận and the signer end there.
  const attached = lines.findIndex((l, i) => i > head && ATTACHED_TITLE.test(l.text.trim()));
  const rest = [
    { ...lines[head], text: lines[head].text.replace(/^[^:]*:?\s*/u, '') },
    ...lines.slice(head + 1, attached < 0 ? lines.length : attached),
  ]
    // "- Bộ Giáo dục và Đào tạo; (báo cáo) - Thường trực Tỉnh uỷ;": a note after the ";" ends the entry too.
    .flatMap((l) => splitLine(l, /(?<=[;.](?:\s*\([^()]{1,40}\))?)\s*(?=[-–+•]\s)/u))
    // The title glued to the name is a signer line, never a distribution entry ("PTTgTTCP").
    .flatMap((l) => (/^[-–+•]/u.test(l.text) ? [l] : splitLine(l, /(?<=\p{Lu}{3})(?=\p{Lu}\p{Ll})/u)))
    // ... and the deputy's title to the authority line: "KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆM" (dev
    // vpcp-2007-05-chidinhthau-quyhoach-gtvt) is "KT. BỘ TRƯỞNG, CHỦ NHIỆM" / "PHÓ CHỦ NHIỆM".
    .flatMap((l) => (/^[-–+•]/u.test(l.text) ? [l] : splitLine(l, /(?<=\p{Lu}{2})(?=PHÓ\s\p{Lu})/u)))
    // A page that flattens the signer block puts it on one line: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" is two
    // authorities, "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn" an upper-case block and the name after it.
    .flatMap((l) => (/^[-–+•]/u.test(l.text) ? [l] : splitLine(l, /\s(?=(?:KT|TL|TM|TUQ)\.\s|[KT]\/[MTL]\s)/u)))
    .flatMap((l) => (/^[-–+•]/u.test(l.text) ? [l] : splitLine(l, NAME_AFTER_CAPITALS)))
    .filter((l) => l.text !== '');
  // Two columns interleaved line by line: the dash lines are the Nơi nhận, the others the signer block.
  const notes = rest.findIndex((l) => /^(lưu ý|ghi chú)/iu.test(l.text));
  // An entry wrapped onto further lines ("- Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng," / "VP Đảng uỷ;",
  // "- Bộ Nông nghiệp và Môi trường (để" / "b/c);", "- VPCP: BTCN, các PCN," / "Trợ lý TTg, PTTg," / "các Vụ: NN;")
  // is one entry: a line that is no signer line (capitals, authority, name) goes on an entry left open.
  for (let i = 1; i < rest.length; i++) {
    const [previous, line] = [rest[i - 1], rest[i]];
    // Between two entries, a line printed without its dash: "- VPCP: ..., TGĐ Cổng TTĐT;" / "các Vụ: KTTH, TH;" goes on
    // the entry above, "Các Vụ: TH, KTTH, NN;" is an entry of its own.
    if (
      /^[-–+•]/u.test(previous.text) &&
      /;$/u.test(previous.text) &&
      !/^[-–+•]\s*Lưu\b/u.test(previous.text) &&
      /^[-–+•]/u.test(rest[i + 1]?.text ?? '') &&
      /^\p{L}[^;]*;$/u.test(line.text) &&
      !isUpper(line.text) &&
      !isProperName(line.text)
    ) {
      if (/^\p{Ll}/u.test(line.text)) {
        rest.splice(i - 1, 2, { ...previous, text: `${previous.text} ${line.text}`, end: line.end });
        i--;
      } else rest[i] = { ...line, text: `- ${line.text}` };
      continue;
    }
    if (
      /^[-–+•]/u.test(previous.text) &&
      !/[;.]$/u.test(previous.text) &&
      // The filing entry ends the list ("- Lưu: VT, NCTH.HH" / "d:\\2011\\CV\\...", the clerk's file name).
      !/^[-–+•]\s*Lưu\b/u.test(previous.text) &&
      !/^[-–+•(]|^\[\d/u.test(line.text) &&
      // ("- VPCP: BTCN, các PCN, ..., các Vụ, Cục: NN, CN, KGVX," / "TH;": an entry left open after "," goes on
      // in capitals when the line ends as an entry does, or goes on after its ",": "- Tỉnh ủy, HĐND, UBND, Đoàn" / "ĐBQH,"
      // / "Ủy ban MTTQVN tỉnh Lai Châu;", dev ubtvqh-2025-06-nq-sapxep-capxa-laichau.)
      (!isUpper(line.text) || /^[\p{Lu}\s,]+[;.,]$/u.test(line.text)) &&
      !AUTHORITY.test(line.text) &&
      !isProperName(line.text) &&
      !/^(?:lưu ý|ghi chú|\(?đã ký)/iu.test(line.text)
    ) {
      rest.splice(i - 1, 2, { ...previous, text: `${previous.text} ${line.text}`, end: line.end });
      i--;
    }
  }
  // The list ends with the signer's block: dash lines after the name (an appendix, a form) are not on it.
  const named = rest.findIndex(
    (l, i) => i > 0 && nameOf(l.text) !== null && rest.slice(0, i).some((p) => isUpper(p.text)),
  );
  const after = named < 0 ? -1 : rest.findIndex((l, i) => i > named && !/^[-–+•]/u.test(l.text));
  // "|---|---|": a Markdown table's rule line (a web copy chunked into tables) is no entry.
  let dashes = rest.filter(
    (l, i) =>
      /^[-–+•]/.test(l.text) && !/^[-–|:\s]+$/u.test(l.text) && (notes < 0 || i < notes) && (after < 0 || i < after),
  );
  // Entries printed without their dashes (or a scan that lost them): "Như trên;" / "Lưu: VT, VP." — the lines
  // that end like an entry, above the signer's block.
  if (dashes.length === 0) {
    const signerAt = rest.findIndex((l) => isUpper(l.text) || AUTHORITY.test(l.text) || nameOf(l.text) !== null);
    const entries = rest.slice(0, signerAt < 0 ? rest.length : signerAt);
    if (entries.length > 0 && entries.every((l) => /[;.,]$/u.test(l.text) && l.text.length <= 120)) dashes = entries;
  }
  closing.distribution = dashes
    .map((l) =>
      joinSplitSyllables(clean(canonicaliseTones(l.text)))
        .replace(/\(dể /u, '(để ')
        // "- Thường trực Thành ủy; *(để b/c)*": the page's italic note after the entry's ";" belongs to it.
        .replace(/;\s*(\(để [^)]*\))$/u, ' $1'),
    )
    .filter(Boolean);
  if (dashes.length > 0) closing.distributionSpan = { start: dashes[0].start, end: dashes.at(-1)!.end };

  const block = rest
    .filter((l) => !dashes.includes(l) && !/^(lưu ý|ghi chú)/iu.test(l.text) && !/^\(?đã ký\)?$/iu.test(l.text))
    .reduce<Line[]>((joined, l) => {
      // "TL. CHỦ TỊCH ỦY" / "BAN NHÂN DÂN TỈNH", "TM. ỦY BAN NHÂN" / "DÂN": an authority's body broken after
      // ỦY, NHÂN, VÀ or ",".
      const previous = joined.at(-1);
      // "TL." / "BỘ TRƯỞNG CHÁNH VĂN PHÒNG": an authority alone on its line goes with the line under it.
      if (previous && /^(?:TM|KT|TL|TUQ|Q)\.$|^[TK]\/[MTL]$/u.test(previous.text) && isUpper(l.text)) {
        joined[joined.length - 1] = { ...previous, text: `${previous.text} ${l.text}`, end: l.end };
        return joined;
      }
      if (
        previous &&
        AUTHORITY.test(previous.text) &&
        /(?:\s[ỦU][YỶ]|\sNHÂN|\sVÀ|,)$/u.test(previous.text) &&
        isUpper(l.text)
      )
        joined[joined.length - 1] = { ...previous, text: `${previous.text} ${l.text}`, end: l.end };
      else joined.push(l);
      return joined;
    }, []);
  const authorityAt = block.findIndex((l) => AUTHORITY.test(l.text));
  const signerLines = authorityAt >= 0 ? block.slice(authorityAt) : block;
  // The right column read before the left one: the signer's block stands just above "Nơi nhận".
  if (authorityAt < 0 && !signerLines.some((l) => isUpper(l.text))) {
    const above = lines.slice(Math.max(0, start - 5), start);
    const at = above.findIndex((l) => AUTHORITY.test(l.text));
    if (at >= 0) {
      closing.signer = readSigner(above.slice(at), true);
      // A grid table that interleaves the columns row by row puts the name among the Nơi nhận lines (dev
      // ubtvqh-2025-06-nq-sapxep-capxa-laichau): the one proper name left off the list.
      const names = signerLines.filter((l) => isProperName(l.text));
      if (closing.signer.name === null && names.length === 1) closing.signer.name = clean(names[0].text);
      closing.signerSpan = { start: above[at].start, end: above.at(-1)!.end };
      closing.start = start - above.length + at;
      return closing;
    }
  }
  if (signerLines.length === 0) return closing;
  closing.signer = readSigner(signerLines, authorityAt >= 0);
  closing.signerSpan = { start: signerLines[0].start, end: signerLines.at(-1)!.end };
  return closing;
}

/**
 * The signer from its lines, the authority line first when there is one. "TM. ỦY BAN NHÂN DÂN / KT. CHỦ
 * TỊCH / PHÓ CHỦ TỊCH": the title is the first line that is no authority; "KT. BỘ TRƯỞNG / CHỦ NHIỆM VP
 * CHÍNH PHỦ / PHÓ CHỦ NHIỆM": a body broken over lines, the title last.
 */
function readSigner(lines: Line[], withAuthority: boolean): Closing['signer'] {
  const authority = withAuthority ? AUTHORITY.exec(lines[0].text) : null;
  // The name under the title; after an upper-case line when there is one (the first such, not a name in an appendix).
  const firstUpper = lines.findIndex((l) => isUpper(l.text));
  const names = lines.map((l) => nameOf(l.text));
  const nameAt = names.findIndex((n, i) => n !== null && i > firstUpper);
  let name = nameAt >= 0 ? names[nameAt] : ([...names].reverse().find((n) => n !== null) ?? null);
  // A name the page broke after its family name: "**Phạm" / "Mạnh Cường**".
  const family = nameAt > 0 ? lines[nameAt - 1].text.replace(/\*/g, '').trim() : '';
  if (name && /^\p{Lu}\p{Ll}+$/u.test(family) && name.split(/\s+/u).length <= 3) name = `${family} ${name}`;
  // The block ends with the name: capitals after it head an appendix or a form ("ĐỊA CHỈ: ....").
  const upperLines = lines
    .slice(authority ? 1 : 0, nameAt >= 0 ? nameAt : lines.length)
    .filter((l) => isUpper(l.text) && !AUTHORITY.test(l.text));
  const titleAt = upperLines.length > 1 && TITLE_START.test(upperLines.at(-1)!.text) ? upperLines.length - 1 : 0;
  let bodyText = authority ? [authority[2], ...upperLines.slice(0, titleAt).map((l) => l.text)].join(' ') : null;
  let title: string | null = upperLines[titleAt]?.text ?? null;
  // "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "TL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG" on one line: the title is where a deputy's
  // "PHÓ ..." or another title begins after the body.
  // "TL. TỔNG CỤC TRƯỞNG" / "KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG": a double delegation flattened; the body is the
  // first authority's, the title the signer's own office at the end of the last.
  const inner = lines
    .slice(1, nameAt >= 0 ? nameAt : lines.length)
    .map((l) => AUTHORITY.exec(l.text))
    .filter((m) => m !== null)
    .at(-1);
  if (authority && upperLines.length === 0 && inner) {
    const cut = titleIn(inner[2]);
    title = cut > 0 ? inner[2].slice(cut).trim() : null;
  } else if (authority && upperLines.length === 0) {
    const cut = titleIn(authority[2]);
    if (cut > 0) [bodyText, title] = [authority[2].slice(0, cut).trim(), authority[2].slice(cut).trim()];
  }
  // "TL. CỤC TRƯỞNG" / "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ" / "VỀ HQ PHÓ TRƯỞNG BAN" (dev chq-2025-11-traloi-thue-dncx-giacong):
  // a double delegation whose second authority wraps onto the title's line; the title is the signer's own office, where
  // it starts in the second authority's line joined with the lines under it (samples/corpus/README.md, "Two authority
  // lines"), as for "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
  const innerAt = lines.findIndex((l, i) => i > 0 && (nameAt < 0 || i < nameAt) && AUTHORITY.test(l.text));
  const under = innerAt > 0 ? lines.slice(innerAt + 1, nameAt >= 0 ? nameAt : lines.length) : [];
  if (authority && under.length > 0 && under.every((l) => isUpper(l.text))) {
    const block = [AUTHORITY.exec(lines[innerAt].text)![2], ...under.map((l) => l.text)].join(' ');
    const cut = titleIn(block);
    if (cut > 0) title = block.slice(cut).trim();
  }
  // "TRƯỞNG BAN PHÓ THỦ TƯỚNG" signed without authority: the office he signs in comes first, his other post after
  // ("CHỦ TỊCH PHÓ CHỦ TỊCH" is a deputy whose "KT." was lost).
  const other = !withAuthority && title ? /(?<=\p{Lu}\s)PHÓ\s/u.exec(title) : null;
  if (other && title && title.slice(other.index + 4).trim() !== title.slice(0, other.index).trim())
    title = title.slice(0, other.index).trim();
  return {
    authority: authority ? (AUTHORITY_CANONICAL[authority[1].replace(/\.$/, '')] ?? authority[1]) : null,
    body: bodyText ? readable(bodyText) : null,
    title: title ? readable(title) : null,
    name,
  };
}

/** Where the title starts in "BỘ TRƯỞNG THỨ TRƯỞNG" (a deputy's "PHÓ" first, else a title after the body); -1 if nowhere. */
function titleIn(text: string): number {
  const deputy = /(?<=[^,]\s)PHÓ\s/u.exec(text);
  if (deputy) return deputy.index;
  // ("BAN BÍ THƯ", "BAN GIÁM ĐỐC", "BAN CHỦ NHIỆM" are bodies.)
  const title = new RegExp(`(?<=[^,]\\s)(?<!BAN\\s)(?:${TITLES})(?=\\s|$)`, 'u').exec(text);
  return title ? title.index : -1;
}

/** Titles that follow the body they sign for. */
const TITLES =
  'THỨ TRƯỞNG|CHÁNH VĂN PHÒNG|VỤ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|CHỦ NHIỆM|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CHÁNH THANH TRA|TỔNG GIÁM ĐỐC';

/** "Thái Hữu Phép" after an upper-case block on its line ("THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn"). */
const NAME_AFTER_CAPITALS = /(?<=\p{Lu}{2}[.,]?)\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}(?:\s+\p{Lu}{2}|$))/u;

/** The proper name a line is or opens with ("Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:..." → "Vũ Ngọc Anh"), else null. */
function nameOf(text: string): string | null {
  if (isProperName(text)) return clean(text);
  const match = /^((?:\p{Lu}\p{Ll}*\s){1,4}\p{Lu}\p{Ll}*)\s+\p{Lu}{2,}(?:\s|:|$)/u.exec(text.trim());
  return match && /\p{Ll}/u.test(match[1]) ? match[1] : null;
}

/** A signer's title: "PHÓ CHỦ NHIỆM", "CHÁNH VĂN PHÒNG", "GIÁM ĐỐC", ... */
const TITLE_START = /^(?:PHÓ|CHÁNH|TRƯỞNG|GIÁM ĐỐC|BÍ THƯ|CHỦ TỊCH|CHỦ NHIỆM|BỘ TRƯỞNG|THỦ TRƯỞNG|HIỆU TRƯỞNG|TỔNG)\s/u;

function splitLine(line: Line, at: RegExp): Line[] {
  const parts: Line[] = [];
  let from = 0;
  for (const match of line.text.matchAll(new RegExp(at.source, 'gu'))) {
    const text = line.text.slice(from, match.index).trim();
    if (text) parts.push({ text, start: line.start + from, end: line.start + match.index! });
    from = match.index! + match[0].length;
  }
  const text = line.text.slice(from).trim();
  if (text) parts.push({ text, start: line.start + from, end: line.end });
  return parts;
}

function isUpper(text: string): boolean {
  return text === text.toUpperCase() && /\p{Lu}{2}/u.test(text);
}

/** "Lê Tuấn Định": two to five capitalised words, nothing else. */
function isProperName(text: string): boolean {
  return /^(\p{Lu}[\p{Ll}]*\s){1,4}\p{Lu}[\p{Ll}]*$/u.test(text.trim());
}

/** Upper-case text as printed, or null when it is garbled (stray symbols, mixed case from OCR). */
function readable(text: string): string | null {
  const value = canonicaliseTones(clean(text));
  return /^[\p{Lu}\s.,-]+$/u.test(value) ? value : null;
}
