/**
 * Requirement detection on texts outside the corpus, quoted from documents kept in the public repository
 * johnPa02/thuvienphapluat-crawler (crawls of a legal-document site; the file is named in each test). None of them is in
 * samples/corpus; what is expected follows the corpus README ("requirements").
 */
import { extractDirective } from './extract-directive.js';
import { unitMustAct } from './directing-sentences.js';

const texts = (lines: string[]) => extractDirective(lines.join('\n')).directive.requirements.map((r) => r.text);

describe('the units that open a sentence, then what they must do (Chỉ thị 299/TTg, crawl/dat_dai/Chỉ_thị_299_TTg.txt)', () => {
  it('a list of units, however long, before the verb', () => {
    expect(
      unitMustAct(
        'Ủy ban kế hoạch Nhà nước, các Bộ Vật tư, lương thực và thực phẩm, Nội thương, Tài chính, Công nghiệp nhẹ, Ngân hàng Nhà nước Việt Nam... giải quyết kinh phí, vật tư, thiết bị kỹ thuật, lương thực, thực phẩm, phương tiện giao thông, nhiên liệu... cần thiết để công tác này triên khai được thuận lợi.',
      ),
    ).toBe(true);
  });

  it('an aside after the unit', () => {
    expect(
      unitMustAct(
        'Ủy ban Nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương) cử một đồng chí Phó Chủ tịch trực tiếp chỉ đạo công tác này.',
      ),
    ).toBe(true);
  });

  it('"có nhiệm vụ" and "cần" say what a unit must do', () => {
    expect(
      unitMustAct(
        'Tổng Cục Quản lý ruộng đất có nhiệm vụ hướng dẫn cụ thể và giúp các địa phương đào tạo, bồi dưỡng cán bộ để các Ban quản lý ruộng đất và các Hội đồng đăng ký ruộng đất thực hiện tốt nhiệm vụ công tác.',
      ),
    ).toBe(true);
    expect(
      unitMustAct(
        'UBND các tỉnh, thành phố cần huy động và sử dụng mọi lực lượng cán bộ và khả năng vật tư, tài chính hiện có của địa phương để xây dựng kế hoạch thực hiện công tác này trong địa phương mình.',
      ),
    ).toBe(true);
  });

  it('what is being explained, or the issuer announcing guidance (dev/btc-2014-12-luathaiquan-huongdan), is not', () => {
    expect(unitMustAct('Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:')).toBe(false);
    expect(
      unitMustAct(
        'Công tác đo đạc, phân hạng và đăng ký thống kê sử dụng ruộng đất này cần được hoàn thành tốt trong một thời gian tương đối ngắn.',
      ),
    ).toBe(false);
  });

  it("after a unit's lettered items, each paragraph in which units must act is a task; the closing call is not", () => {
    const found = texts([
      'THỦ TƯỚNG CHÍNH PHỦ',
      'Số: 299/TTg',
      'Hà Nội, ngày 10 tháng 11 năm 1980',
      'CHỈ THỊ',
      'VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC',
      '3. Về tổ chức chỉ đạo:',
      'a) Tổng Cục Quản lý ruộng đất có trách nhiệm:',
      '- Xây dựng các phương án kỹ thuật, kế hoạch tiến hành và tổ chức thực hiện công tác đo đạc, phân hạng và đăng ký thống kê ruộng đất.',
      'e) Tổng cục thống kê có trách nhiệm phối hợp với Tổng cục quản lý ruộng đất xây dựng và triển khai các quy trình kỹ thuật có liên quan đến công tác thống kê.',
      'Ủy ban Nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương) cử một đồng chí Phó Chủ tịch trực tiếp chỉ đạo công tác này.',
      'Thành phần của Hội đồng gồm có: Chủ tịch UBND xã làm Chủ tịch Hội đồng; cán bộ quản lý ruộng đất làm ủy viên thư ký.',
      'UBND các tỉnh, thành phố cần huy động và sử dụng mọi lực lượng cán bộ và khả năng vật tư, tài chính hiện có của địa phương để xây dựng kế hoạch thực hiện công tác này trong địa phương mình.',
      'Thủ tướng Chính phủ yêu cầu các ngành, các cấp tập trung lực lượng để hoàn thành công tác này theo đúng thời gian quy định.',
      'K/T THỦ TƯỚNG CHÍNH PHỦ',
      'PHÓ THỦ TƯỚNG',
      'Tố Hữu',
    ]);
    expect(found).toEqual([
      'Xây dựng các phương án kỹ thuật, kế hoạch tiến hành và tổ chức thực hiện công tác đo đạc, phân hạng và đăng ký thống kê ruộng đất',
      'Tổng cục thống kê có trách nhiệm phối hợp với Tổng cục quản lý ruộng đất xây dựng và triển khai các quy trình kỹ thuật có liên quan đến công tác thống kê',
      'Ủy ban Nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương) cử một đồng chí Phó Chủ tịch trực tiếp chỉ đạo công tác này',
      'UBND các tỉnh, thành phố cần huy động và sử dụng mọi lực lượng cán bộ và khả năng vật tư, tài chính hiện có của địa phương để xây dựng kế hoạch thực hiện công tác này trong địa phương mình',
    ]);
  });
});

