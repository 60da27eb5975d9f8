import { findAssignees } from './assignees.js';

/**
 * Where a unit's name ends: words that look like acts inside names (issue 12, generalising the assignee reading). The
 * sentences are dev sentences; the "đoàn" case puts the dev names into the stress check's template.
 */
describe('a verb-like syllable inside a unit name', () => {
  it('"công lập" is a word of the name (dev danang-sgddt-2020-07-phongchong-covid-thi-tnthpt 4)', () => {
    expect(
      findAssignees(
        'Các trường đại học ngoài công lập theo dõi chặt chẽ tình hình cán bộ, giảng viên, sinh viên ngoại tỉnh',
      ),
    ).toEqual(['Các trường đại học ngoài công lập']);
  });

  it('"chương trình" is a noun, not "trình" (dev cp-2026-05-nq-phienhop-thuongky-thang4 PL.22.a)', () => {
    expect(
      findAssignees(
        'Các Bộ chủ chương trình và các bộ, cơ quan trung ương có liên quan nghiêm túc thực hiện các nhiệm vụ đã được giao',
      ),
    ).toEqual(['Các Bộ chủ chương trình', 'các bộ, cơ quan trung ương có liên quan']);
  });

  it('"giáo dục thường xuyên" names a kind of school (dev danang-sgddt-2020-07-phongchong-covid-thi-tnthpt 3.b)', () => {
    expect(
      findAssignees(
        'Hiệu trưởng các trường trung học phổ thông, giám đốc các trung tâm giáo dục thường xuyên có trách nhiệm chỉ đạo rà soát tình hình sức khỏe 100% học sinh',
      ),
    ).toEqual(['Hiệu trưởng các trường trung học phổ thông, giám đốc các trung tâm giáo dục thường xuyên']);
  });

  it('"đoàn" ending a name is no delegation: "Liên chi đoàn", "Công đoàn" (names of dev vinhuni-doan-2019-04-quyengop-congtrinh-thanhnien, lachong-2011-09-gopda-truongsa)', () => {
    expect(findAssignees('Đề nghị Liên chi đoàn khẩn trương rà soát, báo cáo kết quả')).toEqual(['Liên chi đoàn']);
    expect(findAssignees('Công đoàn chủ trì, phối hợp với Đoàn thanh niên tổ chức thực hiện')).toEqual(['Công đoàn']);
    // "Đoàn kiểm tra" is still one name.
    expect(findAssignees('Đoàn kiểm tra tổ chức kiểm tra tại các đơn vị')).toEqual(['Đoàn kiểm tra']);
  });
});

describe('"giới thiệu" as the act', () => {
  it('"Sở ... giới thiệu đối tượng đi giám định" (dev bldtbxh-2012-04-chatdoc-hoahoc-hoso 2.2)', () => {
    expect(
      findAssignees(
        'Sau khi kiểm tra, đối với những hồ sơ đủ điều kiện thì Sở Lao động - Thương binh và Xã hội giới thiệu đối tượng đi giám định (đối với các hồ sơ chưa giám định) hoặc ra Quyết định trợ cấp',
      ),
    ).toEqual(['Sở Lao động - Thương binh và Xã hội']);
  });

  it('not who put a candidate forward (dev luongminh-2026-01-kehoach-laykien-cutri IV.2)', () => {
    expect(
      findAssignees(
        'Đối với vụ việc ở khu dân cư thì cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm phối hợp với Ủy ban nhân dân xã xác minh',
      ),
    ).toEqual(['cơ quan, tổ chức, đơn vị giới thiệu người ứng cử']);
  });
});

