import type { Deadline, Requirement } from './directive.types.js';
import { CUE, findAssignees, UNIT_START } from './assignees.js';
import { ANNEX_POINTER } from './plan-asides.js';
import { BACKGROUND, COURTESY, directs, mainClause, UNIT_SUBJECT, unitMustAct } from './directing-sentences.js';
import { VERB } from './assignee-patterns.js';
import { conveys, OPINION } from './opinion-tasks.js';
import { deadlinesOf, parseDeadlines } from './parse-deadlines.js';
import { clean, SENTENCE_BREAK, type Span } from './text-utils.js';
import { leadAssignees } from './lead-assignees.js';
import type { Paragraph } from './parse-body.js';
import { positional } from './positions.js';
import { onlyCarriesOut } from './carry-out-calls.js';
import { AIM_JOINED } from './requirement-patterns.js';
import { reportRoutes } from './report-routes.js';
import { APPLY_LAW, CARRY_OUT, informs, SLOGAN } from './describes.js';
import { timeLine } from './item-periods.js';
import { statesOnly } from './stated-items.js';
import {
  ASKED_CLOSE,
  CONDITION,
  CUE_OPENING,
  DIRECTED_UNITS,
  IMPERSONAL,
  INLINE_REQUEST,
  LINK,
  RECURRING,
  aimsPart,
  type AimsPart,
} from './prose-openers.js';

export type Found = Requirement & { span: Span };

interface Sentence {
  text: string;
  span: Span;
  marker: string | null;
}

/** A conditional next step without an actor: "Trường hợp ... thì thực hiện ...", "Trường hợp ... thì trao đổi thêm với ...". */
const NEXT_STEP =
  /^trường hợp\s[^.;]{3,200}?\s+thì\s+(?:thực hiện|trao đổi|xử lý|điều chỉnh|báo cáo|phối hợp|kiến nghị|đề xuất)(?=[\s,])/iu;
/** A deadline sentence that closes the requirement before it: "Thời gian gửi báo cáo trước ngày ...", "Báo cáo của sở xin gửi về ... trước ngày ...". */
const CLOSES =
  /^(?:thời gian|thời hạn|hạn chót|hạn gửi|hạn nộp|hạn|báo cáo(?: của [^.,;]{1,40}?)? (?:xin )?gửi|(?:đảm bảo |bảo đảm )?(?:hoàn thành|xong) (?:trước|chậm nhất|trong)|chậm nhất|trước ngày|(?:kết quả(?: thực hiện)?\s+)?(?:trình|gửi về|báo cáo)\s[^.;:]{2,80}?\s(?:trước ngày|chậm nhất)|(?:văn bản|hồ sơ|kết quả|biên bản|danh sách|báo cáo)(?: [^.;:]{1,60}?)? gửi (?:về )?(?:trước|chậm nhất))\b/iu;
/** "Báo cáo gửi theo địa chỉ: ...", "Văn bản xin gửi về địa chỉ: ...": a line giving where a report goes. */
const ADDRESSED = /^(?:báo cáo|văn bản|hồ sơ|ý kiến|kết quả)[^.;:]{0,60}?\sgửi\s+(?:về\s+)?(?:theo\s+)?địa chỉ\s*:/iu;
/** "... yêu cầu:", "... chỉ đạo như sau:", "đề nghị thực hiện các nội dung sau:": items follow. */
const LEAD_IN = /(?:đề nghị|yêu cầu|giao|chỉ đạo)(?:[^:]{0,40}(?:như sau|sau đây|các nội dung sau))?\s*:\s*$/iu;

/** Sentences of a paragraph: split after ".", "!" or "?" that ends a word, before a capital. */
function sentences(paragraph: Paragraph): Sentence[] {
  const result: Sentence[] = [];
  const splitter = new RegExp(SENTENCE_BREAK, 'gu');
  let from = 0;
  const text = paragraph.text;
  const push = (to: number) => {
    const part = text.slice(from, to).trim();
    if (part)
      result.push({
        text: part,
        span: { start: paragraph.span.start, end: paragraph.span.end },
        marker: result.length === 0 ? paragraph.marker : null,
      });
  };
  for (const match of text.matchAll(splitter)) {
    push(match.index!);
    from = match.index! + match[0].length;
  }
  push(text.length);
  return result;
}

