import type { Deadline, Directive, Requirement } from '@congvan/extraction';
import { deadlineLosses } from './deadline-losses.js';

const by = (date: string): Deadline => ({ kind: 'absolute', date, text: `trước ngày ${date}` });
const requirement = (text: string, deadlines: Deadline[] = []): Requirement => ({
  ref: '1',
  text,
  deadlines,
  assignees: [],
  reportTo: [],
});
const directive = (requirements: Requirement[]) =>
  ({ requirements, deadlines: requirements.flatMap((r) => r.deadlines) }) as unknown as Directive;

describe('deadlineLosses', () => {
  const gold = directive([
    requirement('báo cáo kết quả', [by('2026-03-15')]),
    requirement('rà soát danh sách', [by('2026-03-20')]),
    requirement('tổ chức tập huấn', [by('2026-04-01')]),
    requirement('gửi kế hoạch', [by('2026-05-01')]),
    requirement('tuyên truyền', [by('2026-06-30')]),
  ]);

  it('sorts every gold deadline into exactly one stage', () => {
    const predicted = directive([
      requirement('báo cáo kết quả', [by('2026-03-15')]), // found
      requirement('rà soát danh sách', [by('2026-03-02')]), // misread
      requirement('tổ chức tập huấn', []), // its date sits on 'treo cờ': elsewhere
      requirement('gửi kế hoạch', []), // its date is nowhere: unread
      requirement('treo cờ', [by('2026-04-01'), by('2026-09-02')]), // not in the gold
    ]);
    const pairs: Array<[number, number]> = [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ];
    expect(deadlineLosses(gold, predicted, pairs)).toEqual({
      found: 1,
      missedRequirement: 1,
      misread: 1,
      elsewhere: 1,
      unread: 1,
      unreadAbsolute: 1,
      unreadRelative: 0,
      unreadRecurring: 0,
      onExtraRequirements: 2,
    });
  });

  it('counts a deadline as unread when no requirement carries it', () => {
    const predicted = directive([requirement('báo cáo kết quả')]);
    expect(deadlineLosses(gold, predicted, [[0, 0]])).toMatchObject({ found: 0, unread: 1, missedRequirement: 4 });
  });
});
