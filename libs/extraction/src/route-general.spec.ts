import { reportRoutes } from './report-routes.js';

const targets = (text: string) => reportRoutes(text).map((r) => r.target);

/** Where a report goes, read by general rules (issue 12): what follows the body, and bodies named in lower case. */
describe('the body reported to, and what follows it', () => {
  it('"báo cáo về Sở ... những tình huống đặc biệt": what is reported is no part of the body (dev danang-sgddt-2020-07-phongchong-covid-thi-tnthpt 5)', () => {
    expect(
      targets(
        'Thủ trưởng các đơn vị, trường học có trách nhiệm thường xuyên theo dõi, rà soát, nắm bắt tình hình đội ngũ cán bộ, giáo viên, nhân viên, học sinh, học viên, báo cáo về Sở Giáo dục và Đào tạo những tình huống đặc biệt (ông Ngô Ngọc Hoàng Vương, Trưởng phòng Chính trị tư tưởng) để kịp thời phối hợp, hướng dẫn xử lý',
      ),
    ).toEqual(['Sở Giáo dục và Đào tạo']);
  });

  // Targets of the gold of dev ttg-2025-11-congdien-hangdutru-mualu ("các Bộ, cơ quan") and lachong-2011-09-gopda-truongsa
  // ("nhà trường") after "về", in the dev stress check's template.
  it.each([
    ['Báo cáo kết quả thực hiện về các Bộ, cơ quan trước ngày 15/12/2025', 'các Bộ, cơ quan'],
    ['gửi báo cáo về nhà trường trước ngày 15/12/2025', 'nhà trường'],
  ])('a group or "nhà trường" in lower case after "về": "%s"', (text, target) => {
    expect(targets(text)).toEqual([target]);
  });
});

/**
 * "báo cáo X", "gửi X" with the body right after the verb: every head word of the assignee lexicon (assignee-words.ts), not a
 * list of its own (the dev stress check of unit names, issue 12).
 */
describe('a body right after "báo cáo" or "gửi"', () => {
  it.each([
    'Hội Nông dân tỉnh',
    'Tỉnh đoàn',
    'Trạm Y tế xã',
    'Tòa án nhân dân tỉnh',
    'Ngân hàng Chính sách xã hội tỉnh',
    'Chi cục Thuế khu vực II',
    'Thanh tra tỉnh',
    'Trường THPT Nguyễn Du',
    'Bệnh viện Đa khoa tỉnh',
    'Đội Quản lý thị trường số 5',
  ])('"định kỳ báo cáo %s kết quả thực hiện"', (unit) => {
    expect(targets(`định kỳ báo cáo ${unit} kết quả thực hiện`)).toEqual([unit]);
  });

  it('"gửi Báo cáo về ..." is still a report sent, not a newspaper (dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5)', () => {
    expect(targets('gửi Báo cáo về Văn phòng Chính phủ trước ngày 15/12/2025')).toEqual(['Văn phòng Chính phủ']);
  });
});

describe('a Government office holder named with the person', () => {
  it('"báo cáo Phó Thủ tướng Chính phủ Bùi Thanh Sơn chương trình kiểm tra ...": the name stays, the matter does not (dev vpcp-2025-11-tb-duan-dien-hcm-dongnai 2.d)', () => {
    expect(
      targets(
        'Bộ Công Thương phối hợp các bộ, cơ quan, đơn vị liên quan báo cáo Phó Thủ tướng Chính phủ Bùi Thanh Sơn chương trình kiểm tra tiến độ các công trình, dự án quan trọng quốc gia',
      ),
    ).toEqual(['Phó Thủ tướng Chính phủ Bùi Thanh Sơn']);
    // A document's title after the office is no name.
    expect(targets('trình Thủ tướng Chính phủ Quyết định kiện toàn Ban Chỉ đạo')).toEqual(['Thủ tướng Chính phủ']);
  });
});

describe('a body named by its role in lower case', () => {
  it('"báo cáo với cơ quan quản lý nhà nước về NTTS tại địa phương" (bodies dev kh-daklak-2025-11-kehoach-quantrac-nuoitrong-thuysan IV.4.3)', () => {
    expect(
      targets(
        'Theo dõi các diễn biến bất thường của môi trường NTTS và báo cáo với cơ quan quản lý nhà nước về NTTS tại địa phương',
      ),
    ).toEqual(['cơ quan quản lý nhà nước về NTTS tại địa phương']);
  });
});
