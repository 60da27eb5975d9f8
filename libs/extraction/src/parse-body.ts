import { canonicaliseTones } from '@congvan/common';
import { ACT_START, SUBJECT_START, VERB } from './assignee-patterns.js';
import { actsWhole, LABEL_LINE, namesUnitOnly, SENTENCE_OPENER, topicHeading } from './heading-shapes.js';
import { numberOrdinals } from './ordinal-paragraphs.js';
import { splitTrailingMarkers } from './trailing-markers.js';
import { reportRoutes } from './report-routes.js';
import { addresses, clean, type Line, type Span } from './text-utils.js';

export { reportRoutes };
export { parseRequirements } from './numbered-requirements.js';

export interface Paragraph {
  text: string;
  span: Span;
  /** "1", "II", "a" for numbered items; "-" for dash items; null for plain paragraphs. */
  marker: string | null;
}

/**
 * Lines → paragraphs. A paragraph starts at a numbered or dashed line, or after a line that ends a
 * sentence; other lines continue the paragraph before them (scans break lines mid-sentence).
 */
export function toParagraphs(lines: Line[]): Paragraph[] {
  lines = numberOrdinals(splitTrailingMarkers(lines));
  const paragraphs: Paragraph[] = [];
  const joined = new Set<Paragraph>();
  // A web copy that leaves an empty line before every item ("" / "(2) Nâng cao ...") and wraps its lines at the page
  // width: there a line right under one ending a sentence is the same paragraph ("... chỉ đạo hiệu quả." /
  // "Theo dõi sát ..."), only an empty line starts a new one.
  const items = lines.slice(1).filter((line) => markerOf(line.text) !== null);
  const blankLayout =
    items.length >= 5 &&
    items.filter((line) => line.blankBefore).length >= 0.9 * items.length &&
    lines.filter((line) => !line.blankBefore).length >= lines.length / 3;
  // Parts run I., II., III.: a roman numeral far past the last part ("... Trưởng đoàn đại biểu Quốc hội tỉnh khóa" /
  // "XVII." wrapped by the page) is no marker.
  let part = 0;
  for (const [index, line] of lines.entries()) {
    let marker = markerOf(line.text);
    if (marker !== null && /^[IVX]+$/u.test(marker)) {
      const value = romanValue(marker);
      if (value > (part === 0 ? 10 : part + 2)) marker = null;
      else part = value;
    }
    const previous = paragraphs.at(-1);
    // "... các tổ chức chính trị" / "- xã hội (các hội ...)": the page wrapped a compound at its dash; a dash item opens
    // with a capital or follows a line that ends a clause. So did "... của giai đoạn 2021" / "- 2025 sang thực hiện ...":
    // a range of years or numbers wrapped at its dash.
    if (
      marker === '-' &&
      previous !== undefined &&
      line.blankBefore !== true &&
      (/^[-–]\s+\p{Ll}/u.test(line.text) ||
        (/^[-–]\s+\d/u.test(line.text) && /\d$/u.test(previous.text)) ||
        // A web copy whose items stand after empty lines: "... Tập đoàn: Công" / "nghiệp - Năng lượng ..., Công nghiệp" /
        // "- Viễn thông Quân đội theo chức năng ...", a name wrapped at its dash inside a numbered item.
        (blankLayout && previous.marker !== '-' && /\p{L}$/u.test(previous.text))) &&
      !/[.:;!?,]["”)*]?$/u.test(previous.text)
    )
      marker = null;
    // "... ưu tiên các địa bàn cấp độ" / "1. Cấp ngay mì tôm, ..." (dev/daklak-2025-11-kehoach-nhuyeupham-mualu): in a copy
    // whose items stand after empty lines, a number wrapped to the head of a line inside a sentence is no marker.
    if (
      marker !== null &&
      /^\d{1,2}$/u.test(marker) &&
      blankLayout &&
      previous !== undefined &&
      line.blankBefore !== true &&
      /\p{Ll}$/u.test(previous.text)
    )
      marker = null;
    // After the Kính gửi line ("Kính gửi: Bộ Y tế"), a dash item or a heading, a line that opens like
    // a body sentence ("Căn cứ ...", "Thực hiện ...", "Xét ...") starts a paragraph: it is never part of
    // the addressee (a wrapped addressee goes on: "... Ủy ban" / "MTTQ, các đoàn thể ...").
    const opens = BODY_OPENS.test(line.text);
    const afterAddressee = previous !== undefined && addresses(previous.text);
    // "Kính gửi: Ủy ban nhân dân tỉnh Long An" / "Bộ Lao động - Thương binh và Xã hội nhận được Công văn số ..." (dev
    // bldtbxh-2015-07-traloi-longan-doan-xdkt printed with no empty line between): a letter's first sentence ends the
    // addressee; read with the line after it ("Cục Thuế" / "nhận được công văn số ...") as a page may wrap it.
    const opensLetter = afterAddressee && LETTER_OPENS.test(`${line.text} ${lines[index + 1]?.text ?? ''}`);
    // A numbered heading printed on its own line, an empty line under it ("8. Ban công tác Mặt trận thôn"
    // / "" / "Căn cứ Kế hoạch này, ..."), ends there: the empty line is the paragraph break.
    // So does one wrapped over two lines ("4. Sở Văn" / "hóa, Thể thao và Du lịch; Báo ..." / "" / "Chỉ đạo các cơ quan
    // ..."): it is short and the line after the empty one opens a sentence.
    const headingEnds =
      previous !== undefined &&
      previous.marker !== null &&
      previous.marker !== '-' &&
      line.blankBefore === true &&
      // "4.2.b. Ủy ban nhân dân xã ... vận động ... Hội Cựu chiến binh," / "" / "Đoàn Thanh niên ...": no heading ends in a comma.
      !/,$/u.test(previous.text) &&
      // "b) Trình cơ quan, người có thẩm quyền ban hành hoặc ban hành theo thẩm" / "" / "quyền văn bản quy phạm pháp luật
      // ..." (dev cp-2026-04-nq-tthc-bnnmt Điều 4.1.b wrapped at a page break): a sentence cut mid-clause goes on in lower
      // case; no heading does.
      !(/^\p{Ll}/u.test(line.text) && !/[.:;!?]["”)]?$/u.test(previous.text)) &&
      (!joined.has(previous) ||
        (previous.text.split(' ').length <= 20 && /^\p{Lu}/u.test(line.text)) ||
        // "**1. Về triển khai ... đối với tập thể lãnh đạo, quản lý và cá nhân năm 2025**" / "" / "Đề nghị các cơ quan ...:
        // tổ chức triển khai ..." (bodies dev hcm-2025-kiemdiem-xeploai-canbo 1): a request opens its own paragraph after
        // the empty line, however long the wrapped heading above it.
        /^(?:Đề nghị|Yêu cầu|Giao)\s/u.test(line.text));
    // "2. Bộ Giáo dục và Đào tạo" / "Chỉ đạo các cơ sở đào tạo trọng điểm ..." (Quyết định 893/QĐ-TTg VI.2, dev
    // ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu): a numbered heading that only names a unit ends where a line opens
    // with its act, even with no empty line between.
    const unitHeadingEnds =
      previous !== undefined &&
      marker === null &&
      previous.marker !== null &&
      /^\d{1,2}$/u.test(previous.marker) &&
      !joined.has(previous) &&
      /^\p{Lu}/u.test(line.text) &&
      // "3. Sở Tài chính" / "Trên cơ sở dự toán của các cơ quan, tham mưu ..." (synthetic, __fixtures__/long-plans): a
      // sentence that opens with its ground or its time, not its act, starts under the unit too.
      (ACT_START.test(line.text) || opens || SENTENCE_OPENER.test(line.text)) &&
      namesUnitOnly(previous.text.replace(/^\d{1,2}[.)]\s*/u, '').trim());
    // "2. Điểm đọc sách ở cơ sở" / "Trên cơ sở nhiệm vụ được giao, Ủy ban nhân dân các xã bố trí ..." (synthetic,
    // long-plans.spec.ts): a numbered topic heading ends where a whole sentence opens with its ground or its time; the
    // heading is no part of the task, and the unit after the opener is who acts.
    // So does one wrapped over two lines where a labelled line starts ("a) Nguồn nước cấp nuôi tôm" / "nước lợ" /
    // "Điểm quan trắc: Thực hiện quan" / "trắc tại 07 cửa sông ...", dev thanhhoa-2025-11-kehoach-quantrac-thuysan read
    // with no empty lines).
    const labelled = LABEL_LINE.test(line.text);
    const topicEnds =
      previous !== undefined &&
      marker === null &&
      previous.marker !== null &&
      /^\d{1,2}(?:\.\d{1,2}){0,2}$|^[a-zđ]$/u.test(previous.marker) &&
      (!joined.has(previous) || labelled) &&
      /^\p{Lu}\p{Ll}/u.test(line.text) &&
      (line.text.split(/\s+/u).length >= 8 || labelled) &&
      // Not at a unit ("3. Đề nghị Ủy ban Mặt trận" / "Tổ quốc Việt Nam Thành phố, ..." is a name wrapped, dev
      // hcm-2025-11-kehoach-binhdanggioi V.3): only at an opener no name starts with.
      (opens || SENTENCE_OPENER.test(line.text) || labelled || actsWhole(line.text)) &&
      topicHeading(previous.text);
    // "III. TỔ CHỨC THỰC HIỆN" / "Các sở, ban, ngành ... căn cứ chức năng, nhiệm vụ ...": a part's heading in capitals ends
    // where a sentence in lower case starts (a heading wrapped over two lines stays in capitals: "II. NHIỆM VỤ" / "TRỌNG TÂM"),
    // and so does one wrapped over two lines with no empty line under it ("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG" / "TÂM THỜI GIAN
    // TỚI" / "Đề nghị Thường trực Tỉnh ủy ...", dev vpcp-2025-11-tbkl-thanhhoa read with no empty lines).
    const capitalsEnd =
      previous !== undefined &&
      marker === null &&
      previous.marker !== null &&
      /^[IVX]{1,4}$/u.test(previous.marker) &&
      /^[IVX]{1,4}[.)]\s*[\p{Lu}\d\s,;:\-–]+$/u.test(previous.text) &&
      /^\p{Lu}\p{Ll}/u.test(line.text);
    // "Kính gửi: Các cơ quan báo chí thuộc Bộ" / "" / "Bộ Văn hóa, ... nhận được ...": an empty line ends the addressee.
    const addresseeEnds = line.blankBefore === true && afterAddressee;
    // "**4." / "Công tác truyền thông**": a web copy wraps a bold heading right after its number; a line holding
    // only the marker goes on with the next one; so does a decision's "Điều 3." printed on its own line.
    const bareMarker =
      previous !== undefined &&
      /^(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4}|[a-zđ])[.)]|Điều\s+\d{1,2}\s*[.:])$/u.test(previous.text);
    // "3" / "- Uỷ ban nhân dân các huyện, thành phố:": an item numbered "3 - ..." whose number the page printed alone.
    if (previous !== undefined && /^\d{1,2}$/u.test(previous.text) && marker === '-') {
      previous.text = `${previous.text}. ${line.text.replace(/^[-–+•]\s*/u, '')}`;
      previous.marker = previous.text.split('.')[0];
      previous.span.end = line.end;
      continue;
    }
    if (bareMarker && marker === null) {
      previous.text += ` ${line.text}`;
      previous.span.end = line.end;
      continue;
    }
    // "2. Xăng RON95-III" / "20.009" / "+451" / "" / "Bộ Công Thương và Bộ Tài chính quyết định:" (Công văn 9634/BCT-TTTN,
    // 2025): a table row of figures ends at the empty line before a sentence.
    const rowEnds =
      previous !== undefined &&
      line.blankBefore === true &&
      /^\p{Lu}/u.test(line.text) &&
      /(?:^|\s)[-+–]?\d[\d.,]*%?\s+[-+–]?\d[\d.,]*%?$/u.test(previous.text);
    // "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương; ..." / "UBND các huyện, thành phố; ... chịu trách nhiệm thi
    // hành Quyết định này" (dev hagiang-2022-03-qd-congbo-tthc-xangdau wrapped after a ';'): an article's list of who
    // carries it out goes on to its verb; a ';' ends no sentence while no one has been told to act.
    const actorsGoOn =
      previous !== undefined &&
      /^Điều\s+\d{1,3}\s*[.:]/u.test(previous.text) &&
      /;$/u.test(previous.text) &&
      !VERB.test(previous.text) &&
      SUBJECT_START.test(line.text);
    // "... Ủy ban nhân dân các tỉnh:" / "Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy nhanh ..." (dev
    // vpcp-2025-11-vatlieu-caotoc-ct08 wrapped at the colon): the names a group's colon opens go on its sentence.
    const namesGoOn =
      previous !== undefined &&
      !afterAddressee &&
      /\scác\s(?:\p{L}+,\s)?\p{L}+(?:\s\p{L}+)?:$/u.test(previous.text) &&
      /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,3}(?:,\s|$)/u.test(line.text);
    const continues =
      previous &&
      marker === null &&
      !headingEnds &&
      !unitHeadingEnds &&
      !capitalsEnd &&
      !topicEnds &&
      !addresseeEnds &&
      !rowEnds &&
      // "... phù hợp với thực tiễn địa phương, đơn vị;" / "" / "chỉ đạo cấp ủy, chi bộ trực thuộc ..." (dev
      // btgdvtw-2025-11-huongdan-bantin-chibo with an empty line after each line ending a clause): a line that opens in
      // lower case goes on the sentence above, an empty line between or not.
      (actorsGoOn ||
        namesGoOn ||
        (line.blankBefore !== true && blankLayout) ||
        /^\p{Ll}/u.test(line.text) ||
        (!/[.:;!?]["”)]?$/u.test(previous.text) &&
          !(opens && (previous.marker !== null || afterAddressee)) &&
          !opensLetter));
    if (continues) {
      joined.add(previous);
      previous.text += ` ${line.text}`;
      previous.span.end = line.end;
    } else
      paragraphs.push({
        // "2 - Sở Tài chính ..." reads as "2. Sở Tài chính ...".
        text: /^\d{1,2}\s+[-–]\s+\p{Lu}/u.test(line.text)
          ? line.text.replace(/^(\d{1,2})\s+[-–]\s+/u, '$1. ')
          : line.text,
        span: { start: line.start, end: line.end },
        marker,
      });
  }
  // "1. Xăng E5RON92" / "19.288 19.822 +534 +2,77" (Công văn 9634/BCT-TTTN, 2025): a numbered row of a table of figures
  // names a row, no item.
  paragraphs.forEach((paragraph, i) => {
    const next = paragraphs[i + 1];
    if (
      paragraph.marker !== null &&
      /^\d{1,2}$/u.test(paragraph.marker) &&
      next?.marker === null &&
      FIGURES.test(next.text)
    )
      paragraph.marker = null;
  });
  return paragraphs;
}

