/**
 * Deadlines stated for a section rather than in a requirement's sentence: a part's opening paragraph, a "Thời gian
 * thực hiện:" label whose dates are printed on the dash lines under it, a period printed once after the last
 * sub-item. Lines quoted from samples/corpus/dev/baccamranh-2025-11-kehoach-giamsat-baucu (Kế hoạch of Ban Thường
 * trực UBMTTQ phường Bắc Cam Ranh, 11/2025), luongminh-2026-01-kehoach-laykien-cutri (Kế hoạch of Ban Thường trực
 * UBMTTQ xã Lương Minh, 12/01/2026), luongminh-2025-12-huongdan-gioithieu-ungcu and ttg-2025-11-congdien-thiethai-nhao.
 */
import { extractDirective } from './extract-directive.js';

// The pages print an empty line between paragraphs.
const plan = (date: string, body: string[]) =>
  extractDirective(
    ['Số: 12/KH-MTTQ-BTT', `Lương Minh, ${date}`, 'KẾ HOẠCH', 'Tổ chức công tác bầu cử', ...body].join('\n\n'),
  ).directive;
const dates = (r: { deadlines: Array<{ date?: string }> }) => r.deadlines.map((d) => d.date);

describe('deadlines stated for a section', () => {
  it('gives the period of a part’s opening paragraph to the items under it, not to one with its own timing', () => {
    const d = plan('ngày 12 tháng 01 năm 2026', [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Bảo đảm dân chủ, đúng quy định của pháp luật.',
      'II. TỔ CHỨC HỘI NGHỊ LẤY Ý KIẾN NHẬN XÉT VÀ TÍN NHIỆM',
      'Việc tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người ứng cử đại biểu Hội đồng nhân đân được thực hiện trong khoảng từ ngày 04/02/2026 đến ngày 08/02/2026 theo quy định tại Điều 54 và Điều 55 của Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân, cụ thể như sau:',
      '1. Ban Thường trực UBMTTQ xã phối hợp với UBND xã triệu tập (phát giấy mời) và chủ trì hội nghị.',
      '2. Trưởng Ban Công tác Mặt trận thôn phối hợp với Trưởng thôn lập danh sách và mời cử tri đến dự hội nghị.',
      '3. Biên bản hội nghị cử tri nơi cư trú phải được gửi đến Ban Thường trực UBMTTQ cấp tổ chức hiệp thương ngay sau khi kết thúc hội nghị.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ủy ban nhân dân xã bố trí kinh phí tổ chức các hội nghị lấy ý kiến cử tri.',
    ]);
    expect(d.requirements.map((r) => r.ref)).toEqual(['II.1', 'II.2', 'II.3', 'III.1']);
    expect(d.requirements.map(dates)).toEqual([['2026-02-08'], ['2026-02-08'], [], []]);
  });

  it('reads the dates of a "Thời gian thực hiện:" label from the dash lines under it', () => {
    const d = plan('ngày 20 tháng 11 năm 2025', [
      'III. NỘI DUNG KIỂM TRA, GIÁM SÁT',
      '7. Kiểm tra, giám sát việc tuyên truyền, vận động bầu cử',
      '7.1. Kiểm tra việc vận động bầu cử thông qua hội nghị tiếp xúc cử tri (quy định tại Điều 66 Luật Bầu cử năm 2015)',
      '- Cơ quan chủ trì, thành phần, số lượng cử tri tham dự hội nghị.',
      '- Cách bố trí, sắp xếp địa điểm tổ chức hội nghị tiếp xúc cử tri.',
      '7.2. Giám sát việc vận động bầu cử thông qua phương tiện thông tin đại chúng (quy định tại Điều 64, Điều 65, Điều 67 của Luật Bầu cử năm 2015)',
      '- Trách nhiệm của các cơ quan trong việc đăng tải nội dung vận động bầu cử, chương trình hành động của người ứng cử.',
      '* Thời gian thực hiện:',
      '- Công tác tuyên truyền bầu cử: Từ khi triển khai, tổ chức bầu cử đến khi kết thúc cuộc bầu cử.',
      '- Công tác vận động bầu cử: Trong khoảng thời gian từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026.',
      '8. Giám sát trình tự bỏ phiếu, việc kiểm phiếu',
      '- Việc niêm phong hòm phiếu (quy định tại khoản 3 Điều 71 của Luật Bầu cử năm 2015).',
      '* Thời gian thực hiện: Trong khoảng thời gian từ ngày 05/3/2026 đến ngày 20/3/2026.',
    ]);
    expect(d.requirements.map((r) => r.ref)).toEqual(['III.7.1', 'III.7.2', 'III.8']);
    expect(d.requirements.map(dates)).toEqual([['2026-03-14'], ['2026-03-14'], ['2026-03-20']]);
  });

  it('gives every round of a "Thời gian thực hiện:" label over "+ Đợt" lines', () => {
    const d = plan('ngày 20 tháng 11 năm 2025', [
      'III. NỘI DUNG KIỂM TRA, GIÁM SÁT',
      '2. Kiểm tra việc hiệp thương thỏa thuận về cơ cấu, thành phần, số lượng người ứng cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân',
      '- Kiểm tra việc hiệp thương thỏa thuận về cơ cấu, thành phần, số lượng người ứng cử theo quy định tại Điều 38, Điều 39 của Luật Bầu cử năm 2015. Cụ thể:',
      '- Đảm bảo thời gian, quy trình, nội dung, thủ tục tổ chức hội nghị hiệp thương theo quy định.',
      '* Thời gian thực hiện:',
      '+ Đợt 1: Trong khoảng thời gian từ ngày 01/12/2025 đến ngày 14/12/2025.',
      '+ Đợt 2: Trong khoảng thời gian từ ngày 02/02/2026 đến ngày 08/02/2026.',
      '+ Đợt 3: Trong khoảng thời gian từ ngày 09/02/2026 đến ngày 20/02/2026.',
    ]);
    expect(d.deadlines.map((x) => x.date)).toEqual(['2025-12-14', '2026-02-08', '2026-02-20']);
  });

  it('gives a period item only to the item before it at its level, else to the paragraph printed under it', () => {
    // dev/luongminh-2025-12-huongdan-gioithieu-ungcu
    const d = plan('ngày 22 tháng 12 năm 2025', [
      '3. Quy trình giới thiệu: Các cơ quan, tổ chức, đơn vị và Ban Công tác Mặt trận thôn tổ chức hội nghị giới thiệu người ứng cử theo trình tự quy định:',
      '3.1. Đối với cơ quan, tổ chức, đơn vị: (1) Họp Ban lãnh đạo dự kiến người giới thiệu, Biên bản họp Ban lãnh đạo dự kiến giới thiệu (Mẫu số 02/BCĐBHĐND-MT); (2) Hội nghị lấy ý kiến cử tri nơi công tác, Biên bản Hội nghị Cử tri Nơi Công tác (Mẫu số 01/HNCT). Phiếu lấy ý kiến (Mẫu số 07/PLYK nếu biểu quyết kín); (3) Tổ chức Hội nghị Ban lãnh đạo mở rộng giới thiệu chính thức, Biên bản Hội nghị Giới thiệu (Mẫu số 03/BCĐBHĐND-MT). Danh sách trích ngang nhân sự (Mẫu số 04/BCĐBHĐND-MT; (4) Cơ quan, tổ chức, đơn vị, chuyển Biên bản hội nghị cử tri giới thiệu đến Ban Thường trực UBMTTQ xã (Mẫu số 01/HNCT, Mẫu số 03/BCĐBHĐND-MT). Người ứng cử nộp hồ sơ tại Ủy ban bầu cử cấp xã, Hồ sơ ứng cử theo Nghị quyết 40/NQ-HĐBCQG (có mẫu các biên bản gửi kèm).',
      '3.2. Đối với thôn dân cư: (1) Trưởng Ban công tác Mặt trận phối hợp với Bí thư chi bộ, Trưởng thôn họp dự kiến người giới thiệu; (2) Trưởng Ban công tác Mặt trận triệu tập và chủ trì hội nghị toàn bộ thành viên BCMT để thảo luận, nhận xét, biểu thị sự tín nhiệm đối với người dự kiến giới thiệu, Biên bản Hội nghị BCMT dự kiến giới thiệu người ứng cử (Mẫu số 03/HNMT); (3) Trưởng Ban công tác Mặt trận phối hợp với Trưởng thôn tổ chức hội nghị cử tri tại thôn, Biên bản Hội nghị Cử tri giới thiệu người ứng cử ĐBHĐND cấp xã (Mẫu số 04/HNCT). Phiếu lấy ý kiến (Mẫu số 08/PLYK) (nếu biểu quyết kín); (4) Ban Công tác Mặt trận chuyển Biên bản hội nghị cử tri giới thiệu đến Ban Thường trực UBMTTQ xã. Người ứng cử nộp hồ sơ tại Ủy ban bầu cử cấp xã (có mẫu các biên bản gửi kèm).',
      '4. Xác định Ban lãnh đạo như sau:',
      '4.1. Tổ chức chính trị: Thành phần dự hội nghị gồm Ban lãnh đạo và đại điện lãnh đạo trực thuộc.',
      '5. Thời gian thực hiện: Từ ngày 17/12/2025 đến ngày 25/01/2026.',
      'Biên bản hội nghị cử tri và biên bản giới thiệu người ứng cử phải gửi về Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh chậm nhất là 17 giờ 00 ngày 30/01/2026 để tổng hợp.',
    ]);
    expect(d.requirements.map((r) => r.ref)).toEqual(['3.1', '3.2', '5']);
    expect(d.requirements.map(dates)).toEqual([[], [], ['2026-01-25', '2026-01-30']]);
    expect(d.requirements[2].text).toMatch(
      /^Thời gian thực hiện: Từ ngày 17\/12\/2025 đến ngày 25\/01\/2026\. Biên bản hội nghị/u,
    );
  });

  it('gives the sentence sending a report of listed figures, and its deadline and route, to that report', () => {
    // dev/ttg-2025-11-congdien-thiethai-nhao
    const d = plan('ngày 24 tháng 11 năm 2025', [
      '1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng và chính quyền cơ sở khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:',
      '(1) Số hộ dân có nhà bị sập, đổ, trôi cần phải xây dựng lại.',
      '(2) Số hộ dân có nhà bị hư hỏng nặng cần phải sửa chữa.',
      '(3) Tổng kinh phí cần thiết hỗ trợ Nhân dân sửa chữa, xây dựng lại nhà cửa (trong đó báo cáo rõ nhu cầu kinh phí để hỗ trợ Nhân dân sửa chữa nhà, nhu cầu kinh phí hỗ trợ Nhân dân xây dựng lại nhà; số kinh phí địa phương có thể tự cân đối từ các nguồn của địa phương và các nguồn khác do địa phương tự huy động; số kinh phí để nghị trung ương tiếp tục hỗ trợ).',
      'Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương gửi Báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính, Nông nghiệp và Môi trường trước 17 giờ ngày 27/11/2025 để tổng hợp, báo cáo Thủ tướng Chính phủ.',
      '2. Bộ trưởng Bộ Tài chính tổng hợp, chủ động đề xuất sử dụng nguồn lực từ ngân sách trung ương, đồng thời đề xuất phân công các tỉnh, thành phố có điều tiết ngân sách về trung ương hỗ trợ các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng để có thêm nguồn lực hỗ trợ Nhân dân nhanh chóng sửa chữa, xây dựng lại nhà ở bảo đảm người dân có nhà ở an toàn trước Tết nguyên đán năm 2026.',
    ]);
    expect(d.requirements.map((r) => r.ref)).toEqual(['1', '2']);
    const [report] = d.requirements;
    expect(dates(report)).toEqual(['2025-11-27']);
    expect(report.reportTo.map((r) => r.target)).toEqual([
      'Văn phòng Chính phủ',
      'các Bộ: Tài chính, Nông nghiệp và Môi trường',
    ]);
    expect(report.text).toMatch(/khẩn trương gửi Báo cáo về Văn phòng Chính phủ .* báo cáo Thủ tướng Chính phủ$/u);
  });

  it('leaves dated tasks under a "Thời gian thực hiện:" line as tasks', () => {
    // dev/luongminh-2026-01-kehoach-laykien-cutri prints them under "1. Thời gian:"; here under an unnumbered label.
    const d = plan('ngày 12 tháng 01 năm 2026', [
      '1. Tổ chức hội nghị lấy ý kiến cử tri nơi cư trú',
      'Thời gian thực hiện:',
      '- Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với người phụ trách công tác tổ chức cán bộ của các cơ quan, tổ chức, đơn vị có người ứng cử.',
      '- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã trao đổi với cơ quan, tổ chức, đơn vị có người ứng cử thống nhất thời gian tổ chức hội nghị.',
    ]);
    expect(d.requirements.map((r) => r.text.slice(0, 20))).toEqual(['Từ ngày 04/02/2026: ', 'Từ ngày 05/02/2026 -']);
  });
});
