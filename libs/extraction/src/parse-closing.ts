import { joinSplitSyllables } from './split-syllables.js';
import { foldAccents, canonicaliseTones } from '@congvan/common';
import type { Signer } from './directive.types.js';
import { AUTHORITY, isProperName, isUpper, nameOf, readable, readSigner, TITLE_START } from './read-signer.js';
import { clean, type Line, type Span } from './text-utils.js';

export interface Closing {
  distribution: string[];
  distributionSpan: Span | null;
  signer: Signer;
  signerSpan: Span | null;
  /** Index of the "Nơi nhận" line: the body ends before it. */
  start: number;
}

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

/** "Thái Hữu Phép" after an upper-case block on its line ("THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn"). */
const NAME_AFTER_CAPITALS = /(?<=\p{Lu}{2}[.,]?)\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}(?:\s+\p{Lu}{2}|$))/u;

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
