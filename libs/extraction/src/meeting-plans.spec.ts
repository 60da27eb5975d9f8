import { extractDirective } from './extract-directive.js';

/**
 * Two forms of a plan or a guidance any issuer prints (Nghị định 30/2020 form; Party form), tested as whole documents:
 * no dev document prints them this way, so the texts are written in the common form (issue 12, generalisation).
 */
const texts = (lines: string[]) => extractDirective(lines.join('\n')).directive.requirements.map((r) => r.text);

describe("a meeting's agenda is no task; the plan's Phân công is", () => {
  it('reads "III. NỘI DUNG HỘI NGHỊ" as the order of business (corpus README: "the order of business of a meeting")', () => {
    expect(
      texts([
        'UBND TỈNH NGHỆ AN',
        'SỞ NỘI VỤ',
        'Số: 450/KH-SNV',
        'Nghệ An, ngày 05 tháng 12 năm 2025',
        'KẾ HOẠCH',
        'Tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026',
        'I. THỜI GIAN, ĐỊA ĐIỂM',
        '1. Thời gian: 01 buổi, bắt đầu từ 8 giờ 00 ngày 25/12/2025.',
        'II. NỘI DUNG HỘI NGHỊ',
        '1. Báo cáo tổng kết công tác năm 2025, phương hướng nhiệm vụ năm 2026.',
        '2. Các đơn vị tham luận.',
        '3. Lãnh đạo UBND tỉnh phát biểu chỉ đạo.',
        'III. PHÂN CÔNG NHIỆM VỤ',
        '1. Văn phòng Sở chuẩn bị báo cáo tổng kết, hoàn thành trước ngày 20/12/2025.',
        '2. Các phòng, đơn vị gửi báo cáo tham luận về Văn phòng Sở trước ngày 18/12/2025.',
        'Nơi nhận:',
        '- Lưu: VT.',
      ]),
    ).toEqual([
      'Văn phòng Sở chuẩn bị báo cáo tổng kết, hoàn thành trước ngày 20/12/2025',
      'Các phòng, đơn vị gửi báo cáo tham luận về Văn phòng Sở trước ngày 18/12/2025',
    ]);
  });
});

describe('under "... hướng dẫn như sau:", a unit told what to do by when acts, whatever its verb', () => {
  it('keeps "Các chi, đảng bộ cơ sở căn cứ Hướng dẫn này xây dựng kế hoạch ..., báo cáo ... trước ngày ..."', () => {
    expect(
      texts([
        'ĐẢNG BỘ TỈNH HÀ TĨNH',
        'HUYỆN ỦY CAN LỘC',
        'Số 25-HD/HU',
        'Can Lộc, ngày 10 tháng 11 năm 2025',
        'HƯỚNG DẪN',
        'Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025',
        'Thực hiện Hướng dẫn số 25-HD/BTCTW của Ban Tổ chức Trung ương, Ban Thường vụ Huyện ủy hướng dẫn như sau:',
        'I. TỔ CHỨC THỰC HIỆN',
        '1. Các chi, đảng bộ cơ sở căn cứ Hướng dẫn này xây dựng kế hoạch kiểm điểm, báo cáo kết quả về Ban Tổ chức Huyện ủy trước ngày 10/01/2026.',
        '2. Ban Tổ chức Huyện ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Huyện ủy.',
        'Nơi nhận:',
        '- Lưu Văn phòng Huyện ủy.',
      ]),
    ).toEqual([
      'Các chi, đảng bộ cơ sở căn cứ Hướng dẫn này xây dựng kế hoạch kiểm điểm, báo cáo kết quả về Ban Tổ chức Huyện ủy trước ngày 10/01/2026',
      'Ban Tổ chức Huyện ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Huyện ủy',
    ]);
  });
});

describe('after "... Thông tin cụ thể như sau:", the items tell the event (samples/bodies btc-2025-11-taphuan-thue-capxa)', () => {
  it('keeps only the request', () => {
    expect(
      texts([
        'BỘ TÀI CHÍNH',
        'Số: 12345/BTC-TCCB',
        'Hà Nội, ngày 14 tháng 11 năm 2025',
        'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
        'Để nâng cao kỹ năng thực thi nhiệm vụ cho đội ngũ công chức cấp xã, Bộ Tài chính xây dựng kế hoạch tổ chức 06 hội nghị “Bồi dưỡng, tập huấn chuyên môn, nghiệp vụ quản lý thuế cho cán bộ xã”. Thông tin cụ thể như sau:',
        '3. Nội dung: Bồi dưỡng, tập huấn chuyên môn, nghiệp vụ quản lý thuế cho công chức, viên chức cấp xã.',
        '4. Cách thức thực hiện:',
        '- Điểm cầu Bộ Tài chính: Đại diện các đơn vị thuộc Bộ Tài chính trình bày, trao đổi các nội dung trong chương trình.',
        '- Điểm cầu tại các tỉnh/thành phố: Tham gia hội nghị tại các điểm cầu của cơ quan Thuế (Thuế cơ sở), kết nối trực tuyến thông qua nền tảng Zoom/Microsoft Teams.',
        'Bộ Tài chính trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các xã, phường, đặc khu cử cán bộ, công chức, viên chức tham dự lớp bồi dưỡng trước ngày 24/11/2025.',
        'Nơi nhận:',
        '- Lưu: VT.',
      ]).map((t) => t.slice(0, 40)),
    ).toEqual(['Bộ Tài chính trân trọng đề nghị Ủy ban n']);
  });
});
