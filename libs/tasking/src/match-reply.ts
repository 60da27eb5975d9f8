import {
  bodyKey,
  type Citation,
  findCitations,
  namesBody,
  normaliseSymbol,
  printedSender,
  reflow,
  splitHead,
} from './reply-text.js';

/** A dispatched directive that incoming documents may answer. */
export interface ReplyDirective {
  documentId: string;
  number: string | null;
  symbol: string | null;
  date: string | null;
  issuerName: string;
  /** Other names the issuer goes by and the offices reports go through ("Ban Tổ chức Huyện ủy"). */
  addressees: string[];
  /** Units with a task of it not yet reported, and units with any task of it. */
  openHolders: string[];
  holders: string[];
}

export interface ReplyUnit {
  id: string;
  code: string;
  /** Mã định danh, as other systems name the unit in edXML packages. */
  identifier?: string | null;
  name: string;
  aliases: string[];
  parentName: string | null;
}

export interface ReplyInput {
  text: string;
  /** From an edXML header, when the document came as a package. */
  header: {
    fromOrganId: string | null;
    fromOrganName: string | null;
    responseFor: Array<{ number: string | null; symbol: string | null; promulgationDate: string | null }>;
  } | null;
}

export type ReplyMethod = 'response_for' | 'text';
export type PendingReason =
  'several_directives' | 'unknown_unit' | 'no_open_task' | 'not_addressed_to_issuer' | 'not_a_final_report';

export interface ReplyEvidence {
  method: ReplyMethod;
  /** The words that say what it answers, and where they are in the text. */
  quote: string | null;
  span: { start: number; end: number } | null;
  cited: string[];
  sender: { name: string | null; source: 'edxml' | 'text' | null; unitId: string | null };
}

export type ReplyDecision =
  | { outcome: 'none'; reason: string }
  | { outcome: 'matched'; directiveId: string; unitId: string; evidence: ReplyEvidence }
  | {
      outcome: 'pending';
      reason: PendingReason;
      directiveIds: string[];
      unitId: string | null;
      evidence: ReplyEvidence;
    };

const ANSWER_CUE =
  /(?:thực hiện|triển khai|phúc đáp|trả lời|theo yêu cầu (?:tại|của)|kết quả(?: thực hiện)?|về việc thực hiện)[^.;\n]{0,80}$/iu;
const REPORT_CUE = /báo cáo|phúc đáp|trả lời/iu;
const NOT_FINAL = /gia hạn|xin lùi|lùi thời hạn|chưa hoàn thành|chưa thực hiện xong/iu;

/**
 * Decides whether an incoming document is a unit's answer to a directive it was tasked with.
 * Closes nothing on a guess: only one directive, a sender in the registry that holds an open task
 * of it, and either the edXML ResponseFor or a report whose title or opening sentence answers the
 * directive and which is addressed to its issuer; anything short of that with a cited directive of
 * ours waits for the clerk, with the reason.
 */
export function matchReply(input: ReplyInput, directives: ReplyDirective[], units: ReplyUnit[]): ReplyDecision {
  const sender = identifySender(input, units);
  const byHeader = (input.header?.responseFor ?? []).flatMap((r) =>
    directives.filter((d) => sameCode(d, r.number, r.symbol, r.promulgationDate)),
  );
  if (byHeader.length > 0)
    return decide(unique(byHeader), sender, { method: 'response_for', quote: null, span: null, cited: codes(input) });

  const text = reflow(input.text.normalize('NFC'));
  const { head, opening, openingStart } = splitHead(text);
  const citations = findCitations(text);
  const answering = narrowByDate(citations.filter((c) => answers(text, c, head.length, openingStart + opening.length)));
  const matched = answering.flatMap((c) => directives.filter((d) => citesDirective(c, d)).map((d) => ({ c, d })));
  if (matched.length === 0)
    return { outcome: 'none', reason: citations.length ? 'no_answered_directive_of_ours' : 'no_citation' };
  const first = matched[0].c;
  const evidence: ReplyEvidence = {
    method: 'text',
    quote: quoteAround(text, first),
    span: { start: first.start, end: first.end },
    cited: answering.map((c) => `${c.number}-${c.symbol}${c.date ? ` (${c.date})` : ''}`),
    sender: sender.evidence,
  };
  const isReport = REPORT_CUE.test(head) || REPORT_CUE.test(opening);
  if (!isReport) return { outcome: 'none', reason: 'not_a_report' };
  const found = unique(matched.map((m) => m.d));
  if (NOT_FINAL.test(head) || NOT_FINAL.test(opening))
    return pending('not_a_final_report', found, sender.unitId, evidence);
  const addressed = addressLines(text);
  if (found.length === 1 && !addressed.some((line) => namesBody(line, keysOf(found[0]), bodyKey(found[0].issuerName))))
    return pending('not_addressed_to_issuer', found, sender.unitId, evidence);
  return decide(found, sender, evidence);
}

