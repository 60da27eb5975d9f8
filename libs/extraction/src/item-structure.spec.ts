/**
 * Requirement and assignee rules read off the item structure of real directives: each test quotes the lines of a dev
 * document of samples/corpus (its id in the test name); what is expected follows the corpus README.
 */
import { extractDirective } from './extract-directive.js';
import { unitHeading } from './plan-tasks.js';

const extract = (lines: string[]) =>
  extractDirective(lines.join('\n')).directive.requirements.map((r) => ({ ref: r.ref, assignees: r.assignees }));

const VPCP_HEADER = ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 610/TB-VPCP', 'Hà Nội, ngày 14 tháng 11 năm 2025', 'THÔNG BÁO'];

describe('a lead-in names who does the items after it', () => {
  it('passes the subject of "..., thành phố Đà Nẵng cần tập trung ... sau đây:" to the items (dev vpcp-2025-11-tbkl-danang-chinhquyen-2cap)', () => {
    const found = extract([
      ...VPCP_HEADER,
      'I. ĐÁNH GIÁ CHUNG',
      'Bên cạnh những kết quả nổi bật đã đạt được, việc triển khai mô hình tổ chức chính quyền địa phương 02 cấp của Thành phố phát sinh một số khó khăn, vướng mắc.',
      'Để tiếp tục vận hành chính quyền địa phương 02 cấp hoạt động hiệu lực, hiệu quả, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:',
      '1. Cấp ủy, chính quyền Thành phố phải xác định việc tổ chức và vận hành hiệu quả chính quyền địa phương 02 cấp là nhiệm vụ hết sức quan trọng của cả hệ thống chính trị.',
      '3. Tăng cường hiệu quả hoạt động của bộ máy chính quyền cấp xã, tập trung nâng cao năng lực quản trị theo hướng kiến tạo và phát triển.',
      'II. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA THÀNH PHỐ',
      '2. Bộ Nội vụ nghiên cứu đề xuất của Ủy ban nhân dân thành phố Đà Nẵng trong quá trình xây dựng các văn bản quy phạm pháp luật có liên quan.',
    ]);
    expect(found).toEqual([
      { ref: 'I.1', assignees: ['Cấp ủy, chính quyền Thành phố'] },
      { ref: 'I.3', assignees: ['thành phố Đà Nẵng'] },
      { ref: 'II.2', assignees: ['Bộ Nội vụ'] },
    ]);
  });

  it('passes the subject of "..., Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá ..." to "(1)" items (dev vptw-2025-12-ketluan-congtac-vanphong)', () => {
    const found = extract([
      ...VPCP_HEADER,
      '2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027',
      '',
      'Quán triệt sâu sắc ý kiến phát biểu chỉ đạo của đồng chí Thường trực Ban Bí thư; căn cứ vào phương hướng, nhiệm vụ, mục tiêu đã nêu trong Báo cáo, Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:',
      '',
      '(1) Tích cực, chủ động, sáng tạo, khoa học hơn nữa, tiếp tục nâng cao chất lượng công tác tham mưu, tổng hợp.',
      '',
      '(5) Các văn phòng tiếp tục nâng cao hiệu quả việc thực hiện Nghị quyết Trung ương 4 khoá XII.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['2.(1)', '2.(5)']);
    // Tones canonicalised: "uỷ" → "ủy".
    expect(found[0].assignees).toEqual(['Văn phòng Trung ương Đảng', 'các văn phòng tỉnh ủy, thành ủy']);
    expect(found[1].assignees).toEqual(['Các văn phòng']);
  });
});

describe('an activity and the agency line under it', () => {
  it('gives "- Nội dung: ..." the lead of "- Cơ quan thực hiện: X chủ trì, ..." and the sub-item’s ref (dev hcm-2025-11-kehoach-binhdanggioi)', () => {
    const found = extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'THÀNH PHỐ HỒ CHÍ MINH',
        'Số: 174/KH-UBND',
        'Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'Tổ chức Tháng hành động vì bình đẳng giới',
        'III. NỘI DUNG HOẠT ĐỘNG',
        '1. Nâng cao nhận thức của chính quyền các cấp, các ngành, các tổ chức và người dân về chính sách, pháp luật có liên quan đến phòng ngừa, ứng phó với bạo lực trên cơ sở giới',
        'a) Hoạt động 1',
        '- Nội dung: Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) và hưởng ứng “Ngày Quốc tế xóa bỏ mọi hình thức bạo lực đối với phụ nữ và trẻ em gái” (ngày 25/11).',
        '- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu, báo, đài và các đơn vị có liên quan.',
        'c) Hoạt động 3',
        '- Nội dung: Tuyên truyền, giáo dục về phòng ngừa, ứng phó bạo lực trên cơ sở giới trên các phương tiện truyền thông đại chúng và các hình thức cổ động trực quan.',
        '- Cơ quan thực hiện:',
        '+ Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu, báo, đài và các đơn vị có liên quan.',
        '+ Sở Xây dựng đăng tải thông điệp truyền thông Tháng hành động trên bảng quang báo thông tin giao thông của Thành phố.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['III.1.a', ['Sở Nội vụ']],
      ['III.1.c', ['Sở Văn hóa và Thể thao']],
      ['III.1.c', ['Sở Xây dựng']],
    ]);
    expect(found[0].text).toMatch(/^Triển khai Tháng hành động/u);
    expect(found[0].deadlines.map((d) => d.date)).toEqual(['2025-12-15']);
  });
});

