/**
 * Assignees on requirement items mined from real directives outside samples/corpus (mined-assignees.cases.ts): each case
 * is read in a minimal letter, and each expected item's assignees are checked against what the corpus README gives.
 */
import { canonicaliseTones } from '@congvan/common';
import { findAssignees } from './assignees.js';
import { splitUnits } from './unit-lists.js';
import { headingUnits } from './lead-in-units.js';
import { MINED, minedAssignees } from './__fixtures__/mined-assignees.cases.js';

describe('assignees of items mined from directives outside the corpus', () => {
  for (const c of MINED) {
    const checked = c.expected.filter(([start]) => !c.gaps?.[start]);
    it(`${c.source}: ${checked.length} items`, () => {
      const found = minedAssignees(c).filter(([start]) => !c.gaps?.[start]);
      expect(found).toEqual(checked.map(([start, units]) => [start, units.map((u) => canonicaliseTones(u))]));
    });
  }
});

describe('the phrases that keep the rules above from reading too much', () => {
  it('"giao trách nhiệm cho" among an unnamed actor\'s acts names no actor (dev quangngai-2025-11-qd-kehoach-kiemke-taisancong IV.1.1.3)', () => {
    expect(
      findAssignees(
        'Phân công, chỉ đạo, giao trách nhiệm cho các thành viên Ban Chỉ đạo, Lãnh đạo các sở, ngành liên quan thực hiện nhiệm vụ tổng kiểm kê tài sản',
      ),
    ).toEqual([]);
    // The issuer's own assignment after ";" still names the lead.
    expect(findAssignees('Xây dựng quy chế phối hợp; giao trách nhiệm cho Sở Tư pháp chủ trì thực hiện')).toEqual([
      'Sở Tư pháp',
    ]);
  });

  it('what "đã được giao cho" a body is no request to it (dev quangtri-2025-11-chithi-lanchiem-rung 1.3)', () => {
    expect(
      findAssignees(
        'Tiếp tục chỉ đạo phòng chuyên môn rà soát các trường hợp đã được cấp giấy chứng nhận quyền sử dụng đất có chồng lấn với diện tích đã được giao cho các đơn vị chủ rừng quản lý để thu hồi',
      ),
    ).toEqual([]);
  });

  it('a plural head shares its names only when they are bare names ("Các Sở Y tế, Công an tỉnh" stays two)', () => {
    expect(splitUnits('Các Bộ Quốc phòng, Công an')).toEqual(['Các Bộ Quốc phòng, Công an']);
    expect(splitUnits('Các Sở Y tế, Công an tỉnh')).toEqual(['Các Sở Y tế', 'Công an tỉnh']);
  });

  it('a capitalised act in mid-sentence ends a name only when it never names a body ("Trung tâm Phối hợp tìm kiếm")', () => {
    expect(findAssignees('Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam chủ trì tổ chức diễn tập')).toEqual([
      'Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam',
    ]);
  });

  it('two judicial bodies in one heading are two units (dev cantho-2025-11-kehoach-phongchong-matuy IV.14)', () => {
    expect(headingUnits('14. Đề nghị Viện kiểm sát nhân dân thành phố, Tòa án nhân dân thành phố')).toEqual([
      'Viện kiểm sát nhân dân thành phố',
      'Tòa án nhân dân thành phố',
    ]);
  });

  it('a youth union and a portal after a comma start units of their own (Quyết định 2954/QĐ-UBND Sơn La, V.8-9)', () => {
    expect(
      headingUnits(
        '8. Đề nghị Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh, Hiệp hội doanh nghiệp tỉnh',
      ),
    ).toEqual([
      'Liên minh Hợp tác xã tỉnh',
      'Đoàn TNCS Hồ Chí Minh tỉnh',
      'Hội nông dân tỉnh',
      'Hiệp hội doanh nghiệp tỉnh',
    ]);
    expect(headingUnits('9. Báo và phát thanh, truyền hình Sơn La, Cổng thông tin điện tử tỉnh')).toEqual([
      'Báo và phát thanh, truyền hình Sơn La',
      'Cổng thông tin điện tử tỉnh',
    ]);
  });

  it('"Khuyến khích" before a named body asks it to act; before "các doanh nghiệp" it states a policy', () => {
    // Kế hoạch 179/KH-UBND Đồng Nai, VI.16 and VI.17 (wave 15 of samples/bodies).
    expect(
      findAssignees(
        'Khuyến khích Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai chỉ đạo hệ thống tổ chức đoàn cơ sở các cấp cử đầu mối tới tận cấp xã.',
      ),
    ).toEqual(['Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai']);
    expect(
      findAssignees(
        'Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã xây dựng kế hoạch hành động.',
      ),
    ).toEqual(['Liên đoàn Lao động tỉnh', 'Hội Nông dân tỉnh', 'Liên minh Hợp tác xã']);
    // Dev hanoi-2025-11-kehoach-5g-iot-khucongnghiep III.4.c.
    expect(
      findAssignees('Khuyến khích doanh nghiệp đầu tư hạ tầng 5G, IoT theo mô hình hợp tác công- tư PPP.'),
    ).toEqual([]);
  });

  it('a youth union named alone heads its items; "tuân thủ" ends a subject (wave 15 of samples/bodies)', () => {
    // Kế hoạch 144/KH-UBND Bắc Ninh, VI.14.
    expect(headingUnits('14. Tỉnh đoàn')).toEqual(['Tỉnh đoàn']);
    // Quyết định 2530/QĐ-TTg, IV.2.o.
    expect(
      findAssignees(
        'Các cơ sở sản xuất tuân thủ nghiêm các quy định của pháp luật về bảo vệ môi trường, kiểm soát khí thải từ hoạt động sản xuất.',
      ),
    ).toEqual(['Các cơ sở sản xuất']);
  });
});
