import { planHorizonExtension, seriesKey, type DispatchedDirective } from './plan-horizon-extension.js';
import { planTasks, type DirectiveForTasks } from './plan-tasks.js';

const wards = ['w1', 'w2'];
const schools = ['s1'];
const recipients = [
  { line: 'Chủ tịch UBND các phường thuộc quận', unitIds: wards },
  { line: 'Hiệu trưởng các trường THCS công lập thuộc quận', unitIds: schools },
];
const unitsOf = (phrase: string) => new Set(/trường/i.test(phrase) ? schools : /phường/i.test(phrase) ? wards : []);

const directive: DirectiveForTasks = {
  date: '2024-01-10',
  requirements: [
    {
      ref: '1',
      text: 'Rà soát, đổi mật khẩu',
      deadlines: [{ kind: 'absolute', date: '2024-01-25', text: 'trước ngày 25/01/2024' }],
      assignees: [],
      reportTo: [],
    },
    {
      ref: '2',
      text: 'Báo cáo kết quả hằng tháng',
      deadlines: [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25', text: 'trước ngày 25 hằng tháng' }],
      assignees: [],
      reportTo: [{ target: 'phòng Nội vụ', forGroups: [] }],
    },
    {
      ref: '3',
      text: 'Các trường báo cáo sĩ số',
      deadlines: [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=5', text: 'chậm nhất ngày 05 hằng tháng' }],
      assignees: ['các trường THCS'],
      reportTo: [],
    },
  ],
};

/** What dispatch on 2024-01-16 created (horizon 92 days: up to 2024-04-17), read back as the job reads it. */
function dispatchedOn16January(): DispatchedDirective {
  const created = planTasks(directive, recipients, unitsOf, {
    issuedOn: '2024-01-10',
    receivedOn: '2024-01-16',
    horizonEnd: '2024-04-17',
  }).tasks;
  const lastOccurrences = new Map<string, string>();
  for (const task of created) {
    const key = seriesKey(task.requirementRef, task.unitId);
    if (task.occurrence > (lastOccurrences.get(key) ?? '')) lastOccurrences.set(key, task.occurrence);
  }
  return { dispatchedOn: '2024-01-16', issuedOn: '2024-01-10', recipients, lastOccurrences };
}

describe('planHorizonExtension', () => {
  it('plans nothing while the horizon has not moved past the last occurrence', () => {
    expect(planHorizonExtension(directive, dispatchedOn16January(), unitsOf, '2024-04-17')).toEqual([]);
    expect(planHorizonExtension(directive, dispatchedOn16January(), unitsOf, '2024-04-24')).toEqual([]);
  });

  it('adds the 25 April occurrence of "trước ngày 25 hằng tháng" for every ward and school once the horizon reaches it, due the day before', () => {
    const planned = planHorizonExtension(directive, dispatchedOn16January(), unitsOf, '2024-04-25');
    expect(planned.map((t) => [t.requirementRef, t.unitId, t.occurrence, t.dueOn])).toEqual([
      ['2', 'w1', '2024-04-25', '2024-04-24'],
      ['2', 'w2', '2024-04-25', '2024-04-24'],
      ['2', 's1', '2024-04-25', '2024-04-24'],
    ]);
    expect(planned[0]).toMatchObject({
      recipientLine: 'Chủ tịch UBND các phường thuộc quận',
      reportTo: ['phòng Nội vụ'],
      deadlineText: 'trước ngày 25 hằng tháng',
    });
  });

  it('keeps a requirement to its assignees and never plans one-off tasks again', () => {
    const planned = planHorizonExtension(directive, dispatchedOn16January(), unitsOf, '2024-05-31');
    expect(planned.filter((t) => t.requirementRef === '3').map((t) => [t.unitId, t.occurrence, t.dueOn])).toEqual([
      ['s1', '2024-05-05', '2024-05-05'],
    ]);
    expect(planned.some((t) => t.requirementRef === '1')).toBe(false);
    expect(planned.filter((t) => t.requirementRef === '2').map((t) => t.occurrence)).toEqual([
      '2024-04-25',
      '2024-05-25',
      '2024-04-25',
      '2024-05-25',
      '2024-04-25',
      '2024-05-25',
    ]);
  });

  it('catches up every missed occurrence after days without a run, and gives a unit with no occurrence yet all of them since dispatch', () => {
    const dispatched = dispatchedOn16January();
    const lastOccurrences = new Map(dispatched.lastOccurrences);
    lastOccurrences.delete(seriesKey('2', 'w2'));
    const planned = planHorizonExtension(directive, { ...dispatched, lastOccurrences }, unitsOf, '2024-06-30');
    expect(planned.filter((t) => t.requirementRef === '2' && t.unitId === 'w1').map((t) => t.occurrence)).toEqual([
      '2024-04-25',
      '2024-05-25',
      '2024-06-25',
    ]);
    expect(planned.filter((t) => t.requirementRef === '2' && t.unitId === 'w2').map((t) => t.occurrence)).toEqual([
      '2024-01-25',
      '2024-02-25',
      '2024-03-25',
      '2024-04-25',
      '2024-05-25',
      '2024-06-25',
    ]);
  });
});