describe('a heading’s units reach the items of its sub-items (dev daklak-2025-11-chithi-thamdinh-dautu)', () => {
  const CHI_THI = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH ĐẮK LẮK',
    'Số: 20/CT-UBND',
    'Đắk Lắk, ngày 24 tháng 11 năm 2025',
    'CHỈ THỊ',
    'VỀ VIỆC NÂNG CAO TRÁCH NHIỆM, TĂNG CƯỜNG PHỐI HỢP THẨM ĐỊNH GIẢI QUYẾT THỦ TỤC ĐẦU TƯ',
    '',
    'Nhằm khắc phục những tồn tại, hạn chế nêu trên, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường nâng cao trách nhiệm, tập trung thực hiện các nội dung sau:',
  ];

  it('gives the lettered items under "2.1. Trách nhiệm chung" the units of "2. Các sở, ban, ngành, địa phương: ..."', () => {
    const found = extract([
      ...CHI_THI,
      'I. Trách nhiệm phối hợp trong công tác thẩm định chủ trương đầu tư dự án',
      '2. Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến thẩm định, chịu trách nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh và pháp luật các nội dung sau:',
      '2.1. Trách nhiệm chung',
      'a) Đánh giá sự phù hợp của dự án đầu tư với quy hoạch tỉnh có liên quan đến mục tiêu hoạt động và nội dung đề xuất dự án đầu tư.',
      'b) Đánh giá sơ bộ về hiệu quả kinh tế - xã hội của dự án đầu tư, các điều kiện khác đối với nhà đầu tư theo quy định của pháp luật có liên quan.',
    ]);
    expect(found).toEqual([
      { ref: 'I.2.1.a', assignees: ['Các sở, ban, ngành, địa phương'] },
      { ref: 'I.2.1.b', assignees: ['Các sở, ban, ngành, địa phương'] },
    ]);
  });

  it('reads the subject of a numbered lead-in "5. Để ..., các Sở, ngành, UBND cấp xã ... triển khai thực hiện những nội dung sau:"', () => {
    const found = extract([
      ...CHI_THI,
      'II. Trách nhiệm trong quản lý dự án',
      '5. Để nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư, tăng cường công tác đánh giá, kiểm tra và giám sát các dự án đầu tư, các Sở, ngành, UBND cấp xã và các đơn vị có liên quan theo chức năng, nhiệm vụ, thẩm quyền quy định triển khai thực hiện những nội dung sau:',
      'a) Thực hiện đầy đủ, nghiêm túc các quy định của pháp luật về đầu tư, doanh nghiệp, đất đai, môi trường, nhà ở, xây dựng, thuế,... trong quá trình thẩm định và quản lý các dự án đầu tư.',
    ]);
    expect(found).toEqual([{ ref: 'II.5.a', assignees: ['các Sở, ngành', 'UBND cấp xã'] }]);
  });
});