/** "XVII" → 17. */
function romanValue(numeral: string): number {
  const digit: Record<string, number> = { I: 1, V: 5, X: 10 };
  let value = 0;
  for (let i = 0; i < numeral.length; i++) {
    const d = digit[numeral[i]];
    value += i + 1 < numeral.length && digit[numeral[i + 1]] > d ? -d : d;
  }
  return value;
}

/**
 * A line that opens a body sentence ("Căn cứ ...", "Thực hiện ...", "Ngày 15 tháng 11 năm 2010 Liên Bộ ..."): it starts
 * a paragraph after the Kính gửi line, a heading or a dash item.
 */
const BODY_OPENS =
  /^(?:Căn cứ|Thực hiện|Theo|Xét|Nhằm|Để|Nhận được|Ngày \d{1,2}|Tiếp theo|Triển khai|Hiện nay|Trong thời gian|Phúc đáp|Trả lời)\s/u;

/**
 * The first sentence of a letter under its addressee: "Tại công văn số 8014/VPCP-KGVX ...", "Vừa qua, ...", "Bộ Văn hóa,
 * Thể thao và Du lịch nhận được Hướng dẫn số 91-HD/BTGTW ...".
 */
const LETTER_OPENS =
  /^(?:Tại|Vừa qua|Thời gian qua|Tiếp nhận|Sau khi|Được sự|Nhân dịp)[\s,]|^\p{Lu}[^.;:!?]{0,100}?\s(?:đã\s)?nhận được\s/u;

