import type { Reference } from './directive.types.js';
import type { Header } from './parse-header.js';
import { parseReferences } from './parse-references.js';
import type { Line } from './text-utils.js';

/** "Căn cứ ..." opening a decision's preamble inside a line the header took. */
const PREAMBLE = /(?:^|\s)[-–]?\s*Căn cứ\s/u;

/**
 * What the document acts on, read before its body: a document named in the subject ("V/v triển khai Kế hoạch số ..."),
 * and the preamble of a page flattened onto its header lines ("... QUYẾT ĐỊNHVề việc ban hành ... BAN BÍ THƯ TRUNG ƯƠNG
 * ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn ...; - Căn cứ Quy chế ... ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày
 * 22/02/2013 ...", dev twdoan-2013-10-qd-banhanh-vanban): both are the basis, listed first.
 */
export function headerReferences(header: Header, lines: Line[]): Reference[] {
  const preamble = [...header.consumed]
    .sort((a, b) => a - b)
    .map((i) => lines[i]?.text ?? '')
    .filter((text) => text.length > 200 && PREAMBLE.test(text))
    .map((text) => ({ text: text.slice(PREAMBLE.exec(text)!.index).replace(/^\s*[-–]?\s*/u, '') }));
  const named = parseReferences(header.subject ? [{ text: header.subject }] : []);
  return [...named, ...parseReferences(preamble)].map((r) => ({ ...r, role: 'basis' as const }));
}
