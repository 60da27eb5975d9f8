import { canonicaliseTones } from '@congvan/common';
import type { Reference } from './directive.types.js';
import { answeredLetters } from './answered-letters.js';
import { groupHeading } from './reference-groups.js';
import {
  DATE,
  issuerAfter,
  issuerBefore,
  KIND_WORDS as KINDS,
  normaliseIssuer,
  wordyDate,
} from './reference-issuer.js';

// "01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP": a part may hold a dot between capitals; "3491/UB-KH &ĐT": an ampersand part.
const PART = String.raw`\p{Lu}[\p{L}\d&]*(?:\.\p{Lu}[\p{L}\d&]*)*`;
const SYMBOL = String.raw`${PART}(?:\s?[-/–]\s?${PART}|\s&\s?${PART})*`;
// "66.4/2025": a number may carry a sub-number; "01-10/2025/CV-TKV" (dev chq-2025-12-traloi-phuongtien-quayvong-khongoaiquan)
// a hyphened serial before its numbered year.
// "Nghị quyết số 30c/NQCP" (Quyết định 1961/QĐ-UBND of Kiên Giang, 2019, 123docz): a letter may end the number.
const NUMBER = String.raw`\d+(?:[a-z](?=\/))?(?:\.\d+)?(?:-\d{1,3}(?=\/\d{4}\/\p{Lu}))?(?:\/\d{4})?`;
// OCR may drop the tone of "số" ("sô"). A kind may stand without "số" ("Chỉ thị 06/CT-TTg"); "số" alone needs a symbol.
// "Thông tư liên tịch Bộ Kế hoạch & Đầu tư và Bộ Tài chính số 01/2003/TTLT/BKH-BTC" (Thông tư liên tịch
// 102/2003/TTLT-BTC-BVHTT, vbpl.vn): so do the ministries of a joint circular.
// "Luật Tiếp công dân số 42/2013/QH13": a law's name stands between the kind and its number; not another kind ("Luật Thuế
// giá trị gia tăng và Nghị định số 209/2013/NĐ-CP": the decree's own kind, Cục Thuế Hà Nội 2435/CT-HTr, 2016).
// "số 34/2014/QĐ-TTg , ngày 30/5/2014", "số 15516/BTC-QLCS ngày03/11/2009": a web copy's stray or missing space. "các văn bản số: 10894/...",
// "**Các công điện:** số 217/...": a heading names the kind of the list.
// "Kế hoạch số 4 và 5/KH-UBND", "Kết luận số 187, 188- KL/TW": numbers sharing one symbol.
// "công văn số 2272 BKH/KTĐN ngày 17 tháng 4 năm 2003" (dev vpcp-2003-05-hoinghi-cg-giuaky): a space, no "/", before a
// symbol that holds its own "/" or "-".
const CITATION = new RegExp(
  String.raw`(?:(${KINDS})(?:(?<=[Ll]uật|Pháp lệnh)(?:,?\s+(?!số\s|(?:${KINDS})\s)\p{L}+){1,14}?|(?<=[Ll]iên tịch)\s+(?:Liên\s+)?[Bb]ộ(?:\s+(?!số\s)[\p{L}&-]+){1,14}?(?=\s+số\s))?(?:\s*[*:]+\s*(?=s[ốôóồ]\s)|\s+)(?:s[ốôóồ]\s*:?\s+)?|s[ốôóồ]\s+)(${NUMBER})((?:(?:\s*,\s*|\s+và\s+)\d+(?:\/\d{4})?)+(?=\s*[-/–]\s*\p{Lu}))?(?:(?:\s*[-/–]\s*|\s+(?=${PART}[-/]\p{Lu}))(${SYMBOL}))?(?:\s*,?\s+[Nn]gày\s*(${DATE})|\s+năm\s+(\d{4})(?![\d/]))?`,
  'gu',
);
// "các Công điện số 217/CĐ-TTg, 218/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025": further numbers of the list, without "số".
const LISTED = new RegExp(
  String.raw`^(?:\s*,\s*|,?\s+và\s+)(${NUMBER})\s*[-/–]\s*(${SYMBOL})(?:,?\s+[Nn]gày\s+(${DATE}))?`,
  'u',
);
// Cyrillic capitals a web copy may print in a symbol ("BТС-PTHT").
const CYRILLIC: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};
const symbolOf = (text: string | undefined) =>
  text
    ? text
        .replace(/\s+/g, '')
        .replace(/–/g, '-')
        .replace(/[АВЕКМНОРСТХ]/gu, (c) => CYRILLIC[c])
    : null;