/** A line of figures only: "19.288 19.822 +534 +2,77". */
const FIGURES = /^[-+–\s\d.,%]*\d[-+–\s\d.,%]*$/u;

/** "1.1.", "2.3" (a plan's sub-items), "2.1.a.", "(1)", "(ii)", "1.", "II.", "a)", "-", a decision's "Điều 3:"; null for a plain line. */
function markerOf(text: string): string | null {
  return (
    // "1.16 )/Báo cáo chi tiết/..." (Công văn 5435/CT-NVT, 2025): a function code that ran onto a new line, no item.
    /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s|$|(?=\p{Lu}))(?!\s*[)/])/u.exec(text)?.[1] ??
    // "2.1.a. Thành lập Ban Chỉ đạo ...:": a lettered sub-item numbered with its parents' path.
    /^(\d{1,2}(?:\.\d{1,2}){1,2}\.[a-zđ])[.)](?:\s|$)/u.exec(text)?.[1] ??
    /^Điều\s+(\d{1,2})\s*[.:](?:\s|$)/u.exec(text)?.[1] ??
    /^(\((?:\d{1,2}|[ivx]{1,4})\))\.?\s/u.exec(text)?.[1] ??
    /^(\d{1,2}|[IVX]{1,4}|[a-zđ])[.)](?:\s|$|(?=\p{Lu}))/u.exec(text)?.[1] ??
    // "2 - Sở Lao động, Thương binh và Xã hội có trách nhiệm.": items numbered with a dash.
    /^(\d{1,2})\s+[-–]\s+(?=\p{Lu})/u.exec(text)?.[1] ??
    // "+534", "-2,23" (a price table, Công văn 9634/BCT-TTTN, 2025): a signed number is a cell, no dash item.
    (/^[-–+•]\s*/.test(text) && !/^[-–+]\d[\d.,]*\s*%?$/u.test(text) ? '-' : null)
  );
}

