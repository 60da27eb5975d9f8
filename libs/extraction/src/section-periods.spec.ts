/**
 * Deadlines stated for a section rather than in a requirement's sentence: a part's opening paragraph, a "Thời gian
 * thực hiện:" label whose dates are printed on the dash lines under it, a period printed once after the last
 * sub-item. Lines quoted from samples/corpus/dev/baccamranh-2025-11-kehoach-giamsat-baucu (Kế hoạch of Ban Thường
 * trực UBMTTQ phường Bắc Cam Ranh, 11/2025), luongminh-2026-01-kehoach-laykien-cutri (Kế hoạch of Ban Thường trực
 * UBMTTQ xã Lương Minh, 12/01/2026) and hcm-2025-11-kehoach-binhdanggioi (Kế hoạch of UBND TP Hồ Chí Minh).
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

  it('reads a part whose only paragraph directs units by a deadline as that requirement', () => {
    const d = plan('ngày 25 tháng 11 năm 2025', [
      'VI. KINH PHÍ THỰC HIỆN',
      '1. Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu xây dựng dự toán kinh phí từ ngân sách hằng năm được cấp có thẩm quyền giao để triển khai thực hiện Kế hoạch này.',
      'VII. CHẾ ĐỘ BÁO CÁO',
      'Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu gửi báo cáo công tác Bình đẳng giới năm 2025 về Sở Nội vụ trước ngày 16 tháng 12 năm 2025 để tổng hợp báo cáo Bộ Nội vụ, Ủy ban nhân dân Thành phố theo quy định./.',
    ]);
    const report = d.requirements.find((r) => r.ref === 'VII');
    expect(report).toBeDefined();
    expect(dates(report!)).toEqual(['2025-12-16']);
    expect(report!.reportTo.map((r) => r.target)).toContain('Sở Nội vụ');
  });
});