// "Phúc đáp / Trả lời Công văn số ...": what the document answers is what it acts on.
// "Trên cơ sở đề nghị của Bộ Tài chính tại văn bản số ..." (dev ttg-2025-12-qd-bosung-ngansach-capxa): what it acts on
// (samples/corpus/README.md, wave 18); so is "Sau khi xem xét Tờ trình số 177/TTr-CP ...; Báo cáo thẩm tra số ..." (dev
// ubtvqh-2025-05-nq-bhxh-chuhokinhdoanh, wave 20).
// Not "Trên cơ sở các Nghị định ..., các Bộ ... thực hiện rà soát ... tại Nghị quyết số 190/2025/QH15" (bodies dev
// bcdcqdp-2025-12-thaogo-cqdp2cap), where the document stands in the task.
const BASIS =
  /^(?:căn cứ|thực hiện|theo|tiếp theo|triển khai|nhận được|xét|sau khi xem xét|phúc đáp|trả lời|trên cơ sở(?![^]*\s(?:thực hiện|triển khai|xây dựng|rà soát|tổ chức|chủ trì|phối hợp|có trách nhiệm)\s))(?=\s|$)/iu;
// "Để tiếp tục thực hiện nghiêm Chỉ thị số ...; ..., Ủy ban nhân dân tỉnh yêu cầu:": the purpose names the basis, up to
// the main clause that directs.
const PURPOSE = /^để\s(?![^]*\s(?:đề nghị|yêu cầu|giao)\s)/iu;
// "Thực hiện Kế hoạch số 283/KH-UBND ... về thực hiện Nghị quyết số 71/NQ-CP ... và Chương trình số 10-CTr/TU ...",
// "Thông tư số 95/2025/TT-BTC ... sửa đổi, bổ sung một số điều của Thông tư số 44/2022/TT-BTC": a document the title of
// the basis acts on is only cited, and so is the next one joined to it. So are the documents that amended the basis,
// named beside it: "Căn cứ Luật Du lịch số 09/2017/QH14 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15" (dev
// ninhbinh-2025-11-qd-quyche-dulich), "Nghị định số 63/2010/NĐ-CP (đã được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP
// ...)", "... được sửa đổi, bổ sung một số điều tại Luật số 83/2025/QH15" (samples/corpus/README.md, waves 16-20).
const IN_TITLE =
  /(?:\s(?:thực hiện|triển khai|hướng dẫn|điều của)|[\s(](?:đã\s+)?được\s+sửa đổi,?\s*bổ sung(?:\s+(?:cập nhật\s+)?một số điều)?\s+(?:bởi|tại|theo))\s+(?:các\s+)?$/iu;
// A paragraph of a basis list goes on with another document ("Công văn số 6676/BYT-CDS ...;").
const CITES_FIRST = new RegExp(String.raw`^(?:[-–+•]\s*)?(?:${KINDS})\s`, 'u');

/**
 * "Các Công điện: số 007/CĐ-UBND ..., số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; số 010/CĐ-UBND ngày 20/11/2025 của
 * UBND tỉnh" (dev daklak-2025-11-kehoach-nhuyeupham-mualu), "Quyết định số 290/QĐ-TTg, Quyết định số 59/QĐ-TTg; Quyết định
 * số 62/QĐ-TTg, ... của Thủ tướng Chính phủ" (dev bldtbxh-2019-07-dutoan-nguoicocong): after a ";" the list goes on when the
 * next item is a bare "số" or one of the same kind (after "," or "và", any kind: "Chỉ thị số 31-CT/TU ..., Kế hoạch số
 * 134-KH/TU ... của Ban Thường vụ Tỉnh ủy"); the issuer printed after its last number is every one's. Not for a law: "Luật
 * Viễn thông số 41/2009/QH12 ... và Nghị định số 147/2024/NĐ-CP ... của Chính phủ" (bodies dev ct-2025-12-thue-gtgt-hoadon-
 * ekim).
 */
function listGoesOn(after: string, kind: string | null): boolean {
  const next = /^([,;]|,?\s+và)\s+(?:(\p{L}+(?:\s+\p{L}+){0,2})\s+)?s[ốô]\s/u.exec(after);
  if (!next) return false;
  const words = next[2]?.replace(/^các\s*/iu, '') ?? '';
  if (words === '' || (kind !== null && words.toLowerCase() === kind.toLowerCase())) return true;
  return next[1] !== ';' && !/^(?:Luật|Bộ luật|Pháp lệnh)$/u.test(kind ?? '');
}

/** "Cục Thuế có ý kiến như sau:": a reply's answer starts (in the next paragraph, or in this one in a flattened copy). */
const ANSWER = /\scó ý kiến(?:\s+trả lời)?\s+như sau\s*:/u;

/**
 * Documents cited by number and symbol: "Công văn số 3347-CV/BTCTU ngày 12/01/2024 của Ban Tổ chức
 * Thành ủy", "Nghị quyết số 17/2022/NQ-HĐND", "Công văn số 12/UBND-NV và số 15/UBND-NV". Those in
 * sentences that open with Căn cứ / Thực hiện / Theo are the basis; the rest are cited.
 */
export function parseReferences(paragraphs: Array<{ text: string }>): Reference[] {
  const references: Reference[] = answeredLetters(paragraphs);
  // "Thực hiện Chỉ thị số 27/CT-TTg ...;" / "Công văn số 6676/BYT-CDS ...": a basis list goes on in the next paragraph.
  let listing = false;
  // After "Cục Thuế có ý kiến như sau:" a reply gives its answer: the provisions it quotes there ("Căn cứ khoản 3 Điều 1
  // Luật số 106/2016/QH13 ...", "Tại Điều 10 Nghị định số 103/2024/NĐ-CP ... quy định") are cited, not what it acts on
  // (samples/corpus/README.md, "How gold is written", references).
  let answering = false;
  for (const { text } of paragraphs) {
    const continues: boolean = listing && CITES_FIRST.test(text.trim());
    const clauses = text.trim().split(/;\s+|\.\s+/);
    listing =
      /;\s*$/u.test(text.trim()) &&
      (BASIS.test(clauses.at(-1)!.trim()) || (continues && clauses.length === 1) || BASIS.test(text.trim()));
    let lastKind: string | null = null;
    let lastEnd = -1;
    let nested = false;
    // "Công văn số 12/UBND-NV và số 15/UBND-NV của UBND quận": the issuer named after the last number is every one's.
    let sharing: Reference[] = [];
    // The issuer a heading gives its list ("các Quyết định của Thủ tướng Chính phủ số ..., số ..."), kept while it goes on.
    let groupIssuer: string | null = null;
    for (const match of text.matchAll(CITATION)) {
      const at = match.index ?? 0;
      const written = match[1] ? canonicaliseTones(match[1][0].toUpperCase() + match[1].slice(1)) : null;
      // "văn bản số 16495/BTC-PTHT ngày 22/10/2025, số 13021/BTC-PTHT": the next item of a list keeps its kind.
      const joined =
        lastEnd >= 0 && /^(?:,?\s+của\s+[^.;]{1,100}?)?\s*(?:[,;]|,?\s+và)\s*$/u.test(text.slice(lastEnd, at));
      // "theo mẫu số 06/BBKP" names a form, not a document.
      if (/\bmẫu\s+$/iu.test(text.slice(Math.max(0, at - 8), at))) continue;
      // "*(đ/c: KCN Đồng Văn 11, Phường Duy Hà, tỉnh Ninh Bình)*" / "Trả lời công văn số 20251022/CV-HD ..." (dev
      // chq-2025-11-traloi-thue-dncx-giacong): the addressee's address line read with the reply's opening; the sentence opens
      // after it.
      // "- Căn cứ Quy định số 294-QĐ/TW ..." (bodies dev btgdvtw-2025-11-hd-baocaovien-cacap): a dash item of a basis list (not
      // "- Thực hiện ..." of a list of tasks, whose verb governs the work).
      const sentenceStart = (text.slice(0, at).split(/\.\s+/).pop() ?? '')
        .replace(/^.*\)\**\s+(?=(?:trả lời|phúc đáp)\s)/iu, '')
        .replace(/^\s*[-–+•]\s*(?=căn cứ\s)/iu, '')
        // "... HÀNG GIẢ Căn cứ Nghị định số 215/2013/NĐ-CP ..." (Thông tư 16/2017/TT-BTC as thuvienphapluat prints it): a
        // title line read with the first line of the preamble; a capital "Căn cứ" opens a clause.
        .replace(/^.*[^\s,;:]\s+(?=Căn cứ\s)/su, '');
      const group = joined ? null : groupHeading(sentenceStart, !written);
      if (!joined) groupIssuer = group && (group.adjacent || group.kind === written) ? group.issuer : null;
      const kind: string | null = written ?? (joined ? lastKind : group?.adjacent ? group.kind : null);
      // A bare "số 12" without a symbol is no citation; neither is a kind without any symbol unless "số" is written.
      if (!match[4] && !(written && /s[ốôóồ]\s/u.test(match[0]))) continue;
      if (!kind && !match[4]) continue;
      lastKind = kind;
      const items = [
        ...[match[2], ...(match[3]?.split(/\s*,\s*|\s+và\s+/).filter(Boolean) ?? [])].map((number, i, all) => ({
          number,
          symbol: match[4],
          // "Kế hoạch số 4 và 5/KH-UBND ngày ...": the date printed once is the last number's.
          // "Luật Hải quan số 29/2001/QH10 năm 2001": a year alone dates it.
          date: i === all.length - 1 ? (match[5] ?? match[6]) : undefined,
        })),
      ];
      let end = at + match[0].length;
      for (let listed = LISTED.exec(text.slice(end)); listed; listed = LISTED.exec(text.slice(end))) {
        items.push({ number: listed[1], symbol: listed[2], date: listed[3] });
        end += listed[0].length;
      }
      const previousEnd = lastEnd;
      lastEnd = end;
      const after = text.slice(end);
      // The body after "của" names the issuer; else the one the sentence names before ("Xét đề nghị của Bộ Y tế (văn bản
      // số ...)", "Ngày 12/6/2015, Bộ Quốc phòng đã có Công văn số ...").
      const following = issuerAfter(after);
      const preceding = issuerBefore(text.slice(0, at));
      const issuer = following.issuer ?? preceding.issuer ?? groupIssuer;
      const dated = following.date ?? preceding.date;
      // Basis when its sentence, or its clause in a "Căn cứ A; B" list, opens with Căn cứ / Thực hiện / Theo.
      const clauseStart = sentenceStart.split(/;\s+/).pop() ?? '';
      const since = previousEnd >= 0 ? text.slice(previousEnd, at) : '';
      nested = previousEnd >= 0 && !/[;.]\s/u.test(since) && (IN_TITLE.test(since) || (nested && joined));
      const role = nested
        ? 'cited'
        : BASIS.test(sentenceStart.trim()) ||
            // "Để ..., tiếp theo Công điện số 227/CĐ-TTg ...": the documents it follows up are only cited.
            (PURPOSE.test(sentenceStart.trim()) && !/,\s*tiếp theo\s/iu.test(sentenceStart)) ||
            // "Văn phòng Chính phủ đã nhận được các công văn số ...": what it answers.
            /(?:^|\s)nhận được\s/u.test(sentenceStart) ||
            // "...; thực hiện Kế hoạch số 210-KH/HU ...": a clause of the lead-in; not "...; thực hiện công tác đào tạo,
            // bồi dưỡng ... theo Quyết định số 496/QĐ-TTg" in a task, where the verb governs the work.
            (BASIS.test(clauseStart.trim()) &&
              (!/^(?:thực hiện|triển khai|theo)\s/iu.test(clauseStart.trim()) ||
                clauseStart.trim().split(/\s+/u).length <= 6)) ||
            // "Về đề nghị của ... tại Thông báo số 4387/TB-VPQH ..., Phó Thủ tướng có ý kiến như sau:": what it answers.
            (/^về\s/iu.test(sentenceStart.trim()) &&
              /\scó ý kiến(?:\s+như sau)?\s*:/u.test(text.slice(at).split(/\.\s+/u)[0])) ||
            (continues && !/[.;]\s/u.test(text.slice(0, at)))
          ? (answering || ANSWER.test(text.slice(0, at))) &&
            !/(?:^|\s)(?:nhận được|trả lời|phúc đáp)\s/iu.test(sentenceStart)
            ? 'cited'
            : 'basis'
          : 'cited';
      for (const item of items) {
        const reference: Reference = {
          kind,
          number: item.number,
          symbol: symbolOf(item.symbol),
          date: item.date ? wordyDate(item.date) : items.length === 1 ? dated : null,
          issuer,
          role,
        };
        references.push(reference);
        sharing.push(reference);
      }
      if (listGoesOn(after, kind)) continue;
      if (issuer) for (const shared of sharing) shared.issuer ??= issuer;
      sharing = [];
    }
    answering ||= ANSWER.test(text);
  }
  return mergeReferences(references);
}