function decide(
  found: ReplyDirective[],
  sender: { unitId: string | null; evidence: ReplyEvidence['sender'] },
  partial: Omit<ReplyEvidence, 'sender'> | ReplyEvidence,
): ReplyDecision {
  const evidence: ReplyEvidence = { ...partial, sender: sender.evidence };
  if (found.length > 1) return pending('several_directives', found, sender.unitId, evidence);
  const directive = found[0];
  if (!sender.unitId) return pending('unknown_unit', found, null, evidence);
  if (!directive.openHolders.includes(sender.unitId)) return pending('no_open_task', found, sender.unitId, evidence);
  return { outcome: 'matched', directiveId: directive.documentId, unitId: sender.unitId, evidence };
}

function pending(
  reason: PendingReason,
  found: ReplyDirective[],
  unitId: string | null,
  evidence: ReplyEvidence,
): ReplyDecision {
  return { outcome: 'pending', reason, directiveIds: found.map((d) => d.documentId), unitId, evidence };
}

/** A citation answers when it is in the title block, or in the opening sentence after a cue; never after "Căn cứ". */
function answers(text: string, c: Citation, headEnd: number, openingEnd: number): boolean {
  const lineStart = text.lastIndexOf('\n', c.start) + 1;
  const before = text.slice(lineStart, c.start);
  if (/^\s*Căn cứ/iu.test(before)) return false;
  if (c.start < headEnd) return !/^\s*Số(?:\s|:|$)/u.test(before);
  return c.start < openingEnd && ANSWER_CUE.test(before);
}

/** "1100-CV/HU" in the title and "1100-CV/HU ngày 05/8/2024" in the opening are one citation: keep the dated one. */
function narrowByDate(citations: Citation[]): Citation[] {
  const dated = new Set(citations.filter((c) => c.date).map((c) => `${c.number}|${c.symbol}`));
  return citations.filter((c) => c.date || !dated.has(`${c.number}|${c.symbol}`));
}

function sameCode(d: ReplyDirective, number: string | null, symbol: string | null, date: string | null): boolean {
  if (!d.number || !d.symbol || !number || !symbol) return false;
  if (d.number.replace(/^0+/, '') !== number.replace(/^0+/, '')) return false;
  if (normaliseSymbol(d.symbol) !== normaliseSymbol(symbol)) return false;
  return !date || !d.date || date === d.date;
}

function citesDirective(c: Citation, d: ReplyDirective): boolean {
  if (!sameCode(d, c.number, c.symbol, c.date)) return false;
  return !c.issuer || namesBody(c.issuer, keysOf(d), bodyKey(d.issuerName));
}

function keysOf(d: ReplyDirective): string[] {
  return unique([d.issuerName, ...d.addressees].map(bodyKey).filter(Boolean));
}

/** The lines a document is addressed to: "Kính gửi" and the "Nơi nhận" list. */
function addressLines(text: string): string[] {
  const lines: string[] = [];
  for (const m of text.matchAll(/Kính gửi\s*:?\s*([^\n]*)/gu)) lines.push(...m[1].split(/[;,]\s*-?\s*|\s+-\s+/u));
  const copy = /Nơi nhận\s*:?\s*\n([\s\S]*?)(?:\n\s*\n|\n[^-\n][^\n]*$|$)/u.exec(text);
  if (copy) lines.push(...copy[1].split('\n').map((l) => l.replace(/^\s*-\s*/, '')));
  return lines.map((l) => l.trim()).filter(Boolean);
}

function identifySender(
  input: ReplyInput,
  units: ReplyUnit[],
): { unitId: string | null; evidence: ReplyEvidence['sender'] } {
  const from = input.header;
  if (from?.fromOrganId) {
    // Another system names the unit by its mã định danh; congvan itself by the code when no identifier is recorded.
    const byIdentifier = units.filter((u) => u.identifier && u.identifier === from.fromOrganId);
    const unit = byIdentifier.length === 1 ? byIdentifier[0] : units.find((u) => u.code === from.fromOrganId);
    if (unit) return { unitId: unit.id, evidence: { name: from.fromOrganName, source: 'edxml', unitId: unit.id } };
  }
  const printed = printedSender(input.text);
  const name = from?.fromOrganName ?? printed?.name ?? null;
  const source = from?.fromOrganName ? 'edxml' : printed ? 'text' : null;
  if (!name) return { unitId: null, evidence: { name: null, source: null, unitId: null } };
  const key = bodyKey(name);
  let candidates = units.filter((u) => [u.name, ...u.aliases].some((n) => bodyKey(n) === key));
  if (candidates.length > 1 && printed?.parent) {
    const parent = bodyKey(printed.parent);
    candidates = candidates.filter((u) => u.parentName && namesBody(printed.parent!, [bodyKey(u.parentName)], parent));
  }
  const unitId = candidates.length === 1 ? candidates[0].id : null;
  return { unitId, evidence: { name, source, unitId } };
}

function quoteAround(text: string, c: Citation): string {
  const start = text.lastIndexOf('\n', c.start) + 1;
  const endLine = text.indexOf('\n', c.end);
  return text.slice(start, endLine < 0 ? text.length : endLine).slice(0, 400);
}

function codes(input: ReplyInput): string[] {
  return (input.header?.responseFor ?? []).map((r) => `${r.number ?? ''}-${r.symbol ?? ''}`);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
