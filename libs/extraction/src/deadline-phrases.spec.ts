/**
 * The mined deadline sentences of __fixtures__/deadline-phrases.ts (published texts outside the corpus), each read alone
 * by the deadline parser with its document's year, its wrapped lines joined as the body parser joins them.
 */
import { readFileSync } from 'node:fs';
import { MINED_DEADLINES } from './__fixtures__/deadline-phrases.js';
import { extractDirective } from './extract-directive.js';
import { parseDeadlines } from './parse-deadlines.js';

/** The body parser joins a paragraph's wrapped lines before it asks for deadlines: so does this reading. */
const keys = (text: string, year: string) =>
  parseDeadlines(text.replace(/\s*\n\s*/gu, ' '), year).map(
    (d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`,
  );

const named = (phrases: typeof MINED_DEADLINES) =>
  phrases.map((p) => [`${p.source}: ${p.text.replace(/\s+/g, ' ').slice(0, 90)}`, p] as const);

describe('deadline sentences mined from texts outside the corpus', () => {
  it.each(named(MINED_DEADLINES))('%s', (_name, p) => {
    expect(keys(p.text, p.year)).toEqual(p.expected);
  });
});

describe('a whole letter outside the corpus', () => {
  it('Công văn 6278/BVHTTDL-VP (tnt305/tai_lieu_noi_bo 7f6efa59099bb33b.md, cut, bold marks kept): its five deadlines, no more', () => {
    const text = readFileSync(new URL('./__fixtures__/cv6278-bvhttdl-2025.txt', import.meta.url), 'utf8');
    // Not the cited Công điện's date, nor the background's "hạn hoàn thành năm 2025" or "từ giờ đến cuối năm".
    expect(extractDirective(text).directive.deadlines.map((d) => d.date)).toEqual([
      '2025-12-31',
      '2026-12-31',
      '2026-03-31',
      '2025-12-15',
      '2025-11-30',
    ]);
  });
});