/**
 * One reference per number and symbol, where the document is first cited; what that mention leaves out (the kind, date
 * or issuer of "theo QĐ số 22/2013/QĐ-TTg") is taken from a later, fuller one.
 */
export function mergeReferences(references: Reference[]): Reference[] {
  const merged: Reference[] = [];
  // "Chỉ thị số 45-CT/TW ngày ..." then "Chỉ thị số 45", "Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP" then
  // "... số 102/2025/NQLT": a later mention that leaves out (the end of) the symbol is the same document.
  // "Chương trình hành động ... thực hiện Nghị quyết số 57" in a title, then "Nghị quyết số 57-NQ/TW, ngày 22/12/2024":
  // the earlier mention may be the one without it.
  const same = (a: Reference, b: Reference) =>
    a.number === b.number &&
    (a.symbol === b.symbol ||
      ((a.symbol === null || b.symbol === null) && a.kind === b.kind) ||
      (a.symbol !== null &&
        b.symbol !== null &&
        a.symbol.startsWith(b.symbol) &&
        /^[-/]/u.test(a.symbol.slice(b.symbol.length))));
  for (const reference of references) {
    const first = merged.find((r) => same(r, reference));
    if (!first) merged.push({ ...reference });
    else {
      first.kind ??= reference.kind;
      first.symbol ??= reference.symbol;
      first.date ??= reference.date;
      first.issuer ??= reference.issuer;
    }
  }
  return merged;
}

export { normaliseIssuer };
