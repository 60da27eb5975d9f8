import { findAssignees } from './assignees.js';
import { reportRoutes } from './report-routes.js';

const targets = (text: string) => reportRoutes(text).map((r) => r.target);

/**
 * Unit names the dev stress check of unit names (bench/experiments/unit-name-stress.mjs, issue 12) found cut, and lists of
 * addressees read short. Where no dev text has the form, the sentence is a neutral one (said so in the test).
 */
describe('a comma inside a unit name', () => {
  // Neutral sentences (no dev text routes a report to these names): the stress check's route templates.
  it.each(['Sở Văn hóa, Thể thao và Du lịch', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Bộ Văn hóa, Thể thao và Du lịch'])(
    'the route "%s" is one body (neutral sentence)',
    (unit) => {
      expect(targets(`Báo cáo kết quả thực hiện về ${unit} trước ngày 15/12/2025`)).toEqual([unit]);
      expect(targets(`định kỳ báo cáo ${unit} kết quả thực hiện`)).toEqual([unit]);
    },
  );

  it('bodies listed with commas stay apart: a head word after the comma (neutral sentence)', () => {
    expect(
      targets('Báo cáo kết quả thực hiện về Sở Tài chính, Sở Xây dựng và UBND các xã trước ngày 15/12/2025'),
    ).toEqual(['Sở Tài chính', 'Sở Xây dựng', 'UBND các xã']);
  });

  it('"Giao Bộ Văn hóa, Thể thao và Du lịch chủ trì" (dev vpcp-2016-05-quyhoach-conmoong)', () => {
    expect(
      findAssignees(
        'Giao Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan liên quan tổ chức thẩm định Nhiệm vụ quy hoạch',
      ),
    ).toEqual(['Bộ Văn hóa, Thể thao và Du lịch']);
  });
});

describe('an office of two bodies, the first named without its place', () => {
  it('"Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân Thành phố" (bodies dev hcm-2025-kiemdiem-xeploai-canbo 1.1)', () => {
    expect(
      findAssignees(
        'Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân Thành phố xem xét, quyết định đánh giá, xếp loại chất lượng đối với công chức',
      ),
    ).toEqual(['Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân Thành phố']);
  });

  it('as a route, in short form (neutral sentence)', () => {
    expect(targets('gửi báo cáo về Văn phòng Đoàn ĐBQH và HĐND tỉnh trước ngày 15/12/2025 để tổng hợp')).toEqual([
      'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
    ]);
  });
});

describe('addressees listed with ";" after "Đề nghị"', () => {
  it('bodies dev hcm-2025-kiemdiem-xeploai-canbo 1', () => {
    const units = findAssignees(
      'Đề nghị các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân Thành phố; Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân Thành phố; các đơn vị sự nghiệp công lập, các doanh nghiệp nhà nước trực thuộc Ủy ban nhân dân Thành phố; các Hội được Đảng, Nhà nước giao nhiệm vụ trên địa bàn Thành phố; Hội đồng nhân dân, Ủy ban nhân dân các xã, phường và đặc khu: tổ chức triển khai, thực hiện công tác đánh giá tập thể lãnh đạo',
    );
    expect(units).toContain('các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân Thành phố');
    expect(units).toContain('Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân Thành phố');
    expect(units).toContain('các Hội được Đảng, Nhà nước giao nhiệm vụ trên địa bàn Thành phố');
  });
});

describe('a second request in one sentence', () => {
  it('"đề nghị A, B và kêu gọi C ...": C is asked too (dev danang-sgddt-2020-07-phongchong-covid-thi-tnthpt 1.b)', () => {
    expect(
      findAssignees(
        'Nhằm góp phần cùng thành phố chống dịch một cách triệt để, Sở Giáo dục và Đào tạo đề nghị tổ dân phố, chính quyền địa phương và kêu gọi toàn thể nhân dân tăng cường giám sát, xử lý, thông tin đến Sở Giáo dục và Đào tạo, các cơ quan chức năng những trường hợp vi phạm quy định trên để kịp thời phối hợp, xử lý',
      ),
    ).toEqual(['tổ dân phố', 'chính quyền địa phương', 'toàn thể nhân dân']);
  });
});