describe("a decision's articles as the legal-document site prints them (Quyết định 1056/QĐ-CT Tuyên Quang, crawl/dan_su/Quyết_định_1056_QĐ-CT.txt)", () => {
  const found = extractDirective(
    [
      'UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG',
      'Số: 1056/QĐ-CT',
      'Tuyên Quang, ngày 16 tháng 8 năm 2010',
      'QUYẾT ĐỊNH',
      'BAN HÀNH MỨC TRỢ GIÚP CHO CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI ÁP DỤNG TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG',
      'CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH',
      'Căn cứ Nghị định số 67/2007/NĐ-CP ngày 13/4/2007 của Chính phủ về chính sách trợ giúp các đối tượng bảo trợ xã hội;',
      'QUYẾT ĐỊNH:',
      'Điều 1.',
      'Ban hành mức trợ giúp cho các đối tượng bảo trợ xã hội áp dụng trên địa bàn tỉnh Tuyên Quang cụ thể như sau:',
      '1 - Mức trợ cấp hàng tháng cho các đối tượng bảo trợ xã hội sống tại cộng đồng do xã, phường, thị trấn quản lý (theo biểu số 1 đính kèm Quyết định này).',
      'Điều 2.',
      'Tổ chức thực hiện:',
      '2 - Sở Lao động, Thương binh và Xã hội có trách nhiệm.',
      '- Quản lý chặt chẽ đối tượng bảo trợ xã hội trên địa bàn tỉnh;',
      '- Quản lý các cơ sở bảo trợ xã hội do cấp tỉnh thành lập.',
      '3',
      '- Uỷ ban nhân dân các huyện, thành phố:',
      '- Hướng dẫn, kiểm tra, giám sát cấp xã trong việc xác định và quản lý đối tượng bảo trợ xã hội; tổ chức thực hiện chính sách trợ cấp thường xuyên, trợ giúp đột xuất trên địa bàn quản lý;',
      'Điều 3.',
      'Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 1704/QĐ-CT ngày 15/10/2007 của Chủ tịch UBND tỉnh về việc ban hành mức trợ giúp cho các đối tượng bảo trợ xã hội trên địa bàn tỉnh.',
      'Các ông (bà): Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Kế hoạch và Đầu tư, Lao động - Thương binh và Xã hội, Chủ tịch Uỷ ban nhân dân các huyện, thành phố và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.',
      'Nơi nhận:',
      '- Như điều 3; (Thực hiện)',
      '- Lưu VT.',
      'KT.CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Vũ Thị Bích Việt',
    ].join('\n'),
  ).directive.requirements;

  // The closing article ("... chịu trách nhiệm thi hành Quyết định này") asks nothing Điều 2's tasks do not: no task
  // (corpus README, wave 8 gold calls).
  it('the tasks of "Điều 2" are requirements; the levels issued by "Điều 1", its entry into force and the closing article are not', () => {
    expect(found.map((r) => r.text)).toEqual([
      'Quản lý chặt chẽ đối tượng bảo trợ xã hội trên địa bàn tỉnh',
      'Quản lý các cơ sở bảo trợ xã hội do cấp tỉnh thành lập',
      'Hướng dẫn, kiểm tra, giám sát cấp xã trong việc xác định và quản lý đối tượng bảo trợ xã hội; tổ chức thực hiện chính sách trợ cấp thường xuyên, trợ giúp đột xuất trên địa bàn quản lý',
    ]);
  });

  it('"2 - Sở ... có trách nhiệm." names who does the dash items under it', () => {
    expect(found[0].assignees).toEqual(['Sở Lao động, Thương binh và Xã hội']);
  });
});