/** The leaders a công điện is addressed to ("Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh ..."). */
const ADDRESSEE =
  /^(?:Bộ trưởng|Thủ trưởng|Bí thư|Chủ tịch|Tổng Giám đốc|Tổng giám đốc|Giám đốc|Chủ nhiệm|Tổng Kiểm toán|Chánh án|Viện trưởng)\s(?![^.]*\s(?:khẩn trương|chỉ đạo|thực hiện|tổ chức)\s)/u;

/** A line under the addressee that gives its tax code, address or phone ("Mã số thuế: 0101...;"): not an addressee. */
const CONTACT_LINE = /^(?:Mã số thuế|MST|Mã số doanh nghiệp|Địa chỉ[^:]{0,40}|(?:Số )?[Đđ]iện thoại|E-?mail|Fax)\s*:/iu;

/** "Kính gửi: - A; - B." → ["A", "B"]; a single addressee on the line itself works too. */
export function parseRecipients(paragraphs: Paragraph[]): { recipients: string[]; span: Span | null; next: number } {
  // A tờ trình (HD 05) is addressed "Kính trình:".
  // A công điện is addressed on its "THỦ TƯỚNG CHÍNH PHỦ điện:" line.
  const first = paragraphs.findIndex((p) => addresses(p.text) || /^\p{Lu}[\p{Lu}\s]+ điện\s*:$/u.test(p.text));
  if (first < 0) return { recipients: [], span: null, next: 0 };
  const items: string[] = [];
  // "Kính gửi:" and "Kính gửi" with its colon left out ("Kính gửi Ủy ban nhân dân ..."); "... điện:".
  const head = addresses(paragraphs[first].text)
    ? paragraphs[first].text.replace(/^\S+\s+[^\s:]+\s*:?\s*/u, '')
    : paragraphs[first].text.replace(/^[^:]*:\s*/u, '');
  let end = first;
  // Items split at a dash that opens the text or follows ";" "," "." — not at "Văn hóa - Xã hội".
  const take = (text: string) =>
    text
      .split(/(?:^|(?<=[;,.]))\s*-\s+/u)
      .map((t) => clean(canonicaliseTones(t)))
      .filter((t) => t && !CONTACT_LINE.test(t))
      .forEach((t) => items.push(t));
  if (head) take(head);
  // "Kính gửi:" / "Sở Y tế;" / "UBND các huyện.": addressees one per line without dashes, up to the one ending in ".".
  if (!head && paragraphs[first + 1]?.marker === null)
    for (let i = first + 1; i < Math.min(paragraphs.length, first + 12); i++) {
      const text = paragraphs[i].text;
      if (paragraphs[i].marker !== null || text.length > 160 || !/[;,.]$/u.test(text)) break;
      take(text);
      end = i;
      if (/\.$/u.test(text)) break;
    }
  // The list ends at its item ending in "." or before a dash item that opens like a body sentence.
  const telegram = !addresses(paragraphs[first].text);
  for (let i = first + 1; i < paragraphs.length && paragraphs[i].marker === '-'; i++) {
    const text = paragraphs[i].text.replace(/^[-–+•]\s*/u, '');
    if (BODY_OPENS.test(text)) break;
    let item = paragraphs[i].text;
    // "- Bộ trưởng các Bộ:" / "Quốc phòng, Công an, Y tế.": the names in the next cell of a web copy's table.
    if (/:$/u.test(item) && paragraphs[i + 1]?.marker === null && /^[^:]{1,200}[.;]$/u.test(paragraphs[i + 1].text))
      item = `${item} ${paragraphs[++i].text}`;
    take(item);
    end = i;
    // A công điện may end each addressee with "." ("- Bộ trưởng các Bộ: ...." / "- Bí thư Tỉnh ủy, ..."): the list
    // goes on while the next item names leaders.
    const next = paragraphs[i + 1]?.text.replace(/^[-–+•]\s*/u, '') ?? '';
    if (/\.$/u.test(item) && !(telegram && paragraphs[i + 1]?.marker === '-' && ADDRESSEE.test(next))) break;
  }
  // "Đồng kính gửi:" / "- Thủ tướng Chính phủ Phạm Minh Chính (để báo cáo).": addressees too, without the purpose note.
  if (/^đồng kính gửi\s*:?$/iu.test(paragraphs[end + 1]?.text ?? ''))
    for (let i = end + 2; i < paragraphs.length && paragraphs[i].marker === '-'; i++) {
      items.push(clean(canonicaliseTones(paragraphs[i].text)).replace(/\s*\(để [^)]*\)$/u, ''));
      end = i;
      if (/\.$/u.test(paragraphs[i].text)) break;
    }
  return {
    recipients: items,
    span: { start: paragraphs[first].span.start, end: paragraphs[end].span.end },
    next: end + 1,
  };
}