/**
 * "Thực hiện Công văn số 15/SNV-TCBC ... (Sở Nội vụ yêu cầu báo cáo trước ngày 20/12/2025), Ủy ban nhân dân huyện đề
 * nghị ... gửi về Phòng Nội vụ trước ngày 12/12/2025": a date in the basis the sentence opens with is the issuer's own
 * (what it answers to), not the recipients', when the main clause sets theirs.
 */
function ownDeadlines(body: string, year: string | null): Deadline[] {
  const all = parseDeadlines(body, year);
  if (!BACKGROUND.test(body)) return all.map(({ at: _at, ...d }) => d);
  // The main clause opens at the first cue followed by whom it directs ("yêu cầu báo cáo" in the basis directs nobody).
  const cue = [...body.matchAll(new RegExp(CUE.source, 'gu'))].find((c) =>
    UNIT_START.test(body.slice(c.index + c[0].length)),
  );
  const main = cue ? all.filter((d) => d.at > cue.index) : all;
  return (main.length > 0 ? main : all).map(({ at: _at, ...d }) => d);
}

function make(ref: string, text: string, span: Span, inherited: string[], year: string | null): Found {
  const body = clean(text.replace(/^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s*|^[-–+•]\s*/u, ''));
  return positional({
    ref,
    text: body,
    deadlines: ownDeadlines(body, year),
    assignees: findAssignees(body, inherited),
    reportTo: reportRoutes(body),
    span,
  });
}

/**
 * Requirements of a text without numbered items: each sentence that directs someone (đề nghị /
 * yêu cầu / giao / chỉ đạo + addressee, or a unit that must act by a deadline); the items (dash or
 * plain paragraphs) after a lead-in ending in ":" ("... yêu cầu:", "giao Văn phòng ...:") — those
 * under a "giao X:" take X as assignee; a deadline sentence ("Thời gian gửi báo cáo trước ngày ...")
 * closes the requirement before it. Refs are positions ("1", "2", ...).
 */