describe('the plan a decision issues, printed after its signature (Quyết định 173/QĐ-BTP, crawl/dan_su/Quyết_định_173_QĐ-BTP.txt)', () => {
  it("the plan's tasks are the requirements, not the article that names who carries the decision out; its aims are no tasks", () => {
    const found = extractDirective(
      [
        'BỘ TƯ PHÁP',
        'Số: 173/QĐ-BTP',
        'Hà Nội, ngày 29 tháng 01 năm 2015',
        'QUYẾT ĐỊNH',
        'BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP NĂM 2015',
        'BỘ TRƯỞNG BỘ TƯ PHÁP',
        'QUYẾT ĐỊNH:',
        'Điều 1.',
        'Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Chương trình phối hợp công tác giữa Ủy ban Dân tộc và Bộ Tư pháp năm 2015.',
        'Điều 2.',
        'Quyết định này có hiệu lực thi hành kể từ ngày ký.',
        'Điều 3.',
        'Vụ trưởng Vụ Các vấn đề chung về xây dựng pháp luật, Chánh Văn phòng Bộ và Thủ trưởng các đơn vị có liên quan thuộc Bộ Tư pháp chịu trách nhiệm thi hành Quyết định này./.',
        'Nơi nhận:',
        '- Như Điều 3 (để thực hiện);',
        '- Lưu: VT, Vụ VĐCXDPL.',
        'KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN DÂN TỘC VÀ BỘ TƯ PHÁP NĂM 2015 (Ban hành kèm theo Quyết định số 173/QĐ-BTP ngày 29 tháng 01 năm 2015 của Bộ trưởng Bộ Tư pháp)',
        'I. MỤC ĐÍCH, YÊU CẦU',
        '1. Mục đích',
        'a) Phối hợp nâng cao chất lượng, hiệu quả công tác xây dựng văn bản quy phạm pháp luật của Ủy ban dân tộc.',
        'II. NỘI DUNG THỰC HIỆN',
        '1. Công tác xây dựng pháp luật',
        'a) Phối hợp rà soát, tổng kết, đánh giá một cách đồng bộ, có hệ thống các văn bản quy phạm pháp luật về lĩnh vực dân tộc và công tác dân tộc để phục vụ xây dựng dự án Luật dân tộc',
        '- Đơn vị chủ trì: Vụ Pháp luật hình sự - hành chính.',
        '- Thời gian thực hiện: Cả năm 2015.',
        'III. TỔ CHỨC THỰC HIỆN',
        '2. Các đơn vị thuộc Bộ Tư pháp',
        'a) Triển khai thực hiện các nội dung của Kế hoạch.',
      ].join('\n'),
    ).directive.requirements;
    // The plan assigns the tasks: the closing article naming who carries the decision out is none (wave 8 gold calls).
    expect(found.map((r) => [r.ref, r.text.slice(0, 40)])).toEqual([
      ['II.1.a', 'Phối hợp rà soát, tổng kết, đánh giá một'],
      ['III.2.a', 'Triển khai thực hiện các nội dung của Kế'],
    ]);
  });
});

