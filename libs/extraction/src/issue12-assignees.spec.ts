import { headingUnits } from './lead-in-units.js';

// Issue 12: assignee and route error shapes found on the dev split, one real sentence each (dev id in the test).

describe('a lead-in to every minister and province names no assignee', () => {
  // dev cp-2026-04-nq-tthc-bgddt Điều 4.1 (corpus README, wave 21: "Lead-ins naming the ministers alone").
  it('"Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, ... theo thẩm quyền:" gives its items none', () => {
    expect(
      headingUnits(
        '1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương theo thẩm quyền:',
      ),
    ).toEqual([]);
  });

  it('the ministers alone stay a group as written', () => {
    expect(headingUnits('1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ:')).toEqual([
      'Bộ trưởng, Thủ trưởng cơ quan ngang bộ',
    ]);
  });
});