describe('a paragraph after a heading’s items', () => {
  it('is one more task when a unit must act in it (dev ttg-2025-11-congdien-chiendich-quangtrung)', () => {
    const found = extractDirective(
      [
        'THỦ TƯỚNG CHÍNH PHỦ',
        'Số: 225/CĐ-TTg',
        'Hà Nội, ngày 30 tháng 11 năm 2025',
        'CÔNG ĐIỆN',
        'Về việc phát động Chiến dịch Quang Trung',
        '',
        'THỦ TƯỚNG CHÍNH PHỦ điện:',
        '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng.',
        '',
        'Thủ tướng Chính phủ yêu cầu:',
        '1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:',
        'a) Tổ chức xây dựng kế hoạch cụ thể, phát động và triển khai ngay "Chiến dịch Quang Trung" vào ngày 01/12/2025.',
        'c) Phát huy tinh thần tự lực, tự cường của địa phương và của người dân, chủ động bố trí, sử dụng hiệu quả, đúng mục đích mọi nguồn lực từ ngân sách nhà nước.',
        'Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về tính trung thực, chính xác, đầy đủ của thông tin, số liệu báo cáo về thiệt hại và đề xuất kiến nghị; đồng thời sử dụng các nguồn lực hiệu quả, đúng mục đích, đối tượng, phạm vi, chống lãng phí, tiêu cực.',
        '2. Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an chỉ đạo các đơn vị trực thuộc huy động tối đa lực lượng.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => r.ref)).toEqual(['1.a', '1.c', '1', '2']);
    expect(found[2].text).toMatch(/^Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm toàn diện/u);
    expect(found[2].assignees).toEqual(['Chủ tịch Ủy ban nhân dân cấp tỉnh']);
  });
});

describe('a heading that names a ministry or an agency', () => {
  it('"2. Bộ Xây dựng:" (dev ttg-2025-11-congdien-khanhthanh-khoicong) and "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án" (dev daklak-2025-11-chithi-thamdinh-dautu) name units', () => {
    expect(unitHeading('2. Bộ Xây dựng:')).toBe('Bộ Xây dựng');
    expect(unitHeading('3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án')).toBe(
      'Cơ quan chủ trì giải quyết thủ tục đầu tư dự án',
    );
    // dev cantho-2025-11-kehoach-chitra-khongtienmat, daklak-2025-11-chithi-thamdinh-dautu.
    expect(unitHeading('3. Ngân hàng Nhà nước chi nhánh khu vực 14')).toBe('Ngân hàng Nhà nước chi nhánh khu vực 14');
    expect(unitHeading('e) Thuế tỉnh Đắk Lắk')).toBe('Thuế tỉnh Đắk Lắk');
    expect(unitHeading('2. Báo cáo kết quả thực hiện')).toBeNull();
    // "Bộ hồ sơ", "Bộ tiêu chí": a set of papers or criteria, no unit.
    expect(unitHeading('2. Bộ tiêu chí đánh giá')).toBeNull();
  });

  it('"3. Các bước đánh giá" names steps, no unit (dev cantho-2025-11-kehoach-giamsat-giamngheo)', () => {
    expect(unitHeading('3. Các bước đánh giá')).toBeNull();
    expect(unitHeading('2. Các Sở, ngành, đơn vị liên quan')).toBe('Các Sở, ngành, đơn vị liên quan');
  });

  it('reads a heading on the head words of unit names, with their exceptions: "Phòng chống", "Phòng ngừa" name a topic (dev daklak-2025-11-kehoach-moitruong-saulu, hcm-2025-11-kehoach-binhdanggioi)', () => {
    expect(unitHeading('b) Phòng chống bệnh đường ruột')).toBeNull();
    expect(unitHeading('b) Phòng ngừa, ứng phó với bạo lực trên cơ sở giới')).toBeNull();
    // dev cantho-2025-11-chithi-nuocduoidat: an office holder's title opens a heading as a body's name does.
    expect(unitHeading('8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành')).toBe(
      'Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành',
    );
  });
});

describe('an approval a unit heading assigns', () => {
  it('"4. Ủy ban nhân dân cấp xã" / "- Phê duyệt kế hoạch giám sát, đánh giá, ..." is the unit’s task, not a decision (dev cantho-2025-11-kehoach-giamsat-giamngheo)', () => {
    const found = extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'THÀNH PHỐ CẦN THƠ',
        'Số: 160/KH-UBND',
        'Cần Thơ, ngày 19 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'GIÁM SÁT, ĐÁNH GIÁ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG',
        '',
        'VI. TỔ CHỨC THỰC HIỆN',
        '4. Ủy ban nhân dân cấp xã',
        '- Phê duyệt kế hoạch giám sát, đánh giá, phân công trách nhiệm cụ thể theo dõi cho các thành viên, phù hợp tình hình thực tế.',
        '- Tổ chức thực hiện giám sát, đánh giá theo Kế hoạch.',
        'Trên đây là Kế hoạch giám sát, đánh giá Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn thành phố Cần Thơ năm 2025. Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc vượt thẩm quyền, đề nghị các cơ quan, đơn vị kịp thời phản ánh về Sở Nông nghiệp và Môi trường tổng hợp, báo cáo Ủy ban nhân dân thành phố xem xét, quyết định./.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['VI.4.1', ['Ủy ban nhân dân cấp xã']],
      ['VI.4.2', ['Ủy ban nhân dân cấp xã']],
    ]);
  });
});

