/** Rules from the wave-15 headerless bodies (samples/bodies/dev, each phrase cited from its document). */
import { addressedLeadIn } from './addressed-units.js';
import { findAssignees } from './assignees.js';
import { decidedBy, informedReporters } from './informed-groups.js';
import { localityGroups } from './locality-groups.js';
import { UNDERTAKING } from './requirement-patterns.js';
import { reportRoutes } from './report-routes.js';
import { extractDirective } from './extract-directive.js';
import { toParagraphs } from './parse-body.js';
import { splitLines } from './text-utils.js';

const paragraphs = (lines: string[]) => toParagraphs(splitLines(lines.join('\n')));
const read = (body: string[]) =>
  extractDirective(['BỘ CÔNG THƯƠNG', 'Số: 9634/BCT-TTTN', 'Hà Nội, ngày 04 tháng 12 năm 2025', '', ...body].join('\n'))
    .directive.requirements;

describe('wave-15 bodies: structure', () => {
  it('reads a function code wrapped to the head of a line as text, no item (Công văn 5435/CT-NVT)', () => {
    const found = paragraphs([
      '2. Triển khai các giải pháp quản lý thuế theo thẩm quyền: phân công cán bộ thực hiện tra cứu Báo cáo (chức năng 8. 9.',
      '1.16 )/Báo cáo chi tiết/rà soát danh sách chứng từ phải cung cấp thông tin.',
    ]);
    expect(found.map((p) => p.marker)).toEqual(['2', null]);
  });

  it('reads a signed number as a table cell, no dash item (Công văn 9634/BCT-TTTN)', () => {
    expect(paragraphs(['1. Xăng E5RON92', '19.288', '19.822', '+534', '+2,77']).map((p) => p.marker)).toEqual(['1']);
  });

  it('takes no task from a table of figures, a list of values is its lead-in, a time limit is a task (Công văn 9634/BCT-TTTN)', () => {
    const found = read([
      'Bộ Công Thương công bố giá cơ sở các mặt hàng xăng dầu, như sau:',
      '',
      '1. Xăng E5RON92',
      '|',
      '19.288',
      '|',
      '19.822',
      '|',
      '+534',
      '|',
      '2. Xăng RON95-III',
      '|',
      '20.009',
      '|',
      '20.460',
      '|',
      '+451',
      '|',
      '',
      'Bộ Công Thương và Bộ Tài chính quyết định:',
      '',
      '1. Giá bán xăng dầu',
      '',
      'Sau khi thực hiện việc trích lập Quỹ Bình ổn giá xăng dầu, giá bán các mặt hàng xăng dầu tiêu dùng phổ biến trên thị trường không cao hơn mức giá:',
      '',
      '- Xăng E5RON92: không cao hơn 19.822 đồng/lít;',
      '',
      '- Dầu madút 180CST 3.5S: không cao hơn 13.436 đồng/kg.',
      '',
      '2. Thời gian thực hiện',
      '',
      '- Trích lập Quỹ Bình ổn giá xăng dầu: Áp dụng từ 15 giờ 00’ ngày 04 tháng 12 năm 2025.',
      '',
      '- Điều chỉnh giá bán các mặt hàng xăng dầu: Do thương nhân đầu mối kinh doanh xăng dầu quy định nhưng không muộn hơn 15 giờ 00’ ngày 04 tháng 12 năm 2025 đối với mặt hàng giảm giá.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['1', '2.2']);
    expect(found[0].text).toMatch(/^Sau khi thực hiện .* không cao hơn mức giá$/u);
    expect(found[1].deadlines.map((d) => d.date)).toEqual(['2025-12-04']);
  });
});

describe('wave-15 bodies: who acts', () => {
  it('carries a long lead-in that names its addressee before what it asks (Công văn 171/CV-BCĐ)', () => {
    expect(
      addressedLeadIn(
        'Thực hiện Kết luận số 210-KL/TW ngày 12/11/2025 của Ban Chấp hành Trung ương Đảng khóa XIII, Ban chỉ đạo của Chính phủ về sắp xếp đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp (sau đây viết là Ban Chỉ đạo của Chính phủ) yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung, khẩn trương chỉ đạo, giải quyết dứt điểm các khó khăn, vướng mắc ở cấp xã khi vận hành chính quyền địa phương 02 cấp, một số nội dung cụ thể sau:',
      ),
    ).toEqual(['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });

  it('carries none from the formula that names every recipient (dev ttg-2025-11-congdien-thidua-caodiem)', () => {
    expect(
      addressedLeadIn(
        'Thiết thực lập thành tích chào mừng Đại hội lần thứ XIV của Đảng, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Thủ trưởng Cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện một số nhiệm vụ trọng tâm cấp bách sau:',
      ),
    ).toEqual([]);
  });

  it('splits office holders at a capitalised title and ends the subject at what it manages (Công văn 5435/CT-NVT)', () => {
    expect(
      addressedLeadIn(
        'Cục Thuế đề nghị các Thuế tỉnh, thành phố, Chi Cục trưởng Chi cục Thuê doanh nghiệp lớn, Chi Cục trưởng Chi cục Thuế thương mại điện tử quản lý Tổ chức chi trả thu nhập triển khai thực hiện:',
      ),
    ).toEqual([
      'các Thuế tỉnh, thành phố',
      'Chi Cục trưởng Chi cục Thuê doanh nghiệp lớn',
      'Chi Cục trưởng Chi cục Thuế thương mại điện tử',
    ]);
  });

  it('leaves "tự" to the act (dev hcm-snv-2025-chothuelai-laodong)', () => {
    expect(
      findAssignees(
        'Các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố tự rà soát, thực hiện các nội dung sau',
      ),
    ).toEqual(['Các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố']);
  });

  it('ends a quota holder at "chọn cử" and reads no clause inside an aside (Hướng dẫn 40-HD/BTGDVTW)', () => {
    expect(
      findAssignees(
        'Mỗi tỉnh ủy, thành ủy chọn cử tối đa 05 người (riêng Hà Nội, Thành phố Hồ Chí Minh, Thanh Hóa, Nghệ An: mỗi đơn vị tối đa 07 người)',
      ),
    ).toEqual(['Mỗi tỉnh ủy, thành ủy']);
    expect(
      findAssignees(
        'Mỗi bộ, cơ quan ngang bộ: chọn cử tối đa 03 người (riêng Bộ Tài chính, Bộ Giáo dục và Đào tạo: tối đa 05 người; Bộ Ngoại giao: tối đa 07 người)',
      ),
    ).toEqual(['Mỗi bộ, cơ quan ngang bộ']);
  });

  it('reads "Hội đồng thẩm định" as a name, not a council and its act (Thông báo 655/TB-VPCP)', () => {
    expect(
      findAssignees(
        'Hội đồng thẩm định Nhà nước thẩm định Báo cáo đề xuất chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
      ),
    ).toEqual(['Hội đồng thẩm định Nhà nước']);
  });

  it('reads "Các Bộ, ngành, các địa phương" as everyone (Thông báo 661/TB-VPCP)', () => {
    expect(
      findAssignees(
        'Các Bộ, ngành, các địa phương chủ động triển khai công tác ứng phó với bão số 15 và mưa lũ do bão theo chỉ đạo của Thủ tướng Chính phủ',
      ),
    ).toEqual([]);
  });
});

describe('wave-15 bodies: a tax reply', () => {
  const reply = [
    'Kính gửi: Thuế thành phố Hà Nội.',
    'Cục Thuế nhận được công văn số 9172/HAN-KTr5 ngày 06/8/2025 của Thuế TP. Hà Nội về chính sách thuế giá trị gia tăng (GTGT) và hóa đơn. Về vấn đề này, Cục Thuế có ý kiến như sau:',
    '1. Về chính sách thuế giá trị gia tăng',
    'Căn cứ Điều 9 Luật Thuế giá trị gia tăng số 48/2024/QH15 ngày 26/11/2024 quy định về thuế suất.',
    'Căn cứ quy định trên:',
    'Từ ngày 01/7/2025, Luật Thuế GTGT số 48/2024/QH15 ngày 26/11/2024 đã quy định cụ thể về thuế suất 0%.',
    'Đối với giai đoạn trước ngày 01/7/2025, Luật Thuế GTGT số 31/2013/QH13 ngày 09/6/2013 quy định cụ thể về thuế suất 0%, Cục Thuế đã có một số công văn trả lời Thuế TP. Hà Nội.',
    'Đề nghị Thuế TP. Hà Nội nghiên cứu quy định, hướng dẫn tại từng thời kỳ để thực hiện thống nhất.',
    '2. Về thời điểm lập hóa đơn',
    'Căn cứ Nghị định số 52/2013/NĐ-CP ngày 16/5/2013 của Chính phủ về thương mại điện tử.',
    'Đề nghị Thuế TP. Hà Nội căn cứ quy định, hướng dẫn để xác định thời điểm lập hóa đơn theo quy định.',
    'Cục Thuế có ý kiến để Thuế TP. Hà Nội được biết./.',
  ];

  it('takes only the requests under a topic, not the provisions and facts before them (Công văn 5706/CT-CS)', () => {
    const found = extractDirective(
      ['CỤC THUẾ', 'Số: 5706/CT-CS', 'Hà Nội, ngày 01 tháng 12 năm 2025', '', ...reply].join('\n'),
    ).directive;
    expect(found.requirements.map((r) => [r.ref, r.assignees])).toEqual([
      ['1', ['Thuế TP. Hà Nội']],
      ['2', ['Thuế TP. Hà Nội']],
    ]);
    // "giai đoạn trước ngày 01/7/2025": the period a rule covered, no deadline.
    expect(found.deadlines).toEqual([]);
  });
});

describe('wave-15 bodies: routes', () => {
  it('sends a list "đề nghị X công nhận" to X (Hướng dẫn 40-HD/BTGDVTW)', () => {
    expect(
      reportRoutes(
        'Ban Xây dựng Đảng đảng ủy xã, phường; Ban Tuyên giáo và Dân vận đảng ủy đặc khu lập danh sách đề nghị Ban Thường vụ cấp ủy quyết định công nhận đội ngũ báo cáo viên cấp xã',
      ).map((r) => r.target),
    ).toEqual(['Ban Thường vụ cấp ủy']);
    expect(
      reportRoutes(
        'Tham mưu và chịu trách nhiệm trước cấp ủy trong việc lựa chọn, lập danh sách đề nghị Ban Tuyên giáo và Dân vận Trung ương công nhận đội ngũ báo cáo viên Trung ương thuộc địa phương, đơn vị mình',
      ).map((r) => r.target),
    ).toEqual(['Ban Tuyên giáo và Dân vận Trung ương']);
  });
});

describe('wave-15 bodies: after a lead-in', () => {
  it('reads the paragraph with a request of its own after the dash items as no item (Công văn 17809/BTC-CTK)', () => {
    const found = extractDirective(
      [
        'BỘ TÀI CHÍNH',
        'Số: 17809/BTC-CTK',
        'Hà Nội, ngày 19 tháng 11 năm 2025',
        '',
        'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
        'Thực hiện Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ, Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:',
        '- Chỉ đạo các Sở, ngành đánh giá thuận lợi, khó khăn;',
        '- Giao Thống kê tỉnh, thành phố chủ trì, phối hợp với các Sở, ngành liên quan rà soát cập nhật số liệu.',
        'Để đảm bảo thời gian biên soạn và tổng hợp số liệu, đề nghị Quý Ủy ban gửi báo cáo đánh giá và các biểu số liệu về Bộ Tài chính (Cục Thống kê) chậm nhất ngày 22/11/2025.',
        'Bộ Tài chính trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => r.assignees)).toEqual([
      ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'],
      ['Thống kê tỉnh, thành phố'],
      [],
    ]);
    expect(found[2].deadlines.map((d) => d.date)).toEqual(['2025-11-22']);
  });
});

describe('wave-15 bodies: a conclusion item with two actors', () => {
  it('gives a sentence that opens bare with another unit its own requirement, same ref (Thông báo 655/TB-VPCP)', () => {
    const found = extractDirective(
      [
        'THÔNG BÁO',
        'Kết luận của Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Sơn La',
        '',
        'III. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA TỈNH',
        '1. Về việc sớm trình Quốc hội phê duyệt chủ trương đầu tư các Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030: Hội đồng thẩm định Nhà nước thẩm định Báo cáo đề xuất chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Bộ Nông nghiệp và Môi trường khẩn trương tiếp thu ý kiến thẩm định của Hội đồng thẩm định Nhà nước, bảo đảm thời hạn trình Chính phủ xem xét để trình Quốc hội thông qua tại Kỳ họp thứ 10, Quốc hội khóa XV.',
        '2. Giao Bộ Xây dựng chủ trì, phối hợp với các bộ, cơ quan liên quan xem xét, quyết định theo thẩm quyền.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['III.1', ['Hội đồng thẩm định Nhà nước']],
      ['III.1', ['Bộ Nông nghiệp và Môi trường']],
      ['III.2', ['Bộ Xây dựng']],
    ]);
  });
});

describe('wave-15 bodies: the issuer speaking of itself', () => {
  it('reads what the issuer will do as no task (Công văn 9634/BCT-TTTN)', () => {
    expect(
      UNDERTAKING.test(
        'Bộ Công Thương sẽ phối hợp với các cơ quan chức năng kiểm tra, giám sát việc thực hiện trách nhiệm bảo đảm nguồn cung xăng dầu',
      ),
    ).toBe(true);
    expect(UNDERTAKING.test('Bộ Công Thương chủ trì, phối hợp với các cơ quan chức năng kiểm tra')).toBe(false);
  });

  it('reads a closing that tells groups to carry out and report back as their task (Công văn 9634/BCT-TTTN)', () => {
    expect(
      informedReporters(
        'Bộ Công Thương thông báo các thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu biết, thực hiện và báo cáo tình hình thực hiện về Bộ Công Thương, Bộ Tài chính để giám sát theo quy định./.',
      ),
    ).toEqual(['các thương nhân đầu mối kinh doanh xăng dầu', 'thương nhân phân phối xăng dầu']);
    expect(
      decidedBy(
        'Điều chỉnh giá bán các mặt hàng xăng dầu: Do thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu quy định nhưng không muộn hơn 15 giờ 00’ ngày 04 tháng 12 năm 2025 đối với mặt hàng giảm giá',
      ),
    ).toEqual(['thương nhân đầu mối kinh doanh xăng dầu', 'thương nhân phân phối xăng dầu']);
    // "Cục Thuế thông báo để các đơn vị được biết và triển khai thực hiện./." (Công văn 5435/CT-NVT): no report, no task.
    expect(informedReporters('Cục Thuế thông báo để các đơn vị được biết và triển khai thực hiện./.')).toBeNull();
  });
});

describe('wave-15 bodies: localities beside ministries', () => {
  it('lists "các địa phương" as written when ministries act in the same text (Thông báo 661/TB-VPCP)', () => {
    const requirements = [
      {
        text: 'Các địa phương phát động ngay “Chiến dịch Quang Trung” thần tốc hỗ trợ Nhân dân xây dựng lại nhà ở',
        assignees: [],
      },
      {
        text: 'Về kinh phí: Các địa phương phải động viên, phát huy mạnh mẽ tinh thần tự lực, tự cường. Đối với đề xuất tiếp tục hỗ trợ thêm từ ngân sách trung ương, Chính phủ, Thủ tướng Chính phủ sẽ giao cơ quan chức năng rà soát',
        assignees: ['cơ quan chức năng'],
      },
      {
        text: 'Bộ Quốc phòng, Bộ Công an huy động lực lượng tối đa có thể hỗ trợ Nhân dân, các địa phương hỗ trợ bố trí nơi ăn ở cho lực lượng tham gia thực hiện chiến dịch',
        assignees: ['Bộ Quốc phòng', 'Bộ Công an'],
      },
      {
        text: 'Khẩn trương khắc phục các công trình hạ tầng thiết yếu bị hư hại do mưa lũ (điện, nước, giao thông, thủy lợi), các địa phương phải huy động các lực lượng',
        assignees: [],
      },
      { text: 'Các Bộ, ngành, các địa phương chủ động triển khai công tác ứng phó với bão số 15', assignees: [] },
    ];
    localityGroups(requirements);
    expect(requirements.map((r) => r.assignees)).toEqual([
      ['Các địa phương'],
      ['Các địa phương'],
      ['Bộ Quốc phòng', 'Bộ Công an', 'các địa phương'],
      ['các địa phương'],
      [],
    ]);
  });

  it('leaves localities a unit directs, and a text with no ministry acting (dev ttg-2025-11-congdien-phongtranh-mualu-trungbo)', () => {
    const directed = [
      {
        text: 'Chỉ đạo, đôn đốc các ngảnh, các địa phương triển khai công tác ứng phó',
        assignees: ['Bộ Nông nghiệp và Môi trường'],
      },
    ];
    localityGroups(directed);
    expect(directed[0].assignees).toEqual(['Bộ Nông nghiệp và Môi trường']);
    const alone = [{ text: 'Các địa phương phải huy động các lực lượng', assignees: [] }];
    localityGroups(alone);
    expect(alone[0].assignees).toEqual([]);
  });
});
