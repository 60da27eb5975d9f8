/**
 * The mined requirement items (mined-assignee-documents.ts, mined-assignee-sentences.ts) and how they are read: a
 * document's lines in a minimal letter through extractDirective, a lifted sentence through findAssignees alone.
 */
import { canonicaliseTones } from '@congvan/common';
import { findAssignees } from '../assignees.js';
import { extractDirective } from '../extract-directive.js';
import { DOCUMENTS, type MinedCase } from './mined-assignee-documents.js';
import { SENTENCES } from './mined-assignee-sentences.js';

export type { MinedCase };
/** Every mined case: items in their document's layout, then sentences read alone. */
export const MINED: MinedCase[] = [...DOCUMENTS, ...SENTENCES];

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH BẮC NINH',
  'Số: 4321/UBND-TH',
  'Bắc Ninh, ngày 25 tháng 11 năm 2025',
  'V/v triển khai',
];
const TAIL = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A'];

/** The assignees of each expected item, found by the start of its text; null when no requirement holds that text. */
export function minedAssignees(c: MinedCase): Array<[string, string[] | null]> {
  if (c.direct)
    return c.expected.map(([start], i) => [start, findAssignees(c.lines[i]).map((u) => canonicaliseTones(u))]);
  const to = c.to ?? ['Các sở, ban, ngành tỉnh;', 'UBND các xã, phường.'];
  const text = [...HEAD, 'Kính gửi:', ...to.map((t) => `- ${t}`), '', ...c.lines, '', ...TAIL].join('\n');
  const requirements = extractDirective(text).directive.requirements;
  const used = new Set<number>();
  return c.expected.map(([start]) => {
    const i = requirements.findIndex((r, k) => !used.has(k) && r.text.replace(/\s+/gu, ' ').includes(start));
    if (i < 0) return [start, null];
    used.add(i);
    return [start, requirements[i].assignees.map((u) => canonicaliseTones(u))];
  });
}
