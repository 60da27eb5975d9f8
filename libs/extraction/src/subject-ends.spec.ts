/**
 * Where a unit's name ends before what it is given to do: phrases quoted from the dev documents named in each test.
 */
import { findAssignees } from './assignees.js';

describe('the role or the rhythm after a unit ends its name', () => {
  it('"Giao X là cơ quan đầu mối, chủ trì, ..." names X (dev hcm-2025-11-qd-kehoach-ruiro-thientai-congdong)', () => {
    expect(
      findAssignees(
        '1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, hướng dẫn thực hiện Đề án “Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030” trên địa bàn Thành phố; tổ chức thực hiện các nhiệm vụ sau:',
      ),
    ).toEqual(['Sở Nông nghiệp và Môi trường']);
  });

  it('"X định kỳ hằng quý tổng hợp ..." names X (dev hcm-2025-11-qd-kehoach-csdl-quyhoach)', () => {
    expect(
      findAssignees(
        '- Sở Tài chính định kỳ hằng quý tổng hợp báo cáo Ủy ban nhân dân Thành phố; đồng thời kiến nghị các biện pháp điều chỉnh, xử lý nhằm đảm bảo tiến độ, chất lượng triển khai Kế hoạch.',
      ),
    ).toEqual(['Sở Tài chính']);
  });

  it('but "định kỳ vào ngày ..." after the verb names nobody (samples/directives/hoangmai-2025-07-thongbao-lichtiepdan)', () => {
    expect(
      findAssignees(
        '1. Chủ tịch UBND quận tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân quận.',
      ),
    ).toEqual([]);
  });
});

describe('"dự toán" is an act that ends a name', () => {
  it('"Đề nghị Sở ... các tỉnh, thành phố dự toán đầy đủ ..." (dev bldtbxh-2019-07-dutoan-nguoicocong)', () => {
    expect(
      findAssignees(
        'Đề nghị Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố dự toán đầy đủ các nội dung chi và có thuyết minh cụ thể làm căn cứ tổng hợp và phân bổ dự toán ngân sách năm 2020',
      ),
    ).toEqual(['Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố']);
  });

  it.each([['Giao Phòng Tài chính - Kế hoạch dự toán kinh phí tổ chức hội nghị', 'Phòng Tài chính - Kế hoạch']])(
    '"%s" (paraphrase)',
    (text, unit) => {
      expect(findAssignees(text)).toEqual([unit]);
    },
  );

  it('but not inside a name: "các đơn vị dự toán cấp I", "đấu thầu lựa chọn nhà đầu tư" (paraphrase; bodies dev hanoi-2025-dauthau-quanly)', () => {
    expect(findAssignees('Các đơn vị dự toán cấp I có trách nhiệm báo cáo Sở Tài chính')).toEqual([
      'Các đơn vị dự toán cấp I',
    ]);
    expect(
      findAssignees(
        'Các đơn vị được giao làm Bên mời thầu dự án đấu thầu lựa chọn nhà đầu tư có trách nhiệm rà soát hồ sơ',
      ),
    ).toEqual(['Các đơn vị được giao làm Bên mời thầu dự án đấu thầu lựa chọn nhà đầu tư']);
  });
});
