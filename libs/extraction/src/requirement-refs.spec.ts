/**
 * Which items are requirements and what their ref is, read off the structure of real directives: each test quotes
 * (shortened) lines of a dev document of samples/corpus (its id in the test name); what is expected follows the corpus
 * README ("How gold is written").
 */
import { extractDirective } from './extract-directive.js';

const requirements = (lines: string[]) =>
  extractDirective(lines.join('\n')).directive.requirements.map((r) => ({ ref: r.ref, text: r.text }));

describe('capital-letter divisions above the parts', () => {
  it('prefixes the division to the path and skips its aims (dev bcdqg1237-2013-11-kehoach-haicot-lietsi)', () => {
    const found = requirements([
      'BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ',
      'Số: 252/KH-BCĐQG1237',
      'Hà Nội, ngày 11 tháng 11 năm 2013',
      'KẾ HOẠCH',
      'Triển khai thực hiện Đề án tìm kiếm, quy tập hài cốt liệt sĩ',
      '',
      'A. MỤC ĐÍCH, YÊU CẦU',
      '',
      '1. Mục đích',
      '',
      'Nhằm cụ thể hóa nội dung Chỉ thị của Bộ Chính trị; phân công nhiệm vụ cụ thể cho các cơ quan.',
      '',
      'B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020',
      '',
      'I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN',
      '',
      '1. Nội dung, biện pháp',
      '',
      'a) Tổ chức Hội nghị quán triệt và triển khai thực hiện Chỉ thị số 24-CT/TW ngày 15/5/2013 của Bộ Chính trị;',
      '',
      'b) Tổ chức triển khai thực hiện các chủ trương của Đảng, văn bản quy định của Nhà nước đến cơ sở.',
      '',
      '2. Cơ quan chủ trì',
      '',
      '- Ban Chỉ đạo quốc gia.',
      '',
      '3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.',
      '',
      'C. MỘT SỐ NỘI DUNG, GIẢI PHÁP TRỌNG TÂM TỪ NAY ĐẾN NĂM 2015',
      '',
      '1. Tập trung nghiên cứu hoàn thành việc xây dựng, ban hành các văn bản quy phạm pháp luật về nhiệm vụ tìm kiếm, quy tập hài cốt liệt sĩ (trong năm 2013).',
      '',
      '2. Tổng kết giai đoạn năm 2013 - 2015; bổ sung kế hoạch giai đoạn năm 2016 - 2020.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['B.I.1.a', 'B.I.1.b', 'C.1', 'C.2']);
  });
});

describe('the contents a report must hold', () => {
  it('reads the items after "... báo cáo ... theo các nội dung cụ thể sau:" as the report’s contents (dev bgddt-2015-12-dongphuc-baocao)', () => {
    const found = requirements([
      'BỘ GIÁO DỤC VÀ ĐÀO TẠO',
      'Số: 6435/BGDĐT-CTHSSV',
      'V/v yêu cầu báo cáo công tác chỉ đạo việc may, mua đồng phục của học sinh năm học 2015 - 2016',
      'Hà Nội, ngày 10 tháng 12 năm 2015',
      'Kính gửi: Các sở giáo dục và đào tạo',
      'Thực hiện Chương trình công tác năm 2015 của Bộ Giáo dục và Đào tạo; Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo báo cáo tình hình thực hiện Thông tư 26 theo các nội dung cụ thể sau:',
      '1. Công tác chỉ đạo về việc may, mặc đồng phục năm học 2015 - 2016, kết quả tổ chức thực hiện của các cơ sở giáo dục.',
      '2. Công tác kiểm tra, giám sát, đôn đốc và xử lý sai phạm trong việc thực hiện may, mặc đồng phục của các nhà trường.',
      '3. Những đề xuất, kiến nghị và ý kiến khác.',
      'Nhận được công văn này, Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo chỉ đạo các cơ sở giáo dục trên địa bàn triển khai thực hiện các nội dung trên, tổng hợp và báo cáo bằng văn bản gửi về Bộ Giáo dục và Đào tạo trước ngày 20/12/2015.',
    ]);
    expect(found).toEqual([
      {
        ref: '1',
        text: 'Nhận được công văn này, Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo chỉ đạo các cơ sở giáo dục trên địa bàn triển khai thực hiện các nội dung trên, tổng hợp và báo cáo bằng văn bản gửi về Bộ Giáo dục và Đào tạo trước ngày 20/12/2015',
      },
    ]);
  });
});

describe('a conclusion’s assessment that turns to what the province must do', () => {
  const header = [
    'VĂN PHÒNG CHÍNH PHỦ',
    'Số: 634/TB-VPCP',
    'Hà Nội, ngày 22 tháng 11 năm 2025',
    'THÔNG BÁO',
    'Kết luận của Thủ tướng Chính phủ tại buổi làm việc với tỉnh',
  ];
  const tasks = [
    'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    '1. Bộ Xây dựng khẩn trương rà soát, bàn giao dự án cho Tỉnh trong năm 2025.',
  ];

  it('reads the paragraph closing a numbered assessment item as that item’s task (dev vpcp-2025-11-tbkl-thanhhoa)', () => {
    const found = extractDirective(
      [
        ...header,
        'I. ĐÁNH GIÁ CHUNG',
        '3. Một số tồn tại, hạn chế, khó khăn, thách thức:',
        'Bên cạnh những kết quả tích cực đã đạt được, Thanh Hóa cần tiếp tục có những giải pháp quyết liệt. Trong đó: tăng trưởng kinh tế của tỉnh chưa bền vững.',
        'Tỉnh Thanh Hóa cần nỗ lực, phấn đấu hơn nữa, khẩn trương khắc phục hiệu quả những tồn tại, hạn chế để thực hiện thắng lợi các mục tiêu, nhiệm vụ năm 2025.',
        ...tasks,
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['I.3', ['Tỉnh Thanh Hóa']],
      ['II.1', ['Bộ Xây dựng']],
    ]);
  });

  it('gives each sentence of an unnumbered directing paragraph its position (dev vpcp-2025-11-tbkl-dienbien)', () => {
    const found = extractDirective(
      [
        ...header,
        'I. ĐÁNH GIÁ CHUNG',
        'Thay mặt Thủ tướng Chính phủ, biểu dương tinh thần nỗ lực của Đảng bộ, chính quyền và nhân dân tỉnh. Tỉnh đã hoàn thành nhà ở cho hộ nghèo.',
        'Trong thời gian tới, Tỉnh tổ chức thực hiện nghiêm túc nhiệm vụ, chỉ tiêu Trung ương giao. Tập trung ưu tiên đầu tư các lĩnh vực giáo dục và y tế.',
        ...tasks,
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['1', ['Tỉnh']],
      ['2', ['Tỉnh']],
      ['II.1', ['Bộ Xây dựng']],
    ]);
  });
});

describe('a name wrapped at its dash in a web copy', () => {
  it('keeps "- Viễn thông Quân đội ..." in the item it continues (dev vpcp-2025-11-tbkl-thanhhoa)', () => {
    const found = requirements([
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 634/TB-VPCP',
      'Hà Nội, ngày 22 tháng 11 năm 2025',
      'THÔNG BÁO',
      'Kết luận của Thủ tướng Chính phủ tại buổi làm việc với tỉnh',
      '',
      '1. Bộ Xây dựng khẩn trương rà soát, sớm bàn giao',
      'dự án cho Tỉnh trong năm 2025.',
      '',
      '2. Giao Bộ Nội vụ chủ trì, phối hợp với các cơ quan liên quan nghiên cứu,',
      'tổng hợp, báo cáo Chính phủ trước ngày 30 tháng 11 năm 2025.',
      '',
      '3. Ủy ban nhân dân tỉnh Thanh Hóa khẩn trương báo cáo Thủ tướng Chính phủ',
      'trước ngày 01 tháng 12 năm 2025.',
      '',
      '4. Giao Bộ Tài chính chủ trì phối hợp với Bộ Xây dựng xem xét, xử lý',
      'theo đúng quy định.',
      '',
      '5. Giao Bộ Y tế chủ trì nghiên cứu kiến nghị của Tỉnh,',
      'báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.',
      '',
      '6. Giao Bộ Công Thương chủ trì nghiên cứu kiến nghị của Tỉnh,',
      'báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.',
      '',
      '7. Giao Bộ Tư pháp chủ trì nghiên cứu kiến nghị của Tỉnh,',
      'báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.',
      '',
      '8. Giao Bộ Ngoại giao chủ trì nghiên cứu kiến nghị của Tỉnh,',
      'báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.',
      '',
      '9. Các Bộ, cơ quan liên quan và các Tập đoàn: Công',
      'nghiệp - Năng lượng Quốc gia Việt Nam, Bưu chính viễn thông Việt Nam, Công nghiệp',
      '- Viễn thông Quân đội theo chức năng, nhiệm vụ và thẩm quyền, phối hợp',
      'chặt chẽ với Tỉnh để xử lý các kiến nghị của tỉnh.',
      '',
      '10. Giao Bộ Quốc phòng chủ trì nghiên cứu kiến nghị của Tỉnh,',
      'báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(found[8].text).toMatch(/Công nghiệp - Viễn thông Quân đội theo chức năng/u);
  });
});

describe('one item, two units each told their task', () => {
  const header = ['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 230/CĐ-TTg', 'Hà Nội, ngày 24 tháng 11 năm 2025', 'CÔNG ĐIỆN'];

  it('splits off the sentence that turns to another unit, same ref (dev ttg-2025-11-congdien-duan-tondong)', () => {
    const found = extractDirective(
      [
        ...header,
        'THỦ TƯỚNG CHÍNH PHỦ điện:',
        '- Bộ trưởng các Bộ;',
        '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.',
        '1. Cơ quan thanh tra khẩn trương hoàn thành việc thanh tra trước ngày 26/11/2025.',
        '2. UBND các tỉnh khẩn trương rà soát các dự án tồn đọng. UBND thành phố Đà Nẵng khẩn trương hoàn thành việc rà soát trước ngày 30/11/2025.',
        '3. Các bộ, cơ quan ngang bộ khẩn trương triển khai hiệu quả các nhiệm vụ nêu trên. Đề nghị các đồng chí Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ chỉ đạo quyết liệt, khẩn trương tháo gỡ vướng mắc cho các dự án.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.text.slice(0, 40)])).toEqual([
      ['1', 'Cơ quan thanh tra khẩn trương hoàn thành'],
      ['2', 'UBND các tỉnh khẩn trương rà soát các dự'],
      ['3', 'Các bộ, cơ quan ngang bộ khẩn trương tri'],
      ['3', 'Đề nghị các đồng chí Bộ trưởng, Thủ trưở'],
    ]);
  });

  it('splits at "Để ..., <unit> ..." and keeps a purpose-less passive whole (dev vpcp-2025-11-tbkl-thanhhoa)', () => {
    const found = extractDirective(
      [
        ...header,
        '1. Về đầu tư kho dầu thô dự trữ quốc gia: với vai trò là chủ đầu tư, Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam chủ động làm việc với các Tập đoàn lớn trên thế giới. Để xác định vị trí cụ thể của dự án, Ủy ban nhân dân tỉnh Thanh Hóa phối hợp với Bộ Công Thương rà soát kỹ các quy hoạch có liên quan, báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.',
        '2. Bộ Tài chính khẩn trương tổng hợp kiến nghị của các địa phương. Để triển khai, Bộ Tài chính được giao xây dựng dự thảo Nghị định trước ngày 30/12/2025.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => r.ref)).toEqual(['1', '1', '2']);
    expect(found[1].assignees).toEqual(['Ủy ban nhân dân tỉnh Thanh Hóa']);
    expect(found[2].assignees).toEqual(['Bộ Tài chính']);
  });
});

describe('one item, a ";" that opens with a capital turns to another unit', () => {
  const header = [
    'VĂN PHÒNG CHÍNH PHỦ',
    'Số: 640/TB-VPCP',
    'Hà Nội, ngày 20 tháng 11 năm 2025',
    'THÔNG BÁO',
    'Kết luận của Ban Chỉ đạo',
    'III. NHIỆM VỤ TRỌNG TÂM',
  ];
  const read = (items: string[]) => extractDirective([...header, ...items].join('\n')).directive.requirements;

  it('gives each unit its part and its own deadline (dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5 III.3.(2))', () => {
    const found = read([
      '1. Bộ Công an chủ trì, phối hợp các bộ, cơ quan liên quan ban hành hướng dẫn để các bộ, ngành, địa phương thực hiện việc rà soát, đánh giá và xếp hạng chất lượng các cơ sở dữ liệu; hoàn thành việc ban hành hướng dẫn trước ngày 25 tháng 11 năm 2025; Các bộ, ngành, địa phương căn cứ hướng dẫn của Bộ Công an tổ chức rà soát, đánh giá và xếp hạng chất lượng các cơ sở dữ liệu thuộc phạm vi quản lý; gửi kết quả về Bộ Công an trước ngày 10 tháng 12 năm 2025; Bộ Công an tổng hợp, thẩm định, đánh giá lại và xếp hạng chất lượng các cơ sở dữ liệu trên phạm vi toàn quốc.',
    ]);
    expect(found.map((r) => r.text.slice(0, 30))).toEqual([
      'Bộ Công an chủ trì, phối hợp c',
      'Các bộ, ngành, địa phương căn ',
      'Bộ Công an tổng hợp, thẩm định',
    ]);
    expect(found.map((r) => r.deadlines.map((d) => d.date))).toEqual([['2025-11-25'], ['2025-12-10'], []]);
  });

  it('splits after a basis that leads to a unit (dev dongthap-2025-12-kehoach-chuyendoiso-doanhnghiep IV.7)', () => {
    const found = read([
      '1. Trên cơ sở Kế hoạch này, các sở, ban, ngành Tỉnh tổ chức thực hiện nhiệm vụ được giao gắn với nhiệm vụ của cơ quan, đơn vị; Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao, xây dựng kế hoạch, chương trình cụ thể để triển khai thực hiện.',
    ]);
    expect(found.map((r) => r.text.slice(0, 30))).toEqual([
      'Trên cơ sở Kế hoạch này, các s',
      'Ủy ban nhân dân các xã, phường',
    ]);
  });

  it('turns to the unit after "Trên cơ sở đề xuất của ...," (dev cp-2026-05-nq-phienhop-thuongky-thang4 PL.2.a)', () => {
    const found = read([
      '1. Khẩn trương rà soát hoàn thiện, bổ sung các chỉ tiêu tăng trưởng dự kiến, gửi Bộ Tài chính trước ngày 06 tháng 5 năm 2026; chủ động triển khai các nhiệm vụ, giải pháp theo thẩm quyền. Trên cơ sở đề xuất của các địa phương, Bộ Tài chính khẩn trương phối hợp với các Bộ, cơ quan rà soát, hoàn thiện, trình Chính phủ trước ngày 10 tháng 5 năm 2026.',
    ]);
    expect(found.map((r) => r.deadlines.map((d) => d.date))).toEqual([['2026-05-06'], ['2026-05-10']]);
    expect(found[1].assignees).toEqual(['Bộ Tài chính']);
  });

  it('keeps a list of units and a basis without subject whole (dev bcdqg1237-2013-11-kehoach-haicot-lietsi B.II.1.a, dongthap-2025-11-kehoach-doimoi-congnghe V.4.1)', () => {
    const found = read([
      '1. Xây dựng, ban hành Quy chế, Kế hoạch của Ban Chỉ đạo quốc gia; Ban Chỉ đạo các quân khu, Ban Chỉ đạo các tỉnh triển khai thực hiện Đề án tìm kiếm, quy tập hài cốt liệt sĩ; các kế hoạch hằng năm.',
      '2. Trên cơ cở tổng hợp nhu cầu và đề xuất từ các sở, ban, ngành tỉnh và cơ quan, đơn vị liên quan; Sở Tài chính tham mưu Ủy ban nhân dân Tỉnh bố trí, cân đối và huy động các nguồn lực tài chính cho hoạt động đổi mới công nghệ.',
      '3. Thủ trưởng các Sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường có trách nhiệm tổ chức thực hiện Kế hoạch này.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['III.1', 'III.2', 'III.3']);
  });
});

describe('the ref of an unnumbered requirement is its position in the final list', () => {
  it('numbers a request after announced items by the items kept, not by those read (dev duchop-2021-12-tamdung-tiepdan)', () => {
    const found = requirements([
      'ỦY BAN NHÂN DÂN',
      'XÃ ĐỨC HỢP',
      'Số: 12/TB-UBND',
      'Đức Hợp, ngày 24 tháng 12 năm 2021',
      'THÔNG BÁO',
      'Về việc tạm dừng tiếp công dân để phòng, chống dịch Covid-19',
      'Ủy ban nhân dân xã Đức Hợp thông báo như sau:',
      '1. Tạm dừng hoạt động tiếp công dân tại Trụ sở UBND xã Đức Hợp kể từ ngày 23/12/2021 để phòng, chống dịch Covid-19.',
      '2. UBND xã chỉ xem xét, xử lí đơn thư, khiếu nại, tố cáo của công dân gửi đến qua bưu điện.',
      'Vậy UBND xã thông báo tới toàn thể cán bộ và nhân dân trong xã biết và thực hiện.',
      'Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo liên tục trên hệ thống truyền thanh xã, thôn để toàn thể nhân dân biết thực hiện./.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['1']);
    expect(
      Object.getOwnPropertySymbols(
        extractDirective('Đề nghị các đơn vị báo cáo trước ngày 20/12/2025.').directive.requirements[0],
      ),
    ).toEqual([]);
  });
});

describe("a heading's one task given on labelled lines", () => {
  const header = [
    'ỦY BAN NHÂN DÂN',
    'THÀNH PHỐ HỒ CHÍ MINH',
    'Số: 172/KH-UBND',
    'Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2025',
    'KẾ HOẠCH',
    'Triển khai thi hành Luật Việc làm',
  ];

  it('reads "- Nội dung thực hiện: ..." as the heading’s task, led by its "Cơ quan chủ trì" (dev hcm-2025-11-kehoach-luat-vieclam)', () => {
    const found = extractDirective(
      [
        ...header,
        'II. NỘI DUNG',
        '1. Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên môn, nghiệp vụ',
        '- Nội dung thực hiện: Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên môn, nghiệp vụ cho cán bộ, công chức trực tiếp làm công tác việc làm.',
        '- Cơ quan chủ trì: Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Tài chính.',
        '- Cơ quan phối hợp: Bảo hiểm xã hội Thành phố, Ủy ban nhân dân xã, phường, đặc khu.',
        '- Thời gian thực hiện: Năm 2025 và các năm tiếp theo.',
        '2. Sở Tài chính chủ trì, phối hợp với các sở, ngành bố trí kinh phí chi thường xuyên theo quy định.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['II.1', ['Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Sở Tài chính']],
      ['II.2', ['Sở Tài chính']],
    ]);
  });

  it('reads "- Điểm quan trắc: ..." over "- Thông số ...:" as the sub-item’s one task (dev thanhhoa-2025-11-kehoach-quantrac-thuysan)', () => {
    const found = requirements([
      ...header,
      'II. NỘI DUNG KẾ HOẠCH',
      '1. Quan trắc, cảnh báo môi trường nuôi trồng thủy sản',
      '1.1. Ngao',
      '- Điểm quan trắc: Thực hiện quan trắc môi trường nước nuôi ngao tại bãi nuôi ngao Hải Châu - phường Ngọc Sơn; mỗi bãi ngao lấy mẫu 01 vị trí.',
      '- Thông số, tần suất, thời gian và số lượng mẫu quan trắc:',
      '+ Các thông số: pH, độ mặn, DO quan trắc với tần suất 2 lần/tháng; số lượng mẫu quan trắc 64 mẫu/năm.',
      '1.2. Cá lồng nước ngọt',
      '- Điểm quan trắc: Thực hiện quan trắc môi trường nước tại khu vực nuôi cá lồng Cành Nàng - xã Bá Thước.',
      '- Thông số, tần suất, thời gian và số lượng mẫu quan trắc: pH, DO, COD quan trắc với tần suất 2 lần/tháng.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tài chính: Căn cứ khả năng cân đối ngân sách, trình cấp có thẩm quyền phê duyệt kinh phí thực hiện kế hoạch trước ngày 15/12/2026.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['II.1.1', 'II.1.2', 'IV.1']);
    expect(found[0].text).toMatch(/^Thực hiện quan trắc môi trường nước nuôi ngao/u);
  });
});

describe('a paragraph that sets a case of the item above it', () => {
  it('goes on with the lettered or dash item, keeping the letters’ path (dev daklak-2025-11-chithi-thamdinh-dautu)', () => {
    const found = requirements([
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐẮK LẮK',
      'Số: 10/CT-UBND',
      'Đắk Lắk, ngày 17 tháng 11 năm 2025',
      'CHỈ THỊ',
      'Về tăng cường phối hợp thẩm định hồ sơ dự án đầu tư',
      'I. TRÁCH NHIỆM CỦA CÁC CƠ QUAN',
      '2. Các sở, ban, ngành, địa phương: chịu trách nhiệm trước UBND tỉnh các nội dung sau:',
      '2.1. Trách nhiệm chung',
      'a) Đánh giá sự phù hợp của dự án đầu tư với quy hoạch tỉnh có liên quan.',
      'Khi đánh giá sự phù hợp của dự án đầu tư với quy hoạch tỉnh thì thực hiện đánh giá sự phù hợp của dự án với mục tiêu, định hướng phát triển.',
      'Đối với các dự án có liên quan đến quy hoạch cấp quốc gia chưa được phê duyệt, có trách nhiệm tham mưu UBND tỉnh xin ý kiến bằng văn bản.',
      'b) Đánh giá sơ bộ về hiệu quả kinh tế - xã hội của dự án đầu tư.',
      'Có kết luận cụ thể về việc thống nhất hay không thống nhất chủ trương đầu tư dự án.',
      'c) Chịu trách nhiệm về nội dung thẩm định và giải trình của cơ quan mình thuộc lĩnh vực quản lý.',
      '2.2. Trách nhiệm cụ thể',
      'b) Sở Xây dựng',
      '- Đánh giá sự phù hợp của dự án đầu tư với quy hoạch xây dựng, đô thị.',
      'Khi đánh giá sự phù hợp của dự án đầu tư với quy hoạch đô thị, nội dung thẩm định phải có đánh giá về sự phù hợp với quy hoạch phân khu.',
      '- Đánh giá nhu cầu sử dụng đất phù hợp với mục tiêu, quy mô của dự án; chịu trách nhiệm trước Chủ tịch UBND tỉnh.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['I.2.1.a', 'I.2.1.b', 'I.2.1.c', 'I.2.2.b.1', 'I.2.2.b.2']);
    expect(found[0].text).toMatch(/đơn vị|văn bản$/u);
    expect(found[3].text).toMatch(/quy hoạch phân khu$/u);
  });
});
