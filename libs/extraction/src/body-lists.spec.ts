/**
 * "A list of bodies is one entry per body" (corpus README, settled 3 December 2026): a list of distinct bodies or office
 * holders as actors is one assignee (or route) per body, as written, cut at the ",", ";" or "và" where the next body or
 * office begins; not inside one body's name, not between kinds under one head, not inside a colon list of members.
 */
import { unitsOf } from './assignee-subjects.js';
import { findAssignees } from './assignees.js';
import { headingUnits } from './lead-in-units.js';
import { reportRoutes } from './report-routes.js';
import { splitUnits } from './unit-lists.js';

const targets = (text: string) => reportRoutes(text).map((r) => r.target);

describe('a list of bodies is one entry per body: the ruling’s own examples', () => {
  it.each([
    ['Bộ Y tế, Bộ Tài chính', ['Bộ Y tế', 'Bộ Tài chính']],
    [
      'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố',
      ['Bộ trưởng', 'Thủ trưởng cơ quan ngang bộ', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố'],
    ],
    ['Hội đồng nhân dân, Ủy ban nhân dân tỉnh Lào Cai', ['Hội đồng nhân dân', 'Ủy ban nhân dân tỉnh Lào Cai']],
    [
      'Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Ngãi, Gia Lai',
      ['Bí thư tỉnh ủy', 'Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Ngãi, Gia Lai'],
    ],
    ['Chính phủ, Thủ tướng Chính phủ', ['Chính phủ', 'Thủ tướng Chính phủ']],
  ])('%s', (text, expected) => {
    expect(splitUnits(text)).toEqual(expected);
  });

  it.each([
    'Sở Văn hóa, Thể thao và Du lịch',
    'Báo và Phát thanh, Truyền hình tỉnh',
    'UBND các xã, phường, thị trấn',
    'các sở, ban, ngành',
    'Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ',
    'Các Bộ: Quốc phòng, Công an',
    'Bộ trưởng các Bộ: Quốc phòng, Công an',
    'Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh, Phú Thọ',
    'Chủ tịch Hội đồng quản trị, Tổng Giám đốc Ngân hàng Chính sách xã hội',
  ])('one entry: %s', (text) => {
    expect(splitUnits(text)).toEqual([text]);
  });
});

describe('a list of bodies is one entry per body: dev sentences', () => {
  it('cuts the ministers’ formula per office, keeping the kinds under one "Thủ trưởng" (dev vpcp-2025-11-chongbuonlau-tet 1, ttg-2025-11-congdien-thidua-caodiem 3)', () => {
    expect(
      findAssignees(
        'Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung chỉ đạo',
      ),
    ).toEqual([
      'Bộ trưởng các Bộ',
      'Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    ]);
    expect(unitsOf('Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ')).toEqual([
      'Bộ trưởng',
      'Thủ trưởng cơ quan ngang bộ',
      'Thủ trưởng cơ quan thuộc Chính phủ',
    ]);
  });

  it('cuts the offices before a colon list and keeps its members, up to a lower-case group after "và" (dev ttg-2025-11-congdien-khacphuc-namtrungbo 1, ttg-2025-11-congdien-lu-khanhhoa-daklak-gialai 1)', () => {
    expect(
      splitUnits('Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng'),
    ).toEqual(['Bí thư tỉnh ủy', 'Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng']);
    expect(
      splitUnits(
        'Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, ngành',
      ),
    ).toEqual([
      'Bí thư tỉnh ủy',
      'Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai',
      'lãnh đạo các Bộ, ngành',
    ]);
  });

  it('cuts a heading’s offices (dev cp-2026-04-nq-tthc-bnnmt Điều 4.1, cantho-2025-11-chithi-nuocduoidat 8)', () => {
    expect(headingUnits('1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ:')).toEqual([
      'Bộ trưởng',
      'Thủ trưởng cơ quan ngang bộ',
    ]);
    expect(headingUnits('8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành')).toEqual([
      'Giám đốc Sở',
      'Thủ trưởng cơ quan, ban, ngành',
    ]);
  });

  it('cuts routes, a closing channel staying with the last (dev btctw-2025-11-huongdan-quydinh377-canbo IV.2.1.2, daklak-2025-11-chithi-thamdinh-dautu III.1)', () => {
    expect(targets('gửi văn bản báo cáo Bộ Chính trị, Ban Bí thư (qua Ban Tổ chức Trung ương)')).toEqual([
      'Bộ Chính trị',
      'Ban Bí thư (qua Ban Tổ chức Trung ương)',
    ]);
    expect(
      targets('kịp thời báo cáo UBND tỉnh, Chủ tịch UBND tỉnh (thông qua Sở Tài chính) để xem xét, giải quyết.'),
    ).toEqual(['UBND tỉnh', 'Chủ tịch UBND tỉnh (thông qua Sở Tài chính)']);
  });
});

describe('a list of bodies is one entry per body: paraphrases', () => {
  it.each([
    [
      'Giám đốc Sở Nội vụ, Chánh Văn phòng Ủy ban nhân dân tỉnh và Trưởng Ban Dân tộc',
      ['Giám đốc Sở Nội vụ', 'Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Trưởng Ban Dân tộc'],
    ],
    [
      'Bí thư Đảng ủy và Chủ tịch UBND các xã: Tân Phú, Hòa Bình',
      ['Bí thư Đảng ủy', 'Chủ tịch UBND các xã: Tân Phú, Hòa Bình'],
    ],
    [
      'Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Công an và Chủ tịch Ủy ban nhân dân các tỉnh: Sơn La, Lào Cai',
      ['Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Công an', 'Chủ tịch Ủy ban nhân dân các tỉnh: Sơn La, Lào Cai'],
    ],
    [
      'Chủ tịch Ủy ban nhân dân các tỉnh: Điện Biên, Lai Châu và Sở Y tế',
      ['Chủ tịch Ủy ban nhân dân các tỉnh: Điện Biên, Lai Châu', 'Sở Y tế'],
    ],
    ['Các Bộ: Quốc phòng và Công an', ['Các Bộ: Quốc phòng và Công an']],
  ])('%s', (text, expected) => {
    expect(splitUnits(text)).toEqual(expected);
  });

  it('cuts a heading of two offices, not one person’s two titles', () => {
    expect(headingUnits('3. Chủ tịch Ủy ban nhân dân xã và Trưởng Công an xã:')).toEqual([
      'Chủ tịch Ủy ban nhân dân xã',
      'Trưởng Công an xã',
    ]);
    expect(headingUnits('2. Đồng chí Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường')).toEqual([
      'Đồng chí Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường',
    ]);
  });

  it.each([
    ['Định kỳ báo cáo Chính phủ, Thủ tướng Chính phủ trước ngày 15 hằng tháng.', ['Chính phủ', 'Thủ tướng Chính phủ']],
    [
      'Tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 30/6.',
      ['Thường trực Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy)'],
    ],
    [
      'Gửi báo cáo về Bộ (qua Vụ Kế hoạch - Tài chính, Cục Người có công) trước ngày 20/12.',
      ['Bộ (qua Vụ Kế hoạch - Tài chính, Cục Người có công)'],
    ],
  ])('route: %s', (text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});

describe('a list of bodies is one entry per body: further office titles and groups', () => {
  it('cuts before "Chủ nhiệm" and "Lãnh đạo" (dev ddqh-2025-01-kehoach-nq57-khcn III.1)', () => {
    expect(
      splitUnits('các Ủy ban của Quốc hội, Chủ nhiệm Văn phòng Quốc hội, Lãnh đạo các cơ quan thuộc Ủy ban UBTVQH'),
    ).toEqual(['các Ủy ban của Quốc hội', 'Chủ nhiệm Văn phòng Quốc hội', 'Lãnh đạo các cơ quan thuộc Ủy ban UBTVQH']);
    expect(splitUnits('Ban Tuyên giáo, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy')).toEqual([
      'Ban Tuyên giáo',
      'Chủ nhiệm Ủy ban Kiểm tra Huyện ủy',
    ]);
  });

  it('cuts a heading at ", các" before a second plural group (dev ddqh-2025-01-kehoach-nq57-khcn II.2.2.p)', () => {
    expect(headingUnits('p) Các Đoàn đại biểu Quốc hội, các đại biểu Quốc hội')).toEqual([
      'Các Đoàn đại biểu Quốc hội',
      'các đại biểu Quốc hội',
    ]);
    expect(headingUnits('4. Các Sở, ban, ngành, các Hội đoàn thể tỉnh')).toEqual([
      'Các Sở, ban, ngành',
      'các Hội đoàn thể tỉnh',
    ]);
  });

  it('cuts two office holders of the same body after "Đồng chí" (dev vpcp-2025-11-tbkl-benhvien-coso2-ninhbinh 2.(2))', () => {
    expect(splitUnits('Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế phụ trách lĩnh vực')).toEqual([
      'Đồng chí Bộ trưởng Bộ Y tế',
      'Thứ trưởng Bộ Y tế phụ trách lĩnh vực',
    ]);
    expect(splitUnits('Đồng chí Giám đốc Sở Tài chính, Phó Giám đốc Sở Tài chính được phân công')).toEqual([
      'Đồng chí Giám đốc Sở Tài chính',
      'Phó Giám đốc Sở Tài chính được phân công',
    ]);
    expect(splitUnits('Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã')).toEqual([
      'Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã',
    ]);
  });

  it('cuts investors, contractors and suppliers after a named group (dev hanoi-2025-11-kehoach-5g-iot-khucongnghiep PL.5)', () => {
    expect(splitUnits('Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư')).toEqual([
      'Doanh nghiệp',
      'nhà cung cấp dịch vụ IoT',
      'nhà đầu tư',
    ]);
    expect(splitUnits('Ban Quản lý dự án tỉnh, nhà thầu thi công')).toEqual([
      'Ban Quản lý dự án tỉnh',
      'nhà thầu thi công',
    ]);
  });
});