describe("sentences after a unit's items that ask without naming the unit again", () => {
  const header = ['BỘ TƯ PHÁP', 'Số: 174/KH-BTP', 'Hà Nội, ngày 29 tháng 01 năm 2015', 'KẾ HOẠCH', 'PHỐI HỢP NĂM 2015'];

  it('"Cuối năm, báo cáo kết quả ... về Vụ ..." is a task (Quyết định 173/QĐ-BTP, crawl/dan_su/Quyết_định_173_QĐ-BTP.txt)', () => {
    expect(
      texts([
        ...header,
        '2. Các đơn vị thuộc Bộ Tư pháp',
        'b) Căn cứ vào các nhiệm vụ chủ trì trong Kế hoạch, xây dựng dự toán kinh phí và tổ chức thực hiện trong phạm vi quản lý của Bộ.',
        'c) Văn phòng Bộ, Vụ Kế hoạch - Tài chính bố trí kinh phí cho các hoạt động của Kế hoạch.',
        'Cuối năm, báo cáo kết quả hoạt động phối hợp về Vụ Các vấn đề chung về xây dựng pháp luật để tổng hợp, báo cáo lãnh đạo Bộ.',
      ]),
    ).toEqual([
      'Căn cứ vào các nhiệm vụ chủ trì trong Kế hoạch, xây dựng dự toán kinh phí và tổ chức thực hiện trong phạm vi quản lý của Bộ',
      'Văn phòng Bộ, Vụ Kế hoạch - Tài chính bố trí kinh phí cho các hoạt động của Kế hoạch',
      'Cuối năm, báo cáo kết quả hoạt động phối hợp về Vụ Các vấn đề chung về xây dựng pháp luật để tổng hợp, báo cáo lãnh đạo Bộ',
    ]);
  });

  it('"Ở cấp xã cần thành lập ..." is a task, "Ở Trung ương do đồng chí ... chỉ đạo" is not (Chỉ thị 299/TTg)', () => {
    expect(
      texts([
        ...header,
        '3. Về tổ chức chỉ đạo:',
        'a) Tổng Cục Quản lý ruộng đất có trách nhiệm:',
        '- Tổ chức huấn luyện cán bộ cho các tỉnh và chỉ đạo việc triển khai ở các địa phương.',
        'Ở Trung ương do đồng chí Phó Thủ tướng phụ trách Nông nghiệp trực tiếp chỉ đạo.',
        'Ở cấp xã cần thành lập Hội đồng đăng ký ruộng đất để giúp Ủy ban nhân dân xã tổ chức thực hiện công tác này.',
      ]),
    ).toEqual([
      'Tổ chức huấn luyện cán bộ cho các tỉnh và chỉ đạo việc triển khai ở các địa phương',
      'Ở cấp xã cần thành lập Hội đồng đăng ký ruộng đất để giúp Ủy ban nhân dân xã tổ chức thực hiện công tác này',
    ]);
  });
});

describe('a lettered task with its labelled lines (Quyết định 173/QĐ-BTP, crawl/dan_su/Quyết_định_173_QĐ-BTP.txt)', () => {
  it('"- Đơn vị chủ trì:" names its lead, "- Thời gian thực hiện: Quý I/2015." its deadline; the labels are no tasks', () => {
    const found = extractDirective(
      [
        'BỘ TƯ PHÁP',
        'Số: 174/KH-BTP',
        'Hà Nội, ngày 29 tháng 01 năm 2015',
        'KẾ HOẠCH',
        'TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC NĂM 2015',
        'II. NỘI DUNG THỰC HIỆN',
        '1. Công tác xây dựng pháp luật',
        'a) Phối hợp rà soát, tổng kết, đánh giá một cách đồng bộ, có hệ thống các văn bản quy phạm pháp luật về lĩnh vực dân tộc và công tác dân tộc để phục vụ xây dựng dự án Luật dân tộc',
        '- Đơn vị chủ trì: Vụ Pháp luật hình sự - hành chính.',
        '- Đơn vị phối hợp: Vụ Các vấn đề chung về xây dựng pháp luật, Vụ Pháp luật dân sự - kinh tế.',
        '- Thời gian thực hiện: Cả năm 2015.',
        'b) Gửi dự kiến chương trình xây dựng luật, pháp lệnh năm 2016 để Ủy ban Dân tộc tham gia ý kiến về các dự án luật, pháp lệnh liên quan đến vùng đồng bào dân tộc thiểu số và miền núi',
        '- Đơn vị chủ trì: Vụ Các vấn đề chung về xây dựng pháp luật.',
        '- Đơn vị phối hợp: Văn phòng Bộ.',
        '- Thời gian thực hiện: Quý I/2015.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.assignees, r.deadlines.map((d) => d.date)])).toEqual([
      ['II.1.a', ['Vụ Pháp luật hình sự - hành chính'], []],
      ['II.1.b', ['Vụ Các vấn đề chung về xây dựng pháp luật'], ['2015-03-31']],
    ]);
  });
});
