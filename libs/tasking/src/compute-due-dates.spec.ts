import { computeDueDates, durationDays } from './compute-due-dates.js';

const context = { issuedOn: '2024-08-05', receivedOn: '2024-08-07', horizonEnd: '2024-12-31' };

describe('computeDueDates', () => {
  it.each([
    ['trước ngày 25/01/2024', '2024-01-25', '2024-01-24'],
    ['chậm nhất ngày 13.12.2007', '2007-12-13', '2007-12-13'],
    ['vào ngày 15/9/2024', '2024-09-15', '2024-09-15'],
  ])('reads "%s" as due on the right last day', (text, date, dueOn) => {
    expect(computeDueDates({ kind: 'absolute', date, text }, context)).toEqual([
      { dueOn, occurrence: null, deadlineText: text },
    ]);
  });

  it('counts "trong vòng 07 ngày kể từ ngày nhận" from receipt', () => {
    expect(
      computeDueDates(
        { kind: 'relative', offset: 'P7D', anchor: 'receipt', text: 'trong vòng 07 ngày kể từ ngày nhận' },
        context,
      ),
    ).toEqual([{ dueOn: '2024-08-14', occurrence: null, deadlineText: 'trong vòng 07 ngày kể từ ngày nhận' }]);
  });

  it('counts a relative deadline from issue when it says so', () => {
    expect(
      computeDueDates({ kind: 'relative', offset: 'P10D', anchor: 'issue', text: '10 ngày kể từ ngày ký' }, context)[0]
        .dueOn,
    ).toBe('2024-08-15');
  });

  // Offsets read from the corpus: P30D of "Trong thời hạn 30 ngày làm việc kể từ khi nhận được đầy đủ tờ trình"
  // (dev), P1M of "trong vòng 01 tháng kể từ ngày nhận", PT48H of "trong 24-48 giờ sau khi nước rút".
  it('counts "ngày làm việc" Monday to Friday', () => {
    const text = 'trong thời hạn 03 ngày làm việc kể từ ngày nhận';
    // Received Wednesday 7 August 2024: Thursday, Friday, Monday.
    expect(computeDueDates({ kind: 'relative', offset: 'P3D', anchor: 'receipt', text }, context)[0].dueOn).toBe(
      '2024-08-12',
    );
  });

  it("counts months to the same day of the month, or that month's last day", () => {
    const text = 'trong vòng 01 tháng kể từ ngày nhận';
    expect(computeDueDates({ kind: 'relative', offset: 'P1M', anchor: 'receipt', text }, context)[0].dueOn).toBe(
      '2024-09-07',
    );
    expect(
      computeDueDates(
        { kind: 'relative', offset: 'P1M', anchor: 'receipt', text },
        { ...context, receivedOn: '2025-01-31' },
      )[0].dueOn,
    ).toBe('2025-02-28');
  });

  it('counts hours from receipt to the day they run out', () => {
    const text = 'trong vòng 24 giờ kể từ khi nhận';
    expect(computeDueDates({ kind: 'relative', offset: 'PT24H', anchor: 'receipt', text }, context)[0].dueOn).toBe(
      '2024-08-08',
    );
  });

  it('gives no due date to a deadline counted from an event the register does not date', () => {
    const afterFlood = {
      kind: 'relative',
      offset: 'PT48H',
      anchor: 'floodwater-recession',
      text: 'trong 24-48 giờ sau khi nước rút',
    } as const;
    const afterMeeting = {
      kind: 'relative',
      offset: 'P1D',
      anchor: 'meeting',
      text: 'ngay sau khi tổ chức hội nghị 01 ngày',
    } as const;
    expect(computeDueDates(afterFlood, context)).toEqual([]);
    expect(computeDueDates(afterMeeting, context)).toEqual([]);
  });

  it('gives "trước ngày 29 hằng tháng" one due date per month, the day before the 29th', () => {
    const dates = computeDueDates(
      { kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=29', text: 'trước ngày 29 hằng tháng' },
      context,
    );
    expect(dates.map((d) => [d.occurrence, d.dueOn])).toEqual([
      ['2024-08-29', '2024-08-28'],
      ['2024-09-29', '2024-09-28'],
      ['2024-10-29', '2024-10-28'],
      ['2024-11-29', '2024-11-28'],
      ['2024-12-29', '2024-12-28'],
    ]);
  });

  it('gives "03 tháng/lần" an occurrence every third month from receipt', () => {
    const dates = computeDueDates(
      { kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=3', text: '03 tháng/lần' },
      context,
    );
    expect(dates.map((d) => d.dueOn)).toEqual(['2024-08-07', '2024-11-07']);
  });

  it('returns nothing for a deadline without a usable value (never guesses)', () => {
    expect(computeDueDates({ kind: 'absolute', text: 'sớm' }, context)).toEqual([]);
    expect(computeDueDates({ kind: 'relative', offset: 'P1Y2D', text: '1 năm 2 ngày' }, context)).toEqual([]);
  });
});

describe('durationDays', () => {
  it.each([
    ['P7D', 7],
    ['P2W', 14],
    ['P1W3D', 10],
    ['P1M', null],
    ['', null],
  ])('%s → %s', (duration, days) => expect(durationDays(duration)).toBe(days));
});
