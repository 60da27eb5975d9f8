/** The namespace every element of an edXML package belongs to (QCVN 102:2016/BTTTT). */
export const EDXML_NAMESPACE = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';

export interface EdxmlOrgan {
  organId: string | null;
  organName: string | null;
  /** Cơ quan chủ quản. */
  organizationInCharge: string | null;
}

export interface EdxmlResponseFor {
  organId: string | null;
  /** As sent, e.g. "1100-CV/HU" or "15/UBND-NV". */
  code: string | null;
  number: string | null;
  symbol: string | null;
  /** YYYY-MM-DD. */
  promulgationDate: string | null;
  documentId: string | null;
}

export interface EdxmlTrace {
  organId: string | null;
  /** ISO date-time as sent. */
  timestamp: string | null;
}

/** What the MessageHeader and TraceHeaderList of a package say, values normalised (dates ISO, NFC). */
export interface EdxmlHeader {
  from: EdxmlOrgan;
  to: EdxmlOrgan[];
  /** The number alone ("1100"), split from the notation even when the gateway sent "1100-CV/HU". */
  number: string | null;
  /** The notation alone ("CV/HU", "UBND-NV"). */
  symbol: string | null;
  /** 'party' when the code is in the Party form (number-notation, notation with a slash). */
  system: 'state' | 'party' | null;
  place: string | null;
  /** PromulgationDate, YYYY-MM-DD. */
  date: string | null;
  documentType: { type: string | null; typeDetail: string | null; typeName: string | null };
  subject: string | null;
  signer: { competence: string | null; position: string | null; fullName: string | null };
  /** DueDate, YYYY-MM-DD. */
  dueDate: string | null;
  toPlaces: string[];
  /** OtherInfo/Priority: 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ. */
  priority: number | null;
  responseFor: EdxmlResponseFor[];
  documentId: string | null;
  traces: EdxmlTrace[];
}

export interface EdxmlAttachment {
  contentId: string | null;
  name: string;
  /** As declared by the sender; the importer checks the bytes itself. */
  declaredType: string | null;
  bytes: Buffer;
  /** True when the content was a zip archive around the file. */
  zipped: boolean;
}

export interface EdxmlPackage {
  header: EdxmlHeader;
  attachments: EdxmlAttachment[];
  /** 'soap' when the envelope came inside a SOAP Envelope/Body, else 'bare'. */
  wrapper: 'soap' | 'bare';
}

export interface EdxmlLimits {
  /** Largest package accepted, in bytes. */
  maxBytes: number;
  /** Largest attachment after decoding (and unzipping). */
  maxAttachmentBytes: number;
  maxAttachments: number;
}
