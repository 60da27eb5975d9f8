import { reportRoutes } from './report-routes.js';

const targets = (text: string) => reportRoutes(text).map((r) => r.target);

describe('a report route followed by another verb of sending', () => {
  // bodies/dev/hanoi-2025-onhiem-khongkhi-capbach (Công văn 6356/UBND-NNMT of Hà Nội, 2025), item 1.
  it('ends before "và gửi": two receivers', () => {
    expect(
      targets(
        'Chủ động cập nhật kết quả thực hiện hàng tuần, báo cáo UBND Thành phố và gửi Bộ Nông nghiệp và Môi trường tổng hợp (theo chỉ đạo của Lãnh đạo Chính phủ tại Công văn số 10260/VPCP-NN ngày 23/10/2025 của Văn phòng Chính phủ)',
      ),
    ).toEqual(['UBND Thành phố', 'Bộ Nông nghiệp và Môi trường']);
  });

  // bodies/dev/hanoi-2025-dauthau-quanly (Công văn 6397/UBND-KT of Hà Nội, 2025), item 3.3.
  it('ends before "báo cáo" that follows the receiver', () => {
    expect(
      targets(
        'Sở Tài chính tổng hợp báo cáo tình hình thực hiện hoạt động đấu thầu của Thành phố định kỳ 6 tháng trước ngày 30 tháng 6 và tổng thể hàng năm trước ngày 30 tháng 01 hàng năm báo cáo UBND Thành phố để báo cáo Ban Thường vụ Thành ủy theo Văn bản số 43-CV/TU ngày 12/11/2025 và gửi Bộ Tài chính báo cáo định kỳ hàng năm theo quy định tại khoản 4 Điều 85 Luật Đấu thầu',
      ),
    ).toEqual(['UBND Thành phố', 'Bộ Tài chính']);
  });

  // bodies/dev/bvhttdl-2025-11-nhiemvu-namhoc-csdt (Công văn 6386/BVHTTDL-KHCNĐTMT, 2025), item III.2.
  it('ends before the street address of the receiver', () => {
    expect(
      targets(
        'báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026 gửi về Bộ VHTTDL số 51 đường Ngô Quyền, phường Cửa Nam, TP. Hà Nội trước ngày 31/8/2026',
      ),
    ).toEqual(['Bộ VHTTDL']);
  });
});

describe('the authority submitted to, without what is submitted', () => {
  it.each([
    [
      'dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5 III.5.a.(1): the document follows, capitalised as a title',
      'trình Thủ tướng Chính phủ Chương trình quốc gia phát triển các sản phẩm công nghệ chiến lược ưu tiên triển khai, hoàn thành trong tháng 11 năm 2025',
      ['Thủ tướng Chính phủ'],
    ],
    [
      'dev ttg-2025-11-qd-kehoach-luat-baove-dulieu-canhan III.5: the council of the same level',
      'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tổng hợp, trình Hội đồng nhân dân cùng cấp bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước',
      ['Hội đồng nhân dân cùng cấp'],
    ],
  ])('%s', (_source, text, targets) => {
    expect(reportRoutes(text).map((r) => r.target)).toEqual(targets);
  });
});

describe('data sent on and a body reported to and advised', () => {
  it.each([
    [
      'bodies dev hanoi-2025-onhiem-khongkhi-capbach 9.1.6: "truyền số liệu ... về X"',
      'Đảm bảo số liệu quan trắc từ hệ thống quan trắc khí thải tự động, liên tục được kết nối, truyền số liệu thông suốt về Sở Nông nghiệp và Môi trường Hà Nội để theo dõi, giám sát',
      ['Sở Nông nghiệp và Môi trường Hà Nội'],
    ],
    [
      'dev ttg-2026-05-qd-kehoach-bhyt-toandan-ct52 III.4: "báo cáo và kiến nghị X các biện pháp ..."',
      'Bộ Y tế chủ trì, phối hợp với các bộ, ngành, địa phương theo dõi, đôn đốc việc triển khai thực hiện Chương trình hành động, kịp thời báo cáo và kiến nghị Thủ tướng Chính phủ các biện pháp cần thiết để bảo đảm thực hiện đồng bộ',
      ['Thủ tướng Chính phủ'],
    ],
    [
      'dev cantho-2025-11-chithi-nuocduoidat 4.d: "báo cáo và tham mưu X có biện pháp ..."',
      'Duy trì các hoạt động mạng lưới quan trắc động thái nước dưới đất trên địa bàn thành phố, kịp thời phát hiện, báo cáo và tham mưu Ủy ban nhân dân thành phố có biện pháp khắc phục đối với các khu vực có nguồn nước dưới đất bị suy thoái',
      ['Ủy ban nhân dân thành phố'],
    ],
    [
      'not "tuyên truyền về ..."',
      'Đẩy mạnh tuyên truyền về Ủy ban nhân dân các cấp và hoạt động của chính quyền địa phương',
      [],
    ],
  ])('%s', (_source, text, targets) => {
    expect(reportRoutes(text).map((r) => r.target)).toEqual(targets);
  });
});
