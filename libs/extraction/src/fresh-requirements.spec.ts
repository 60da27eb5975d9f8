/**
 * Requirement detection on texts outside the corpus: each text is quoted from a real document kept in the public
 * repository tnt305/tai_lieu_noi_bo (src/etl/dataset/<file>.md, named by the MD5 of the legal-document page it crawled;
 * the document is named in each test). None of them is in samples/corpus; what is expected follows the corpus README
 * ("requirements").
 */
import { decides, DIRECTS } from './describes.js';
import { extractDirective } from './extract-directive.js';
import { answerOf } from './plan-tasks.js';

const requirements = (lines: string[]) =>
  extractDirective(lines.join('\n')).directive.requirements.map((r) => ({ ref: r.ref, text: r.text }));

const VPCP_HEADER = ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 653/TB-VPCP', 'Hà Nội, ngày 28 tháng 11 năm 2025', 'THÔNG BÁO'];

describe('a conclusion commends before it directs', () => {
  it('"Ghi nhận, đánh giá cao và biểu dương ..." asks nothing (Thông báo 637/TB-VPCP, 75a0867a09525909.md)', () => {
    expect(
      decides(
        'Ghi nhận, đánh giá cao và biểu dương sự nỗ lực, cố gắng rất lớn của Bộ Y tế, Ban Quản lý dự án, các nhà thầu và các bộ, cơ quan liên quan trong việc xử lý khó khăn, vướng mắc tại 02 công trình dự án',
      ),
    ).toBe(true);
  });

  it('"Đánh giá cao nỗ lực của Chủ đầu tư ..." asks nothing (Thông báo 653/TB-VPCP, ad0066b8d39e5c85.md)', () => {
    expect(
      decides(
        'Đánh giá cao nỗ lực của Chủ đầu tư dự án đã hoàn thành xây dựng dự án và sẵn sàng đưa Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4 vào vận hành thương mại',
      ),
    ).toBe(true);
  });

  it('a commendation that also assigns is a task', () => {
    expect(decides('Ghi nhận đề xuất của tỉnh; giao Bộ Tài chính nghiên cứu, báo cáo Thủ tướng Chính phủ')).toBe(false);
  });
});

describe('"(i)", "(ii)" items under a lettered lead-in (Thông báo 653/TB-VPCP, ad0066b8d39e5c85.md)', () => {
  it('each "(i)" item is a requirement, the commendation and the lead-in are not', () => {
    const found = requirements([
      ...VPCP_HEADER,
      'Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã có ý kiến chỉ đạo như sau:',
      '**1. Về Dự án Nhà máy điện Nhơn',
      'Trạch 3 và Nhơn Trạch 4**',
      'a) Đánh giá cao nỗ lực của Chủ đầu tư dự án đã hoàn',
      'thành xây dựng dự án và sẵn sàng đưa Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4',
      'vào vận hành thương mại.',
      'b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:',
      '(i) Tập đoàn Công nghiệp-Năng lượng quốc gia Việt',
      'Nam báo cáo Thủ tướng Chính phủ xem xét về thời gian khánh thành dự án Nhà máy',
      'điện Nhơn Trạch 3 và Nhơn Trạch 4.',
      '(ii) Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên',
      'quan hoàn thành nghiệm thu các hạng mục còn lại của Nhà máy điện Nhơn Trạch 4.',
      'Văn phòng Chính phủ thông báo để các bộ, cơ quan và',
      'địa phương biết, thực hiện./.',
    ]);
    expect(found).toEqual([
      {
        ref: '1.b.(i)',
        text: 'Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam báo cáo Thủ tướng Chính phủ xem xét về thời gian khánh thành dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4',
      },
      {
        ref: '1.b.(ii)',
        text: 'Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu các hạng mục còn lại của Nhà máy điện Nhơn Trạch 4',
      },
    ]);
  });
});