export function parseProseRequirements(paragraphs: Paragraph[], year: string | null = null): Found[] {
  const found: Found[] = [];
  let leadIn: { assignees: string[]; open: boolean; dashes?: boolean } | null = null;
  let heard = false;
  let aims: AimsPart = null;
  let lastStart = 0;
  for (const paragraph of paragraphs) {
    aims = aimsPart(paragraph, aims);
    if (aims !== null) continue;
    // The paragraph before gave a task (read by a condition that opens this one).
    const previousGave = found.length > lastStart;
    lastStart = found.length;
    // "... Bộ Văn hóa, Thể thao và Du lịch đề nghị:" / "Các cơ quan báo chí thuộc Bộ chủ động xây dựng kế hoạch ... ./.": the
    // last paragraph may be the item the lead-in asks for.
    if (
      /\.\/\.\s*$/u.test(paragraph.text) &&
      !directs(paragraph.text) &&
      !(leadIn?.open && unitMustAct(paragraph.text)) &&
      // "Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo, kiểm tra ...; Thủ trưởng các cơ quan, đơn vị chỉ đạo, kiểm
      // tra ... đảm bảo đúng quy định./." (dev hanoi-2026-04-tb-treoco-mttq): the last paragraph may give units their duties.
      !(UNIT_SUBJECT.test(paragraph.text) && unitMustAct(paragraph.text))
    ) {
      leadIn = null;
      continue;
    }
    // "2. Yêu cầu Kiểm tra, giám sát ... phải được thực hiện định kỳ ...": a plan's aims heading joined to its first line.
    if (AIM_JOINED.test(paragraph.text)) continue;
    const first = found.length;
    const taskBefore = () => previousGave || found.length > first;
    for (const sentence of sentences(paragraph)) {
      const text = sentence.text;
      const cleaned = clean(text);
      const opinion = heard;
      heard = OPINION.test(text);
      // "... đề nghị UBND các xã, phường ... chủ động điều chỉnh lịch học tập. Cụ thể:": the request before it leads in
      // to the items that follow; they are the requirements.
      if (/^(?:cụ thể|chi tiết|cụ thể là)(?:\s+như sau)?\s*:\s*$/iu.test(text) && found.length > first) {
        found.splice(first);
        leadIn = { assignees: [], open: true };
        continue;
      }
      // "Về thủ tục hải quan: đề nghị Công ty nghiên cứu quy định tại Điều 67 Thông tư số 38/2015/TT-BTC ..." (Công văn
      // 37563/CHQ-GSQL of 2025): a sentence that states or points to the law asks no one (stated-items.ts).
      if (
        COURTESY.test(text) ||
        SLOGAN.test(text) ||
        APPLY_LAW.test(text) ||
        statesOnly(cleaned) ||
        ANNEX_POINTER.test(cleaned)
      )
        continue;
      // "Đề nghị các tổ chức thành viên ... nghiêm túc thực hiện" after the requests asks nothing they do not.
      const stated = parseDeadlines(text, year);
      const deadline = stated.length > 0;
      // "Báo cáo gửi theo địa chỉ: Cục ... - Bộ Giáo dục và Đào tạo, 49 Đại Cồ Việt, ...": where the report above goes, the
      // unit named in place of the body its sentence named ("Báo cáo gửi về Bộ Giáo dục và Đào tạo trước ngày ..."). With a
      // deadline it is the closing deadline sentence, read below.
      const addressed = !deadline && ADDRESSED.test(text) ? reportRoutes(cleaned) : [];
      if (addressed.length > 0 && found.length > 0) {
        const last = found.at(-1)!;
        last.reportTo = [
          ...last.reportTo.filter((r) => !addressed.some((a) => a.target.includes(r.target))),
          ...addressed.filter((a) => !last.reportTo.some((r) => r.target === a.target)),
        ];
        continue;
      }
      if (found.length > 0 && (CARRY_OUT.test(text) || onlyCarriesOut(text)) && !deadline) continue;
      // "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh ...:" / "- Chỉ đạo ..." / "- Giao ..." / "Để đảm bảo thời gian ...,
      // đề nghị Quý Ủy ban gửi báo cáo ... chậm nhất ngày 22/11/2025." (Công văn 17809/BTC-CTK, 2025): after the dash
      // items, a paragraph that makes a request of its own is no item of the lead-in.
      if (leadIn?.open && sentence.marker === null && leadIn.dashes && directs(text)) leadIn = null;
      // Items under a lead-in: dash items, or the plain paragraph right after it.
      if (leadIn?.open && (sentence.marker === '-' || sentence.marker === null)) {
        if (sentence.marker === '-') leadIn.dashes = true;
        if (/:\s*$/u.test(text) && directs(text)) {
          leadIn = { assignees: leadAssignees(text), open: true };
          continue;
        }
        // "- Xây dựng kế hoạch ..." / "Thời gian hoàn thành: tháng 12/2025.": the time line of the item above it.
        const own = sentence.marker === null && found.length > 0 ? timeLine(text, year) : [];
        if (own.length > 0) {
          found.at(-1)!.deadlines.push(...own);
          continue;
        }
        // "- Thời gian: ...", "- Địa điểm: ...", "- Thành phần: ...": what the event is, not a task.
        if (informs(cleaned)) continue;
        found.push(make(String(found.length + 1), text, sentence.span, leadIn.assignees, year));
        if (sentence.marker !== '-') leadIn.open = paragraph.marker === '-';
        continue;
      }
      if (/:\s*$/u.test(text) && (directs(text) || LEAD_IN.test(text))) {
        leadIn = { assignees: leadAssignees(text), open: true };
        continue;
      }
      const previous = found.at(-1);
      // "Giao các sở, ngành tỉnh; ... báo cáo tình hình ... . Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày
      // 23/5/2019." (Công văn 846/UBND-TH, 2019): a request with no addressee after a task of its paragraph closes it.
      const closes = CLOSES.test(text) || (found.length > first && ASKED_CLOSE.test(text));
      if (deadline && closes && previous) {
        previous.text = `${previous.text}. ${cleaned}`;
        previous.deadlines.push(...deadlinesOf(cleaned, year));
        if (previous.reportTo.length === 0) previous.reportTo = reportRoutes(cleaned);
        continue;
      }
      // A unit that must act by a deadline ("trước ngày ...", not a period "từ ... đến hết ngày ...").
      const due = stated.some((d) => !/^(?:đến|vào|từ)\s/iu.test(d.text));
      // "Trên cơ sở Báo cáo số 1052/BC-CP ..., Bộ Xây dựng làm việc với ...; phối hợp với ... khẩn trương xử lý ...": after
      // the basis, the main clause opens with the unit.
      const opened =
        BACKGROUND.test(text) || RECURRING.test(text) || LINK.test(text) || (CONDITION.test(text) && taskBefore());
      const main = opened && !/:\s*$/u.test(text) ? mainClause(text) : null;
      // "Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2020 đến hết ngày 03/5/2020, các Đơn vị bố trí, phân công trực ..."
      // (Công văn 1232/UBND-VP tỉnh Hải Dương, 2020): the request goes on after its colon, on the same line.
      const inline = INLINE_REQUEST.exec(text);
      const told = inline ? text.slice(inline.index + inline[0].length) : null;
      const toldMain = told !== null && !unitMustAct(told) ? mainClause(told) : told;
      const unitActs =
        unitMustAct(text.replace(/^[-–+•]\s*/u, ''), due) ||
        (main !== null && unitMustAct(main, due)) ||
        (toldMain !== null && unitMustAct(toldMain, due));
      // "Văn bản góp ý ... đề nghị gửi về Cục ... trước ngày 25/5/2025": a request with no addressee but a deadline.
      const asked = due && /(?:đề nghị|yêu cầu)\s+(?:gửi|báo cáo|nộp|hoàn thành|hoàn thiện)(?=\s)/iu.test(text);
      // "Đề nghị Thuế tỉnh Lào Cai phối hợp ... rà soát hồ sơ thuê đất ... . Trường hợp xác định thông báo không phù hợp với
      // quy định thì thực hiện điều chỉnh, thu hồi thông báo." (dev cucthue-2025-12-traloi-tienthuedat-laocai): after a
      // request in its paragraph, the conditional next step is a task of its own (samples/corpus/README.md, wave 16).
      const nextStep = found.length > first && NEXT_STEP.test(text);
      if (!(directs(text) || unitActs || asked || nextStep || IMPERSONAL.test(text) || conveys(text, opinion)))
        continue;
      const parts = clauses(text);
      for (const clause of parts) found.push(make(String(found.length + 1), clause, sentence.span, [], year));
      // The unit before "yêu cầu:" asks; the units after it act.
      const byColon = toldMain !== null && unitMustAct(toldMain, due) && !directs(text) && !unitMustAct(text, due);
      if (byColon && parts.length === 1) found.at(-1)!.assignees = findAssignees(toldMain);
    }
  }
  return found;
}

