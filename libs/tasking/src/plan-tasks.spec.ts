import { planTasks, type DirectiveForTasks } from './plan-tasks.js';

const context = { issuedOn: null, receivedOn: '2024-01-16', horizonEnd: '2024-03-31' };
const wards = ['w1', 'w2', 'w3'];
const schools = ['s1', 's2'];
const recipients = [
  { line: 'Chủ tịch UBND 21 phường thuộc quận', unitIds: wards },
  { line: 'Hiệu trưởng các trường MN, TH, THCS công lập thuộc quận', unitIds: schools },
];
const unitsOf = (phrase: string) => new Set(/trường/i.test(phrase) ? schools : /phường/i.test(phrase) ? wards : []);

function directive(requirements: DirectiveForTasks['requirements']): DirectiveForTasks {
  return { date: '2024-01', requirements };
}

describe('planTasks', () => {
  it('makes one task per requirement and recipient unit, due the day before "trước ngày 25/01/2024"', () => {
    const plan = planTasks(
      directive([
        {
          ref: '1.4',
          text: 'Gửi báo cáo kết quả',
          deadlines: [{ kind: 'absolute', date: '2024-01-25', text: 'trước ngày 25/01/2024' }],
          assignees: [],
          reportTo: [{ target: 'UBND quận (qua phòng Nội vụ)', forGroups: [] }],
        },
      ]),
      recipients,
      unitsOf,
      context,
    );
    expect(plan.tasks).toHaveLength(5);
    expect(
      plan.tasks.every(
        (t) => t.dueOn === '2024-01-24' && t.occurrence === '' && t.reportTo[0] === 'UBND quận (qua phòng Nội vụ)',
      ),
    ).toBe(true);
    expect(plan.tasks.find((t) => t.unitId === 's1')?.recipientLine).toMatch(/^Hiệu trưởng/);
  });

  it('creates an occurrence per month for "trước ngày 29 hằng tháng" and routes schools to their own mailbox', () => {
    const plan = planTasks(
      directive([
        {
          ref: '2',
          text: 'Gửi kết quả đánh giá hằng tháng',
          deadlines: [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=29', text: 'trước ngày 29 hằng tháng' }],
          assignees: [],
          reportTo: [
            { target: 'pnv.dongda@hanoi.gov.vn', forGroups: [] },
            { target: 'hòm thư phòng Giáo dục và Đào tạo', forGroups: ['các trường Mầm non, Tiểu học, THCS'] },
          ],
        },
      ]),
      recipients,
      unitsOf,
      context,
    );
    expect(plan.tasks.filter((t) => t.unitId === 'w1').map((t) => t.dueOn)).toEqual([
      '2024-01-28',
      '2024-02-28',
      '2024-03-28',
    ]);
    expect(plan.tasks.find((t) => t.unitId === 's2')?.reportTo).toEqual([
      'pnv.dongda@hanoi.gov.vn',
      'hòm thư phòng Giáo dục và Đào tạo',
    ]);
    expect(plan.tasks.find((t) => t.unitId === 'w2')?.reportTo).toEqual(['pnv.dongda@hanoi.gov.vn']);
  });

  it('narrows a requirement to its assignees and warns when they match no recipient', () => {
    const plan = planTasks(
      directive([
        { ref: '1', text: 'Các trường rà soát', deadlines: [], assignees: ['Các trường học'], reportTo: [] },
        { ref: '2', text: 'Hội phụ nữ báo cáo', deadlines: [], assignees: ['Hội Liên hiệp Phụ nữ'], reportTo: [] },
      ]),
      recipients,
      unitsOf,
      context,
    );
    expect(plan.tasks.map((t) => [t.requirementRef, t.unitId, t.dueOn])).toEqual([
      ['1', 's1', null],
      ['1', 's2', null],
    ]);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]).toMatch(/Yêu cầu 2/);
  });

  it('lists a unit named on two recipient lines once', () => {
    const plan = planTasks(
      directive([{ ref: '1', text: 'x', deadlines: [], assignees: [], reportTo: [] }]),
      [...recipients, { line: 'Phường 1', unitIds: ['w1'] }],
      unitsOf,
      context,
    );
    expect(plan.tasks.filter((t) => t.unitId === 'w1')).toHaveLength(1);
  });
});
