import { isCatchAll, tidyAssignees, withoutHonorific } from './assignee-tidy.js';

describe('withoutHonorific', () => {
  it('drops the form of address before an office holder title (dev bldtbxh-2019-07, luongminh-2025-11)', () => {
    expect(withoutHonorific('các đồng chí Giám đốc Sở')).toBe('Giám đốc Sở');
    expect(withoutHonorific('Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội')).toBe(
      'Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội',
    );
    expect(withoutHonorific('các đồng chí Trưởng thôn')).toBe('Trưởng thôn');
    expect(withoutHonorific('Đ/c Bí thư Chi bộ')).toBe('Bí thư Chi bộ');
    // samples/bodies bcdcqdp-2025-12 (CV 174/CV-BCĐ): two titles, the first closed by a comma.
    expect(withoutHonorific('các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ')).toBe(
      'Bộ trưởng, Thủ trưởng cơ quan ngang Bộ',
    );
  });

  it('keeps it before a person name and leaves units alone', () => {
    expect(withoutHonorific('đồng chí Nguyễn Văn An')).toBe('đồng chí Nguyễn Văn An');
    expect(withoutHonorific('Sở Y tế')).toBe('Sở Y tế');
  });
});

describe('tidyAssignees', () => {
  it('drops a catch-all when units are named beside it (dev daklak-2025-11, hcm-2025-11)', () => {
    const requirements = [
      { assignees: ['UBND cấp xã', 'các đơn vị có liên quan'] },
      { assignees: ['các sở, ban, ngành Thành phố', 'các cơ quan, tổ chức khác có liên quan'] },
      { assignees: ['các cơ quan, đơn vị liên quan'] },
    ];
    tidyAssignees(requirements);
    expect(requirements.map((r) => r.assignees)).toEqual([
      ['UBND cấp xã'],
      ['các sở, ban, ngành Thành phố'],
      ['các cơ quan, đơn vị liên quan'],
    ]);
  });

  it('tells a catch-all from a group of a kind', () => {
    expect(isCatchAll('các cơ quan, đơn vị, tổ chức, cá nhân liên quan')).toBe(true);
    expect(isCatchAll('các Bộ, ngành liên quan')).toBe(false);
    expect(isCatchAll('Sở Tài chính')).toBe(false);
  });
});

describe('every ministry and locality in general words (dev cp-2026-05-nq-giamdinh-adn-hai-cot-liet-si)', () => {
  it.each([
    ['5.1.c', 'Các bộ, cơ quan trung ương'],
    ['4.3', 'Các cơ quan trung ương và địa phương'],
  ])('leaves %s without an assignee ("%s")', (_ref, unit) => {
    const requirements = [{ assignees: [unit] }];
    tidyAssignees(requirements);
    expect(requirements[0].assignees).toEqual([]);
  });

  it('keeps a named ministry beside them', () => {
    const requirements = [{ assignees: ['Bộ Nội vụ'] }];
    tidyAssignees(requirements);
    expect(requirements[0].assignees).toEqual(['Bộ Nội vụ']);
  });
});
