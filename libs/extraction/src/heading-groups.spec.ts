/** Unit headings of a plan's "Tổ chức thực hiện" that name two groups: headings quoted from the dev documents named. */
import { headingUnits } from './lead-in-units.js';

describe('a unit heading naming two groups', () => {
  it('parts a named institute after a group (dev hcm-2025-11-qd-kehoach-csdl-quyhoach)', () => {
    expect(headingUnits('5. Các sở ngành liên quan, Viện Nghiên cứu phát triển Thành phố')).toEqual([
      'Các sở ngành liên quan',
      'Viện Nghiên cứu phát triển Thành phố',
    ]);
  });

  it('parts the catch-all after the group, which the rule on catch-alls beside named units drops later (dev hanoi-2025-11-kehoach-5g-iot-khucongnghiep)', () => {
    expect(headingUnits('5. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan')).toEqual([
      'Các doanh nghiệp viễn thông',
      'tổ chức, cá nhân có liên quan',
    ]);
  });

  it('still parts a committee after a group of departments (dev hanoi-2025-11-kehoach-5g-iot-khucongnghiep)', () => {
    expect(headingUnits('4. Các Sở, ban, ngành của Thành phố, UBND phường, xã')).toEqual([
      'Các Sở, ban, ngành của Thành phố',
      'UBND phường, xã',
    ]);
  });

  it('cuts office holders listed at ", ", one entry per office (dev cantho-2025-11-chithi-nuocduoidat)', () => {
    expect(headingUnits('8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành')).toEqual([
      'Giám đốc Sở',
      'Thủ trưởng cơ quan, ban, ngành',
    ]);
  });
});
