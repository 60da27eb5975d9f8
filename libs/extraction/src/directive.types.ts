/** The Directive JSON (shared/contracts/directive.schema.json). */
export interface Deadline {
  kind: 'absolute' | 'recurring' | 'relative';
  date?: string;
  rrule?: string;
  offset?: string;
  anchor?: string;
  text: string;
}

export interface ReportRoute {
  target: string;
  forGroups: string[];
}

export interface Requirement {
  ref: string;
  text: string;
  deadlines: Deadline[];
  assignees: string[];
  reportTo: ReportRoute[];
}

export interface Reference {
  kind: string | null;
  number: string;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  role: 'basis' | 'cited';
}

export interface Signer {
  authority: string | null;
  body: string | null;
  title: string | null;
  name: string | null;
}

export interface Directive {
  system: 'state' | 'party';
  docType: string;
  issuer: { parent: string | null; name: string };
  number: string | null;
  symbol: string | null;
  place: string | null;
  date: string | null;
  subject: string | null;
  recipients: string[];
  references: Reference[];
  requirements: Requirement[];
  deadlines: Deadline[];
  distribution: string[];
  signer: Signer;
}

export interface FieldEvidence {
  /** 0..1: how sure the extractor is of the value. */
  confidence: number;
  /** Character offsets into the input text, for highlighting; null when the field was not found. */
  span: { start: number; end: number } | null;
}

export interface ExtractionResult {
  directive: Directive;
  evidence: Record<string, FieldEvidence>;
  warnings: string[];
}
