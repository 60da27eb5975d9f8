import type { Deadline, Directive, ExtractionResult } from '@congvan/extraction';
import type { EdxmlHeader } from './edxml.types.js';

/** A field where the package header and the text of its document say different things. */
export interface HeaderDisagreement {
  field: string;
  header: unknown;
  extracted: unknown;
}

export interface HeaderApplied {
  directive: Directive;
  evidence: Record<string, unknown>;
  disagreements: HeaderDisagreement[];
  /** The fields the header filled. */
  fromHeader: string[];
}

const fold = (value: unknown): string =>
  JSON.stringify(value ?? null)
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ');

const AUTHORITY = /^(T\/M|TM\.?|K\/T|KT\.?|T\/L|TL\.?|TUQ\.?|Q\.|Q\/)\s*(.*)$/i;

/** "T/M BAN THƯỜNG VỤ" → { authority: "T/M", body: "BAN THƯỜNG VỤ" }; "Chủ tịch" → no authority. */
export function splitCompetence(competence: string | null): { authority: string | null; body: string | null } {
  if (!competence) return { authority: null, body: null };
  const match = AUTHORITY.exec(competence.trim());
  return match ? { authority: match[1], body: match[2] || null } : { authority: null, body: competence.trim() };
}

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The directive of an edXML document: what its text gave, overridden field by field by what the
 * header says (the sender's system is the authority on its own metadata). Every field where the two
 * differ is listed, so the review screen can show both. Requirements come from the text alone; the
 * header's DueDate becomes a deadline of the directive and of every requirement that has none.
 */
export function applyEdxmlHeader(extracted: ExtractionResult, header: EdxmlHeader): HeaderApplied {
  const directive: Directive = structuredClone(extracted.directive);
  const evidence: Record<string, unknown> = { ...extracted.evidence };
  const disagreements: HeaderDisagreement[] = [];
  const fromHeader: string[] = [];

  const set = <K extends keyof Directive>(field: K, value: Directive[K] | null | undefined, evidenceKey = field) => {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return;
    const before = directive[field];
    const differs = before !== null && before !== undefined && fold(before) !== fold(value);
    const empty = Array.isArray(before) && before.length === 0;
    if (differs && !empty) disagreements.push({ field, header: value, extracted: before });
    directive[field] = value as Directive[K];
    fromHeader.push(field);
    const prior = extracted.evidence[evidenceKey as string];
    evidence[evidenceKey as string] = {
      confidence: 1,
      span: differs ? null : (prior?.span ?? null),
      source: 'edxml',
    };
  };

  set('system', header.system);
  set('docType', header.documentType.typeName);
  if (header.from.organName)
    set('issuer', {
      parent: header.from.organizationInCharge ?? directive.issuer.parent,
      name: header.from.organName,
    });
  set('number', header.number);
  set('symbol', header.symbol);
  set('place', header.place);
  set('date', header.date);
  set('subject', header.subject?.replace(/^V\/v\s*/i, '').trim() || null);
  set('recipients', header.toPlaces);
  const { authority, body } = splitCompetence(header.signer.competence);
  if (header.signer.competence || header.signer.position || header.signer.fullName)
    set('signer', {
      authority: authority ?? (body ? null : directive.signer.authority),
      body: body ?? directive.signer.body,
      title: header.signer.position ?? directive.signer.title,
      name: header.signer.fullName ?? directive.signer.name,
    });

  if (header.dueDate) {
    const due: Deadline = { kind: 'absolute', date: header.dueDate, text: `Hạn xử lý: ${ddmmyyyy(header.dueDate)}` };
    if (!directive.deadlines.some((d) => d.kind === 'absolute' && d.date === header.dueDate))
      directive.deadlines = [...directive.deadlines, due];
    for (const requirement of directive.requirements)
      if (requirement.deadlines.length === 0) requirement.deadlines = [due];
    fromHeader.push('deadlines');
  }
  return { directive, evidence, disagreements, fromHeader };
}