describe('an addressee after a cue that opens in lower case', () => {
  it('an office holder: "Đề nghị người đứng đầu cấp ủy; ..." (dev bacninh-2025-11-kehoach-nangluc-xdpl III.3.2)', () => {
    expect(
      findAssignees(
        'Đề nghị người đứng đầu cấp ủy; thủ trưởng cơ quan, đơn vị, địa phương trực tiếp chỉ đạo và chịu trách nhiệm thực hiện các nhiệm vụ',
      ),
    ).toContain('người đứng đầu cấp ủy');
  });

  // The groups of the gold of dev vpcp-2025-11-tbkl-daklak ("tỉnh Đắk Lắk"), ubtvqh-2025-06-nq-sapxep-capxa-laichau
  // ("đại biểu Quốc hội tỉnh Lai Châu"), vpcp-2025-11-tbkl-bcd-giaothong-phien21 ("các chủ đầu tư") after a cue.
  it.each([
    ['Đề nghị tỉnh Đắk Lắk khẩn trương hoàn thiện hồ sơ', 'tỉnh Đắk Lắk'],
    ['Đề nghị đại biểu Quốc hội tỉnh Lai Châu tiếp tục giám sát', 'đại biểu Quốc hội tỉnh Lai Châu'],
    ['Giao chủ đầu tư khẩn trương hoàn thành thủ tục', 'chủ đầu tư'],
    ['Yêu cầu chính quyền địa phương các cấp chủ động sơ tán người dân', 'chính quyền địa phương các cấp'],
  ])('"%s"', (sentence, unit) => {
    expect(findAssignees(sentence)).toEqual([unit]);
  });
});

/**
 * The dev stress check of unit names (issue 12): names a directive prints that no dev text happens to use as a subject,
 * each in a neutral sentence. Short forms of the bodies of the two-level local government and of the courts.
 */
describe('head words of bodies printed short or rarely', () => {
  it.each([
    'UBMTTQ Việt Nam tỉnh',
    'BHXH tỉnh',
    'LĐLĐ tỉnh',
    'VKSND tỉnh',
    'TAND tỉnh',
    'BQL Khu kinh tế tỉnh',
    'Đồn Biên phòng Cửa Tùng',
    'Cảng vụ Hàng hải Quảng Ninh',
    'Quỹ Đầu tư phát triển tỉnh',
    'Kiểm toán Nhà nước',
    'Chi hội Phụ nữ thôn',
    'Viễn thông Gia Lai',
  ])('"%s có trách nhiệm ..."', (unit) => {
    expect(findAssignees(`${unit} có trách nhiệm tổ chức thực hiện nghiêm túc các nội dung trên`)).toEqual([unit]);
  });

  it('"Đồng chí" is no "Đồn"', () => {
    expect(findAssignees('Đồng chí Chủ tịch Ủy ban nhân dân xã chỉ đạo thực hiện')).not.toContain('Đồn');
  });
});

describe('a sentence opening with a body named by a further head word', () => {
  it('"Doanh nghiệp viễn thông bảo đảm kinh phí ..." (dev hanoi-2025-11-kehoach-5g-iot-khucongnghiep III.4.b)', () => {
    expect(
      findAssignees(
        'Doanh nghiệp viễn thông bảo đảm kinh phí thực hiện các mục tiêu, nhiệm vụ, giải pháp của kế hoạch này do doanh nghiệp triển khai',
      ),
    ).toEqual(['Doanh nghiệp viễn thông']);
  });

  // The heading "7. Liên hiệp các Hội Khoa học và Kỹ thuật" of dev dongthap-2025-11-kehoach-doimoi-congnghe; the gold groups of
  // dev bcdqg1237-2013-11-kehoach-haicot-lietsi, ubtvqh-2025-06-nq-sapxep-capxa-laichau, vinhuni-doan-2019-04-quyengop-congtrinh-thanhnien.
  it.each([
    'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
    'Trung ương Hội Cựu chiến binh Việt Nam',
    'Đại biểu Quốc hội tỉnh Lai Châu',
    'Toàn thể đoàn viên thanh niên',
  ])('"%s có trách nhiệm ..."', (unit) => {
    expect(findAssignees(`${unit} có trách nhiệm tổ chức thực hiện`)).toEqual([unit]);
  });
});

describe('"Bên mời thầu" is a name, not "mời"', () => {
  it('bodies dev hanoi-2025-dauthau-quanly 3.2', () => {
    expect(
      findAssignees(
        'Yêu cầu các sở, ban, ngành, UBND các xã, phường, các Tổng công ty, công ty trực thuộc Thành phố, các đơn vị được giao nhiệm vụ Chủ đầu tư, Bên mời thầu, căn cứ quy định tại khoản 4 Điều 3 Thông tư số 80/2025/TT-BTC, thực hiện đăng tải thông tin',
      ),
    ).toContain('các đơn vị được giao nhiệm vụ Chủ đầu tư, Bên mời thầu');
  });
});
