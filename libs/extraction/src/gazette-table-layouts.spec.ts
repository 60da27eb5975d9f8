/**
 * Gazette task tables laid out as other PDF-to-text copies print them (bench/experiments/table-stress.mjs): the header's
 * names wrapped anywhere ("Kết quả/Đánh" / "giá" before "Thời" / "hạn" / "hoàn thành", dev
 * cp-2026-04-nq-chuongtrinh-ct49-phichinhphu's header at narrower widths), a row's number on its task's first line, a
 * part's letter, a page's running head with the header printed again, a product column before the lead, a table followed
 * by long prose. The tables are invented, in our own words: invented tasks of realistic ministries, agencies and quarters.
 */
import { readTaskTables } from './task-tables.js';

const read = (lines: string[]) => readTaskTables(lines.join('\n'), 0, '2026');
const dates = (table: ReturnType<typeof read>[number]) =>
  table.requirements.map((r) => r.deadlines.map((d) => d.date ?? d.rrule));

describe('gazette task tables in other layouts (invented tables)', () => {
  it('reads a header whose names are wrapped anywhere: "Kết quả/Sản" / "phẩm", then "Thời hạn hoàn" / "thành"', () => {
    const [table] = read([
      'TT',
      'Tên nhiệm vụ',
      'Cơ quan chủ',
      'trì',
      'Cơ quan phối',
      'hợp',
      'Kết quả/Sản',
      'phẩm',
      'Thời hạn hoàn',
      'thành',
      '1.',
      'Xây dựng cơ sở dữ liệu dùng chung về hồ sơ cấp phép',
      'khai thác nước ngầm trên phạm vi cả nước.',
      'Bộ Nông nghiệp và',
      'Môi trường',
      'Bộ Công an, Bộ',
      'Khoa học và Công',
      'nghệ',
      'Cơ sở dữ liệu',
      'được vận hành',
      'Quý IV/2026',
      '2.',
      'Sửa đổi quy chế phối hợp kiểm tra liên ngành đối',
      'với hàng hóa nhập khẩu qua cửa khẩu đường bộ.',
      'Bộ Tài chính',
      'Bộ Công Thương',
      'Quyết định của Thủ',
      'tướng Chính phủ',
      'Tháng 12/2026',
      '3.',
      'Tổng kết việc thí điểm cấp phiếu lý lịch tư pháp trên',
      'ứng dụng định danh điện tử, đề xuất mở rộng.',
      'Bộ Tư pháp',
      'Bộ Công an',
      'Báo cáo tổng kết',
      'Năm 2027',
      '4.',
      'Theo dõi, cập nhật danh mục thủ tục hành chính được',
      'cắt giảm trên Cổng Dịch vụ công quốc gia.',
      'Văn phòng Chính',
      'phủ',
      'Các bộ, cơ quan',
      'ngang bộ',
      'Danh mục cập nhật',
      'Thường xuyên',
    ]);
    expect(table.requirements.map((r) => r.ref)).toEqual(['PL.1', 'PL.2', 'PL.3', 'PL.4']);
    expect(table.requirements[0].text).toBe(
      'Xây dựng cơ sở dữ liệu dùng chung về hồ sơ cấp phép khai thác nước ngầm trên phạm vi cả nước.',
    );
    expect(table.requirements.map((r) => r.assignees)).toEqual([
      ['Bộ Nông nghiệp và Môi trường'],
      ['Bộ Tài chính'],
      ['Bộ Tư pháp'],
      ['Văn phòng Chính phủ'],
    ]);
    expect(dates(table)).toEqual([['2026-12-31'], ['2026-12-31'], ['2027-12-31'], []]);
  });

  it("reads a row's number printed on its task's first line, parts lettered, and a page's running head", () => {
    const header = ['TT', 'Nhiệm vụ', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Thời hạn', 'hoàn thành'];
    const [table] = read([
      ...header,
      'A. NHIỆM VỤ VỀ THỂ CHẾ',
      '1. Rà soát, đề xuất sửa đổi các quy định về định mức',
      'chi cho hoạt động khuyến nông ở cấp xã.',
      'Bộ Tài chính',
      'Bộ Nông nghiệp',
      'và Môi trường',
      'Quý II/2027',
      '2. Ban hành hướng dẫn chấm điểm mức độ hài lòng',
      'của người dân với dịch vụ y tế cơ sở.',
      'Bộ Y tế',
      'Ủy ban nhân dân',
      'các tỉnh',
      'Tháng 9/2026',
      '',
      '14 CÔNG BÁO/Số 300/Ngày 15-06-2026',
      '',
      ...header,
      'B. NHIỆM VỤ VỀ TỔ CHỨC THỰC HIỆN',
      '1. Tổ chức tập huấn cho cán bộ thống kê cấp xã về',
      'chế độ báo cáo điện tử mới.',
      'Bộ Tài chính',
      'Ủy ban nhân dân',
      'các tỉnh',
      'Hằng năm',
    ]);
    expect(table.requirements.map((r) => r.ref)).toEqual(['PL.A.1', 'PL.A.2', 'PL.B.1']);
    expect(table.requirements[1].text).toBe(
      'Ban hành hướng dẫn chấm điểm mức độ hài lòng của người dân với dịch vụ y tế cơ sở.',
    );
    expect(table.requirements.map((r) => r.assignees)).toEqual([['Bộ Tài chính'], ['Bộ Y tế'], ['Bộ Tài chính']]);
    expect(dates(table)).toEqual([['2027-06-30'], ['2026-09-30'], ['FREQ=YEARLY']]);
  });

  it('reads a product column printed before the lead column', () => {
    const [table] = read([
      'TT',
      'Tên nhiệm vụ',
      'Sản phẩm',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời hạn hoàn thành',
      '1',
      'Xây dựng đề án phát triển mạng lưới trạm sạc xe điện',
      'dọc các tuyến cao tốc.',
      'Đề án trình Thủ',
      'tướng Chính phủ',
      'Bộ Xây dựng',
      'Bộ Công Thương',
      'Quý III/2026',
      '2',
      'Hoàn thiện bộ tiêu chí đánh giá mức độ số hóa của',
      'các cơ sở giáo dục nghề nghiệp.',
      'Thông tư',
      'Bộ Giáo dục và',
      'Đào tạo',
      'Bộ Khoa học và',
      'Công nghệ',
      'Năm 2027',
    ]);
    expect(table.requirements.map((r) => r.assignees)).toEqual([['Bộ Xây dựng'], ['Bộ Giáo dục và Đào tạo']]);
    expect(dates(table)).toEqual([['2026-09-30'], ['2027-12-31']]);
  });

  it('reads a short table followed by long prose: the task column is as wide as the rows print it', () => {
    const [table] = read([
      'STT',
      'Nội dung công việc',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời gian dự kiến hoàn thành',
      'Kết quả dự kiến',
      '1.',
      'Số hóa hồ sơ địa chính còn lưu trữ bản giấy tại',
      'các văn phòng đăng ký đất đai.',
      'Sở Nông nghiệp',
      'và Môi trường',
      'Ủy ban nhân dân',
      'các xã',
      'Quý I/2027',
      'Dữ liệu số',
      '2.',
      'Kết nối phần mềm một cửa của tỉnh với hệ thống',
      'thanh toán trực tuyến.',
      'Sở Khoa học và',
      'Công nghệ',
      'Sở Tài chính',
      'Tháng 6/2026',
      'Hệ thống kết nối',
      '',
      'Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục này chủ động bố trí kinh phí, nhân lực để triển khai, định kỳ',
      'tổng hợp kết quả, khó khăn, vướng mắc và đề xuất giải pháp tháo gỡ gửi về cơ quan thường trực để theo dõi chung.',
    ]);
    expect(table.requirements.map((r) => r.text)).toEqual([
      'Số hóa hồ sơ địa chính còn lưu trữ bản giấy tại các văn phòng đăng ký đất đai.',
      'Kết nối phần mềm một cửa của tỉnh với hệ thống thanh toán trực tuyến.',
    ]);
    expect(table.requirements.map((r) => r.assignees)).toEqual([
      ['Sở Nông nghiệp và Môi trường'],
      ['Sở Khoa học và Công nghệ'],
    ]);
    expect(dates(table)).toEqual([['2027-03-31'], ['2026-06-30']]);
  });

  // Dev hcm-2025-11-qd-kehoach-csdl-quyhoach's annex prints "Quý IV/2025" then the result cell "Luật Quy hoạch, Quyết
  // định ..."; dev dongthap-2025-12-kehoach-chuyendoiso-doanhnghiep's "Sở KH&CN" then "Quí IV-2025" with no partner cell.
  it('ends the completion cell before a result cell, and the lead cell before a completion cell', () => {
    const [table] = read([
      'TT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian',
      'dự kiến',
      'hoàn',
      'thành',
      'Kết quả dự kiến',
      '1.',
      'Phối hợp rà soát, sửa đổi quy định về lưu trữ hồ sơ',
      'quy hoạch trên môi trường điện tử.',
      'Sở Tài chính',
      'Quí IV-2025',
      'Luật Quy hoạch,',
      'Quyết định của cấp',
      'có thẩm quyền',
      '2.',
      'Chuẩn hóa danh mục dữ liệu mở của ngành giao thông',
      'để công bố trên cổng dữ liệu của tỉnh.',
      'Sở Xây dựng',
      'Sở Khoa học và',
      'Công nghệ',
      'Năm 2026 - 2027',
      'Danh mục dữ liệu',
      'được công bố',
    ]);
    expect(table.requirements.map((r) => r.assignees)).toEqual([['Sở Tài chính'], ['Sở Xây dựng']]);
    expect(dates(table)).toEqual([['2025-12-31'], ['2027-12-31']]);
  });
});