describe('a dash line over "+" lines', () => {
  it('is a sub-heading: its "+" lines are the tasks (dev cantho-2025-11-kehoach-giamsat-giamngheo)', () => {
    const found = extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'THÀNH PHỐ CẦN THƠ',
        'Số: 160/KH-UBND',
        'Cần Thơ, ngày 19 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'GIÁM SÁT, ĐÁNH GIÁ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG',
        '',
        'IV. PHƯƠNG PHÁP, CÁC BƯỚC GIÁM SÁT, ĐÁNH GIÁ',
        '3. Các bước đánh giá',
        '- Tổng hợp, báo cáo ở cấp thành phố',
        '+ Các cơ quan, đơn vị liên quan tổng hợp biểu mẫu báo cáo theo dự án, tiểu dự án, nội dung thành phần được phân công chủ trì, quản lý, thực hiện; báo cáo đánh giá và gửi Sở Nông nghiệp và Môi trường và Bộ, ngành trực tiếp quản lý.',
        '+ Sở Nông nghiệp và Môi trường tổng hợp chung các mẫu biểu theo quy định tại Thông tư số 10/2022/TT-BLĐTBXH.',
        '- Thu thập thông tin, tổng hợp, báo cáo ở địa phương.',
        '+ Định kỳ thu thập thông tin theo các mẫu biểu quy định tại Thông tư số 10/2022/TT-BLĐTBXH.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => r.ref)).toEqual(['IV.3.1.1', 'IV.3.1.2', 'IV.3.2.1']);
    expect(found[1].assignees).toEqual(['Sở Nông nghiệp và Môi trường']);
  });

  it('stays a task when a label line stands between it and the "+" lines (Kế hoạch of Quyết định 2623/QĐ-TTg, thuvienphapluat.vn ...-682619.aspx, not in the corpus)', () => {
    // https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-2623-QD-TTg-2025-trien-khai-thi-hanh-Luat-Bao-ve-du-lieu-ca-nhan-682619.aspx
    // (tnt305/tai_lieu_noi_bo src/etl/dataset/86367f2ddb2225cd.md): the "+" lines hang under "- Thời gian thực hiện:".
    const found = extractDirective(
      [
        'THỦ TƯỚNG CHÍNH PHỦ',
        'Số: 2623/QĐ-TTg',
        'Hà Nội, ngày 29 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN',
        '',
        'II. NỘI DUNG',
        '4. Rà soát văn bản quy phạm pháp luật',
        '- Nội dung: rà soát các văn bản quy phạm pháp luật có liên quan đến Luật thuộc thẩm quyền quản lý nhà nước được phân công; thực hiện theo thẩm quyền hoặc kiến nghị cấp có thẩm quyền kịp thời sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới các văn bản quy phạm pháp luật bảo đảm phù hợp với quy định của Luật và các văn bản quy phạm pháp luật quy định chi tiết, hướng dẫn thi hành có liên quan.',
        '- Cơ quan thực hiện: Bộ Công an tiến hành rà soát các văn bản quy phạm pháp luật có liên quan đến Luật thuộc thẩm quyền quản lý nhà nước; các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương rà soát văn bản quy phạm pháp luật có liên quan đến Luật thuộc phạm vi, lĩnh vực, địa bàn quản lý nhà nước được phân công.',
        '- Thời gian thực hiện:',
        '+ Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương gửi kết quả rà soát về Bộ Công an trước ngày 15 tháng 12 năm 2025.',
        '+ Bộ Công an tổng hợp kết quả rà soát, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => r.text)).toContainEqual(
      expect.stringMatching(
        /rà soát các văn bản quy phạm pháp luật có liên quan đến Luật thuộc thẩm quyền quản lý nhà nước được phân công/u,
      ),
    );
    expect(found.map((r) => r.ref)).not.toContain('II.4.1.1');
  });

  it('stays a task when it lists what it is made of ("... bao gồm:", dev baccamranh-2025-11-kehoach-giamsat-baucu)', () => {
    const found = extractDirective(
      [
        'ỦY BAN MTTQ VIỆT NAM',
        'PHƯỜNG BẮC CAM RANH',
        'Số: 05/KH-MTTQ',
        'Bắc Cam Ranh, ngày 20 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'Kiểm tra, giám sát công tác bầu cử',
        '',
        'IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT',
        '3. Tổ chức đoàn kiểm tra, giám sát',
        '- Ban Thường trực Ủy ban MTTQ Việt Nam phường chủ trì tổ chức đoàn kiểm tra, giám sát công tác bầu cử trên địa bàn. Cụ thể:',
        '- Ban hành quyết định thành lập Đoàn kiểm tra, giám sát bao gồm:',
        '+ Trưởng đoàn: Đại diện Ban Thường trực Ủy ban MTTQ Việt Nam phường',
        '+ Ban Thường trực Ủy ban MTTQ phường thành lập đoàn kiểm tra, giám sát công tác bầu cử ở 100% ở nơi tổ chức bầu cử lại, bầu cử bổ sung (nếu có).',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => r.text)).toContainEqual(
      expect.stringMatching(/^Ban hành quyết định thành lập Đoàn kiểm tra, giám sát bao gồm/u),
    );
    expect(unitHeading('3. Ban hành quyết định thành lập Đoàn kiểm tra, giám sát bao gồm:')).toBeNull();
    expect(unitHeading('3. Ban Thường trực Ủy ban MTTQ Việt Nam phường:')).toBe(
      'Ban Thường trực Ủy ban MTTQ Việt Nam phường',
    );
  });
});

describe('an aside in a unit heading', () => {
  it('is part of the name when it lists the bodies (dev daklak-2025-11-chithi-thamdinh-dautu), not when it gives examples (dev quangtri-2025-11-chithi-lanchiem-rung)', () => {
    expect(
      unitHeading(
        '1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh):',
      ),
    ).toBe(
      'Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh)',
    );
    expect(
      unitHeading(
        '5. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)',
      ),
    ).toBe('Các chủ rừng là tổ chức');
  });
});

describe('a unit heading that lists two bodies', () => {
  it('"đ) Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh" gives both, split as a sentence’s subject is (dev daklak-2025-11-chithi-thamdinh-dautu)', () => {
    const found = extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH ĐẮK LẮK',
        'Số: 010/CT-UBND',
        'Đắk Lắk, ngày 17 tháng 11 năm 2025',
        'CHỈ THỊ',
        'VỀ VIỆC NÂNG CAO TRÁCH NHIỆM, TĂNG CƯỜNG PHỐI HỢP THẨM ĐỊNH GIẢI QUYẾT THỦ TỤC ĐẦU TƯ',
        '',
        'Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường nâng cao trách nhiệm, tập trung thực hiện các nội dung sau:',
        '2. Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến thẩm định, chịu trách nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh và pháp luật các nội dung sau:',
        '2.2. Trách nhiệm cụ thể',
        'đ) Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh',
        '- Đánh giá sự phù hợp của dự án đầu tư với lĩnh vực an ninh, quốc phòng, biên giới, hải đảo;',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([['2.2.đ.1', ['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh']]]);
  });
});

describe('a numbered item over lettered items', () => {
  it('is a heading even when it ends in a full stop, and "- Nội dung:" over "+" lines is one activity (dev hcm-2025-11-kehoach-binhdanggioi)', () => {
    const found = extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'THÀNH PHỐ HỒ CHÍ MINH',
        'Số: 174/KH-UBND',
        'Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'Tổ chức Tháng hành động vì bình đẳng giới',
        '',
        'III. NỘI DUNG HOẠT ĐỘNG',
        '2. Duy trì, phát triển các mô hình liên quan đến công tác phòng ngừa, ứng phó với bạo lực trên cơ sở giới.',
        'a) Hoạt động 1',
        '- Nội dung:',
        '+ Tổng kết “Mô hình một cửa hỗ trợ phụ nữ và trẻ em trên địa bàn Thành phố Hồ Chí Minh” triển khai thí điểm tại Bệnh viện Hùng Vương với hình thức phù hợp với điều kiện tình hình thực tế.',
        '+ Tập huấn nâng cao năng lực cho đội ngũ cán bộ, y bác sỹ, nhân viên và người lao động tham gia cung cấp dịch vụ công tác xã hội cho phụ nữ, trẻ em, nhóm đối tượng yếu thế là nạn nhân của bạo lực, xâm hại, mang thai ngoài ý muốn tại 04 Mô hình một cửa.',
        '- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố và các đơn vị có liên quan.',
        'b) Hoạt động 2',
        '- Nội dung: Triển khai các mô hình phòng ngừa, các dịch vụ như cung cấp thông tin, kết nối dịch vụ hỗ trợ, can thiệp đối với người bị bạo lực, xâm hại tình dục tại cơ sở y tế, cơ sở giáo dục và đào tạo.',
        '- Cơ quan thực hiện: Sở Giáo dục và Đào tạo và Sở Y tế chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố và các đơn vị có liên quan.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['III.2.a', ['Sở Y tế']],
      ['III.2.b', ['Sở Giáo dục và Đào tạo', 'Sở Y tế']],
    ]);
    expect(found[0].text).toMatch(/thực tế\. Tập huấn nâng cao năng lực .* 04 Mô hình một cửa$/u);
  });
});