/**
 * "Giao A chủ trì ...; giao B ...": one clause per addressee when each ";" part names its own. When some parts only go on
 * with the task before them, a part that opens with a unit that must act still starts its own: "... giao nhiệm vụ cho Ban
 * Tuyên giáo Huyện ủy tham mưu ...; Ban Tổ chức Huyện ủy tham mưu củng cố ...; dự kiến các chức danh ...; Ủy ban kiểm tra
 * Huyện ủy theo dõi ..." (tuyphong.binhthuan.dcs.vn, Huyện ủy Tuy Phong, 2020) gives three.
 */
function clauses(text: string): string[] {
  // "Giao các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh báo cáo ..." (Công văn
  // 846/UBND-TH, 2019): a part that only names units shares the act of the part after it.
  const parts = text.split(/;\s+/u).reduce<string[]>((merged, part) => {
    const last = merged.at(-1);
    if (last !== undefined && !VERB.test(` ${last.replace(CUE_OPENING, '')} `))
      merged[merged.length - 1] = `${last}; ${part}`;
    else merged.push(part);
    return merged;
  }, []);
  if (parts.length < 2) return [text];
  // "...; chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 04/CT-TTg ..." (Công văn 2779/UBND-KTN tỉnh Quảng Nam, 2020) names
  // no addressee; "... yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động ...; Ban cán sự Đảng UBND tỉnh xây dựng ..." does.
  const own = (part: string) => directs(part) || INLINE_REQUEST.test(part) || UNIT_SUBJECT.test(part.trim());
  if (!own(parts[0])) return [text];
  if (parts.slice(1).every(own)) return parts;
  const result = [parts[0]];
  for (const part of parts.slice(1)) {
    const previous = result.at(-1)!;
    if (UNIT_SUBJECT.test(part) && unitMustAct(part) && !DIRECTED_UNITS.test(previous)) result.push(part);
    else result[result.length - 1] = `${previous}; ${part}`;
  }
  return result;
}