describe('a range of years wrapped at its dash (Thông báo 631/TB-VPCP, 05729ab54fc07c39.md)', () => {
  it('"... của giai đoạn 2021" / "- 2025 sang ..." goes on; it is no dash item', () => {
    const found = requirements([
      ...VPCP_HEADER,
      'Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình kết luận như sau:',
      '1. Về nguồn lực thực hiện Chương trình giai đoạn',
      '2026-2030: Thống nhất với đề xuất, kiến nghị của Bộ Tài chính, bao gồm việc báo',
      'cáo Quốc hội cho phép chuyển nguồn kinh phí chưa sử dụng hết của giai đoạn 2021',
      '- 2025 sang thực hiện trong giai đoạn 2026 - 2030.',
      '2. Giao Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Dân tộc và Tôn giáo khẩn trương rà soát, hoàn thiện hồ sơ.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['1', '2']);
    expect(found[0].text).toMatch(/của giai đoạn 2021 - 2025 sang thực hiện trong giai đoạn 2026 - 2030$/u);
  });
});

describe('"- Cơ quan thực hiện: ..." labels a plan\'s task (Kế hoạch 172/KH-UBND TP Hồ Chí Minh, 2f6f80b9918e52de.md)', () => {
  it('a task with only its actors and its period is the heading, not its actor line', () => {
    const found = requirements([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HỒ CHÍ MINH',
      'Số: 172/KH-UBND',
      'Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025',
      'KẾ HOẠCH',
      'TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH',
      '',
      'Ủy ban nhân dân Thành phố ban hành Kế hoạch triển khai thi hành Luật Việc làm trên địa bàn Thành phố Hồ Chí Minh với các nội dung sau:',
      '',
      'II. NỘI DUNG',
      '',
      '4. Tổ chức kiểm tra việc thi hành Luật Việc làm và các văn bản quy phạm pháp luật quy định chi tiết, hướng dẫn thi hành',
      '',
      '- Cơ quan thực hiện: Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi chức năng, nhiệm vụ của mình và các cơ quan, tổ chức khác có liên quan.',
      '',
      '- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.',
      '',
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '2. Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ được phân công, bảo đảm tiến độ và nội dung công việc.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['II.4', 'IV.2']);
    expect(found[0].text).toMatch(/^Tổ chức kiểm tra việc thi hành Luật Việc làm/u);
  });
});

describe('a conclusion answers the requests it received (Thông báo 623/TB-VPCP, 826ed569ec2ddaa1.md)', () => {
  const found = requirements([
    'VĂN PHÒNG CHÍNH PHỦ',
    'Số: 623/TB-VPCP',
    'Hà Nội, ngày 15 tháng 11 năm 2025',
    'THÔNG BÁO',
    'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ MAI VĂN CHÍNH TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH ĐẮK LẮK',
    '',
    'Phó Thủ tướng Chính phủ Mai Văn Chính đã kết luận như sau:',
    '',
    '1. Về kiến nghị tăng mức hỗ trợ của ngân sách trung',
    'ương khoảng 143.000 tỷ đồng trong Kế hoạch đầu tư công trung hạn 2026-2030:',
    '',
    'Giao Bộ Tài chính nghiên cứu kiến nghị của tỉnh Đắk',
    'Lắk trong quá trình tổng hợp nhu cầu chung việc hỗ trợ vốn đối với địa phương,',
    'báo cáo cấp có thẩm quyền xem xét, quyết định.',
    '',
    '2. Về kiến nghị xem xét, trình Quốc hội phê duyệt',
    'chủ trương đầu tư các Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030:',
    '',
    'Bộ Nông nghiệp và Môi trường khẩn trương chủ trì,',
    'phối hợp với Bộ Dân tộc và Tôn giáo, Bộ Tài chính và các cơ quan liên quan,',
    'hoàn thiện Báo cáo trình Quốc hội phê duyệt chủ trương đầu tư Chương trình mục',
    'tiêu quốc gia.',
    '',
    'Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị định',
    'của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục',
    'tiêu quốc gia, báo cáo Chính phủ xem xét, ban hành.',
    '',
    'Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh',
    'Đắk Lắk và các Bộ, cơ quan liên quan biết, thực hiện./.',
  ]);

  it('the request is the topic; each paragraph answering it is a task of its own', () => {
    expect(found.map((r) => r.ref)).toEqual(['1', '2', '2']);
    expect(found.map((r) => r.text.split(' ').slice(0, 4).join(' '))).toEqual([
      'Giao Bộ Tài chính',
      'Bộ Nông nghiệp và',
      'Bộ Tài chính khẩn',
    ]);
  });

  it("an answer printed on the request's line keeps only the answer", () => {
    expect(
      answerOf(
        'Về đề nghị Bộ Nội vụ tham mưu ban hành các cơ chế, chính sách liên quan đến chế độ tiền lương: Bộ Nội vụ nghiên cứu đề xuất của Ủy ban nhân dân thành phố',
      ),
    ).toBe('Bộ Nội vụ nghiên cứu đề xuất của Ủy ban nhân dân thành phố');
    expect(answerOf('Về việc thỏa thuận giao cắt tuyến ống: Ủy ban nhân dân Thành phố xử lý dứt điểm')).toBe(
      'Về việc thỏa thuận giao cắt tuyến ống: Ủy ban nhân dân Thành phố xử lý dứt điểm',
    );
  });
});

describe("a conclusion's shortcomings are no tasks (Thông báo 624/TB-VPCP, 74e2ddc7b11340da.md)", () => {
  it('"II. VỀ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN CHỦ YẾU" assesses; "III. NHIỆM VỤ, GIẢI PHÁP ..." holds the tasks', () => {
    const found = requirements([
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 624/TB-VPCP',
      'Hà Nội, ngày 16 tháng 11 năm 2025',
      'THÔNG BÁO',
      'KẾT LUẬN PHIÊN HỌP LẦN THỨ NĂM CỦA BAN CHỈ ĐẠO CỦA CHÍNH PHỦ',
      'Ban Chỉ đạo của Chính phủ thống nhất kết luận như sau:',
      '**I. VỀ KẾT QUẢ ĐẠT ĐƯỢC**',
      'Công tác phát triển KHCN, ĐMST, CĐS và ĐA 06 đã đạt kết quả nổi bật.',
      '**II. VỀ TỒN TẠI, HẠN CHẾ VÀ',
      'NGUYÊN NHÂN CHỦ YẾU**',
      '**1. Về tồn tại, hạn chế:** Ban Chỉ đạo của',
      'Chính phủ thẳng thắn chỉ ra những hạn chế, bất cập cần khắc phục: **(1)** Vẫn',
      'còn nhiệm vụ chậm muộn kể từ sau Phiên họp thứ tư.',
      '**2. Nguyên nhân chủ yếu: (1)** Quyết tâm chính',
      'trị chưa đủ mạnh, còn tâm lý e dè, sợ sai, sợ trách nhiệm.',
      '**III. NHIỆM VỤ, GIẢI PHÁP TRỌNG',
      'TÂM, CỤ THỂ**',
      '**2. Đẩy mạnh rà soát, xây dựng,',
      'hoàn thiện thể chế, cơ chế chính sách:**** **Các bộ khẩn trương trình',
      'Chính phủ ban hành các Nghị định hướng dẫn, bảo đảm phù hợp với thời điểm có hiệu',
      'lực của các Luật.',
      'Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương biết, thực hiện./.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['III.2']);
  });
});

describe('the paragraph under a titled sub-item is its task (Công văn 6397/UBND-KT Hà Nội, 88b7667d728aef13.md)', () => {
  const found = requirements([
    'ỦY BAN NHÂN DÂN',
    'THÀNH PHỐ HÀ NỘI',
    'Số: 6397/UBND-KT',
    'Hà Nội, ngày 28 tháng 11 năm 2025',
    'V/v tăng cường quản lý công tác đấu thầu trên địa bàn Thành phố',
    'Kính gửi: Các sở, ban, ngành thuộc Thành phố.',
    '',
    'UBND Thành phố yêu cầu các sở, ban, ngành tiếp tục nghiên cứu, tuân thủ thực hiện một số nội dung sau:',
    '',
    '**2. Trách',
    'nhiệm của các đơn vị:**',
    '',
    '*2.2.',
    'Thanh tra Thành phố:*',
    '',
    'Tăng cường công tác thanh tra',
    'hoạt động đấu thầu và giám sát thực hiện các kết luận thanh tra để kịp thời',
    'phát hiện, ngăn chặn, xử lý nghiêm các tổ chức, cá nhân có hành vi vi phạm.',
    '',
    '**3. Về công',
    'tác báo cáo hoạt động đấu thầu:**',
    '',
    '*3.1.',
    'Báo cáo định kỳ hàng tháng:*',
    '',
    'Yêu cầu UBND các xã, phường,',
    'các sở, ban, ngành báo cáo số liệu định kỳ hàng tháng, cập nhật thường xuyên thông qua Hệ thống mạng đấu thầu quốc gia bao gồm:',
    '',
    '(1). Tổng số gói thầu',
    'theo kế hoạch được duyệt phải tổ chức lựa chọn nhà thầu trong kỳ báo cáo;',
    '',
    '(2). Tổng giá trị gói thầu',
    'theo kế hoạch được duyệt lựa chọn nhà thầu trong kỳ báo cáo;',
    '',
    'UBND Thành phố yêu cầu các sở,',
    'ban, ngành nghiêm túc triển khai, thực hiện./.',
  ]);

  it('"2.2. Thanh tra Thành phố:" is done by the paragraph under it, not by its title', () => {
    expect(found[0].ref).toBe('2.2');
    expect(found[0].text).toMatch(/^Tăng cường công tác thanh tra hoạt động đấu thầu/u);
  });

  it('"3.1. Báo cáo định kỳ hàng tháng:" is the request under it; the figures it lists are no tasks', () => {
    expect(found.slice(1).map((r) => r.ref)).toEqual(['3.1']);
    expect(found[1].text).toMatch(/^Yêu cầu UBND các xã, phường, các sở, ban, ngành báo cáo số liệu/u);
  });
});

describe('documents listed under "Nghiên cứu, quán triệt ...:" are what it asks (Công văn 6397/UBND-KT Hà Nội, 88b7667d728aef13.md)', () => {
  it('the title is the task; the documents it names are none', () => {
    const found = requirements([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HÀ NỘI',
      'Số: 6397/UBND-KT',
      'Hà Nội, ngày 28 tháng 11 năm 2025',
      'V/v tăng cường quản lý công tác đấu thầu trên địa bàn Thành phố',
      'Kính gửi: Các sở, ban, ngành thuộc Thành phố.',
      '',
      'UBND Thành phố yêu cầu các sở, ban, ngành tiếp tục nghiên cứu, tuân thủ thực hiện một số nội dung sau:',
      '',
      '**1. Yêu cầu',
      'chung:**',
      '',
      '*1.1.',
      'Nghiên cứu, quán triệt và thực hiện nghiêm túc quy định pháp luật và* *chỉ',
      'đạo của Thành ủy:*',
      '',
      '- Ý kiến chỉ đạo của Ban Thường',
      'vụ Thành ủy tại Văn bản số 43-CV/TU ngày 12/11/2025, các quy định tại Luật Đấu',
      'thầu số 22/2023/QH15 ngày 29/11/2024.',
      '',
      '- Nghị định số 214/2025/NĐ-CP',
      'ngày 04/8/2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi',
      'hành Luật Đấu thầu về lựa chọn nhà thầu.',
      '',
      '*1.2. Đối',
      'với công tác lựa chọn nhà thầu:*',
      '',
      '- Lựa chọn tư vấn đấu thầu có đủ',
      'năng lực, kinh nghiệm, uy tín trong việc thực hiện hợp đồng.',
    ]);
    expect(found).toEqual([
      {
        ref: '1.1',
        text: 'Nghiên cứu, quán triệt và thực hiện nghiêm túc quy định pháp luật và chỉ đạo của Thành ủy',
      },
      {
        ref: '1.2.1',
        text: 'Lựa chọn tư vấn đấu thầu có đủ năng lực, kinh nghiệm, uy tín trong việc thực hiện hợp đồng',
      },
    ]);
  });
});

describe('the closing call, then a task of its own (Công văn 6357/UBND-NC Hà Nội, 070712cd976e7f9a.md)', () => {
  it('"... nghiêm túc thực hiện những nội dung trên. Giao Bảo hiểm xã hội Thành phố chủ trì ..." keeps the second', () => {
    const found = requirements([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HÀ NỘI',
      'Số: 6357/UBND-NC',
      'Hà Nội, ngày 27 tháng 11 năm 2025',
      'V/v tăng cường quản lý, kiểm soát chi khám chữa bệnh bảo hiểm y tế',
      'Kính gửi: Sở Y tế.',
      '',
      'Ủy ban nhân dân (UBND) thành phố Hà Nội yêu cầu các Sở, ngành, UBND các xã, phường nghiêm túc thực hiện một số nội dung sau:',
      '',
      '**4. Ủy',
      'ban nhân dân các phường, xã**',
      '',
      'Tăng cường kiểm tra công tác',
      'KCB và đảm bảo quyền lợi của người tham gia BHYT tại các trạm y tế xã/phường.',
      '',
      'Ủy ban nhân dân Thành phố phố',
      'yêu cầu các Sở, ngành, địa phương, các cơ sở KCB BHYT trên địa bàn Thành phố',
      'nghiêm túc thực hiện những nội dung trên. Giao Bảo hiểm xã hội Thành phố chủ',
      'trì, phối hợp Sở Y tế đôn đốc các đơn vị triển khai thực hiện; tổng hợp báo cáo',
      'Ủy ban nhân dân Thành phố kết quả thực hiện theo quy định./.',
    ]);
    expect(found).toHaveLength(2);
    expect(found[0].text).toMatch(/^Tăng cường kiểm tra công tác KCB/u);
    expect(found[1].text).toMatch(/^Giao Bảo hiểm xã hội Thành phố chủ trì, phối hợp Sở Y tế đôn đốc/u);
  });
});

describe('a plan of Đồng Tháp (Kế hoạch 597/KH-UBND, 689f49d25e51cbaa.md)', () => {
  const found = requirements([
    'ỦY BAN NHÂN DÂN',
    'TỈNH ĐỒNG THÁP',
    'Số: 597/KH-UBND',
    'Đồng Tháp, ngày 27 tháng 11 năm 2025',
    'KẾ HOẠCH',
    'CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ, KHAI THÁC KẾT CẤU HẠ TẦNG GIAO THÔNG',
    '',
    'Ủy ban nhân dân tỉnh Đồng Tháp ban hành Kế hoạch Chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng giao thông, như sau:',
    '',
    '**III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU**',
    '',
    '**4. Phát triển nền tảng, ứng dụng',
    'số**',
    '',
    '*4.4. Nền tảng giám sát, điều',
    'hành giao thông thông minh*',
    '',
    'Nghiên cứu, triển khai các nền tảng số chuyên dùng,',
    'cung cấp dịch vụ hỗ trợ giám sát, điều hành giao thông thông minh như:',
    '',
    '- Hệ thống giám sát, điều hành giao thông thông',
    'minh.',
    '',
    '- Hệ thống giám sát điều hành hoạt động các bến xe,',
    'cảng thủy nội địa.',
    '',
    '**IV. KINH PHÍ THỰC HIỆN**',
    '',
    '1. Ngân sách nhà nước thực hiện theo quy định phân',
    'cấp ngân sách, trong đó tăng cường lồng ghép với các đề án, chương trình, kế hoạch',
    'liên quan đã được phê duyệt.',
    '',
    '**V. TỔ CHỨC THỰC HIỆN**',
    '',
    '**1. Sở Xây dựng**',
    '',
    '- Chủ trì xây dựng quản lý, vận hành hệ thống thông',
    'tin dữ liệu về quy hoạch xây dựng và hạ tầng đô thị, kết cấu hạ tầng giao thông.',
    '',
    '**3. Sở Tài chính**',
    '',
    '- Phân bổ ngân sách hợp lý cho các dự án ứng dụng',
    'công nghệ số trong hoạt động xây dựng, quản lý, giám sát hạ tầng giao thông.',
  ]);

  it('"giao" of "giao thông" is no cue', () => {
    expect(DIRECTS.test('cung cấp dịch vụ hỗ trợ giám sát, điều hành giao thông thông minh như:')).toBe(false);
    expect(DIRECTS.test('Giao Bộ Tài chính nghiên cứu kiến nghị của Tỉnh')).toBe(true);
  });

  it('systems named after "... như:" are examples of the task, not tasks', () => {
    expect(found[0]).toEqual({
      ref: 'III.4.4',
      text: 'Nghiên cứu, triển khai các nền tảng số chuyên dùng, cung cấp dịch vụ hỗ trợ giám sát, điều hành giao thông thông minh như',
    });
  });

  it('what pays for the plan is no task; a unit that must fund it is one', () => {
    expect(found.map((r) => r.ref)).toEqual(['III.4.4', 'V.1.1', 'V.3.1']);
    const funded = requirements([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HỒ CHÍ MINH',
      'Số: 172/KH-UBND',
      'Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025',
      'KẾ HOẠCH',
      'TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH',
      '',
      'Ủy ban nhân dân Thành phố ban hành Kế hoạch triển khai thi hành Luật Việc làm với các nội dung sau:',
      '',
      '**III. KINH PHÍ THỰC HIỆN**',
      '',
      '1. Kinh phí bảo đảm thực hiện Kế hoạch này được bố trí từ nguồn ngân sách nhà nước hằng năm của các cơ quan, đơn vị theo quy định của Luật Ngân sách nhà nước.',
      '',
      '2. Sở Tài chính chủ trì, phối hợp với các sở, ngành, cơ quan liên quan bố trí kinh phí chi thường xuyên theo quy định của pháp luật về ngân sách.',
    ]);
    expect(funded.map((r) => r.ref)).toEqual(['III.2']);
  });
});

describe('a paragraph between the dash items of a unit (Công văn 6357/UBND-NC Hà Nội, 070712cd976e7f9a.md)', () => {
  it('is one more of its tasks, in place', () => {
    const found = requirements([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HÀ NỘI',
      'Số: 6357/UBND-NC',
      'Hà Nội, ngày 27 tháng 11 năm 2025',
      'V/v tăng cường quản lý, kiểm soát chi khám chữa bệnh bảo hiểm y tế',
      'Kính gửi: Sở Y tế.',
      '',
      'Ủy ban nhân dân (UBND) thành phố Hà Nội yêu cầu các Sở, ngành, UBND các xã, phường nghiêm túc thực hiện một số nội dung sau:',
      '',
      '**3. Các',
      'cơ sở KCB BHYT trên địa bàn Thành phố**',
      '',
      '- Cung ứng đầy đủ, kịp thời',
      'thuốc, hóa chất, thiết bị y tế phục vụ công tác KCB để đảm bảo quyền lợi hợp',
      'pháp của người bệnh BHYT.',
      '',
      'Thường xuyên rà soát kết quả',
      'đấu thầu cung ứng thuốc, làm việc với nhà cung ứng để thương thảo, điều chỉnh giá thuốc phù hợp.',
      '',
      '- Chịu trách nhiệm trước',
      'pháp luật về tính hợp pháp, tính chính xác của chứng từ và dữ liệu chi phí KCB BHYT.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['3.1', '3.2', '3.3']);
    expect(found[1].text).toMatch(/^Thường xuyên rà soát kết quả đấu thầu cung ứng thuốc/u);
  });
});