describe('prose tasks', () => {
  it('the last paragraph, closed by "./.", is the item a lead-in "đề nghị:" asks for (dev bvhttdl-2009-12-tuyentruyen-ngayle)', () => {
    const found = extractDirective(
      [
        'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        'Số: 4542/BVHTTDL-VP',
        'Hà Nội, ngày 18 tháng 12 năm 2009',
        'V/v tuyên truyền các ngày lễ lớn năm 2010',
        'Kính gửi: Các cơ quan báo chí thuộc Bộ',
        '',
        'Bộ Văn hóa, Thể thao và Du lịch nhận được Hướng dẫn số 91-HD/BTGTW về việc Tuyên truyền, giáo dục các Ngày lễ lớn năm 2010 (có kèm theo sau). Để đảm bản công tác tuyên truyền thiết thực, hiệu quả, Bộ Văn hóa, Thể thao và Du lịch đề nghị:',
        '',
        'Các cơ quan báo chí thuộc Bộ chủ động xây dựng kế hoạch, nội dung tuyên truyền; mở các chuyên trang, chuyên mục, thông tin kịp thời các hoạt động kỷ niệm trong năm 2010 đến các tầng lớp nhân dân, góp phần phục vụ các nhiệm vụ chính trị của Ngành và của đất nước theo Hướng dẫn của Ban Tuyên giáo Trung ương ngày 04 tháng 12 năm 2009./.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => r.text)).toEqual([
      expect.stringMatching(/^Các cơ quan báo chí thuộc Bộ chủ động xây dựng kế hoạch/u),
    ]);
  });

  it('"Ủy ban nhân dân các tỉnh: Ninh Bình, ... đẩy nhanh các thủ tục ..." directs those provinces (dev vpcp-2025-11-vatlieu-caotoc-ct08)', () => {
    const found = extractDirective(
      [
        'VĂN PHÒNG CHÍNH PHỦ',
        'Số: 11780/VPCP-CN',
        'Hà Nội, ngày 24 tháng 11 năm 2025',
        'V/v cung ứng vật liệu xây dựng cho Dự án cao tốc Ninh Bình - Hải Phòng',
        'Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang.',
        '',
        'Xét báo cáo và đề xuất, kiến nghị của Ủy ban nhân dân tỉnh Hưng Yên, Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến như sau:',
        'Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên khẩn trương làm việc với các địa phương có liên quan theo chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 627/TB-VPCP ngày 18 tháng 11 năm 2025 của Văn phòng Chính phủ để đảm bảo nguồn cung vật liệu xây dựng phục vụ Dự án; báo cáo Thủ tướng Chính phủ kết quả trước ngày 03 tháng 12 năm 2025. Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy nhanh các thủ tục theo quy định của pháp luật để hỗ trợ tỉnh Hưng Yên đảm bảo nguồn cung vật liệu xây dựng phục vụ thi công đáp ứng tiến độ thực hiện, hoàn thành Dự án theo đúng quy định.',
        'Văn phòng Chính phủ thông báo để các địa phương, cơ quan, đơn vị có liên quan biết, thực hiện./.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => r.assignees)).toEqual([
      ['Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên'],
      ['Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang'],
    ]);
  });
});
